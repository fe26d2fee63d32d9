/* Sieve of Eratosthenes on a bitset; returns the number of primes below n. */
#define LIMIT 4096
static unsigned char bits[LIMIT / 8];
int count_primes(int n) {
    if (n > LIMIT) n = LIMIT;
    for (int i = 0; i < LIMIT / 8; i++) bits[i] = 0;
    int total = 0;
    for (int i = 2; i < n; i++) {
        if (bits[i >> 3] & (1 << (i & 7))) continue;
        total++;
        for (int j = i * i; j < n; j += i) bits[j >> 3] |= (unsigned char)(1 << (j & 7));
    }
    return total;
}
