/* Test driver for base64.c: encoding of 0..N byte inputs (all padding cases, binary bytes) and decoding incl. invalid input. */
#include <stdio.h>
#include <string.h>

int b64_encode(const unsigned char *in, int n, char *out);
int b64_decode(const char *in, unsigned char *out);

int main(void) {
    const char *texts[] = {"", "f", "fo", "foo", "foob", "fooba", "foobar", "Hello, World!"};
    for (int i = 0; i < 8; i++) {
        char enc[64];
        unsigned char dec[64];
        int n = (int)strlen(texts[i]);
        int e = b64_encode((const unsigned char *)texts[i], n, enc);
        int d = b64_decode(enc, dec);
        printf("\"%s\" -> %d \"%s\" -> %d \"%.*s\"\n", texts[i], e, enc, d, d > 0 ? d : 0, (const char *)dec);
    }
    unsigned char bin[256], back[256];
    char enc[400];
    for (int i = 0; i < 256; i++) bin[i] = (unsigned char)(255 - i);
    int e = b64_encode(bin, 256, enc);
    int d = b64_decode(enc, back);
    unsigned sum = 0;
    for (int i = 0; i < e; i++) sum = sum * 31u + (unsigned char)enc[i];
    printf("binary: enc=%d hash=%08x dec=%d same=%d head=%.16s\n", e, sum, d, d == 256 && memcmp(bin, back, 256) == 0, enc);
    const char *bad[] = {"ab$d", "AAAA", "////", "QQ==", "QUI=", "Zm9v!", "=", "SGVsbG8", " QQ"};
    for (int i = 0; i < 9; i++) {
        unsigned char out[16] = {0};
        int r = b64_decode(bad[i], out);
        printf("decode \"%s\" = %d:", bad[i], r);
        for (int k = 0; k < r; k++) printf(" %02x", out[k]);
        printf("\n");
    }
    return 0;
}
