/* Dense matrix multiply with a blocked inner loop. */
#define N 24
void matmul(const double a[N][N], const double b[N][N], double c[N][N]) {
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            double acc = 0.0;
            for (int k = 0; k < N; k++) acc += a[i][k] * b[k][j];
            c[i][j] = acc;
        }
}
