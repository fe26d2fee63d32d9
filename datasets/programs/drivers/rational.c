/* Test driver for rational.c: fraction addition, multiplication, comparison, continued fractions and best rational approximations. */
#include <stdio.h>

struct frac { long long num, den; };

struct frac frac_add(struct frac a, struct frac b);
struct frac frac_mul(struct frac a, struct frac b);
int frac_compare(struct frac a, struct frac b);
int continued_fraction(struct frac a, long long *terms, int max);
struct frac approximate(double x, long long max_den);

int main(void) {
    const struct frac f[] = {{1, 2}, {1, 3}, {-3, 4}, {0, 5}, {6, 8}, {5, -10}, {7, 1}, {-22, 7}, {355, 113}};
    int n = (int)(sizeof f / sizeof f[0]);
    for (int i = 0; i < n; i++)
        for (int j = i; j < n; j += 2) {
            struct frac s = frac_add(f[i], f[j]), p = frac_mul(f[i], f[j]);
            printf("%lld/%lld , %lld/%lld: sum=%lld/%lld prod=%lld/%lld cmp=%d\n", f[i].num, f[i].den, f[j].num, f[j].den,
                   s.num, s.den, p.num, p.den, frac_compare(f[i], f[j]));
        }
    struct frac h = {0, 1};
    for (long long k = 1; k <= 20; k++) h = frac_add(h, (struct frac){1, k});
    printf("H20 = %lld/%lld\n", h.num, h.den);
    struct frac prod = {1, 1};
    for (long long k = 2; k <= 15; k++) prod = frac_mul(prod, (struct frac){k * k - 1, k * k});
    printf("prod = %lld/%lld\n", prod.num, prod.den);
    const struct frac cf[] = {{415, 93}, {-7, 3}, {355, 113}, {0, 1}, {5, 1}, {1, 7}, {-1, 2}, {89, 55}};
    for (int i = 0; i < 8; i++) {
        long long terms[12];
        int k = continued_fraction(cf[i], terms, i == 7 ? 4 : 12);
        printf("cf(%lld/%lld) = %d:", cf[i].num, cf[i].den, k);
        for (int t = 0; t < k; t++) printf(" %lld", terms[t]);
        printf("\n");
    }
    const double xs[] = {3.14159265358979, 3.14159265358979, 3.14159265358979, 0.5, -0.75, 2.718281828459045, 1.4142135623730951, 0.0, 7.0, -2.5};
    const long long dens[] = {1000, 100, 7, 10, 10, 10000, 1000, 5, 3, 100};
    for (int i = 0; i < 10; i++) {
        struct frac a = approximate(xs[i], dens[i]);
        printf("approx #%d maxden %lld = %lld/%lld\n", i, dens[i], a.num, a.den);
    }
    return 0;
}
