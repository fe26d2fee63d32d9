/* Test driver for mergesort.c: stable merge sort of (key, tag) records of many sizes and orders, inversion counts and the stability check. */
#include <stdio.h>

struct rec { int key; int tag; };

long merge_sort(struct rec *a, struct rec *tmp, int n);
int is_sorted_stable(const struct rec *a, int n);

static struct rec a[300], tmp[300];

static void run(const char *label, int n, int mode) {
    unsigned s = 77u + (unsigned)n;
    for (int i = 0; i < n; i++) {
        s = s * 1103515245u + 12345u;
        int k = mode == 0 ? (int)((s >> 16) % 50u) - 25 : mode == 1 ? i : mode == 2 ? n - i : 3;
        a[i] = (struct rec){k, i};
    }
    int before = is_sorted_stable(a, n);
    long inv = merge_sort(a, tmp, n);
    long h = 0;
    for (int i = 0; i < n; i++) h = (h * 131 + a[i].key * 1000 + a[i].tag) % 1000000007l;
    printf("%s n=%d: before=%d inversions=%ld after=%d hash=%ld", label, n, before, inv, is_sorted_stable(a, n), h);
    for (int i = 0; i < n && i < 6; i++) printf(" (%d,%d)", a[i].key, a[i].tag);
    printf("\n");
}

int main(void) {
    int sizes[] = {0, 1, 2, 7, 8, 9, 16, 17, 33, 100, 300};
    for (int i = 0; i < 11; i++) run("random", sizes[i], 0);
    run("sorted", 100, 1);
    run("reverse", 100, 2);
    run("reverse", 300, 2);
    run("equal", 64, 3);
    struct rec bad[3] = {{1, 2}, {1, 1}, {2, 0}};
    printf("unstable check: %d\n", is_sorted_stable(bad, 3));
    return 0;
}
