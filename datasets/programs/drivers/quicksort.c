/* Test driver for quicksort.c: sorting random, sorted, reverse, constant and few-distinct arrays of sizes 0..1000 (sub-ranges included). */
#include <stdio.h>
#include <stdlib.h>

void quicksort(int *v, int lo, int hi);

static void run(const char *label, int n, int mode) {
    int *v = malloc(sizeof(int) * (size_t)(n > 0 ? n : 1));
    if (!v) return;
    unsigned s = 5u + (unsigned)n * 3u + (unsigned)mode;
    for (int i = 0; i < n; i++) {
        s = s * 1103515245u + 12345u;
        v[i] = mode == 0 ? (int)((s >> 8) % 20001u) - 10000 : mode == 1 ? i : mode == 2 ? n - i : mode == 3 ? 7 : (int)((s >> 16) % 3u);
    }
    quicksort(v, 0, n - 1);
    int sorted = 1;
    long long h = 0;
    for (int i = 0; i < n; i++) {
        if (i && v[i - 1] > v[i]) sorted = 0;
        h = (h * 1000003 + v[i]) % 998244353;
    }
    printf("%s n=%d sorted=%d hash=%lld", label, n, sorted, h);
    for (int i = 0; i < n && i < 5; i++) printf(" %d", v[i]);
    if (n > 0) printf(" .. %d", v[n - 1]);
    printf("\n");
    free(v);
}

int main(void) {
    int sizes[] = {0, 1, 2, 3, 8, 9, 10, 17, 100, 1000};
    for (int i = 0; i < 10; i++) run("random", sizes[i], 0);
    run("sorted", 500, 1);
    run("reverse", 500, 2);
    run("constant", 200, 3);
    run("three values", 300, 4);
    int part[20];
    for (int i = 0; i < 20; i++) part[i] = 20 - i;
    quicksort(part, 5, 14); /* only the middle is sorted */
    printf("subrange:");
    for (int i = 0; i < 20; i++) printf(" %d", part[i]);
    printf("\n");
    return 0;
}
