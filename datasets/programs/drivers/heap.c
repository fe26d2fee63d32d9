/* Test driver for heap.c: min-heap push/pop order on mixed priorities (ties, negatives), capacity limit and popping an empty heap. */
#include <stdio.h>

struct item { float priority; int id; };
struct heap { struct item items[100]; int size; };

int heap_push(struct heap *h, float priority, int id);
int heap_pop(struct heap *h);

static struct heap hp;

int main(void) {
    hp.size = 0;
    printf("pop empty: %d\n", heap_pop(&hp));
    const float pr[] = {5.0f, 1.5f, 3.25f, -2.0f, 1.5f, 100.0f, 0.0f, -0.5f};
    for (int i = 0; i < 8; i++) printf("push %d\n", heap_push(&hp, pr[i], i));
    printf("order:");
    for (int i = 0; i < 9; i++) printf(" %d", heap_pop(&hp));
    printf("\n");
    int pushed = 0;
    for (int i = 0; i < 120; i++) pushed += heap_push(&hp, (float)((i * 37) % 101) * 0.5f - 10.0f, i);
    printf("pushed %d size %d\n", pushed, hp.size);
    long h = 0;
    int n = 0;
    for (int i = 0; i < 50; i++) {
        int id = heap_pop(&hp);
        h = (h * 131 + id) % 1000003;
        n++;
        if (i < 12) printf(" %d", id);
    }
    printf("\nhalf hash %ld size %d\n", h, hp.size);
    for (int i = 0; i < 30; i++) heap_push(&hp, (float)(i % 5), 1000 + i);
    h = 0;
    int id;
    while ((id = heap_pop(&hp)) >= 0) { h = (h * 131 + id) % 1000003; n++; }
    printf("drain hash %ld total pops %d size %d\n", h, n, hp.size);
    return 0;
}
