/* Test driver for rle.c: PackBits-style encoding/decoding of runs and literals, long runs, round trips, capacity overflows and malformed streams. */
#include <stdio.h>
#include <string.h>

typedef unsigned char byte;

int rle_encode(const byte *src, int n, byte *dst, int cap);
int rle_decode(const byte *src, int n, byte *dst, int cap);
int rle_roundtrip_ok(const byte *src, int n, byte *tmp, byte *back, int cap);

static byte enc[1200], dec[1200], buf[1000];

static void run(const char *label, const byte *src, int n) {
    int m = rle_encode(src, n, enc, 1200);
    int d = m >= 0 ? rle_decode(enc, m, dec, 1200) : -1;
    int same = d == n && memcmp(src, dec, (size_t)n) == 0;
    int rt = rle_roundtrip_ok(src, n, enc, dec, 1200);
    printf("%s n=%d enc=%d dec=%d same=%d roundtrip=%d:", label, n, m, d, same, rt);
    for (int i = 0; i < m && i < 12; i++) printf(" %u", enc[i]);
    printf("\n");
}

int main(void) {
    run("empty", (const byte *)"", 0);
    run("abc", (const byte *)"abc", 3);
    run("aab", (const byte *)"aab", 3);
    run("aaab", (const byte *)"aaab", 4);
    run("mixed", (const byte *)"abcccccdeeefgggggggggh", 22);
    memset(buf, 'z', 300);
    run("z300", buf, 300);
    for (int i = 0; i < 1000; i++) buf[i] = (byte)(i * 7 + i / 13);
    run("literal1000", buf, 1000);
    for (int i = 0; i < 1000; i++) buf[i] = (byte)((i / 5) % 3 == 0 ? 'r' : i);
    run("runs1000", buf, 1000);
    printf("encode cap small: %d\n", rle_encode(buf, 1000, enc, 50));
    printf("roundtrip cap small: %d\n", rle_roundtrip_ok(buf, 1000, enc, dec, 100));
    const byte s1[] = {2, 'a', 'b'};            /* literal header longer than the stream */
    const byte s2[] = {0, 'x', 200};            /* repeat header without its byte */
    const byte s3[] = {128, 253, 'k', 1, 'p', 'q', 128};
    const byte s4[] = {129, 'm'};
    printf("decode short literal: %d\n", rle_decode(s1, 3, dec, 100));
    printf("decode missing value: %d\n", rle_decode(s2, 3, dec, 100));
    int d = rle_decode(s3, 7, dec, 100);
    printf("decode noop: %d \"%.*s\"\n", d, d > 0 ? d : 0, (const char *)dec);
    d = rle_decode(s4, 2, dec, 127);
    printf("decode overflow: %d %d\n", d, rle_decode(s4, 2, dec, 128));
    return 0;
}
