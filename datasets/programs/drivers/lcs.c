/* Test driver for lcs.c: longest common subsequence strings, diff sizes and similarity on assorted pairs, incl. empty and over-long inputs. */
#include <stdio.h>
#include <string.h>

int lcs(const char *a, const char *b, char *out);
int diff_size(const char *a, const char *b, int *deletions, int *insertions);
int similarity_percent(const char *a, const char *b);

int main(void) {
    static char longa[200], longb[129];
    memset(longa, 'x', 150);
    longa[150] = '\0';
    for (int i = 0; i < 128; i++) longb[i] = (char)('a' + (i * 7) % 26);
    longb[128] = '\0';
    const char *pairs[][2] = {{"", ""}, {"abc", ""}, {"", "xyz"}, {"ABCBDAB", "BDCABA"}, {"AGGTAB", "GXTXAYB"},
                              {"kitten", "sitting"}, {"same", "same"}, {"abc", "def"}, {"the quick brown fox", "a quick brown dog"},
                              {longb, longb + 10}, {longa, "x"}, {"x", longa}};
    int n = (int)(sizeof pairs / sizeof pairs[0]);
    for (int i = 0; i < n; i++) {
        char out[130];
        out[0] = '\0';
        int k = lcs(pairs[i][0], pairs[i][1], out);
        int del = -7, ins = -7;
        int d = diff_size(pairs[i][0], pairs[i][1], &del, &ins);
        int sim = similarity_percent(pairs[i][0], pairs[i][1]);
        printf("pair %d: lcs=%d \"%.40s\" diff=%d (-%d +%d) sim=%d\n", i, k, k >= 0 ? out : "", d, del, ins, sim);
    }
    return 0;
}
