/* Test driver for gauss_elim.c: linear solves needing pivoting, residuals, determinants, singular and oversized systems. */
#include <stdio.h>
#include <string.h>

int gauss_solve(double a[16][16], double *b, double *x, int n);
double residual(double a[16][16], const double *b, const double *x, int n);
double determinant(double a[16][16], int n);

static long long q6(double v) {
    double s = v * 1e6;
    return (long long)(s < 0 ? s - 0.5 : s + 0.5);
}

static double A[16][16], W[16][16], B[16], BW[16], X[16];

static void solve(const char *label, int n) {
    memcpy(W, A, sizeof A);
    memcpy(BW, B, sizeof B);
    for (int i = 0; i < 16; i++) X[i] = 0.0;
    printf("%s: det=%lld", label, q6(determinant(A, n)));
    int r = gauss_solve(W, BW, X, n);
    printf(" solve=%d x:", r);
    for (int i = 0; i < n; i++) printf(" %lld", q6(X[i]));
    if (r == 0) {
        printf(" resid_ok=%d", residual(A, B, X, n) < 1e-6);
        if (n > 0) X[n - 1] += 0.25; /* a perturbed solution has a visible residual */
        printf(" perturbed=%lld", q6(residual(A, B, X, n)));
    }
    printf("\n");
}

int main(void) {
    /* 3x3 with a zero leading pivot: x = (1, -2, 3) */
    double a3[3][3] = {{0, 2, 1}, {1, -1, 2}, {3, 4, -1}};
    double x3[3] = {1, -2, 3};
    memset(A, 0, sizeof A);
    for (int i = 0; i < 3; i++) {
        B[i] = 0;
        for (int k = 0; k < 3; k++) {
            A[i][k] = a3[i][k];
            B[i] += a3[i][k] * x3[k];
        }
    }
    solve("3x3", 3);
    /* 8x8 diagonally dominant with a known solution */
    memset(A, 0, sizeof A);
    for (int i = 0; i < 8; i++) {
        B[i] = 0;
        for (int k = 0; k < 8; k++) A[i][k] = i == k ? 20.0 + i : (double)((i * 3 + k * 5) % 7) - 3.0;
    }
    for (int i = 0; i < 8; i++)
        for (int k = 0; k < 8; k++) B[i] += A[i][k] * (double)(k - 3);
    solve("8x8", 8);
    /* 16x16 Vandermonde-like, scaled */
    memset(A, 0, sizeof A);
    for (int i = 0; i < 16; i++) {
        B[i] = (double)(i % 4);
        for (int k = 0; k < 16; k++) A[i][k] = 1.0 / (1.0 + i + k) + (i == k ? 1.0 : 0.0);
    }
    solve("16x16", 16);
    /* singular: two equal rows */
    memset(A, 0, sizeof A);
    for (int i = 0; i < 4; i++)
        for (int k = 0; k < 4; k++) A[i][k] = (double)(i == 3 ? k + 1 : (i + 1) * (k + 2) % 5);
    for (int k = 0; k < 4; k++) A[2][k] = A[1][k];
    for (int i = 0; i < 4; i++) B[i] = 1.0;
    solve("singular", 4);
    /* permutation matrix: determinant sign from row swaps */
    memset(A, 0, sizeof A);
    A[0][2] = A[1][0] = A[2][3] = A[3][1] = 1.0;
    for (int i = 0; i < 4; i++) B[i] = (double)(i + 1);
    solve("perm", 4);
    solve("n=0", 0);
    printf("n=17: %d\n", gauss_solve(W, BW, X, 17));
    A[0][0] = 2.5;
    B[0] = 10.0;
    solve("1x1", 1);
    return 0;
}
