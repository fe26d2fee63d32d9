/* Power-of-two ring buffer with a moving average reader. */
struct ring { int data[32]; unsigned head, tail; };
int ring_push(struct ring *r, int v) { if (r->head - r->tail == 32) return 0; r->data[r->head++ & 31] = v; return 1; }
int ring_pop(struct ring *r, int *v) { if (r->head == r->tail) return 0; *v = r->data[r->tail++ & 31]; return 1; }
int moving_average(const int *xs, int n, int window) {
    struct ring r = {{0}, 0, 0};
    long sum = 0; int best = 0;
    for (int i = 0; i < n; i++) {
        ring_push(&r, xs[i]); sum += xs[i];
        if ((int)(r.head - r.tail) > window) { int old; ring_pop(&r, &old); sum -= old; }
        int avg = (int)(sum / (long)(r.head - r.tail));
        if (avg > best) best = avg;
    }
    return best;
}
