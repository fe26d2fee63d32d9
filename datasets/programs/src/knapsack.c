/* 0/1 knapsack by dynamic programming over capacities, with item reconstruction, and a greedy bound. */
#define MAX_ITEMS 64
#define MAX_CAP 1024

/* Best value within capacity cap; chosen[i] = 1 for the items taken. */
int knapsack(const int *weight, const int *value, int n, int cap, unsigned char *chosen) {
    static int table[MAX_ITEMS + 1][MAX_CAP + 1];
    if (n > MAX_ITEMS || cap > MAX_CAP || cap < 0) return -1;
    for (int c = 0; c <= cap; c++) table[0][c] = 0;
    for (int i = 1; i <= n; i++) {
        for (int c = 0; c <= cap; c++) {
            int best = table[i - 1][c];
            if (weight[i - 1] <= c) {
                int take = table[i - 1][c - weight[i - 1]] + value[i - 1];
                if (take > best) best = take;
            }
            table[i][c] = best;
        }
    }
    for (int i = n, c = cap; i > 0; i--) {
        chosen[i - 1] = table[i][c] != table[i - 1][c];
        if (chosen[i - 1]) c -= weight[i - 1];
    }
    return table[n][cap];
}

/* Fractional-relaxation upper bound (items sorted by value density first). */
double knapsack_bound(const int *weight, const int *value, int n, int cap) {
    int order[MAX_ITEMS];
    double bound = 0.0;
    for (int i = 0; i < n; i++) order[i] = i;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++) {
            double di = (double)value[order[i]] / weight[order[i]];
            double dj = (double)value[order[j]] / weight[order[j]];
            if (dj > di) { int t = order[i]; order[i] = order[j]; order[j] = t; }
        }
    for (int k = 0; k < n && cap > 0; k++) {
        int i = order[k];
        if (weight[i] <= cap) {
            bound += value[i];
            cap -= weight[i];
        } else {
            bound += (double)value[i] * cap / weight[i];
            cap = 0;
        }
    }
    return bound;
}
