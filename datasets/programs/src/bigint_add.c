/* Multi-precision unsigned addition and multiplication by a small factor (32-bit limbs). */
#include <stdint.h>
int big_add(const uint32_t *a, const uint32_t *b, uint32_t *sum, int n) {
    uint64_t carry = 0;
    for (int i = 0; i < n; i++) { uint64_t t = (uint64_t)a[i] + b[i] + carry; sum[i] = (uint32_t)t; carry = t >> 32; }
    return (int)carry;
}
uint32_t big_mul_small(uint32_t *a, int n, uint32_t f) {
    uint64_t carry = 0;
    for (int i = 0; i < n; i++) { uint64_t t = (uint64_t)a[i] * f + carry; a[i] = (uint32_t)t; carry = t >> 32; }
    return (uint32_t)carry;
}
