/* N-queens by backtracking: bitmask counting of all solutions, and the first solution with arrays. */
static int count_from(unsigned cols, unsigned diag1, unsigned diag2, unsigned full) {
    if (cols == full) return 1;
    int total = 0;
    unsigned free_cells = full & ~(cols | diag1 | diag2);
    while (free_cells) {
        unsigned bit = free_cells & (0u - free_cells);
        free_cells ^= bit;
        total += count_from(cols | bit, ((diag1 | bit) << 1) & full, (diag2 | bit) >> 1, full);
    }
    return total;
}

/* Number of ways to place n <= 16 non-attacking queens. */
int queens_count(int n) {
    if (n < 1 || n > 16) return 0;
    return count_from(0, 0, 0, (1u << n) - 1);
}

static int safe(const int *row_of, int col, int row) {
    for (int c = 0; c < col; c++) {
        int r = row_of[c];
        if (r == row || r - row == c - col || r - row == col - c) return 0;
    }
    return 1;
}

static int place(int *row_of, int col, int n) {
    if (col == n) return 1;
    for (int row = 0; row < n; row++) {
        if (!safe(row_of, col, row)) continue;
        row_of[col] = row;
        if (place(row_of, col + 1, n)) return 1;
    }
    return 0;
}

/* First solution in lexicographic order: row_of[c] is the queen's row in column c. */
int queens_first(int n, int *row_of) {
    if (n < 1 || n > 16) return 0;
    return place(row_of, 0, n);
}

/* Checks a full placement. */
int queens_valid(const int *row_of, int n) {
    for (int c = 0; c < n; c++)
        if (row_of[c] < 0 || row_of[c] >= n || !safe(row_of, c, row_of[c])) return 0;
    return 1;
}
