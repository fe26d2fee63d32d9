/* Test driver for roman.c: formatting 1..3999 (and out-of-range), lenient values, and strict parsing of canonical and non-canonical numerals. */
#include <stdio.h>
#include <string.h>

int roman_format(int n, char *out);
int roman_value(const char *s);
int roman_parse(const char *s);

int main(void) {
    const int nums[] = {-5, 0, 1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3888, 3999, 4000};
    for (int i = 0; i < 14; i++) {
        char out[16] = "";
        int len = roman_format(nums[i], out);
        printf("format(%d) = %d %s\n", nums[i], len, len > 0 ? out : "-");
    }
    long total = 0;
    int roundtrips = 0;
    for (int n = 1; n <= 3999; n++) {
        char out[16];
        int len = roman_format(n, out);
        total += len;
        if (roman_parse(out) == n && roman_value(out) == n) roundtrips++;
    }
    printf("total length %ld, roundtrips %d\n", total, roundtrips);
    const char *strs[] = {"", "I", "IV", "IIII", "VV", "IM", "MCMXCIV", "mcm", "XLII", "IIV", "MMMM", "CDXLIV", "IC", "X1", "LXL"};
    for (int i = 0; i < 15; i++) printf("value(%s) = %d parse = %d\n", strs[i], roman_value(strs[i]), roman_parse(strs[i]));
    return 0;
}
