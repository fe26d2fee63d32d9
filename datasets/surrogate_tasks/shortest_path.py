"""Risk-averse shortest path on a grid DAG (SurCo's nonlinear route planning, Ferber et al. ICML 2023).

The graph is a ``rows x cols`` grid of nodes, source top-left, target bottom-right, with moves right or
down only (the 5x5 grid with 40 edges that PyEPO uses for its shortest-path data). Per-edge arrays follow
the edge order of the grid solver, ``mlopt.solvers.linear.grid_edges`` (defined there, by the solver whose
variables they cost; this lowest root does not import it, and nothing here depends on the order: the
edges are drawn independently). The ``risk-shortest-path`` task of ``mlopt.surrogates.tasks`` pairs an
instance with ``GridShortestPath(rows, cols)``.

Each edge's travel time is independent normal ``N(mean_e, var_e)``, so a path x (0/1 over edges) takes
time ``T ~ N(mean.x, var.x)``. The nonlinear objectives (both to minimize):

- ``"deadline"``: the probability of missing the deadline d, ``1 - Phi((d - mean.x) / sqrt(var.x))``
  (SurCo maximizes the probability of arriving on time);
- ``"mean_std"``: ``mean.x + k * sqrt(var.x)``.

The generator makes fast edges risky (variance anti-correlated with the mean), so that the
mean-optimal path is a poor answer to the risk-averse question.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from mlopt.errors import InputError

OBJECTIVES: tuple[str, ...] = ("deadline", "mean_std")


def num_grid_edges(rows: int, cols: int) -> int:
    """Edges of the ``rows x cols`` right/down grid DAG: ``rows (cols - 1)`` right plus ``(rows - 1) cols`` down."""
    if rows < 1 or cols < 1 or rows * cols < 2:
        raise InputError(f"grid {rows}x{cols} has no edges", field="rows/cols",
                         expected="rows, cols >= 1, rows*cols >= 2")
    return rows * (cols - 1) + (rows - 1) * cols


@dataclass(frozen=True)
class RiskShortestPath:
    """One instance: per-edge time mean and variance, a deadline, and the objective's parameters."""

    rows: int
    cols: int
    mean: np.ndarray  # [E]
    var: np.ndarray  # [E]
    deadline: float
    objective: str = "deadline"
    k: float = 1.0  # weight of the std in "mean_std"

    @property
    def num_edges(self) -> int:
        return int(self.mean.shape[0])

    def features(self) -> np.ndarray:
        """``[E, 3]`` per-edge features (mean, std, deadline / path length) for learned surrogates."""
        hops = self.rows + self.cols - 2
        return np.stack([self.mean, np.sqrt(self.var), np.full_like(self.mean, self.deadline / hops)], axis=1)

    def evaluate(self, x: np.ndarray) -> np.ndarray:
        """Objective of path(s) ``x`` ([E] or [B, E]); lower is better."""
        x = np.asarray(x, dtype=np.float64)
        mu, var = x @ self.mean, x @ self.var
        if self.objective == "mean_std":
            return mu + self.k * np.sqrt(var)
        z = (self.deadline - mu) / np.sqrt(np.maximum(var, 1e-12))
        return 0.5 * np.vectorize(math.erfc)(z / math.sqrt(2.0))


def make_risk_shortest_path(
    rows: int = 5,
    cols: int = 5,
    seed: int | np.random.Generator = 0,
    *,
    objective: str = "deadline",
    tightness: float = 1.2,
    k: float = 1.0,
) -> RiskShortestPath:
    """Seeded instance: means ~ U(1, 1.5); std = 2 (1.5 - mean) U(0.5, 1.5) + 0.05, so faster edges are
    riskier (a fast edge's std reaches about 1, a slow one's 0.05).

    The deadline is ``tightness * hops * 1.25`` with ``hops = rows + cols - 2`` (every source-target
    path has that many edges, and 1.25 is the mean edge time). With the default 1.2 on the 5x5 grid,
    the mean-time shortest path misses the deadline with probability about 0.11 on average, the best
    path about 0.08, and the two differ on 19 of 20 seeds (enumerating the 70 paths).
    """
    if objective not in OBJECTIVES:
        raise InputError(f"unknown objective {objective!r}", field="objective", expected=" or ".join(OBJECTIVES))
    rng = np.random.default_rng(seed)
    num_edges = num_grid_edges(rows, cols)
    mean = rng.uniform(1.0, 1.5, num_edges)
    std = 2.0 * (1.5 - mean) * rng.uniform(0.5, 1.5, num_edges) + 0.05
    hops = rows + cols - 2
    return RiskShortestPath(rows, cols, mean, std**2, tightness * hops * 1.25, objective, k)


def pyepo_grid_arcs(rows: int, cols: int) -> np.ndarray:
    """PyEPO's arcs ``[E, 2]`` of the grid in its variable order: for each node row, its right arcs, then
    its down arcs (``pyepo.model`` shortest-path models; nodes numbered row by row)."""
    num_grid_edges(rows, cols)
    arcs = []
    for i in range(rows):
        arcs += [(i * cols + j, i * cols + j + 1) for j in range(cols - 1)]
        if i < rows - 1:
            arcs += [(i * cols + j, (i + 1) * cols + j) for j in range(cols)]
    return np.array(arcs, dtype=np.int64)


def make_pyepo_shortest_path(num_data: int, num_features: int, grid: tuple[int, int] = (5, 5), deg: int = 1,
                             noise_width: float = 0.0, seed: int = 135) -> tuple[np.ndarray, np.ndarray]:
    """PyEPO's shortest-path data, draw for draw (``pyepo.data.shortestpath.genData``'s arguments and defaults):
    features ``[N, p]`` and arc costs ``[N, E]`` (float32, as PyEPO returns them) in PyEPO's arc order
    (:func:`pyepo_grid_arcs`). From ``np.random.RandomState(seed)``: B ~ Bernoulli(0.5) ``[E, p]``, features
    ``N(0, 1)``, costs ``[((y B^T)/sqrt(p) + 3)^deg + 1] / 3.5^deg`` times noise ``U(1 - noise_width, 1 +
    noise_width)`` (Tang & Khalil, "PyEPO", 2022, sec. 4.1)."""
    if min(num_data, num_features, deg) < 1 or noise_width < 0:
        raise InputError("num_data, num_features and deg must be >= 1, noise_width >= 0",
                         field="num_data/num_features/deg/noise_width")
    edges = num_grid_edges(*grid)
    rng = np.random.RandomState(seed)
    basis = rng.binomial(1, 0.5, (edges, num_features))
    features = rng.normal(0, 1, (num_data, num_features))
    costs = ((features @ basis.T) / np.sqrt(num_features) + 3.0) ** deg + 1.0
    costs /= 3.5**deg
    costs *= rng.uniform(1 - noise_width, 1 + noise_width, (num_data, edges))
    return features, costs.astype(np.float32)
