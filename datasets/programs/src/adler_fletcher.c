/* Adler-32 and Fletcher-16/32 checksums of byte buffers, with a combined digest selector. */
#include <stdint.h>

#define ADLER_MOD 65521u

uint32_t adler32(const uint8_t *data, unsigned long len) {
    uint32_t a = 1, b = 0;
    while (len > 0) {
        /* 5552 is the largest block keeping b below 2^32 before the reduction */
        unsigned long block = len < 5552 ? len : 5552;
        len -= block;
        while (block--) {
            a += *data++;
            b += a;
        }
        a %= ADLER_MOD;
        b %= ADLER_MOD;
    }
    return (b << 16) | a;
}

uint16_t fletcher16(const uint8_t *data, unsigned long len) {
    uint16_t sum1 = 0, sum2 = 0;
    for (unsigned long i = 0; i < len; i++) {
        sum1 = (uint16_t)((sum1 + data[i]) % 255);
        sum2 = (uint16_t)((sum2 + sum1) % 255);
    }
    return (uint16_t)((sum2 << 8) | sum1);
}

uint32_t fletcher32(const uint16_t *words, unsigned long count) {
    uint32_t sum1 = 0xffff, sum2 = 0xffff;
    while (count) {
        unsigned long block = count > 359 ? 359 : count;
        count -= block;
        do {
            sum1 += *words++;
            sum2 += sum1;
        } while (--block);
        sum1 = (sum1 & 0xffff) + (sum1 >> 16);
        sum2 = (sum2 & 0xffff) + (sum2 >> 16);
    }
    sum1 = (sum1 & 0xffff) + (sum1 >> 16);
    sum2 = (sum2 & 0xffff) + (sum2 >> 16);
    return (sum2 << 16) | sum1;
}

uint32_t digest(int kind, const uint8_t *data, unsigned long len) {
    switch (kind) {
    case 0: return adler32(data, len);
    case 1: return fletcher16(data, len);
    case 2: return fletcher32((const uint16_t *)data, len / 2);
    default: return 0;
    }
}
