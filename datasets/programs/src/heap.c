/* Binary min-heap priority queue of (priority, id) pairs. */
struct item { float priority; int id; };
struct heap { struct item items[100]; int size; };
static void sift_up(struct heap *h, int i) {
    while (i > 0) { int p = (i - 1) / 2; if (h->items[p].priority <= h->items[i].priority) break;
        struct item t = h->items[p]; h->items[p] = h->items[i]; h->items[i] = t; i = p; }
}
static void sift_down(struct heap *h, int i) {
    for (;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < h->size && h->items[l].priority < h->items[m].priority) m = l;
        if (r < h->size && h->items[r].priority < h->items[m].priority) m = r;
        if (m == i) return;
        struct item t = h->items[m]; h->items[m] = h->items[i]; h->items[i] = t; i = m;
    }
}
int heap_push(struct heap *h, float priority, int id) {
    if (h->size == 100) return 0;
    h->items[h->size] = (struct item){priority, id};
    sift_up(h, h->size++);
    return 1;
}
int heap_pop(struct heap *h) {
    if (h->size == 0) return -1;
    int id = h->items[0].id;
    h->items[0] = h->items[--h->size];
    sift_down(h, 0);
    return id;
}
