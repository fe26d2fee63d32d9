/* Bitwise CRC-32 (reflected polynomial 0xEDB88320) of a byte buffer. */
unsigned crc32(const unsigned char *data, unsigned long len) {
    unsigned crc = 0xFFFFFFFFu;
    for (unsigned long i = 0; i < len; i++) {
        crc ^= data[i];
        for (int bit = 0; bit < 8; bit++) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}
