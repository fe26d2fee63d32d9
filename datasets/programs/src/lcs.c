/* Longest common subsequence with traceback, and a line diff summary (insertions / deletions). */
#define MAXLEN 128

static int lengths(const char *a, const char *b, int *n, int *m) {
    *n = 0;
    *m = 0;
    while (a[*n]) if (++*n > MAXLEN) return 0;
    while (b[*m]) if (++*m > MAXLEN) return 0;
    return 1;
}

/* Writes one longest common subsequence of a and b into out; returns its length or -1. */
int lcs(const char *a, const char *b, char *out) {
    static short t[MAXLEN + 1][MAXLEN + 1];
    int n, m;
    if (!lengths(a, b, &n, &m)) return -1;
    for (int i = n; i >= 0; i--)
        for (int j = m; j >= 0; j--) {
            if (i == n || j == m) t[i][j] = 0;
            else if (a[i] == b[j]) t[i][j] = (short)(1 + t[i + 1][j + 1]);
            else t[i][j] = t[i + 1][j] > t[i][j + 1] ? t[i + 1][j] : t[i][j + 1];
        }
    int i = 0, j = 0, k = 0;
    while (i < n && j < m) {
        if (a[i] == b[j]) {
            out[k++] = a[i];
            i++;
            j++;
        } else if (t[i + 1][j] >= t[i][j + 1]) {
            i++;
        } else {
            j++;
        }
    }
    out[k] = '\0';
    return k;
}

/* Edit script size of a diff keeping the LCS: deletions from a plus insertions from b. */
int diff_size(const char *a, const char *b, int *deletions, int *insertions) {
    char common[MAXLEN + 1];
    int n, m;
    int k = lcs(a, b, common);
    if (k < 0) return -1;
    lengths(a, b, &n, &m);
    *deletions = n - k;
    *insertions = m - k;
    return *deletions + *insertions;
}

/* Similarity in percent: 200 * |LCS| / (|a| + |b|). */
int similarity_percent(const char *a, const char *b) {
    char common[MAXLEN + 1];
    int n, m, k = lcs(a, b, common);
    if (k < 0) return -1;
    lengths(a, b, &n, &m);
    return n + m == 0 ? 100 : 200 * k / (n + m);
}
