/* Test driver for game_of_life.c: blinker, block, glider (wrapping the torus) and a generated soup over several generation counts. */
#include <stdio.h>
#include <string.h>

int life(unsigned char g[16][20], int generations);

static unsigned char grid[16][20];

static unsigned long fingerprint(void) {
    unsigned long h = 5381;
    for (int y = 0; y < 16; y++)
        for (int x = 0; x < 20; x++) h = (h * 33u + grid[y][x] * (unsigned long)(y * 20 + x + 1)) % 4294967291ul;
    return h;
}

int main(void) {
    memset(grid, 0, sizeof grid);
    printf("empty: %d\n", life(grid, 5));
    grid[5][4] = grid[5][5] = grid[5][6] = 1; /* blinker */
    for (int g = 0; g < 3; g++) {
        int alive = life(grid, 1);
        printf("blinker gen+1: alive=%d fp=%lu vertical=%d\n", alive, fingerprint(), grid[4][5] + grid[6][5]);
    }
    memset(grid, 0, sizeof grid);
    grid[0][0] = grid[0][19] = grid[15][0] = grid[15][19] = 1; /* block across the corners */
    int block = life(grid, 7);
    printf("corner block: %d fp=%lu\n", block, fingerprint());
    memset(grid, 0, sizeof grid);
    grid[0][1] = grid[1][2] = grid[2][0] = grid[2][1] = grid[2][2] = 1; /* glider */
    for (int g = 0; g < 5; g++) {
        int alive = life(grid, 13);
        int row = -1, col = -1;
        for (int y = 0; y < 16 && row < 0; y++)
            for (int x = 0; x < 20; x++)
                if (grid[y][x]) { row = y; col = x; break; }
        printf("glider: alive=%d first=(%d,%d) fp=%lu\n", alive, row, col, fingerprint());
    }
    unsigned s = 2024u;
    for (int y = 0; y < 16; y++)
        for (int x = 0; x < 20; x++) {
            s = s * 1664525u + 1013904223u;
            grid[y][x] = (unsigned char)((s >> 28) < 6);
        }
    printf("soup gen0: %d\n", life(grid, 0));
    int steps[] = {1, 2, 5, 10, 30};
    for (int i = 0; i < 5; i++) {
        int alive = life(grid, steps[i]);
        printf("soup +%d: %d fp=%lu\n", steps[i], alive, fingerprint());
    }
    return 0;
}
