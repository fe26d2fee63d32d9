/* An LRU cache of int -> int: doubly linked recency list plus an open-addressing index. */
#define CAPACITY 64
#define SLOTS 128

struct entry { int key, value; int prev, next; };
struct lru {
    struct entry e[CAPACITY];
    int slot[SLOTS]; /* entry index or -1 */
    int head, tail, used, hits, misses;
};

static unsigned hash(int key) { return ((unsigned)key * 2654435761u) >> 25; } /* 7 bits */

void lru_init(struct lru *c) {
    for (int i = 0; i < SLOTS; i++) c->slot[i] = -1;
    c->head = c->tail = -1;
    c->used = c->hits = c->misses = 0;
}

static int find_slot(const struct lru *c, int key) {
    unsigned s = hash(key);
    while (c->slot[s] >= 0 && c->e[c->slot[s]].key != key) s = (s + 1) % SLOTS;
    return (int)s;
}

static void unlink_entry(struct lru *c, int i) {
    if (c->e[i].prev >= 0) c->e[c->e[i].prev].next = c->e[i].next; else c->head = c->e[i].next;
    if (c->e[i].next >= 0) c->e[c->e[i].next].prev = c->e[i].prev; else c->tail = c->e[i].prev;
}

static void push_front(struct lru *c, int i) {
    c->e[i].prev = -1;
    c->e[i].next = c->head;
    if (c->head >= 0) c->e[c->head].prev = i;
    c->head = i;
    if (c->tail < 0) c->tail = i;
}

/* Removes key's slot and re-inserts the rest of its probe cluster (backward-shift deletion). */
static void erase_slot(struct lru *c, int s) {
    c->slot[s] = -1;
    for (int t = (s + 1) % SLOTS; c->slot[t] >= 0; t = (t + 1) % SLOTS) {
        int moved = c->slot[t];
        c->slot[t] = -1;
        c->slot[find_slot(c, c->e[moved].key)] = moved;
    }
}

int lru_get(struct lru *c, int key, int *value) {
    int s = find_slot(c, key);
    if (c->slot[s] < 0) { c->misses++; return 0; }
    int i = c->slot[s];
    unlink_entry(c, i);
    push_front(c, i);
    *value = c->e[i].value;
    c->hits++;
    return 1;
}

void lru_put(struct lru *c, int key, int value) {
    int s = find_slot(c, key), i;
    if (c->slot[s] >= 0) {
        i = c->slot[s];
        unlink_entry(c, i);
    } else if (c->used < CAPACITY) {
        i = c->used++;
        c->slot[s] = i;
    } else {
        i = c->tail;
        unlink_entry(c, i);
        erase_slot(c, find_slot(c, c->e[i].key));
        c->slot[find_slot(c, key)] = i;
    }
    c->e[i].key = key;
    c->e[i].value = value;
    push_front(c, i);
}
