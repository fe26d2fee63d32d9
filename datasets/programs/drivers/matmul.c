/* Test driver for matmul.c: 24x24 products with identity, integer and fractional matrices, checked through entries and checksums. */
#include <stdio.h>

void matmul(const double a[24][24], const double b[24][24], double c[24][24]);

static double A[24][24], B[24][24], C[24][24], D[24][24];

static long long q6(double v) {
    double s = v * 1e6;
    return (long long)(s < 0 ? s - 0.5 : s + 0.5);
}

static void report(const char *label, const double m[24][24]) {
    long long sum = 0, weighted = 0;
    for (int i = 0; i < 24; i++)
        for (int j = 0; j < 24; j++) {
            long long v = q6(m[i][j]);
            sum += v;
            weighted = (weighted * 31 + v) % 1000000007ll;
        }
    printf("%s: sum=%lld weighted=%lld c00=%lld c23_23=%lld c5_17=%lld\n", label, sum, weighted, q6(m[0][0]), q6(m[23][23]), q6(m[5][17]));
}

int main(void) {
    for (int i = 0; i < 24; i++)
        for (int j = 0; j < 24; j++) {
            A[i][j] = (double)((i * 7 + j * 3) % 11) - 5.0;
            B[i][j] = i == j ? 1.0 : 0.0;
        }
    matmul((const double (*)[24])A, (const double (*)[24])B, C);
    report("A*I", (const double (*)[24])C);
    matmul((const double (*)[24])B, (const double (*)[24])A, C);
    report("I*A", (const double (*)[24])C);
    for (int i = 0; i < 24; i++)
        for (int j = 0; j < 24; j++) B[i][j] = (double)((i + 1) * (j + 2) % 13) * 0.25;
    matmul((const double (*)[24])A, (const double (*)[24])B, C);
    report("A*B", (const double (*)[24])C);
    matmul((const double (*)[24])C, (const double (*)[24])A, D);
    report("(A*B)*A", (const double (*)[24])D);
    for (int i = 0; i < 24; i++)
        for (int j = 0; j < 24; j++) A[i][j] = 1.0 / (double)(i + j + 1);
    matmul((const double (*)[24])A, (const double (*)[24])A, C);
    report("H*H", (const double (*)[24])C);
    return 0;
}
