/* Test driver for event_dispatch.c: time-ordered event processing through the handler table (all kinds, unknown kind) and distinct-kind counting. */
#include <stdio.h>

struct event { int kind; int time; int payload; };

int run_events(struct event *ev, int n, int state);
int distinct_kinds(struct event *ev, int n);

static void show(const char *label, const struct event *ev, int n) {
    printf("%s:", label);
    for (int i = 0; i < n; i++) printf(" (%d,%d,%d)", ev[i].kind, ev[i].time, ev[i].payload);
    printf("\n");
}

int main(void) {
    struct event a[] = {{0, 5, 3}, {1, 2, 4}, {0, 1, 10}, {3, 9, 50}, {1, 7, 0}, {0, 8, 100}, {2, 4, 0}, {0, 6, -7}};
    int na = (int)(sizeof a / sizeof a[0]);
    printf("run a = %d\n", run_events(a, na, 1));
    show("sorted a", a, na);
    printf("kinds a = %d\n", distinct_kinds(a, na));
    show("by kind a", a, na);

    struct event b[] = {{1, 3, 2}, {1, 1, 3}, {1, 2, -1}};
    int rb = run_events(b, 3, 5);
    printf("run b = %d, kinds b = %d\n", rb, distinct_kinds(b, 3));

    struct event c[] = {{0, 1, 1}, {4, 2, 1}, {0, 3, 1}};
    printf("run c (unknown kind) = %d\n", run_events(c, 3, 0));
    struct event d[] = {{-1, 0, 0}};
    printf("run d (negative kind) = %d\n", run_events(d, 1, 9));
    int re = run_events(a, 0, 42);
    printf("run empty = %d, kinds empty = %d\n", re, distinct_kinds(a, 0));

    struct event big[40];
    for (int i = 0; i < 40; i++) {
        big[i].kind = (i * 7) % 4;
        big[i].time = (i * 17) % 41;
        big[i].payload = big[i].kind == 3 ? 1000 + i : (big[i].kind == 1 ? 1 + i % 3 : i % 9 - 4);
    }
    printf("run big = %d\n", run_events(big, 40, 3));
    printf("kinds big = %d\n", distinct_kinds(big, 40));
    show("big by kind (first 10)", big, 10);
    return 0;
}
