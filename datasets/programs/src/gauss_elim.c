/* Dense linear solve by Gaussian elimination with partial pivoting, back substitution and residual. */
#define N_MAX 16

static double fabs_(double x) { return x < 0 ? -x : x; }

/* Solves a x = b in place for n <= N_MAX (a is row-major n x n); returns 0, or -1 if singular. */
int gauss_solve(double a[N_MAX][N_MAX], double *b, double *x, int n) {
    if (n > N_MAX) return -1;
    for (int col = 0; col < n; col++) {
        int pivot = col;
        for (int r = col + 1; r < n; r++)
            if (fabs_(a[r][col]) > fabs_(a[pivot][col])) pivot = r;
        if (fabs_(a[pivot][col]) < 1e-12) return -1;
        if (pivot != col) {
            for (int k = 0; k < n; k++) {
                double t = a[col][k];
                a[col][k] = a[pivot][k];
                a[pivot][k] = t;
            }
            double t = b[col];
            b[col] = b[pivot];
            b[pivot] = t;
        }
        for (int r = col + 1; r < n; r++) {
            double f = a[r][col] / a[col][col];
            a[r][col] = 0.0;
            for (int k = col + 1; k < n; k++) a[r][k] -= f * a[col][k];
            b[r] -= f * b[col];
        }
    }
    for (int r = n - 1; r >= 0; r--) {
        double s = b[r];
        for (int k = r + 1; k < n; k++) s -= a[r][k] * x[k];
        x[r] = s / a[r][r];
    }
    return 0;
}

/* Max-norm of a x - b for the original system. */
double residual(double a[N_MAX][N_MAX], const double *b, const double *x, int n) {
    double worst = 0.0;
    for (int r = 0; r < n; r++) {
        double s = -b[r];
        for (int k = 0; k < n; k++) s += a[r][k] * x[k];
        if (fabs_(s) > worst) worst = fabs_(s);
    }
    return worst;
}

/* Determinant by elimination on a copy (sign flips with each row swap). */
double determinant(double a[N_MAX][N_MAX], int n) {
    double m[N_MAX][N_MAX], det = 1.0;
    for (int r = 0; r < n; r++)
        for (int k = 0; k < n; k++) m[r][k] = a[r][k];
    for (int col = 0; col < n; col++) {
        int pivot = col;
        for (int r = col + 1; r < n; r++)
            if (fabs_(m[r][col]) > fabs_(m[pivot][col])) pivot = r;
        if (m[pivot][col] == 0.0) return 0.0;
        if (pivot != col) {
            det = -det;
            for (int k = 0; k < n; k++) { double t = m[col][k]; m[col][k] = m[pivot][k]; m[pivot][k] = t; }
        }
        det *= m[col][col];
        for (int r = col + 1; r < n; r++) {
            double f = m[r][col] / m[col][col];
            for (int k = col; k < n; k++) m[r][k] -= f * m[col][k];
        }
    }
    return det;
}
