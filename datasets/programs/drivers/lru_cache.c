/* Test driver for lru_cache.c: LRU put/get with hits, misses, updates, recency refresh, eviction past capacity and colliding keys. */
#include <stdio.h>

struct entry { int key, value; int prev, next; };
struct lru {
    struct entry e[64];
    int slot[128];
    int head, tail, used, hits, misses;
};

void lru_init(struct lru *c);
int lru_get(struct lru *c, int key, int *value);
void lru_put(struct lru *c, int key, int value);

static struct lru cache;

static void probe(const char *label, const int *keys, int n) {
    printf("%s:", label);
    for (int i = 0; i < n; i++) {
        int v = -1;
        int hit = lru_get(&cache, keys[i], &v);
        printf(" %d:%d", hit, hit ? v : -1);
    }
    printf(" | hits=%d misses=%d used=%d\n", cache.hits, cache.misses, cache.used);
}

int main(void) {
    lru_init(&cache);
    const int k0[] = {1, 2, 3};
    probe("empty", k0, 3);
    for (int k = 1; k <= 10; k++) lru_put(&cache, k, k * 100);
    const int k1[] = {1, 5, 10, 11, 0};
    probe("ten", k1, 5);
    lru_put(&cache, 5, 555);
    const int k2[] = {5};
    probe("update", k2, 1);
    for (int k = 11; k <= 70; k++) lru_put(&cache, k, -k); /* evicts the least recent */
    const int k3[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 70};
    probe("after eviction", k3, 12);
    /* keys spaced so that the multiplicative hash collides a lot */
    lru_init(&cache);
    for (int i = 0; i < 200; i++) lru_put(&cache, i * 128 + 7, i);
    int hits = 0;
    long sum = 0;
    for (int i = 0; i < 200; i++) {
        int v = 0;
        if (lru_get(&cache, i * 128 + 7, &v)) { hits++; sum += v; }
    }
    printf("collide: hits=%d sum=%ld misses=%d\n", hits, sum, cache.misses);
    /* mixed workload with negative keys */
    lru_init(&cache);
    unsigned s = 99u;
    long acc = 0;
    for (int i = 0; i < 2000; i++) {
        s = s * 1103515245u + 12345u;
        int key = (int)((s >> 16) % 150u) - 40;
        int v = 0;
        if (lru_get(&cache, key, &v)) acc += v;
        else lru_put(&cache, key, key * 3 + i);
    }
    printf("mixed: acc=%ld hits=%d misses=%d used=%d head_key=%d tail_key=%d\n", acc, cache.hits, cache.misses, cache.used,
           cache.e[cache.head].key, cache.e[cache.tail].key);
    return 0;
}
