/* A lowercase-letter trie in a fixed node pool: insert, exact lookup, prefix counting, longest prefix. */
#define POOL 4096

struct trie {
    int child[POOL][26];
    int words_below[POOL];
    unsigned char terminal[POOL];
    int used;
};

void trie_init(struct trie *t) {
    for (int c = 0; c < 26; c++) t->child[0][c] = 0;
    t->words_below[0] = 0;
    t->terminal[0] = 0;
    t->used = 1;
}

static int letter(char c) { return c >= 'a' && c <= 'z' ? c - 'a' : -1; }

/* Returns 1 if added, 0 if present already, -1 on a bad character or a full pool. */
int trie_insert(struct trie *t, const char *word) {
    int node = 0, path[64], depth = 0;
    for (const char *p = word; *p; p++) {
        int c = letter(*p);
        if (c < 0 || depth == 63) return -1;
        path[depth++] = node;
        if (t->child[node][c] == 0) {
            if (t->used == POOL) return -1;
            int fresh = t->used++;
            for (int k = 0; k < 26; k++) t->child[fresh][k] = 0;
            t->words_below[fresh] = 0;
            t->terminal[fresh] = 0;
            t->child[node][c] = fresh;
        }
        node = t->child[node][c];
    }
    if (t->terminal[node]) return 0;
    t->terminal[node] = 1;
    t->words_below[node]++;
    while (depth > 0) t->words_below[path[--depth]]++;
    return 1;
}

static int walk(const struct trie *t, const char *s) {
    int node = 0;
    for (; *s; s++) {
        int c = letter(*s);
        if (c < 0 || (node = t->child[node][c]) == 0) return -1;
    }
    return node;
}

int trie_contains(const struct trie *t, const char *word) {
    int node = walk(t, word);
    return node >= 0 && t->terminal[node];
}

int trie_count_prefix(const struct trie *t, const char *prefix) {
    int node = walk(t, prefix);
    return node < 0 ? 0 : t->words_below[node];
}

/* Length of the longest stored word that is a prefix of s. */
int trie_longest_prefix(const struct trie *t, const char *s) {
    int node = 0, best = t->terminal[0] ? 0 : -1;
    for (int i = 0; s[i]; i++) {
        int c = letter(s[i]);
        if (c < 0 || (node = t->child[node][c]) == 0) break;
        if (t->terminal[node]) best = i + 1;
    }
    return best;
}
