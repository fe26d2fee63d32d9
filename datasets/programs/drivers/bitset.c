/* Test driver for bitset.c: set/reset/test (incl. wrap-around bit indices), popcount, the four set operations, subset tests and member listing. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

struct bitset { uint64_t w[16]; };

void bs_clear(struct bitset *s);
void bs_set(struct bitset *s, unsigned bit);
void bs_reset(struct bitset *s, unsigned bit);
int bs_test(const struct bitset *s, unsigned bit);
int bs_count(const struct bitset *s);
void bs_combine(struct bitset *out, const struct bitset *a, const struct bitset *b, int op);
int bs_is_subset(const struct bitset *a, const struct bitset *b);
int bs_members(const struct bitset *s, unsigned short *out);

static void show(const char *label, const struct bitset *s) {
    unsigned short m[1024];
    int n = bs_members(s, m);
    unsigned long h = 0;
    for (int i = 0; i < n; i++) h = h * 131ul + m[i];
    printf("%s: count=%d members=%d hash=%lu first:", label, bs_count(s), n, h % 1000000007ul);
    for (int i = 0; i < n && i < 8; i++) printf(" %u", (unsigned)m[i]);
    printf("\n");
}

int main(void) {
    struct bitset a, b, c, e;
    memset(&a, 0xa5, sizeof a); /* bs_clear must wipe these patterns */
    memset(&b, 0x5a, sizeof b);
    memset(&e, 0xff, sizeof e);
    bs_clear(&a);
    bs_clear(&b);
    bs_clear(&e);
    show("empty", &a);
    for (unsigned i = 0; i < 1024; i += 3) bs_set(&a, i);
    for (unsigned i = 0; i < 1024; i += 5) bs_set(&b, i);
    bs_set(&b, 63);
    bs_set(&b, 64);
    bs_set(&b, 1023);
    show("a", &a);
    show("b", &b);
    printf("test a: %d %d %d %d %d\n", bs_test(&a, 0), bs_test(&a, 1), bs_test(&a, 3), bs_test(&a, 1023), bs_test(&a, 1024 + 3));
    bs_set(&a, 1024 + 1); /* wraps to bit 1 */
    printf("wrap: %d\n", bs_test(&a, 1));
    bs_reset(&a, 1);
    bs_reset(&a, 999);
    bs_reset(&a, 998);
    printf("after reset: %d %d %d\n", bs_test(&a, 1), bs_test(&a, 999), bs_count(&a));
    const char *names[4] = {"union", "inter", "diff", "xor"};
    for (int op = 0; op < 4; op++) {
        bs_combine(&c, &a, &b, op);
        show(names[op], &c);
        printf("  c<=a %d c<=b %d a<=c %d\n", bs_is_subset(&c, &a), bs_is_subset(&c, &b), bs_is_subset(&a, &c));
    }
    c = a;
    bs_combine(&c, &c, &b, 3); /* aliasing out == a */
    bs_combine(&c, &c, &b, 3);
    printf("xor twice == a: %d %d\n", bs_is_subset(&c, &a), bs_is_subset(&a, &c));
    printf("empty subset: %d %d\n", bs_is_subset(&e, &a), bs_is_subset(&a, &e));
    for (unsigned i = 0; i < 1024; i++) bs_set(&e, i);
    show("full", &e);
    return 0;
}
