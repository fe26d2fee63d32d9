/* Dijkstra's shortest paths on an adjacency matrix with an O(V^2) scan. */
#define V 32
#define INF 0x3fffffff
void dijkstra(const int w[V][V], int src, int dist[V]) {
    int done[V];
    for (int i = 0; i < V; i++) { dist[i] = INF; done[i] = 0; }
    dist[src] = 0;
    for (int round = 0; round < V; round++) {
        int u = -1;
        for (int i = 0; i < V; i++) if (!done[i] && (u < 0 || dist[i] < dist[u])) u = i;
        if (u < 0 || dist[u] == INF) break;
        done[u] = 1;
        for (int v = 0; v < V; v++)
            if (w[u][v] > 0 && dist[u] + w[u][v] < dist[v]) dist[v] = dist[u] + w[u][v];
    }
}
