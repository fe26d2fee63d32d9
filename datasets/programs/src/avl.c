/* AVL tree over a node array: insertion with the four rotations, height queries and in-order ranks. */
struct avl_node { int key; int left, right; int height; int size; };
struct avl { struct avl_node nodes[512]; int count; };

static int height(const struct avl *t, int n) { return n < 0 ? 0 : t->nodes[n].height; }
static int size(const struct avl *t, int n) { return n < 0 ? 0 : t->nodes[n].size; }
static int max(int a, int b) { return a > b ? a : b; }

static void update(struct avl *t, int n) {
    struct avl_node *x = &t->nodes[n];
    x->height = 1 + max(height(t, x->left), height(t, x->right));
    x->size = 1 + size(t, x->left) + size(t, x->right);
}

static int rotate_right(struct avl *t, int n) {
    int l = t->nodes[n].left;
    t->nodes[n].left = t->nodes[l].right;
    t->nodes[l].right = n;
    update(t, n);
    update(t, l);
    return l;
}

static int rotate_left(struct avl *t, int n) {
    int r = t->nodes[n].right;
    t->nodes[n].right = t->nodes[r].left;
    t->nodes[r].left = n;
    update(t, n);
    update(t, r);
    return r;
}

static int balance(struct avl *t, int n) {
    update(t, n);
    int bf = height(t, t->nodes[n].left) - height(t, t->nodes[n].right);
    if (bf > 1) {
        if (height(t, t->nodes[t->nodes[n].left].left) < height(t, t->nodes[t->nodes[n].left].right))
            t->nodes[n].left = rotate_left(t, t->nodes[n].left);
        return rotate_right(t, n);
    }
    if (bf < -1) {
        if (height(t, t->nodes[t->nodes[n].right].right) < height(t, t->nodes[t->nodes[n].right].left))
            t->nodes[n].right = rotate_right(t, t->nodes[n].right);
        return rotate_left(t, n);
    }
    return n;
}

/* Inserts key under root n; returns the new subtree root (duplicates are ignored). */
int avl_insert(struct avl *t, int n, int key) {
    if (n < 0) {
        if (t->count == 512) return n;
        int fresh = t->count++;
        t->nodes[fresh] = (struct avl_node){key, -1, -1, 1, 1};
        return fresh;
    }
    if (key < t->nodes[n].key) t->nodes[n].left = avl_insert(t, t->nodes[n].left, key);
    else if (key > t->nodes[n].key) t->nodes[n].right = avl_insert(t, t->nodes[n].right, key);
    else return n;
    return balance(t, n);
}

/* Number of keys smaller than key. */
int avl_rank(const struct avl *t, int n, int key) {
    int rank = 0;
    while (n >= 0) {
        if (key <= t->nodes[n].key) n = t->nodes[n].left;
        else {
            rank += 1 + size(t, t->nodes[n].left);
            n = t->nodes[n].right;
        }
    }
    return rank;
}

int avl_height(const struct avl *t, int root) { return height(t, root); }
