/* Exact rational arithmetic on 64-bit fractions, continued fractions and best rational approximations. */
struct frac { long long num, den; };

static long long gcd(long long a, long long b) {
    if (a < 0) a = -a;
    if (b < 0) b = -b;
    while (b) { long long t = a % b; a = b; b = t; }
    return a;
}

static struct frac normalize(long long n, long long d) {
    if (d < 0) { n = -n; d = -d; }
    long long g = gcd(n, d);
    if (g > 1) { n /= g; d /= g; }
    return (struct frac){n, d};
}

struct frac frac_add(struct frac a, struct frac b) {
    long long g = gcd(a.den, b.den);
    return normalize(a.num * (b.den / g) + b.num * (a.den / g), a.den / g * b.den);
}

struct frac frac_mul(struct frac a, struct frac b) {
    long long g1 = gcd(a.num, b.den), g2 = gcd(b.num, a.den);
    if (g1 == 0) g1 = 1;
    if (g2 == 0) g2 = 1;
    return normalize((a.num / g1) * (b.num / g2), (a.den / g2) * (b.den / g1));
}

int frac_compare(struct frac a, struct frac b) {
    long long l = a.num * b.den, r = b.num * a.den;
    return (l > r) - (l < r);
}

/* Continued-fraction terms of a (positive den); returns the number of terms written (<= max). */
int continued_fraction(struct frac a, long long *terms, int max) {
    int k = 0;
    long long n = a.num, d = a.den;
    while (d != 0 && k < max) {
        long long q = n / d;
        if (n % d != 0 && (n < 0) != (d < 0)) q--; /* floor division */
        terms[k++] = q;
        long long r = n - q * d;
        n = d;
        d = r;
    }
    return k;
}

/* Best approximation of x with denominator <= max_den via convergents of its continued fraction. */
struct frac approximate(double x, long long max_den) {
    long long h0 = 0, h1 = 1, k0 = 1, k1 = 0;
    for (int i = 0; i < 40; i++) {
        long long a = (long long)x;
        if (x < 0 && (double)a != x) a--;
        long long h2 = a * h1 + h0, k2 = a * k1 + k0;
        if (k2 > max_den) break;
        h0 = h1; h1 = h2; k0 = k1; k1 = k2;
        double frac_part = x - (double)a;
        if (frac_part < 1e-12) break;
        x = 1.0 / frac_part;
    }
    return normalize(h1, k1 ? k1 : 1);
}
