/* Test driver for bst.c: array BST insertion (degenerate and balanced orders), membership and height queries. */
#include <stdio.h>

int bst_insert(int root, int k);
int bst_contains(int root, int k);
int bst_height(int root);

int main(void) {
    printf("empty: height=%d contains=%d\n", bst_height(-1), bst_contains(-1, 5));
    /* tree 1: ascending keys -> a chain */
    int r1 = -1;
    for (int k = 1; k <= 20; k++) r1 = bst_insert(r1, k * 2);
    /* tree 2: balanced insertion order */
    int r2 = -1;
    const int order[] = {64, 32, 96, 16, 48, 80, 112, 8, 24, 40, 56, 72, 88, 104, 120};
    for (int i = 0; i < 15; i++) r2 = bst_insert(r2, order[i]);
    /* tree 3: pseudo-random keys with duplicates */
    int r3 = -1;
    for (int i = 0; i < 60; i++) r3 = bst_insert(r3, (i * 37) % 50 - 10);
    printf("roots: %d %d %d\n", r1, r2, r3);
    printf("heights: %d %d %d\n", bst_height(r1), bst_height(r2), bst_height(r3));
    int hits1 = 0, hits2 = 0, hits3 = 0;
    for (int k = -20; k <= 130; k++) {
        hits1 += bst_contains(r1, k);
        hits2 += bst_contains(r2, k);
        hits3 += bst_contains(r3, k);
    }
    printf("hits: %d %d %d\n", hits1, hits2, hits3);
    printf("probe: %d %d %d %d %d %d\n", bst_contains(r1, 40), bst_contains(r1, 41), bst_contains(r2, 8),
           bst_contains(r2, 9), bst_contains(r3, -10), bst_contains(r3, 39));
    return 0;
}
