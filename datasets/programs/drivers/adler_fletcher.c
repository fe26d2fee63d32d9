/* Test driver for adler_fletcher.c: Adler-32, Fletcher-16/32 and the digest selector on fixed buffers, incl. empty and multi-block inputs. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

uint32_t adler32(const uint8_t *data, unsigned long len);
uint16_t fletcher16(const uint8_t *data, unsigned long len);
uint32_t fletcher32(const uint16_t *words, unsigned long count);
uint32_t digest(int kind, const uint8_t *data, unsigned long len);

static uint8_t big[12000];
static uint16_t words[1000];

int main(void) {
    const char *texts[] = {"", "a", "abc", "abcde", "Wikipedia", "The quick brown fox jumps over the lazy dog"};
    for (int i = 0; i < 6; i++) {
        const uint8_t *p = (const uint8_t *)texts[i];
        unsigned long n = (unsigned long)strlen(texts[i]);
        printf("adler32(\"%s\") = %08x\n", texts[i], (unsigned)adler32(p, n));
        printf("fletcher16(\"%s\") = %04x\n", texts[i], (unsigned)fletcher16(p, n));
    }
    uint32_t s = 7;
    for (int i = 0; i < 12000; i++) {
        s = s * 1103515245u + 12345u;
        big[i] = (uint8_t)(s >> 16);
    }
    for (int i = 0; i < 1000; i++) words[i] = (uint16_t)(0xffffu - (unsigned)i * 37u);
    printf("adler32(big) = %08x\n", (unsigned)adler32(big, 12000));
    printf("adler32(ff*6000) = %08x\n", (unsigned)adler32((const uint8_t *)memset(big, 0xff, 6000), 6000));
    printf("fletcher16(big) = %04x\n", (unsigned)fletcher16(big, 12000));
    printf("fletcher32(0) = %08x\n", (unsigned)fletcher32(words, 0));
    printf("fletcher32(1) = %08x\n", (unsigned)fletcher32(words, 1));
    printf("fletcher32(359) = %08x\n", (unsigned)fletcher32(words, 359));
    printf("fletcher32(1000) = %08x\n", (unsigned)fletcher32(words, 1000));
    const uint8_t *wb = (const uint8_t *)words;
    for (int kind = -1; kind <= 3; kind++)
        printf("digest(%d) = %08x %08x\n", kind, (unsigned)digest(kind, wb, 2000), (unsigned)digest(kind, wb, 7));
    return 0;
}
