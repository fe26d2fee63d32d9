/* Run-length coding of byte strings: PackBits-style literal and repeat runs, and the decoder. */
typedef unsigned char byte;

/* Encodes src into dst (capacity cap); returns the encoded length or -1 when dst is too small. */
int rle_encode(const byte *src, int n, byte *dst, int cap) {
    int i = 0, out = 0;
    while (i < n) {
        int run = 1;
        while (i + run < n && run < 128 && src[i + run] == src[i]) run++;
        if (run >= 3) {
            if (out + 2 > cap) return -1;
            dst[out++] = (byte)(257 - run); /* 129..254: repeat the next byte */
            dst[out++] = src[i];
            i += run;
            continue;
        }
        int start = i, lit = 0;
        while (i < n && lit < 128) {
            if (i + 2 < n && src[i] == src[i + 1] && src[i] == src[i + 2]) break;
            i++;
            lit++;
        }
        if (out + 1 + lit > cap) return -1;
        dst[out++] = (byte)(lit - 1); /* 0..127: copy lit literal bytes */
        for (int k = 0; k < lit; k++) dst[out++] = src[start + k];
    }
    return out;
}

/* Decodes; returns the decoded length or -1 on a malformed stream or overflow. */
int rle_decode(const byte *src, int n, byte *dst, int cap) {
    int i = 0, out = 0;
    while (i < n) {
        byte header = src[i++];
        if (header < 128) {
            int lit = header + 1;
            if (i + lit > n || out + lit > cap) return -1;
            while (lit--) dst[out++] = src[i++];
        } else if (header > 128) {
            int run = 257 - header;
            if (i >= n || out + run > cap) return -1;
            byte value = src[i++];
            while (run--) dst[out++] = value;
        }
        /* 128 is a no-op marker */
    }
    return out;
}

int rle_roundtrip_ok(const byte *src, int n, byte *tmp, byte *back, int cap) {
    int m = rle_encode(src, n, tmp, cap);
    if (m < 0) return 0;
    if (rle_decode(tmp, m, back, cap) != n) return 0;
    for (int i = 0; i < n; i++)
        if (back[i] != src[i]) return 0;
    return 1;
}
