/* In-place iterative radix-2 FFT on complex doubles, inverse transform and circular convolution. */
struct cplx { double re, im; };

static double sin_approx(double x) {
    /* reduce to [-pi, pi] then a Taylor series; enough for twiddle factors here */
    const double pi = 3.14159265358979323846;
    while (x > pi) x -= 2 * pi;
    while (x < -pi) x += 2 * pi;
    double x2 = x * x, term = x, sum = x;
    for (int k = 1; k < 12; k++) {
        term *= -x2 / ((2 * k) * (2 * k + 1));
        sum += term;
    }
    return sum;
}

static void bit_reverse(struct cplx *a, int n) {
    for (int i = 1, j = 0; i < n; i++) {
        int bit = n >> 1;
        for (; j & bit; bit >>= 1) j ^= bit;
        j ^= bit;
        if (i < j) { struct cplx t = a[i]; a[i] = a[j]; a[j] = t; }
    }
}

/* n must be a power of two; inverse != 0 computes the unscaled inverse transform. */
void fft(struct cplx *a, int n, int inverse) {
    const double pi = 3.14159265358979323846;
    bit_reverse(a, n);
    for (int len = 2; len <= n; len <<= 1) {
        double angle = 2 * pi / len * (inverse ? 1 : -1);
        struct cplx w_len = {sin_approx(angle + pi / 2), sin_approx(angle)};
        for (int i = 0; i < n; i += len) {
            struct cplx w = {1.0, 0.0};
            for (int k = 0; k < len / 2; k++) {
                struct cplx u = a[i + k], v = a[i + k + len / 2];
                struct cplx t = {v.re * w.re - v.im * w.im, v.re * w.im + v.im * w.re};
                a[i + k] = (struct cplx){u.re + t.re, u.im + t.im};
                a[i + k + len / 2] = (struct cplx){u.re - t.re, u.im - t.im};
                w = (struct cplx){w.re * w_len.re - w.im * w_len.im, w.re * w_len.im + w.im * w_len.re};
            }
        }
    }
}

/* out = x (*) y, circular convolution of real sequences of length n (power of two, <= 256). */
int convolve(const double *x, const double *y, double *out, int n) {
    struct cplx fx[256], fy[256];
    if (n > 256 || (n & (n - 1))) return -1;
    for (int i = 0; i < n; i++) {
        fx[i] = (struct cplx){x[i], 0.0};
        fy[i] = (struct cplx){y[i], 0.0};
    }
    fft(fx, n, 0);
    fft(fy, n, 0);
    for (int i = 0; i < n; i++)
        fx[i] = (struct cplx){fx[i].re * fy[i].re - fx[i].im * fy[i].im, fx[i].re * fy[i].im + fx[i].im * fy[i].re};
    fft(fx, n, 1);
    for (int i = 0; i < n; i++) out[i] = fx[i].re / n;
    return 0;
}
