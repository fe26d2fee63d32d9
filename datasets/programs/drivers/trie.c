/* Test driver for trie.c: insertion (duplicates, bad characters, depth and pool limits), lookups, prefix counts and longest stored prefixes. */
#include <stdio.h>

struct trie {
    int child[4096][26];
    int words_below[4096];
    unsigned char terminal[4096];
    int used;
};

void trie_init(struct trie *t);
int trie_insert(struct trie *t, const char *word);
int trie_contains(const struct trie *t, const char *word);
int trie_count_prefix(const struct trie *t, const char *prefix);
int trie_longest_prefix(const struct trie *t, const char *s);

static struct trie t;

int main(void) {
    trie_init(&t);
    const char *words[] = {"car", "cart", "carbon", "care", "cat", "dog", "do", "door", "car", "Car", "c-d", "zebra", "a"};
    for (int i = 0; i < 13; i++) printf("insert %s = %d\n", words[i], trie_insert(&t, words[i]));
    printf("used=%d\n", t.used);
    const char *q[] = {"car", "ca", "cart", "carts", "do", "d", "dog", "", "zebra", "zeb", "A", "x"};
    for (int i = 0; i < 12; i++)
        printf("query %s: contains=%d prefix=%d longest=%d\n", q[i], trie_contains(&t, q[i]), trie_count_prefix(&t, q[i]),
               trie_longest_prefix(&t, q[i]));
    const char *lp[] = {"cartoon", "carbonate", "doors", "dot", "b", "a1", "careful"};
    for (int i = 0; i < 7; i++) printf("longest(%s) = %d\n", lp[i], trie_longest_prefix(&t, lp[i]));
    char deep[70];
    for (int i = 0; i < 69; i++) deep[i] = (char)('a' + i % 26);
    deep[63] = '\0';
    printf("insert len 63 = %d\n", trie_insert(&t, deep));
    deep[63] = 'x';
    deep[64] = '\0';
    printf("insert len 64 = %d\n", trie_insert(&t, deep));
    int e = trie_insert(&t, "");
    printf("empty word: %d %d longest=%d\n", e, trie_contains(&t, ""), trie_longest_prefix(&t, "zz"));
    /* fill the pool with long distinct words */
    int added = 0, failed = 0;
    unsigned seed = 1u;
    for (int i = 0; i < 300; i++) {
        char w[32];
        for (int k = 0; k < 30; k++) {
            seed = seed * 1103515245u + 12345u;
            w[k] = (char)('a' + (k < 2 ? i % 3 : (int)((seed >> 16) % 26u)));
        }
        w[30] = '\0';
        int r = trie_insert(&t, w);
        if (r == 1) added++;
        else if (r < 0) failed++;
    }
    printf("bulk: added=%d failed=%d used=%d all=%d a=%d\n", added, failed, t.used, trie_count_prefix(&t, ""), trie_count_prefix(&t, "a"));
    trie_init(&t);
    printf("reinit: contains car=%d prefix=%d longest=%d\n", trie_contains(&t, "car"), trie_count_prefix(&t, ""), trie_longest_prefix(&t, "car"));
    return 0;
}
