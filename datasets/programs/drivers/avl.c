/* Test driver for avl.c: AVL insertion (all rotation cases, duplicates, pool exhaustion), heights and ranks. */
#include <stdio.h>

struct avl_node { int key; int left, right; int height; int size; };
struct avl { struct avl_node nodes[512]; int count; };

int avl_insert(struct avl *t, int n, int key);
int avl_rank(const struct avl *t, int n, int key);
int avl_height(const struct avl *t, int root);

static struct avl tree;

static void show(const char *label, int root) {
    printf("%s: count=%d height=%d root_key=%d ranks:", label, tree.count, avl_height(&tree, root),
           root >= 0 ? tree.nodes[root].key : -999);
    const int probes[] = {-1000, 0, 1, 2, 5, 50, 100, 101, 250, 1000, 100000};
    for (int i = 0; i < 11; i++) printf(" %d", avl_rank(&tree, root, probes[i]));
    printf("\n");
}

int main(void) {
    int root = -1;
    tree.count = 0;
    show("empty", root);
    /* left-left, right-right, left-right and right-left shapes */
    const int shapes[4][3] = {{3, 2, 1}, {1, 2, 3}, {3, 1, 2}, {1, 3, 2}};
    for (int s = 0; s < 4; s++) {
        tree.count = 0;
        root = -1;
        for (int k = 0; k < 3; k++) root = avl_insert(&tree, root, shapes[s][k]);
        printf("shape %d: root_key=%d height=%d\n", s, tree.nodes[root].key, avl_height(&tree, root));
    }
    tree.count = 0;
    root = -1;
    for (int i = 1; i <= 100; i++) root = avl_insert(&tree, root, i);
    show("ascending", root);
    for (int i = 1; i <= 100; i += 3) root = avl_insert(&tree, root, i); /* duplicates */
    show("dups", root);
    for (int i = 0; i < 300; i++) root = avl_insert(&tree, root, (i * 7919) % 1009 - 400);
    show("mixed", root);
    for (int i = 0; i < 400; i++) root = avl_insert(&tree, root, 5000 + i * 3); /* fills the pool */
    show("full", root);
    printf("height(-1)=%d\n", avl_height(&tree, -1));
    return 0;
}
