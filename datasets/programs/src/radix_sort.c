/* LSD radix sort of 32-bit keys (8-bit digits), counting sort of small keys, and a histogram. */
#include <stdint.h>

void radix_sort(uint32_t *keys, uint32_t *tmp, int n) {
    unsigned count[256];
    for (int shift = 0; shift < 32; shift += 8) {
        for (int d = 0; d < 256; d++) count[d] = 0;
        for (int i = 0; i < n; i++) count[(keys[i] >> shift) & 0xff]++;
        unsigned total = 0;
        for (int d = 0; d < 256; d++) {
            unsigned c = count[d];
            count[d] = total;
            total += c;
        }
        for (int i = 0; i < n; i++) tmp[count[(keys[i] >> shift) & 0xff]++] = keys[i];
        for (int i = 0; i < n; i++) keys[i] = tmp[i];
    }
}

/* Sorts keys in [0, range) with range <= 4096; returns -1 on an out-of-range key. */
int counting_sort(int *keys, int n, int range) {
    static int count[4096];
    if (range > 4096) return -1;
    for (int v = 0; v < range; v++) count[v] = 0;
    for (int i = 0; i < n; i++) {
        if (keys[i] < 0 || keys[i] >= range) return -1;
        count[keys[i]]++;
    }
    int out = 0;
    for (int v = 0; v < range; v++)
        while (count[v]-- > 0) keys[out++] = v;
    return 0;
}

/* Fills bins[0..16) with the distribution of the top 4 bits and returns the fullest bin. */
int top_nibble_histogram(const uint32_t *keys, int n, int *bins) {
    int best = 0;
    for (int b = 0; b < 16; b++) bins[b] = 0;
    for (int i = 0; i < n; i++) bins[keys[i] >> 28]++;
    for (int b = 1; b < 16; b++)
        if (bins[b] > bins[best]) best = b;
    return best;
}
