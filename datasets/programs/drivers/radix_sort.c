/* Test driver for radix_sort.c: LSD radix sort of 32-bit keys, counting sort (valid, out-of-range, too-large range) and top-nibble histograms. */
#include <stdint.h>
#include <stdio.h>

void radix_sort(uint32_t *keys, uint32_t *tmp, int n);
int counting_sort(int *keys, int n, int range);
int top_nibble_histogram(const uint32_t *keys, int n, int *bins);

static uint32_t keys[2000], tmp[2000];

static void show_hist(const char *label, int n) {
    int bins[16];
    int best = top_nibble_histogram(keys, n, bins);
    printf("%s hist best=%d:", label, best);
    for (int b = 0; b < 16; b++) printf(" %d", bins[b]);
    printf("\n");
}

int main(void) {
    uint32_t s = 3u;
    for (int i = 0; i < 2000; i++) {
        s = s * 1664525u + 1013904223u;
        keys[i] = i % 10 == 0 ? 0xffffffffu - (uint32_t)i : s ^ (s >> 7);
    }
    show_hist("random", 2000);
    radix_sort(keys, tmp, 2000);
    int sorted = 1;
    uint32_t h = 0;
    for (int i = 0; i < 2000; i++) {
        if (i && keys[i - 1] > keys[i]) sorted = 0;
        h = h * 2654435761u + keys[i];
    }
    printf("radix 2000: sorted=%d hash=%08x first=%08x last=%08x\n", sorted, (unsigned)h, (unsigned)keys[0], (unsigned)keys[1999]);
    uint32_t small[5] = {5, 0, 0x80000000u, 3, 0x7fffffffu};
    uint32_t small_tmp[5];
    radix_sort(small, small_tmp, 5);
    printf("radix 5:");
    for (int i = 0; i < 5; i++) printf(" %08x", (unsigned)small[i]);
    printf("\n");
    radix_sort(small, small_tmp, 0);
    show_hist("empty", 0);
    for (int i = 0; i < 100; i++) keys[i] = 0x30000000u + (uint32_t)i;
    show_hist("all in bin 3", 100);

    int c[50];
    for (int i = 0; i < 50; i++) c[i] = (i * 37) % 23;
    int r = counting_sort(c, 50, 23);
    printf("counting r=%d:", r);
    for (int i = 0; i < 50; i++) printf(" %d", c[i]);
    printf("\n");
    int d[4] = {3, 1, 9, 2};
    r = counting_sort(d, 4, 5);
    printf("counting out of range r=%d: %d %d %d %d\n", r, d[0], d[1], d[2], d[3]);
    int e[3] = {-1, 0, 1};
    r = counting_sort(e, 3, 10);
    printf("counting negative r=%d\n", r);
    printf("counting range 4097 r=%d\n", counting_sort(d, 4, 4097));
    int f[6] = {4095, 0, 4095, 17, 0, 2048};
    r = counting_sort(f, 6, 4096);
    printf("counting full range r=%d: %d %d %d %d %d %d\n", r, f[0], f[1], f[2], f[3], f[4], f[5]);
    return 0;
}
