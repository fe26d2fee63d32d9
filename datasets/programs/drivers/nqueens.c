/* Test driver for nqueens.c: solution counts for n = 0..11 and out of range, first solutions, and validity checks of good and bad placements. */
#include <stdio.h>

int queens_count(int n);
int queens_first(int n, int *row_of);
int queens_valid(const int *row_of, int n);

int main(void) {
    for (int n = -1; n <= 11; n++) printf("count(%d) = %d\n", n, queens_count(n));
    printf("count(17) = %d\n", queens_count(17));
    for (int n = 0; n <= 10; n++) {
        int row_of[16];
        for (int i = 0; i < 16; i++) row_of[i] = -1;
        int ok = queens_first(n, row_of);
        printf("first(%d) = %d:", n, ok);
        if (ok) {
            for (int c = 0; c < n; c++) printf(" %d", row_of[c]);
            printf(" valid=%d", queens_valid(row_of, n));
        }
        printf("\n");
    }
    printf("first(20) = %d\n", queens_first(20, 0));
    const int same_row[4] = {1, 3, 1, 2};
    const int diag[4] = {0, 1, 3, 2};
    const int good[4] = {1, 3, 0, 2};
    const int out_of_range[4] = {1, 3, 0, 4};
    const int negative[4] = {-1, 3, 0, 2};
    printf("valid: %d %d %d %d %d %d\n", queens_valid(same_row, 4), queens_valid(diag, 4), queens_valid(good, 4),
           queens_valid(out_of_range, 4), queens_valid(negative, 4), queens_valid(good, 0));
    return 0;
}
