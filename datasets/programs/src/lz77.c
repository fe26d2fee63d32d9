/* A small LZ77 compressor: greedy longest match in a sliding window, tokens (offset, length, next). */
#define WINDOW 255
#define MAX_MATCH 15

struct token { unsigned char offset; unsigned char length; unsigned char next; };

static int match_length(const unsigned char *a, const unsigned char *b, int limit) {
    int k = 0;
    while (k < limit && a[k] == b[k]) k++;
    return k;
}

/* Compresses in[0..n) into at most cap tokens; returns the token count or -1. */
int lz77_compress(const unsigned char *in, int n, struct token *out, int cap) {
    int pos = 0, count = 0;
    while (pos < n) {
        int best_len = 0, best_off = 0;
        int start = pos > WINDOW ? pos - WINDOW : 0;
        int limit = n - pos - 1 < MAX_MATCH ? n - pos - 1 : MAX_MATCH;
        for (int cand = start; cand < pos; cand++) {
            int len = match_length(in + cand, in + pos, limit);
            if (len > best_len) {
                best_len = len;
                best_off = pos - cand;
                if (len == limit) break;
            }
        }
        if (count == cap) return -1;
        out[count].offset = (unsigned char)best_off;
        out[count].length = (unsigned char)best_len;
        out[count].next = in[pos + best_len];
        count++;
        pos += best_len + 1;
    }
    return count;
}

/* Expands tokens into out (capacity cap); returns the length or -1 on a bad token. */
int lz77_expand(const struct token *tokens, int count, unsigned char *out, int cap) {
    int n = 0;
    for (int t = 0; t < count; t++) {
        int off = tokens[t].offset, len = tokens[t].length;
        if (len > 0 && (off == 0 || off > n)) return -1;
        if (n + len + 1 > cap) return -1;
        for (int k = 0; k < len; k++, n++) out[n] = out[n - off];
        out[n++] = tokens[t].next;
    }
    return n;
}

/* Ratio of compressed to raw size in per mille (3 bytes per token). */
int lz77_ratio_permille(const unsigned char *in, int n, struct token *scratch, int cap) {
    int tokens = lz77_compress(in, n, scratch, cap);
    if (tokens < 0 || n == 0) return -1;
    return (int)(3000L * tokens / n);
}
