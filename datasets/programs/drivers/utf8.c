/* Test driver for utf8.c: decoding valid and invalid sequences (overlong, surrogate, out of range, truncated), encoding, length and sanitizing. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

int utf8_decode(const unsigned char *s, int n, uint32_t *cp);
int utf8_encode(uint32_t cp, unsigned char *out);
int utf8_length(const unsigned char *s, int n);
int utf8_sanitize(const unsigned char *s, int n, unsigned char *out);

static void hexdump(const unsigned char *p, int n) {
    for (int i = 0; i < n; i++) printf(" %02x", p[i]);
}

int main(void) {
    const struct { const char *bytes; int n; } seqs[] = {
        {"A", 1}, {"\xc3\xa9", 2}, {"\xe2\x82\xac", 3}, {"\xf0\x9f\x98\x80", 4}, {"\xc0\xaf", 2}, {"\xe0\x80\xaf", 3},
        {"\xed\xa0\x80", 3}, {"\xf4\x90\x80\x80", 4}, {"\xf8\x88\x80\x80", 4}, {"\x80", 1}, {"\xe2\x82", 2},
        {"\xc3\x28", 2}, {"", 0}, {"\xef\xbf\xbf", 3}, {"\xf4\x8f\xbf\xbf", 4}};
    int ns = (int)(sizeof seqs / sizeof seqs[0]);
    for (int i = 0; i < ns; i++) {
        uint32_t cp = 0xdeadu;
        int r = utf8_decode((const unsigned char *)seqs[i].bytes, seqs[i].n, &cp);
        printf("decode #%d: %d cp=%lx\n", i, r, r > 0 ? (unsigned long)cp : 0ul);
    }
    const uint32_t cps[] = {0, 0x41, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xffff, 0x10000, 0x10ffff, 0x110000, 0xffffffffu};
    for (int i = 0; i < 15; i++) {
        unsigned char out[4] = {0, 0, 0, 0};
        int r = utf8_encode(cps[i], out);
        printf("encode %lx: %d", (unsigned long)cps[i], r);
        hexdump(out, r);
        uint32_t back = 0;
        if (r > 0) printf(" back=%d", utf8_decode(out, r, &back) == r && back == cps[i]);
        printf("\n");
    }
    const char *texts[] = {"plain ascii", "na\xc3\xafve caf\xc3\xa9", "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", "bad \xff here",
                           "trunc \xe2\x82", "\xed\xbf\xbf surrogate", "\xf0\x9f\x98\x80\xf0\x9f\x98\x81!", ""};
    for (int i = 0; i < 8; i++) {
        const unsigned char *s = (const unsigned char *)texts[i];
        int n = (int)strlen(texts[i]);
        unsigned char out[128];
        int len = utf8_length(s, n);
        int m = utf8_sanitize(s, n, out);
        int len2 = utf8_length(out, m);
        printf("text #%d: n=%d length=%d sanitized=%d length2=%d:", i, n, len, m, len2);
        hexdump(out, m < 24 ? m : 24);
        printf("\n");
    }
    return 0;
}
