/* Test driver for lz77.c: compress/expand round trips (repetitive, random, empty, long), token capacity limits, bad tokens and ratios. */
#include <stdio.h>
#include <string.h>

struct token { unsigned char offset; unsigned char length; unsigned char next; };

int lz77_compress(const unsigned char *in, int n, struct token *out, int cap);
int lz77_expand(const struct token *tokens, int count, unsigned char *out, int cap);
int lz77_ratio_permille(const unsigned char *in, int n, struct token *scratch, int cap);

static struct token toks[1200];
static unsigned char back[1200];

static void roundtrip(const char *label, const unsigned char *in, int n) {
    int t = lz77_compress(in, n, toks, 1200);
    unsigned long h = 0;
    for (int i = 0; i < t; i++) h = (h * 257u + toks[i].offset * 65536u + toks[i].length * 256u + toks[i].next) % 1000000007u;
    int m = t >= 0 ? lz77_expand(toks, t, back, 1200) : -1;
    printf("%s n=%d tokens=%d hash=%lu expanded=%d same=%d", label, n, t, h, m, m == n && memcmp(in, back, (size_t)n) == 0);
    for (int i = 0; i < t && i < 4; i++) printf(" (%u,%u,%u)", toks[i].offset, toks[i].length, toks[i].next);
    printf("\n");
}

int main(void) {
    const char *s1 = "abababababababababab";
    const char *s2 = "the rain in spain stays mainly in the plain";
    roundtrip("abab", (const unsigned char *)s1, (int)strlen(s1));
    roundtrip("spain", (const unsigned char *)s2, (int)strlen(s2));
    roundtrip("single", (const unsigned char *)"z", 1);
    roundtrip("empty", (const unsigned char *)"", 0);
    static unsigned char buf[1000];
    memset(buf, 'q', 100);
    roundtrip("run100", buf, 100);
    unsigned s = 1u;
    for (int i = 0; i < 1000; i++) {
        s = s * 1103515245u + 12345u;
        buf[i] = (unsigned char)(i % 300 < 150 ? (unsigned)"abcdefgh"[(s >> 16) % 8u] : (s >> 16));
    }
    roundtrip("mixed1000", buf, 1000);
    printf("cap small: %d\n", lz77_compress(buf, 1000, toks, 10));
    printf("ratio abab: %d\n", lz77_ratio_permille((const unsigned char *)s1, (int)strlen(s1), toks, 1200));
    printf("ratio mixed: %d\n", lz77_ratio_permille(buf, 1000, toks, 1200));
    printf("ratio empty: %d\n", lz77_ratio_permille(buf, 0, toks, 1200));
    printf("ratio cap: %d\n", lz77_ratio_permille(buf, 1000, toks, 3));
    struct token bad1[2] = {{0, 0, 'a'}, {0, 3, 'b'}};
    struct token bad2[2] = {{0, 0, 'a'}, {2, 1, 'b'}};
    struct token good[3] = {{0, 0, 'x'}, {0, 0, 'y'}, {2, 7, '!'}};
    unsigned char out[16] = {0};
    printf("expand bad offset 0: %d\n", lz77_expand(bad1, 2, out, 16));
    printf("expand offset too far: %d\n", lz77_expand(bad2, 2, out, 16));
    int g = lz77_expand(good, 3, out, 16);
    printf("expand good: %d \"%.*s\"\n", g, g > 0 ? g : 0, (const char *)out);
    printf("expand overflow: %d\n", lz77_expand(good, 3, out, 9));
    return 0;
}
