/* Test driver for dijkstra.c: shortest paths on generated weighted graphs from several sources, incl. unreachable vertices. */
#include <stdio.h>

void dijkstra(const int w[32][32], int src, int dist[32]);

static int g[32][32];

static void run(const char *label, int src) {
    int dist[32];
    dijkstra((const int (*)[32])g, src, dist);
    long sum = 0;
    int unreachable = 0;
    printf("%s src=%d:", label, src);
    for (int i = 0; i < 32; i++) {
        printf(" %d", dist[i] == 0x3fffffff ? -1 : dist[i]);
        if (dist[i] == 0x3fffffff) unreachable++; else sum += dist[i];
    }
    printf(" | sum=%ld unreachable=%d\n", sum, unreachable);
}

int main(void) {
    unsigned s = 12345u;
    for (int u = 0; u < 32; u++)
        for (int v = 0; v < 32; v++) {
            s = s * 1103515245u + 12345u;
            unsigned r = (s >> 16) % 100u;
            g[u][v] = (u != v && r < 15) ? (int)(1 + (s >> 8) % 50u) : 0;
        }
    run("random", 0);
    run("random", 17);
    run("random", 31);
    for (int u = 0; u < 32; u++)
        for (int v = 0; v < 32; v++) g[u][v] = (v == u + 1) ? u + 1 : 0;
    run("chain", 0);
    run("chain", 20);
    for (int u = 0; u < 32; u++)
        for (int v = 0; v < 32; v++) g[u][v] = 0;
    run("none", 5);
    for (int u = 0; u < 32; u++)
        for (int v = 0; v < 32; v++) g[u][v] = (u < 16) == (v < 16) && u != v ? 1 + (u * v) % 7 : 0;
    g[3][20] = 100;
    run("two parts", 2);
    run("two parts", 25);
    return 0;
}
