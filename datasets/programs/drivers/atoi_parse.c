/* Test driver for atoi_parse.c: parse_list on valid lists, signs, whitespace, overflow clamping, limits and malformed input. */
#include <stdio.h>

int parse_list(const char *s, long *out, int max);

int main(void) {
    const char *cases[] = {"", "0", "1,2,3", " 12 , -34 ,+56 ", "-0,+0", "9223372036854775807",
                           "9223372036854775808", "-99999999999999999999999", "1,,2", "abc", "1 2", "1,",
                           "\t7\n,\n8", "-", "+", "5,6,7,8,9,10,11,12", "42x", "  -17  "};
    int ncases = (int)(sizeof cases / sizeof cases[0]);
    for (int i = 0; i < ncases; i++) {
        long out[8] = {0};
        int n = parse_list(cases[i], out, i == 15 ? 5 : 8);
        printf("case %d: n=%d", i, n);
        for (int k = 0; k < n && k < 8; k++) printf(" %ld", out[k]);
        printf("\n");
    }
    long one[1] = {0};
    printf("max0: %d\n", parse_list("3,4", one, 0));
    int n1 = parse_list("3,4", one, 1);
    printf("max1: %d %ld\n", n1, one[0]);
    return 0;
}
