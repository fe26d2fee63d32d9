/* Levenshtein edit distance with two rolling rows. */
#include <string.h>
static int min3(int a, int b, int c) { int m = a < b ? a : b; return m < c ? m : c; }
int edit_distance(const char *s, const char *t) {
    int n = (int)strlen(s), m = (int)strlen(t);
    if (m > 127) return -1;
    int prev[128], cur[128];
    for (int j = 0; j <= m; j++) prev[j] = j;
    for (int i = 1; i <= n; i++) {
        cur[0] = i;
        for (int j = 1; j <= m; j++) cur[j] = min3(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (s[i - 1] != t[j - 1]));
        memcpy(prev, cur, sizeof(int) * (size_t)(m + 1));
    }
    return prev[m];
}
