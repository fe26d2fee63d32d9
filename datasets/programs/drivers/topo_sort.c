/* Test driver for topo_sort.c: graph building (invalid edges, edge capacity), topological orders, cycle detection and critical path lengths. */
#include <stdio.h>

struct graph {
    int n, m;
    int head[128];
    int next[1024], to[1024], weight[1024];
};

void graph_init(struct graph *g, int n);
int graph_add_edge(struct graph *g, int u, int v, int w);
int topo_order(const struct graph *g, int *order);
long critical_path(const struct graph *g);

static struct graph g;

static void report(const char *label) {
    int order[128];
    int r = topo_order(&g, order);
    long cp = critical_path(&g);
    printf("%s: n=%d m=%d topo=%d critical=%ld order:", label, g.n, g.m, r, cp);
    for (int i = 0; r > 0 && i < r && i < 20; i++) printf(" %d", order[i]);
    printf("\n");
}

int main(void) {
    graph_init(&g, 0);
    report("empty");
    graph_init(&g, 6);
    int ok = 0;
    ok += graph_add_edge(&g, 5, 2, 3);
    ok += graph_add_edge(&g, 5, 0, 1);
    ok += graph_add_edge(&g, 4, 0, 4);
    ok += graph_add_edge(&g, 4, 1, 2);
    ok += graph_add_edge(&g, 2, 3, 6);
    ok += graph_add_edge(&g, 3, 1, 5);
    ok += graph_add_edge(&g, 6, 1, 5);
    ok += graph_add_edge(&g, -1, 1, 5);
    ok += graph_add_edge(&g, 1, 6, 5);
    printf("added %d\n", ok);
    report("dag6");
    graph_add_edge(&g, 1, 5, 1);
    report("cycle");
    graph_init(&g, 4);
    report("isolated");
    graph_add_edge(&g, 2, 2, 7);
    report("self loop");
    graph_init(&g, 100);
    ok = 0;
    for (int u = 0; u < 100; u++)
        for (int k = 1; k <= 12; k++) ok += graph_add_edge(&g, u, (u + k * 7) % 100 > u ? (u + k * 7) % 100 : 99, (u * k) % 17 - 3);
    printf("dense added %d\n", ok);
    report("dense");
    graph_init(&g, 128);
    for (int u = 0; u + 1 < 128; u++) graph_add_edge(&g, u + 1, u, u % 5 + 1);
    report("chain");
    return 0;
}
