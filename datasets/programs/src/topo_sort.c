/* Topological order of a DAG in adjacency-list form (Kahn's algorithm) and longest path on it. */
#define MAXV 128
#define MAXE 1024

struct graph {
    int n, m;
    int head[MAXV];
    int next[MAXE], to[MAXE], weight[MAXE];
};

void graph_init(struct graph *g, int n) {
    g->n = n;
    g->m = 0;
    for (int v = 0; v < n; v++) g->head[v] = -1;
}

int graph_add_edge(struct graph *g, int u, int v, int w) {
    if (g->m == MAXE || u < 0 || v < 0 || u >= g->n || v >= g->n) return 0;
    g->to[g->m] = v;
    g->weight[g->m] = w;
    g->next[g->m] = g->head[u];
    g->head[u] = g->m++;
    return 1;
}

/* Writes a topological order into order[]; returns n, or -1 when the graph has a cycle. */
int topo_order(const struct graph *g, int *order) {
    int indeg[MAXV], queue[MAXV], head = 0, tail = 0;
    for (int v = 0; v < g->n; v++) indeg[v] = 0;
    for (int e = 0; e < g->m; e++) indeg[g->to[e]]++;
    for (int v = 0; v < g->n; v++)
        if (indeg[v] == 0) queue[tail++] = v;
    while (head < tail) {
        int u = queue[head++];
        order[head - 1] = u;
        for (int e = g->head[u]; e >= 0; e = g->next[e])
            if (--indeg[g->to[e]] == 0) queue[tail++] = g->to[e];
    }
    return head == g->n ? g->n : -1;
}

/* Weight of the heaviest path of the DAG (critical path), or -1 with a cycle. */
long critical_path(const struct graph *g) {
    int order[MAXV];
    long best[MAXV], answer = 0;
    if (topo_order(g, order) < 0) return -1;
    for (int v = 0; v < g->n; v++) best[v] = 0;
    for (int i = 0; i < g->n; i++) {
        int u = order[i];
        for (int e = g->head[u]; e >= 0; e = g->next[e]) {
            long cand = best[u] + g->weight[e];
            if (cand > best[g->to[e]]) best[g->to[e]] = cand;
        }
        if (best[u] > answer) answer = best[u];
    }
    return answer;
}
