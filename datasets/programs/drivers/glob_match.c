/* Test driver for glob_match.c: wildcard matching with '*', '?', classes (ranges, negation, ']' first), escapes, malformed patterns and counting. */
#include <stdio.h>

int glob_match(const char *pat, const char *text);
int glob_count(const char *pat, const char *const *names, int n);

int main(void) {
    const char *cases[][2] = {
        {"", ""}, {"", "a"}, {"*", ""}, {"*", "anything"}, {"a*", "abc"}, {"a*", "bac"}, {"*c", "abc"},
        {"a?c", "abc"}, {"a?c", "ac"}, {"*a*b*c*", "xxaxxbxxcxx"}, {"*a*b*c*", "xxcxxbxxa"}, {"a**b", "ab"},
        {"[abc]x", "bx"}, {"[abc]x", "dx"}, {"[a-f]*", "echo"}, {"[a-f]*", "golf"}, {"[!a-f]*", "golf"},
        {"[^0-9]", "7"}, {"[]]", "]"}, {"[]a]", "a"}, {"[a-]", "-"}, {"\\*", "*"}, {"\\*", "a"},
        {"[abc", "a"}, {"abc\\", "abcd"}, {"x[", "y"}, {"*.c", "main.c"}, {"*.c", "main.h"},
        {"?*?", "ab"}, {"?*?", "a"}, {"*[0-9][0-9]", "file42"}, {"*ab", "aaab"}, {"a*a*a*a*b", "aaaaaaaaaaaaaaaaaaaa"},
        {"\\[x\\]", "[x]"}, {"[z-a]", "m"}};
    int n = (int)(sizeof cases / sizeof cases[0]);
    for (int i = 0; i < n; i++) printf("glob(\"%s\", \"%s\") = %d\n", cases[i][0], cases[i][1], glob_match(cases[i][0], cases[i][1]));
    const char *const names[] = {"main.c", "util.c", "util.h", "README", "Makefile", "test_1.c", "test_22.c", "a.out"};
    const char *pats[] = {"*.c", "*.?", "test_?.c", "[A-Z]*", "*", "", "[bad", "*.[ch]", "*_*"};
    for (int i = 0; i < 9; i++) printf("count(\"%s\") = %d\n", pats[i], glob_count(pats[i], names, 8));
    printf("count n=0 = %d\n", glob_count("[bad", names, 0));
    return 0;
}
