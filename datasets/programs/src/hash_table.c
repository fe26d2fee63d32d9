/* Open-addressing hash table with linear probing and FNV-1a string hashing. */
#include <string.h>
#define SLOTS 256
struct entry { const char *key; int value; };
static struct entry table[SLOTS];
static unsigned fnv1a(const char *s) { unsigned h = 2166136261u; while (*s) { h ^= (unsigned char)*s++; h *= 16777619u; } return h; }
int ht_put(const char *key, int value) {
    unsigned i = fnv1a(key) % SLOTS;
    for (int probes = 0; probes < SLOTS; probes++, i = (i + 1) % SLOTS) {
        if (!table[i].key || strcmp(table[i].key, key) == 0) { table[i].key = key; table[i].value = value; return 1; }
    }
    return 0;
}
int ht_get(const char *key, int fallback) {
    unsigned i = fnv1a(key) % SLOTS;
    for (int probes = 0; probes < SLOTS && table[i].key; probes++, i = (i + 1) % SLOTS)
        if (strcmp(table[i].key, key) == 0) return table[i].value;
    return fallback;
}
