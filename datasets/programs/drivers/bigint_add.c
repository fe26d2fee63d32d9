/* Test driver for bigint_add.c: multi-limb addition with carries and multiplication by small factors (factorials, Fibonacci). */
#include <stdint.h>
#include <stdio.h>

int big_add(const uint32_t *a, const uint32_t *b, uint32_t *sum, int n);
uint32_t big_mul_small(uint32_t *a, int n, uint32_t f);

static void print_big(const char *label, const uint32_t *a, int n) {
    printf("%s:", label);
    for (int i = n - 1; i >= 0; i--) printf(" %08x", (unsigned)a[i]);
    printf("\n");
}

int main(void) {
    uint32_t a[4] = {0xffffffffu, 0xffffffffu, 0xffffffffu, 0xffffffffu};
    uint32_t b[4] = {1, 0, 0, 0}, s[4] = {0};
    printf("carry all-ones+1 = %d\n", big_add(a, b, s, 4));
    print_big("sum", s, 4);
    printf("carry n=0 = %d\n", big_add(a, b, s, 0));
    uint32_t c[3] = {0x80000000u, 0x7fffffffu, 1}, d[3] = {0x80000000u, 0x80000000u, 2};
    printf("carry = %d\n", big_add(c, d, s, 3));
    print_big("sum3", s, 3);

    uint32_t fact[8] = {1};
    for (uint32_t k = 1; k <= 60; k++) {
        uint32_t ov = big_mul_small(fact, 8, k);
        if (k % 5 == 0 || ov) {
            printf("%u! overflow=%u", (unsigned)k, (unsigned)ov);
            print_big("", fact, 8);
        }
    }
    uint32_t t[2] = {0xffffffffu, 0xffffffffu};
    printf("mul by ffffffff carry=%08x\n", (unsigned)big_mul_small(t, 2, 0xffffffffu));
    print_big("t", t, 2);
    printf("mul by 0 carry=%u\n", (unsigned)big_mul_small(t, 2, 0));
    print_big("t0", t, 2);

    uint32_t f0[6] = {0}, f1[6] = {1}, f2[6];
    int carries = 0;
    for (int i = 0; i < 200; i++) {
        carries += big_add(f0, f1, f2, 6);
        for (int k = 0; k < 6; k++) { f0[k] = f1[k]; f1[k] = f2[k]; }
    }
    printf("fib carries=%d\n", carries);
    print_big("fib201", f1, 6);
    return 0;
}
