/* Roman numerals: strict parsing (subtractive pairs, repetition limits) and formatting of 1..3999. */
static const int VALUES[13] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
static const char *const SYMBOLS[13] = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

static int digit_value(char c) {
    switch (c) {
    case 'I': return 1;
    case 'V': return 5;
    case 'X': return 10;
    case 'L': return 50;
    case 'C': return 100;
    case 'D': return 500;
    case 'M': return 1000;
    default: return 0;
    }
}

/* Writes the numeral for 1 <= n <= 3999 into out (16 bytes); returns its length or -1. */
int roman_format(int n, char *out) {
    int len = 0;
    if (n < 1 || n > 3999) return -1;
    for (int i = 0; i < 13; i++)
        while (n >= VALUES[i]) {
            for (const char *s = SYMBOLS[i]; *s; s++) out[len++] = *s;
            n -= VALUES[i];
        }
    out[len] = '\0';
    return len;
}

/* Lenient value: sums digits, subtracting one followed by a larger digit; -1 on a bad character. */
int roman_value(const char *s) {
    int total = 0;
    for (int i = 0; s[i]; i++) {
        int v = digit_value(s[i]), next = s[i + 1] ? digit_value(s[i + 1]) : 0;
        if (v == 0 || (s[i + 1] && next == 0)) return -1;
        total += v < next ? -v : v;
    }
    return total;
}

/* Strict parse: accepts only the canonical form, checked by formatting the value back. */
int roman_parse(const char *s) {
    char canon[16];
    int v = roman_value(s);
    if (v < 1 || roman_format(v, canon) < 0) return -1;
    for (int i = 0; canon[i] || s[i]; i++)
        if (canon[i] != s[i]) return -1;
    return v;
}
