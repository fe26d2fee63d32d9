/* Test driver for string_search.c: KMP and Horspool first-match positions (hits, misses, empty patterns, periodic patterns) and occurrence counts. */
#include <stdio.h>

int kmp_find(const char *text, const char *pat, int *fail);
int horspool_find(const char *text, const char *pat);
int count_occurrences(const char *text, const char *pat);

int main(void) {
    static char longtext[1100];
    for (int i = 0; i < 1000; i++) longtext[i] = (char)('a' + (i * i + i / 7) % 3);
    longtext[1000] = 'X';
    longtext[1001] = 'y';
    longtext[1002] = 'z';
    longtext[1003] = '\0';
    const char *cases[][2] = {{"hello world", "world"}, {"hello world", "o"}, {"hello world", "xyz"}, {"hello", ""}, {"", ""},
                              {"", "a"}, {"abc", "abcd"}, {"aaaaab", "aab"}, {"abababcabababcababc", "ababc"},
                              {"ABC ABCDAB ABCDABCDABDE", "ABCDABD"}, {"mississippi", "issip"}, {"mississippi", "ss"},
                              {"aaaa", "aa"}, {"abcabcabc", "cab"}, {longtext, "Xyz"}, {longtext, "abcabc"}, {longtext, "cc"},
                              {"\xff\xfe tail", "\xfe t"}};
    int n = (int)(sizeof cases / sizeof cases[0]);
    for (int i = 0; i < n; i++) {
        int fail[16] = {0};
        int k = kmp_find(cases[i][0], cases[i][1], fail);
        int h = horspool_find(cases[i][0], cases[i][1]);
        int c = count_occurrences(cases[i][0], cases[i][1]);
        printf("case %d: kmp=%d horspool=%d count=%d fail:", i, k, h, c);
        for (int j = 0; cases[i][1][j] && j < 16; j++) printf(" %d", fail[j]);
        printf("\n");
    }
    return 0;
}
