/* Test driver for levenshtein.c: edit distances of classic pairs, empty strings, identical strings and the length limit. */
#include <stdio.h>
#include <string.h>

int edit_distance(const char *s, const char *t);

int main(void) {
    static char l127[128], l128[129], l300[301];
    memset(l127, 'a', 127);
    memset(l128, 'a', 128);
    for (int i = 0; i < 300; i++) l300[i] = (char)('a' + i % 3);
    const char *pairs[][2] = {{"", ""}, {"", "abc"}, {"abc", ""}, {"kitten", "sitting"}, {"flaw", "lawn"},
                              {"intention", "execution"}, {"same", "same"}, {"abc", "cba"}, {"a", "b"},
                              {"Saturday", "Sunday"}, {l127, "b"}, {"b", l127}, {"b", l128}, {l300, l127}, {l300, "abcabc"}};
    int n = (int)(sizeof pairs / sizeof pairs[0]);
    for (int i = 0; i < n; i++) printf("pair %d: %d\n", i, edit_distance(pairs[i][0], pairs[i][1]));
    return 0;
}
