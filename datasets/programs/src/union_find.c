/* Disjoint sets with path halving and union by rank, used by Kruskal's minimum spanning tree. */
struct edge { int u, v; int weight; };
struct dsu { int parent[256]; unsigned char rank[256]; int sets; };

void dsu_init(struct dsu *d, int n) {
    for (int i = 0; i < n; i++) {
        d->parent[i] = i;
        d->rank[i] = 0;
    }
    d->sets = n;
}

int dsu_find(struct dsu *d, int x) {
    while (d->parent[x] != x) {
        d->parent[x] = d->parent[d->parent[x]];
        x = d->parent[x];
    }
    return x;
}

int dsu_union(struct dsu *d, int a, int b) {
    a = dsu_find(d, a);
    b = dsu_find(d, b);
    if (a == b) return 0;
    if (d->rank[a] < d->rank[b]) { int t = a; a = b; b = t; }
    d->parent[b] = a;
    if (d->rank[a] == d->rank[b]) d->rank[a]++;
    d->sets--;
    return 1;
}

static void sort_edges(struct edge *e, int m) {
    for (int i = 1; i < m; i++) {
        struct edge key = e[i];
        int j = i - 1;
        while (j >= 0 && e[j].weight > key.weight) {
            e[j + 1] = e[j];
            j--;
        }
        e[j + 1] = key;
    }
}

/* Total weight of a minimum spanning forest of n <= 256 vertices; -1 when the graph is disconnected. */
long kruskal(struct edge *edges, int m, int n) {
    struct dsu d;
    long total = 0;
    if (n > 256) return -1;
    dsu_init(&d, n);
    sort_edges(edges, m);
    for (int i = 0; i < m && d.sets > 1; i++)
        if (dsu_union(&d, edges[i].u, edges[i].v)) total += edges[i].weight;
    return d.sets == 1 ? total : -1;
}
