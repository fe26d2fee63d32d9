/* Test driver for sieve.c: prime counts below n for small, boundary and clamped (above the limit) values of n. */
#include <stdio.h>

int count_primes(int n);

int main(void) {
    const int ns[] = {-3, 0, 1, 2, 3, 4, 10, 11, 100, 1000, 4095, 4096, 4097, 100000};
    for (int i = 0; i < 14; i++) printf("count_primes(%d) = %d\n", ns[i], count_primes(ns[i]));
    long sum = 0;
    for (int n = 0; n < 300; n += 7) sum += count_primes(n) * (long)(n + 1);
    printf("weighted sum %ld\n", sum);
    return 0;
}
