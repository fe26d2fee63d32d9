/* Test driver for knapsack.c: 0/1 knapsack optimum with chosen items on several instances and capacities, limits, and the fractional bound. */
#include <stdio.h>

int knapsack(const int *weight, const int *value, int n, int cap, unsigned char *chosen);
double knapsack_bound(const int *weight, const int *value, int n, int cap);

static long long q6(double v) {
    double s = v * 1e6;
    return (long long)(s < 0 ? s - 0.5 : s + 0.5);
}

static void run(const char *label, const int *w, const int *v, int n, int cap) {
    unsigned char chosen[64];
    for (int i = 0; i < 64; i++) chosen[i] = 0;
    int best = knapsack(w, v, n, cap, chosen);
    int tw = 0, tv = 0;
    printf("%s cap=%d: best=%d items:", label, cap, best);
    for (int i = 0; i < n && i < 64; i++)
        if (chosen[i]) { printf(" %d", i); tw += w[i]; tv += v[i]; }
    printf(" (w=%d v=%d) bound=%lld\n", tw, tv, q6(knapsack_bound(w, v, n, cap)));
}

int main(void) {
    const int w1[] = {10, 20, 30}, v1[] = {60, 100, 120};
    int caps[] = {0, 5, 10, 30, 50, 60, 100};
    for (int i = 0; i < 7; i++) run("classic", w1, v1, 3, caps[i]);
    int w2[40], v2[40];
    for (int i = 0; i < 40; i++) {
        w2[i] = 5 + (i * 37) % 61;
        v2[i] = 10 + (i * 53) % 97;
    }
    run("gen40", w2, v2, 40, 200);
    run("gen40", w2, v2, 40, 1024);
    run("gen40", w2, v2, 40, 1025);
    run("gen40", w2, v2, 40, -1);
    run("gen40 n=0", w2, v2, 0, 100);
    int w3[64], v3[64];
    for (int i = 0; i < 64; i++) { w3[i] = 1 + i % 9; v3[i] = 3 + (i * 11) % 13; }
    run("gen64", w3, v3, 64, 150);
    unsigned char dummy[1] = {0};
    printf("n=65: %d\n", knapsack(w3, v3, 65, 10, dummy));
    return 0;
}
