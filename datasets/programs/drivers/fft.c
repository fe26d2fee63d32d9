/* Test driver for fft.c: forward/inverse FFT of small signals and circular convolution (valid sizes, n = 0/1, invalid sizes). */
#include <stdio.h>

struct cplx { double re, im; };

void fft(struct cplx *a, int n, int inverse);
int convolve(const double *x, const double *y, double *out, int n);

/* value rounded to 1e-6 as an integer, so tiny rounding-order noise cannot hide behind printf */
static long long q6(double v) {
    double s = v * 1e6;
    return (long long)(s < 0 ? s - 0.5 : s + 0.5);
}

int main(void) {
    struct cplx a[8];
    for (int i = 0; i < 8; i++) a[i] = (struct cplx){(double)(i + 1), (double)(i % 3) - 1.0};
    fft(a, 8, 0);
    printf("fft8:");
    for (int i = 0; i < 8; i++) printf(" (%lld,%lld)", q6(a[i].re), q6(a[i].im));
    printf("\n");
    fft(a, 8, 1);
    printf("ifft8*8:");
    for (int i = 0; i < 8; i++) printf(" (%lld,%lld)", q6(a[i].re), q6(a[i].im));
    printf("\n");

    struct cplx imp[16];
    for (int i = 0; i < 16; i++) imp[i] = (struct cplx){i == 3 ? 1.0 : 0.0, 0.0};
    fft(imp, 16, 0);
    printf("impulse16:");
    for (int i = 0; i < 16; i++) printf(" (%lld,%lld)", q6(imp[i].re), q6(imp[i].im));
    printf("\n");

    struct cplx one[1] = {{2.5, -1.0}};
    fft(one, 1, 0);
    printf("fft1: (%lld,%lld)\n", q6(one[0].re), q6(one[0].im));

    double x[64], y[64], out[64];
    for (int i = 0; i < 64; i++) {
        x[i] = (double)((i * 7) % 11) - 5.0;
        y[i] = i < 4 ? (double)(i + 1) : 0.0;
        out[i] = 0.0;
    }
    int sizes[] = {4, 8, 64, 1};
    for (int s = 0; s < 4; s++) {
        int n = sizes[s];
        int r = convolve(x, y, out, n);
        long long sum = 0;
        printf("convolve n=%d r=%d:", n, r);
        for (int i = 0; i < n; i++) {
            sum += q6(out[i]) * (i + 1);
            if (i < 8) printf(" %lld", q6(out[i]));
        }
        printf(" | weighted=%lld\n", sum);
    }
    printf("convolve n=0: %d\n", convolve(x, y, out, 0));
    printf("convolve n=6: %d\n", convolve(x, y, out, 6));
    printf("convolve n=512: %d\n", convolve(x, y, out, 512));
    return 0;
}
