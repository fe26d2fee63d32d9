/* Test driver for maze_bfs.c: shortest S-to-E paths with path marking, unreachable exits, missing start, and flood-fill reachability. */
#include <stdio.h>
#include <string.h>

int maze_solve(char grid[32][32], int w, int h);
int reachable_cells(char grid[32][32], int w, int h, int x, int y);

static char grid[32][32];

static void load(const char *const *rows, int h) {
    memset(grid, '#', sizeof grid);
    for (int y = 0; y < h; y++) memcpy(grid[y], rows[y], strlen(rows[y]));
}

static void print_grid(int w, int h) {
    for (int y = 0; y < h; y++) printf("  |%.*s|\n", w, grid[y]);
}

int main(void) {
    const char *m1[] = {"S #       ", "# # ##### ", "#   #   # ", "### # # # ", "#   # #   ", "# ### ## #", "#     #  E"};
    load(m1, 7);
    printf("reach from S: %d\n", reachable_cells(grid, 10, 7, 0, 0));
    printf("reach from wall: %d\n", reachable_cells(grid, 10, 7, 2, 0));
    printf("reach outside: %d\n", reachable_cells(grid, 10, 7, -1, 3));
    int steps = maze_solve(grid, 10, 7);
    printf("maze1: %d\n", steps);
    print_grid(10, 7);
    steps = maze_solve(grid, 10, 7); /* again on the marked grid */
    printf("maze1 again: %d\n", steps);
    const char *m2[] = {"S..#....", "...#....", "...#..E.", "...#...."};
    load(m2, 4);
    printf("maze2 walled: %d\n", maze_solve(grid, 8, 4));
    printf("reach from E side: %d\n", reachable_cells(grid, 8, 4, 6, 2));
    const char *m3[] = {"....", ".E..", "...."};
    load(m3, 3);
    printf("maze3 no start: %d\n", maze_solve(grid, 4, 3));
    const char *m4[] = {"SE"};
    load(m4, 1);
    printf("maze4 adjacent: %d\n", maze_solve(grid, 2, 1));
    print_grid(2, 1);
    /* open 32x32 field with a serpentine wall pattern */
    memset(grid, ' ', sizeof grid);
    for (int y = 2; y < 32; y += 4)
        for (int x = 0; x < 31; x++) grid[y][(y / 4) % 2 ? x + 1 : x] = '#';
    grid[0][0] = 'S';
    grid[31][31] = 'E';
    printf("reach big: %d\n", reachable_cells(grid, 32, 32, 5, 5));
    steps = maze_solve(grid, 32, 32);
    int marked = 0;
    for (int y = 0; y < 32; y++)
        for (int x = 0; x < 32; x++) marked += grid[y][x] == '.';
    printf("big: %d marked=%d\n", steps, marked);
    printf("big limited to 20x20: %d\n", maze_solve(grid, 20, 20));
    return 0;
}
