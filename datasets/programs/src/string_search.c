/* Substring search: Knuth-Morris-Pratt with a failure table and Boyer-Moore-Horspool, plus a counter. */
static int length(const char *s) {
    int n = 0;
    while (s[n]) n++;
    return n;
}

int kmp_find(const char *text, const char *pat, int *fail) {
    int n = length(text), m = length(pat);
    if (m == 0) return 0;
    fail[0] = 0;
    for (int i = 1, k = 0; i < m; i++) {
        while (k > 0 && pat[i] != pat[k]) k = fail[k - 1];
        if (pat[i] == pat[k]) k++;
        fail[i] = k;
    }
    for (int i = 0, k = 0; i < n; i++) {
        while (k > 0 && text[i] != pat[k]) k = fail[k - 1];
        if (text[i] == pat[k]) k++;
        if (k == m) return i - m + 1;
    }
    return -1;
}

int horspool_find(const char *text, const char *pat) {
    int n = length(text), m = length(pat);
    int shift[256];
    if (m == 0) return 0;
    for (int c = 0; c < 256; c++) shift[c] = m;
    for (int i = 0; i < m - 1; i++) shift[(unsigned char)pat[i]] = m - 1 - i;
    int pos = 0;
    while (pos + m <= n) {
        int j = m - 1;
        while (j >= 0 && text[pos + j] == pat[j]) j--;
        if (j < 0) return pos;
        pos += shift[(unsigned char)text[pos + m - 1]];
    }
    return -1;
}

/* Non-overlapping occurrences of pat in text (using Horspool on successive suffixes). */
int count_occurrences(const char *text, const char *pat) {
    int m = length(pat), count = 0;
    if (m == 0) return 0;
    for (;;) {
        int at = horspool_find(text, pat);
        if (at < 0) return count;
        count++;
        text += at + m;
    }
}
