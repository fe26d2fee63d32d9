/* UTF-8 decoding with validation (overlongs, surrogates, range), encoding, and code point counting. */
#include <stdint.h>

/* Decodes one code point at s (n bytes left) into *cp; returns bytes consumed or -1 if invalid. */
int utf8_decode(const unsigned char *s, int n, uint32_t *cp) {
    if (n < 1) return -1;
    unsigned char b = s[0];
    int len;
    uint32_t value, min;
    if (b < 0x80) { *cp = b; return 1; }
    else if ((b & 0xe0) == 0xc0) { len = 2; value = b & 0x1f; min = 0x80; }
    else if ((b & 0xf0) == 0xe0) { len = 3; value = b & 0x0f; min = 0x800; }
    else if ((b & 0xf8) == 0xf0) { len = 4; value = b & 0x07; min = 0x10000; }
    else return -1;
    if (n < len) return -1;
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xc0) != 0x80) return -1;
        value = (value << 6) | (s[i] & 0x3f);
    }
    if (value < min || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) return -1;
    *cp = value;
    return len;
}

/* Encodes cp into out (4 bytes room); returns the byte count, or 0 for an invalid code point. */
int utf8_encode(uint32_t cp, unsigned char *out) {
    if (cp < 0x80) { out[0] = (unsigned char)cp; return 1; }
    if (cp < 0x800) {
        out[0] = (unsigned char)(0xc0 | (cp >> 6));
        out[1] = (unsigned char)(0x80 | (cp & 0x3f));
        return 2;
    }
    if (cp >= 0xd800 && cp <= 0xdfff) return 0;
    if (cp < 0x10000) {
        out[0] = (unsigned char)(0xe0 | (cp >> 12));
        out[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
        out[2] = (unsigned char)(0x80 | (cp & 0x3f));
        return 3;
    }
    if (cp > 0x10ffff) return 0;
    out[0] = (unsigned char)(0xf0 | (cp >> 18));
    out[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3f));
    out[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
    out[3] = (unsigned char)(0x80 | (cp & 0x3f));
    return 4;
}

/* Number of code points in s[0..n), or -(offset + 1) of the first invalid sequence. */
int utf8_length(const unsigned char *s, int n) {
    int count = 0, i = 0;
    uint32_t cp;
    while (i < n) {
        int len = utf8_decode(s + i, n - i, &cp);
        if (len < 0) return -(i + 1);
        i += len;
        count++;
    }
    return count;
}

/* Re-encodes s into out replacing invalid sequences by U+FFFD; returns the output length. */
int utf8_sanitize(const unsigned char *s, int n, unsigned char *out) {
    int i = 0, o = 0;
    uint32_t cp;
    while (i < n) {
        int len = utf8_decode(s + i, n - i, &cp);
        if (len < 0) { cp = 0xfffd; len = 1; }
        o += utf8_encode(cp, out + o);
        i += len;
    }
    return o;
}
