/* Test driver for ring_buffer.c: push/pop through wrap-around, full and empty buffers, and moving-average maxima for several windows. */
#include <stdio.h>

struct ring { int data[32]; unsigned head, tail; };

int ring_push(struct ring *r, int v);
int ring_pop(struct ring *r, int *v);
int moving_average(const int *xs, int n, int window);

int main(void) {
    struct ring r = {{0}, 0, 0};
    int v = -1;
    int got = ring_pop(&r, &v);
    printf("pop empty: %d %d\n", got, v);
    int ok = 0;
    for (int i = 0; i < 40; i++) ok += ring_push(&r, i * i);
    printf("pushed %d of 40\n", ok);
    long sum = 0;
    int popped = 0;
    for (int i = 0; i < 10; i++)
        if (ring_pop(&r, &v)) { sum += v; popped++; }
    for (int i = 0; i < 15; i++) ok += ring_push(&r, -i);
    printf("after refill: ok=%d head=%u tail=%u\n", ok, r.head, r.tail);
    while (ring_pop(&r, &v)) { sum = (sum * 3 + v) % 1000000007l; popped++; }
    printf("drained %d checksum %ld\n", popped, sum);
    /* wrap the unsigned counters */
    r.head = r.tail = 0xfffffff0u;
    for (int i = 0; i < 32; i++) ring_push(&r, i + 1000);
    got = ring_push(&r, 7);
    printf("full near wrap: push=%d size=%u\n", got, r.head - r.tail);
    sum = 0;
    while (ring_pop(&r, &v)) sum += v;
    printf("wrap sum %ld\n", sum);

    int xs[100];
    for (int i = 0; i < 100; i++) xs[i] = (i * 37) % 101 - 30 + (i > 60 && i < 70 ? 200 : 0);
    int windows[] = {1, 2, 5, 10, 31, 32, 33, 100};
    for (int i = 0; i < 8; i++) printf("moving_average(w=%d) = %d\n", windows[i], moving_average(xs, 100, windows[i]));
    printf("moving_average(n=0) = %d\n", moving_average(xs, 0, 4));
    const int neg[5] = {-5, -10, -1, -7, -3};
    printf("moving_average(neg) = %d\n", moving_average(neg, 5, 2));
    return 0;
}
