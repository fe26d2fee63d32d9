/* Test driver for crc32.c: CRC-32 of standard check strings, empty input, zero bytes and a long generated buffer. */
#include <stdio.h>
#include <string.h>

unsigned crc32(const unsigned char *data, unsigned long len);

int main(void) {
    const char *texts[] = {"", "a", "abc", "123456789", "The quick brown fox jumps over the lazy dog", "message digest"};
    for (int i = 0; i < 6; i++)
        printf("crc32(\"%s\") = %08x\n", texts[i], crc32((const unsigned char *)texts[i], (unsigned long)strlen(texts[i])));
    unsigned char buf[4096];
    memset(buf, 0, sizeof buf);
    printf("crc32(zeros 32) = %08x\n", crc32(buf, 32));
    for (int i = 0; i < 4096; i++) buf[i] = (unsigned char)((i * 131 + 7) ^ (i >> 3));
    printf("crc32(buf 4096) = %08x\n", crc32(buf, 4096));
    printf("crc32(buf 1) = %08x\n", crc32(buf, 1));
    memset(buf, 0xff, 16);
    printf("crc32(ff 16) = %08x\n", crc32(buf, 16));
    return 0;
}
