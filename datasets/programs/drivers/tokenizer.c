/* Test driver for tokenizer.c: token kind counts for expressions with numbers, identifiers, operators, nesting, bad characters and unbalanced parentheses. */
#include <stdio.h>

int tokenize(const char *s, int counts[6]);

int main(void) {
    const char *exprs[] = {"", "   ", "42", "x", "a + 3*(b-2)", "((x_1 + y2) ^ 2) % 7", "12abc + abc12", "f(g(h(1)))",
                           ")(", "((a)", "a)", "a $ b", "-1 - -2", "__init__ / 3.5", "(((((((((())))))))))", "a+b+c+d+e+f+g"};
    int n = (int)(sizeof exprs / sizeof exprs[0]);
    for (int i = 0; i < n; i++) {
        int counts[6] = {-1, -1, -1, -1, -1, -1};
        int r = tokenize(exprs[i], counts);
        printf("\"%s\": %d [%d %d %d %d %d %d]\n", exprs[i], r, counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
    }
    return 0;
}
