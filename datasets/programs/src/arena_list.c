/* A bump-pointer arena over malloc'd chunks and a singly linked word-frequency list allocated from it. */
void *malloc(unsigned long size);
void free(void *ptr);

struct chunk { struct chunk *next; unsigned long used, size; char data[]; };
struct arena { struct chunk *head; unsigned long total; };
struct word { struct word *next; int count; int len; char text[]; };

void *arena_alloc(struct arena *a, unsigned long size) {
    size = (size + 7) & ~7ul;
    if (!a->head || a->head->used + size > a->head->size) {
        unsigned long cap = size > 4096 ? size : 4096;
        struct chunk *c = malloc(sizeof(struct chunk) + cap);
        if (!c) return 0;
        c->next = a->head;
        c->used = 0;
        c->size = cap;
        a->head = c;
    }
    void *p = a->head->data + a->head->used;
    a->head->used += size;
    a->total += size;
    return p;
}

void arena_release(struct arena *a) {
    while (a->head) {
        struct chunk *next = a->head->next;
        free(a->head);
        a->head = next;
    }
    a->total = 0;
}

static int same(const char *a, const char *b, int len) {
    for (int i = 0; i < len; i++)
        if (a[i] != b[i]) return 0;
    return 1;
}

/* Counts whitespace-separated words of text into a list; returns the number of distinct words. */
int count_words(struct arena *a, const char *text, struct word **list) {
    int distinct = 0;
    *list = 0;
    while (*text) {
        while (*text == ' ' || *text == '\n') text++;
        int len = 0;
        while (text[len] && text[len] != ' ' && text[len] != '\n') len++;
        if (len == 0) break;
        struct word *w = *list;
        while (w && !(w->len == len && same(w->text, text, len))) w = w->next;
        if (!w) {
            w = arena_alloc(a, sizeof(struct word) + (unsigned long)len);
            if (!w) return -1;
            w->len = len;
            w->count = 0;
            for (int i = 0; i < len; i++) w->text[i] = text[i];
            w->next = *list;
            *list = w;
            distinct++;
        }
        w->count++;
        text += len;
    }
    return distinct;
}
