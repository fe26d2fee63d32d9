"""Exact fast ``LinearSolver`` special cases, each with the :class:`LinearModel` of the same feasible
set (so tests and users can check them against the general MILP backends):

- :class:`GridShortestPath`: source-target path on the right/down grid DAG, dynamic programming over
  the nodes, vectorized over the batch (its variables are the edges in :func:`grid_edges`'s order);
- :class:`Knapsack01`: 0/1 knapsack with integer weights, DP over capacities, vectorized over the batch;
- :class:`Assignment`: n x n perfect matching, the Hungarian algorithm with potentials (Kuhn 1955,
  Munkres 1957; the O(n^3) shortest-augmenting-path form), one solve per thread;
- :class:`TilePath`: tile sets of a ``rows x cols`` grid that contain a 4-connected path from the
  top-left to the bottom-right tile (GenCO's playable levels), by a node-weighted shortest path
  (Bellman-Ford, vectorized over the batch).
"""

from __future__ import annotations

import numpy as np

from mlopt.errors import InputError
from mlopt.solvers.linear.base import BatchSolver, LinearModel


def grid_edges(rows: int, cols: int) -> np.ndarray:
    """``[E, 2]`` (tail, head) node indices of the ``rows x cols`` right/down grid DAG (source top-left, target
    bottom-right; ``E = rows (cols - 1) + (rows - 1) cols``, 40 on PyEPO's 5x5 grid).

    The edge order, which every grid solver's variables follow, is defined here, by the solver: nodes in
    row-major order, and for each node its right edge (if any), then its down edge (if any). Task data
    indexed by edge (the risk-averse shortest path's per-edge times in ``mlopt.datasets.surrogate_tasks``)
    holds one entry per variable of this order and is paired with the solver by its task in
    ``mlopt.surrogates.tasks``; the solver does not depend on any task's module.
    """
    if rows < 1 or cols < 1 or rows * cols < 2:
        raise InputError(f"grid {rows}x{cols} has no edges", field="rows/cols",
                         expected="rows, cols >= 1, rows*cols >= 2")
    edges = []
    for r in range(rows):
        for c in range(cols):
            node = r * cols + c
            if c + 1 < cols:
                edges.append((node, node + 1))
            if r + 1 < rows:
                edges.append((node, node + cols))
    return np.asarray(edges, dtype=np.int64)


def grid_edge_columns(rows: int, cols: int, arcs: np.ndarray | list) -> np.ndarray:
    """The variable index (:func:`grid_edges` order) of each ``(tail, head)`` of ``arcs``, e.g. another library's
    arc order (PyEPO's) mapped onto this one; InputError for an arc that is not a grid edge."""
    index = {tuple(edge): i for i, edge in enumerate(grid_edges(rows, cols).tolist())}
    columns = [index.get(tuple(int(node) for node in arc), -1) for arc in arcs]
    if -1 in columns:
        bad = list(arcs)[columns.index(-1)]
        raise InputError(f"arc {tuple(bad)} is not an edge of the {rows}x{cols} grid", field="arcs",
                         expected="(tail, head) pairs of grid_edges")
    return np.asarray(columns, dtype=np.int64)


def grid_shortest_path_model(rows: int, cols: int) -> LinearModel:
    """Unit flow from node 0 to node ``rows*cols - 1``: ``A_eq`` = node-edge incidence (+1 out, -1 in)."""
    edges = grid_edges(rows, cols)
    nodes = rows * cols
    incidence = np.zeros((nodes, len(edges)))
    incidence[edges[:, 0], np.arange(len(edges))] = 1.0
    incidence[edges[:, 1], np.arange(len(edges))] = -1.0
    supply = np.zeros(nodes)
    supply[0], supply[-1] = 1.0, -1.0
    return LinearModel(len(edges), A_eq=incidence, b_eq=supply, lb=0.0, ub=1.0, integrality=True)


class GridShortestPath(BatchSolver):
    """Shortest (or longest, ``sense="max"``) source-target path on the ``rows x cols`` grid DAG.

    dist(r, c) = opt(dist(r, c-1) + cost(right edge into (r, c)), dist(r-1, c) + cost(down edge)),
    computed node by node in row-major order for the whole batch at once, then the path is walked back
    from the target for every batch row at once. Exact for any real costs (the graph is acyclic).
    """

    def __init__(self, rows: int = 5, cols: int = 5, *, sense: str = "min", cache_size: int = 4096) -> None:
        edges = grid_edges(rows, cols)
        super().__init__(len(edges), sense=sense, cache_size=cache_size)
        self.rows, self.cols = rows, cols
        self._right = np.full((rows, cols), -1)
        self._down = np.full((rows, cols), -1)
        for e, (tail, head) in enumerate(edges):
            table = self._right if head == tail + 1 else self._down
            table[divmod(int(tail), cols)] = e

    def _solve_one(self, costs: np.ndarray) -> np.ndarray:
        return self._solve_batch(costs[None])[0]

    def _solve_batch(self, costs: np.ndarray) -> np.ndarray:
        value = costs if self.sense == "min" else -costs
        batch = len(costs)
        dist = np.zeros((batch, self.rows, self.cols))
        from_left = np.zeros((batch, self.rows, self.cols), dtype=bool)
        for r in range(self.rows):
            for c in range(self.cols):
                if r == 0 and c == 0:
                    continue
                left = dist[:, r, c - 1] + value[:, self._right[r, c - 1]] if c > 0 else np.full(batch, np.inf)
                up = dist[:, r - 1, c] + value[:, self._down[r - 1, c]] if r > 0 else np.full(batch, np.inf)
                from_left[:, r, c] = left < up
                dist[:, r, c] = np.minimum(left, up)
        x = np.zeros_like(costs)
        b = np.arange(batch)
        r = np.full(batch, self.rows - 1)
        c = np.full(batch, self.cols - 1)
        for _ in range(self.rows + self.cols - 2):
            left = from_left[b, r, c]
            edge = np.where(left, self._right[r, c - 1], self._down[r - 1, c])
            x[b, edge] = 1.0
            c = c - left
            r = r - ~left
        return x


def knapsack_model(weights: np.ndarray, capacity: int | np.ndarray) -> LinearModel:
    """``{x in {0,1}^n : W x <= capacity}`` for one weight row ``[n]`` (0/1 knapsack) or several ``[m, n]``
    with capacities ``[m]`` (multidimensional knapsack)."""
    weights = np.atleast_2d(np.asarray(weights))
    return LinearModel(weights.shape[1], A_ub=weights, b_ub=np.atleast_1d(capacity), lb=0.0, ub=1.0,
                       integrality=True)


class Knapsack01(BatchSolver):
    """0/1 knapsack ``opt c.x s.t. weights.x <= capacity`` by DP over integer capacities.

    With gain g = -c (``sense="min"``) or c (``"max"``): best(i, w) = max(best(i-1, w),
    best(i-1, w - w_i) + g_i); O(n * capacity) per vector, vectorized over the batch.
    """

    def __init__(self, weights: np.ndarray, capacity: int, *, sense: str = "min", cache_size: int = 4096) -> None:
        weights = np.asarray(weights)
        if weights.ndim != 1 or not np.allclose(weights, np.round(weights)) or (weights < 0).any():
            raise InputError("knapsack weights must be non-negative integers", field="weights", expected="a 1-D integer array >= 0")
        if capacity < 0 or int(capacity) != capacity:
            raise InputError(f"knapsack capacity {capacity}", field="capacity", expected="a non-negative integer")
        super().__init__(len(weights), sense=sense, cache_size=cache_size)
        self.weights = np.round(weights).astype(np.int64)
        self.capacity = int(capacity)

    def _solve_one(self, costs: np.ndarray) -> np.ndarray:
        return self._solve_batch(costs[None])[0]

    def _solve_batch(self, costs: np.ndarray) -> np.ndarray:
        gain = -costs if self.sense == "min" else costs
        batch, cap = len(costs), self.capacity
        best = np.zeros((batch, cap + 1))
        take = np.zeros((self.num_vars, batch, cap + 1), dtype=bool)
        for i, w in enumerate(self.weights):
            if w > cap:
                continue
            candidate = best[:, : cap + 1 - w] + gain[:, i : i + 1]
            take[i, :, w:] = candidate > best[:, w:]
            best[:, w:] = np.where(take[i, :, w:], candidate, best[:, w:])
        x = np.zeros_like(costs)
        b = np.arange(batch)
        room = np.full(batch, cap)
        for i in range(self.num_vars - 1, -1, -1):
            chosen = take[i, b, room]
            x[chosen, i] = 1.0
            room = room - chosen * self.weights[i]
        return x


def assignment_model(n: int) -> LinearModel:
    """Perfect matchings of an n x n bipartite graph; x is the row-major flattened n x n matrix."""
    rows = np.kron(np.eye(n), np.ones(n))
    cols = np.kron(np.ones(n), np.eye(n))
    return LinearModel(n * n, A_eq=np.vstack([rows, cols]), b_eq=np.ones(2 * n), lb=0.0, ub=1.0, integrality=True)


def _hungarian(cost: np.ndarray) -> np.ndarray:
    """Column of each row in a minimum-cost perfect matching of the square ``cost`` (row potentials u,
    column potentials v, one shortest augmenting path per row; vectorized over columns)."""
    n = len(cost)
    u, v = np.zeros(n + 1), np.zeros(n + 1)
    match = np.zeros(n + 1, dtype=np.int64)  # match[j]: row (1-based) matched to column j; 0 = free
    way = np.zeros(n + 1, dtype=np.int64)
    for i in range(1, n + 1):
        match[0], j0 = i, 0
        slack = np.full(n + 1, np.inf)
        used = np.zeros(n + 1, dtype=bool)
        while True:
            used[j0] = True
            reduced = cost[match[j0] - 1] - u[match[j0]] - v[1:]
            free = ~used[1:]
            better = free & (reduced < slack[1:])
            slack[1:][better] = reduced[better]
            way[1:][better] = j0
            masked = np.where(free, slack[1:], np.inf)
            j1 = int(np.argmin(masked)) + 1
            delta = masked[j1 - 1]
            u[match[used]] += delta
            v[used] -= delta
            slack[1:][free] -= delta
            j0 = j1
            if match[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            match[j0] = match[j1]
            j0 = j1
    column = np.empty(n, dtype=np.int64)
    column[match[1:] - 1] = np.arange(n)
    return column


class Assignment(BatchSolver):
    """n x n linear assignment over the flattened (row-major) cost matrix, by the Hungarian algorithm."""

    def __init__(self, n: int, *, sense: str = "min", workers: int = 1, cache_size: int = 4096) -> None:
        super().__init__(n * n, sense=sense, workers=workers, cache_size=cache_size)
        self.n = n

    def _solve_one(self, costs: np.ndarray) -> np.ndarray:
        matrix = costs.reshape(self.n, self.n)
        column = _hungarian(matrix if self.sense == "min" else -matrix)
        x = np.zeros((self.n, self.n))
        x[np.arange(self.n), column] = 1.0
        return x.ravel()


def _tile_arcs(rows: int, cols: int) -> np.ndarray:
    """``[A, 2]`` directed (tail, head) tile pairs of the 4-neighbour grid, tiles in row-major order."""
    arcs = []
    for r in range(rows):
        for c in range(cols):
            for nr, nc in ((r, c + 1), (r + 1, c)):
                if nr < rows and nc < cols:
                    arcs += [(r * cols + c, nr * cols + nc), (nr * cols + nc, r * cols + c)]
    return np.asarray(arcs, dtype=np.int64)


def tile_path_model(rows: int, cols: int) -> LinearModel:
    """MILP of :class:`TilePath`'s set: variables ``[x (rows*cols tiles), f (one per directed arc)]``,
    ``f`` a unit flow from tile 0 to the last tile (incidence rows in ``A_eq``) that only uses floor
    tiles: ``f_(u,v) <= x_u`` and ``f_(u,v) <= x_v``. Costs on the ``f`` block are zero in TilePath's use."""
    tiles = rows * cols
    arcs = _tile_arcs(rows, cols)
    n = tiles + len(arcs)
    index = np.arange(len(arcs))
    incidence = np.zeros((tiles, n))
    incidence[arcs[:, 0], tiles + index] = 1.0
    incidence[arcs[:, 1], tiles + index] -= 1.0
    supply = np.zeros(tiles)
    supply[0], supply[-1] = 1.0, -1.0
    link = np.zeros((2 * len(arcs), n))
    for end in (0, 1):
        link[end * len(arcs) + index, tiles + index] = 1.0
        link[end * len(arcs) + index, arcs[:, end]] = -1.0
    return LinearModel(n, A_ub=link, b_ub=np.zeros(2 * len(arcs)), A_eq=incidence, b_eq=supply, lb=0.0, ub=1.0,
                       integrality=True)


class TilePath(BatchSolver):
    """``x*(c) = argmin c.x`` over tile sets ``x in {0,1}^{rows*cols}`` (row-major) containing a 4-connected
    path of chosen tiles from tile 0 to the last tile (``sense="max"``: argmax, i.e. argmin of ``-c``).

    Exact: every feasible x contains some path P, so ``c.x >= sum_{v in P} max(c_v, 0) + sum_v min(c_v, 0)``,
    with equality for ``x = P* | {v : c_v < 0}`` where P* is the shortest path under the non-negative tile
    weights ``max(c, 0)``. P* is found by synchronous Bellman-Ford over the tiles (dist(v) = w_v + min over
    neighbours, strict improvements only, so the predecessor links form a tree) and walked back.
    """

    def __init__(self, rows: int = 8, cols: int = 8, *, sense: str = "min", cache_size: int = 4096) -> None:
        if rows < 1 or cols < 1 or rows * cols < 2:
            raise InputError(f"tile grid {rows}x{cols}", field="rows/cols", expected="rows, cols >= 1, rows*cols >= 2")
        super().__init__(rows * cols, sense=sense, cache_size=cache_size)
        self.rows, self.cols = rows, cols

    def _solve_one(self, costs: np.ndarray) -> np.ndarray:
        return self._solve_batch(costs[None])[0]

    def _solve_batch(self, costs: np.ndarray) -> np.ndarray:
        value = (costs if self.sense == "min" else -costs).reshape(-1, self.rows, self.cols)
        weight = np.maximum(value, 0.0)
        batch = len(value)
        dist = np.full(value.shape, np.inf)
        dist[:, 0, 0] = weight[:, 0, 0]
        pred = np.full(value.shape, -1)  # 0: from above, 1: from below, 2: from the left, 3: from the right
        steps = ((-1, 0), (1, 0), (0, -1), (0, 1))
        for _ in range(self.rows * self.cols):
            padded = np.pad(dist, ((0, 0), (1, 1), (1, 1)), constant_values=np.inf)
            neighbours = np.stack([padded[:, 1 + dr : 1 + dr + self.rows, 1 + dc : 1 + dc + self.cols]
                                   for dr, dc in steps])
            best = neighbours.argmin(0)
            candidate = np.take_along_axis(neighbours, best[None], 0)[0] + weight
            better = candidate < dist
            if not better.any():
                break
            dist = np.where(better, candidate, dist)
            pred = np.where(better, best, pred)
        x = (value < 0).reshape(batch, -1).astype(np.float64)
        b = np.arange(batch)
        r = np.full(batch, self.rows - 1)
        c = np.full(batch, self.cols - 1)
        active = np.ones(batch, dtype=bool)
        for _ in range(self.rows * self.cols):
            x[b[active], r[active] * self.cols + c[active]] = 1.0
            active &= (r > 0) | (c > 0)
            if not active.any():
                break
            move = np.array(steps)[pred[b, r, c]]
            r = np.where(active, r + move[:, 0], r)
            c = np.where(active, c + move[:, 1], c)
        return x
