/* Test driver for arena_list.c: bump allocation across chunks (small and oversized requests), word counting and arena release. */
#include <stdio.h>
#include <string.h>

struct chunk { struct chunk *next; unsigned long used, size; char data[]; };
struct arena { struct chunk *head; unsigned long total; };
struct word { struct word *next; int count; int len; char text[]; };

void *arena_alloc(struct arena *a, unsigned long size);
void arena_release(struct arena *a);
int count_words(struct arena *a, const char *text, struct word **list);

static int chunks_of(const struct arena *a) {
    int n = 0;
    for (const struct chunk *c = a->head; c; c = c->next) n++;
    return n;
}

int main(void) {
    struct arena a = {0, 0};
    unsigned long sizes[] = {1, 7, 8, 9, 100, 4000, 5000, 3, 0, 4096};
    for (int i = 0; i < 10; i++) {
        char *p = arena_alloc(&a, sizes[i]);
        if (p && sizes[i]) memset(p, 'x', sizes[i]);
        printf("alloc %lu -> %s total=%lu chunks=%d used=%lu size=%lu\n", sizes[i], p ? "ok" : "null", a.total,
               chunks_of(&a), a.head ? a.head->used : 0ul, a.head ? a.head->size : 0ul);
    }
    arena_release(&a);
    printf("released total=%lu chunks=%d\n", a.total, chunks_of(&a));

    const char *texts[] = {"", "   \n  ", "one", "the cat and the dog and the bird",
                           "a b c a b a\nab ba abab a", "repeat repeat repeat  repeat\n\nrepeat"};
    for (int t = 0; t < 6; t++) {
        struct word *list = 0;
        int d = count_words(&a, texts[t], &list);
        printf("text %d: distinct=%d total=%lu:", t, d, a.total);
        for (struct word *w = list; w; w = w->next) printf(" %.*s=%d", w->len, w->text, w->count);
        printf("\n");
    }
    /* many distinct words to spill into several chunks */
    static char longtext[20000];
    int pos = 0;
    for (int i = 0; i < 1500; i++) pos += snprintf(longtext + pos, sizeof longtext - (size_t)pos, "w%d ", i % 700);
    struct word *list = 0;
    int d = count_words(&a, longtext, &list);
    long sum = 0;
    for (struct word *w = list; w; w = w->next) sum += (long)w->count * w->len;
    printf("long: distinct=%d weighted=%ld total=%lu chunks=%d\n", d, sum, a.total, chunks_of(&a));
    arena_release(&a);
    printf("final total=%lu chunks=%d\n", a.total, chunks_of(&a));
    return 0;
}
