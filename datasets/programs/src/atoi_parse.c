/* Parse signed decimal integers separated by commas, with overflow clamping. */
#include <limits.h>
static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n'; }
int parse_list(const char *s, long *out, int max) {
    int n = 0;
    while (*s && n < max) {
        while (is_space(*s)) s++;
        int neg = 0;
        if (*s == '-' || *s == '+') neg = *s++ == '-';
        long v = 0;
        int digits = 0;
        while (*s >= '0' && *s <= '9') {
            if (v > (LONG_MAX - (*s - '0')) / 10) v = LONG_MAX; else v = v * 10 + (*s - '0');
            s++; digits++;
        }
        if (!digits) return -1;
        out[n++] = neg ? -v : v;
        while (is_space(*s)) s++;
        if (*s == ',') s++; else if (*s) return -1;
    }
    return n;
}
