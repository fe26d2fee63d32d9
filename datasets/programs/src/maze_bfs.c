/* Breadth-first search on a character grid maze: shortest path length and path marking. */
#define W 32
#define H 32

struct point { short x, y; };

static const int DX[4] = {1, -1, 0, 0};
static const int DY[4] = {0, 0, 1, -1};

static int passable(char grid[H][W], int x, int y, int w, int h) {
    return x >= 0 && y >= 0 && x < w && y < h && grid[y][x] != '#';
}

/* Steps from the 'S' cell to the 'E' cell (w, h <= 32), or -1; on success marks the path with '.'. */
int maze_solve(char grid[H][W], int w, int h) {
    struct point queue[W * H], from[H][W];
    int dist[H][W];
    int head = 0, tail = 0, sx = -1, sy = -1;
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++) {
            dist[y][x] = -1;
            if (grid[y][x] == 'S') { sx = x; sy = y; }
        }
    if (sx < 0) return -1;
    dist[sy][sx] = 0;
    queue[tail++] = (struct point){(short)sx, (short)sy};
    while (head < tail) {
        struct point p = queue[head++];
        if (grid[p.y][p.x] == 'E') {
            int steps = dist[p.y][p.x];
            struct point q = from[p.y][p.x];
            while (grid[q.y][q.x] != 'S') {
                grid[q.y][q.x] = '.';
                q = from[q.y][q.x];
            }
            return steps;
        }
        for (int d = 0; d < 4; d++) {
            int nx = p.x + DX[d], ny = p.y + DY[d];
            if (!passable(grid, nx, ny, w, h) || dist[ny][nx] >= 0) continue;
            dist[ny][nx] = dist[p.y][p.x] + 1;
            from[ny][nx] = p;
            queue[tail++] = (struct point){(short)nx, (short)ny};
        }
    }
    return -1;
}

/* Number of open cells reachable from (x, y) by flood fill with an explicit stack. */
int reachable_cells(char grid[H][W], int w, int h, int x, int y) {
    static unsigned char seen[H][W];
    struct point stack[W * H];
    int top = 0, count = 0;
    for (int r = 0; r < h; r++)
        for (int c = 0; c < w; c++) seen[r][c] = 0;
    if (!passable(grid, x, y, w, h)) return 0;
    stack[top++] = (struct point){(short)x, (short)y};
    seen[y][x] = 1;
    while (top > 0) {
        struct point p = stack[--top];
        count++;
        for (int d = 0; d < 4; d++) {
            int nx = p.x + DX[d], ny = p.y + DY[d];
            if (passable(grid, nx, ny, w, h) && !seen[ny][nx]) {
                seen[ny][nx] = 1;
                stack[top++] = (struct point){(short)nx, (short)ny};
            }
        }
    }
    return count;
}
