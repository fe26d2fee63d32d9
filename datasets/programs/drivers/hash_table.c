/* Test driver for hash_table.c: put/get with updates, missing keys, collisions and filling the table beyond capacity. */
#include <stdio.h>

int ht_put(const char *key, int value);
int ht_get(const char *key, int fallback);

static char names[300][12];

int main(void) {
    printf("get empty: %d\n", ht_get("nothing", -1));
    int p1 = ht_put("alpha", 1);
    int p2 = ht_put("beta", 2);
    int p3 = ht_put("gamma", 3);
    printf("put: %d %d %d\n", p1, p2, p3);
    printf("get: %d %d %d %d\n", ht_get("alpha", -1), ht_get("beta", -1), ht_get("gamma", -1), ht_get("delta", -1));
    p1 = ht_put("beta", 22);
    printf("update: %d -> %d\n", p1, ht_get("beta", -1));
    p1 = ht_put("", 99);
    printf("empty key: %d %d\n", p1, ht_get("", -1));
    for (int i = 0; i < 300; i++) snprintf(names[i], sizeof names[i], "key%d", i);
    int stored = 0;
    for (int i = 0; i < 300; i++) stored += ht_put(names[i], i * 7);
    printf("stored %d of 300\n", stored);
    long sum = 0;
    int found = 0;
    for (int i = 0; i < 300; i++) {
        int v = ht_get(names[i], -1);
        if (v >= 0) { found++; sum += v; }
    }
    printf("found %d sum %ld\n", found, sum);
    printf("old keys: %d %d %d %d\n", ht_get("alpha", -1), ht_get("beta", -1), ht_get("gamma", -1), ht_get("", -1));
    printf("missing in full table: %d\n", ht_get("not-there", -5));
    p1 = ht_put("key5", 555);
    printf("update in full table: %d %d\n", p1, ht_get("key5", -1));
    return 0;
}
