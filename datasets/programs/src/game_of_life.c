/* Conway's game of life on a torus, a given number of generations. */
#define W 20
#define H 16
static int neighbours(const unsigned char g[H][W], int y, int x) {
    int n = 0;
    for (int dy = -1; dy <= 1; dy++)
        for (int dx = -1; dx <= 1; dx++)
            if (dy || dx) n += g[(y + dy + H) % H][(x + dx + W) % W];
    return n;
}
int life(unsigned char g[H][W], int generations) {
    unsigned char next[H][W];
    for (int gen = 0; gen < generations; gen++) {
        for (int y = 0; y < H; y++)
            for (int x = 0; x < W; x++) { int n = neighbours(g, y, x); next[y][x] = n == 3 || (n == 2 && g[y][x]); }
        for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) g[y][x] = next[y][x];
    }
    int alive = 0;
    for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) alive += g[y][x];
    return alive;
}
