/* Fixed-size bitsets over 64-bit words: set algebra, population count, iteration and subset tests. */
#include <stdint.h>

#define WORDS 16 /* 1024 bits */

struct bitset { uint64_t w[WORDS]; };

void bs_clear(struct bitset *s) { for (int i = 0; i < WORDS; i++) s->w[i] = 0; }
void bs_set(struct bitset *s, unsigned bit) { s->w[(bit >> 6) % WORDS] |= (uint64_t)1 << (bit & 63); }
void bs_reset(struct bitset *s, unsigned bit) { s->w[(bit >> 6) % WORDS] &= ~((uint64_t)1 << (bit & 63)); }
int bs_test(const struct bitset *s, unsigned bit) { return (int)((s->w[(bit >> 6) % WORDS] >> (bit & 63)) & 1); }

static int popcount64(uint64_t x) {
    x = x - ((x >> 1) & 0x5555555555555555ull);
    x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
    x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0full;
    return (int)((x * 0x0101010101010101ull) >> 56);
}

int bs_count(const struct bitset *s) {
    int n = 0;
    for (int i = 0; i < WORDS; i++) n += popcount64(s->w[i]);
    return n;
}

/* op: 0 union, 1 intersection, 2 difference, 3 symmetric difference; out may alias a or b. */
void bs_combine(struct bitset *out, const struct bitset *a, const struct bitset *b, int op) {
    for (int i = 0; i < WORDS; i++) {
        uint64_t x = a->w[i], y = b->w[i];
        out->w[i] = op == 0 ? (x | y) : op == 1 ? (x & y) : op == 2 ? (x & ~y) : (x ^ y);
    }
}

int bs_is_subset(const struct bitset *a, const struct bitset *b) {
    for (int i = 0; i < WORDS; i++)
        if (a->w[i] & ~b->w[i]) return 0;
    return 1;
}

/* Writes the indices of set bits in increasing order; returns how many. */
int bs_members(const struct bitset *s, unsigned short *out) {
    int n = 0;
    for (int i = 0; i < WORDS; i++) {
        uint64_t x = s->w[i];
        while (x) {
            int bit = 0;
            while (!((x >> bit) & 1)) bit++;
            out[n++] = (unsigned short)(i * 64 + bit);
            x &= x - 1;
        }
    }
    return n;
}
