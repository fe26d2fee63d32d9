/* Test driver for union_find.c: disjoint-set unions/finds with set counts, and Kruskal MST weights on connected, disconnected and edge-case graphs. */
#include <stdio.h>

struct edge { int u, v; int weight; };
struct dsu { int parent[256]; unsigned char rank[256]; int sets; };

void dsu_init(struct dsu *d, int n);
int dsu_find(struct dsu *d, int x);
int dsu_union(struct dsu *d, int a, int b);
long kruskal(struct edge *edges, int m, int n);

static struct edge edges[1000];

int main(void) {
    struct dsu d;
    dsu_init(&d, 10);
    printf("sets=%d\n", d.sets);
    const int pairs[][2] = {{0, 1}, {2, 3}, {1, 3}, {0, 2}, {4, 5}, {5, 6}, {6, 4}, {9, 9}, {7, 8}, {8, 0}};
    for (int i = 0; i < 10; i++) {
        int r = dsu_union(&d, pairs[i][0], pairs[i][1]);
        printf("union(%d,%d)=%d sets=%d\n", pairs[i][0], pairs[i][1], r, d.sets);
    }
    printf("same:");
    for (int i = 0; i < 10; i++) {
        int a = dsu_find(&d, i), b = dsu_find(&d, 0);
        printf(" %d", a == b);
    }
    printf("\n");
    dsu_init(&d, 256);
    for (int i = 0; i + 1 < 256; i += 2) dsu_union(&d, i, i + 1);
    for (int i = 0; i + 2 < 256; i += 4) dsu_union(&d, i, i + 2);
    printf("256: sets=%d same(0,3)=%d same(0,4)=%d\n", d.sets, dsu_find(&d, 0) == dsu_find(&d, 3), dsu_find(&d, 0) == dsu_find(&d, 4));

    struct edge small[] = {{0, 1, 4}, {0, 2, 3}, {1, 2, 1}, {1, 3, 2}, {2, 3, 4}, {3, 4, 2}, {4, 5, 6}, {3, 5, 7}};
    printf("mst small = %ld\n", kruskal(small, 8, 6));
    printf("sorted weights:");
    for (int i = 0; i < 8; i++) printf(" %d", small[i].weight);
    printf("\n");
    struct edge disc[] = {{0, 1, 1}, {2, 3, 1}};
    printf("mst disconnected = %ld\n", kruskal(disc, 2, 4));
    printf("mst single = %ld\n", kruskal(disc, 0, 1));
    printf("mst none = %ld\n", kruskal(disc, 0, 0));
    printf("mst too many = %ld\n", kruskal(disc, 2, 257));
    unsigned s = 11u;
    int m = 0;
    for (int v = 1; v < 200; v++) edges[m++] = (struct edge){v - 1, v, 50 + v % 13};
    while (m < 1000) {
        s = s * 1103515245u + 12345u;
        int u = (int)((s >> 8) % 200u);
        s = s * 1103515245u + 12345u;
        int v = (int)((s >> 8) % 200u);
        edges[m++] = (struct edge){u, v, (int)((s >> 4) % 60u)};
    }
    printf("mst big = %ld\n", kruskal(edges, 1000, 200));
    return 0;
}
