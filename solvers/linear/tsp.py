"""``LinearSolver`` oracles over the tours of the symmetric travelling salesperson problem: x is 0/1 over
the undirected edges in ``mlopt.datasets.surrogate_tasks.tsp_edges`` order (PyEPO's), one tour per row.

- :class:`TspSolver`: the Dantzig-Fulkerson-Johnson formulation (Dantzig, Fulkerson & Johnson, "Solution
  of a large-scale traveling-salesman problem", Operations Research 1954) on CP-SAT: the degree
  equalities ``sum_{e in delta(v)} x_e = 2`` (:func:`tsp_degree_model`) and the subtour-elimination
  rows ``sum_{e in E(S)} x_e <= |S| - 1``, added lazily: solve, and while the answer splits into
  several cycles add one row per cycle's node set S and solve again. The rows hold for every tour, so
  they stay in the kept model and later cost vectors start with every cut found so far (``cuts`` counts
  them);
- :class:`BruteForceTsp`: the exact small-n special case, every one of the ``(m - 1)! / 2`` tours
  (m <= 8) scored for the whole batch in one matrix product; the tests check the DFJ model with it.
"""

from __future__ import annotations

import itertools

import numpy as np

from mlopt.datasets.surrogate_tasks.tsp import tsp_edges
from mlopt.errors import InputError
from mlopt.solvers.linear.backends import CpSatSolver, CpSatModel
from mlopt.solvers.linear.base import BatchSolver, LinearModel

MAX_BRUTE_FORCE_NODES = 8  # 2,520 tours


def tsp_degree_model(num_nodes: int) -> LinearModel:
    """Binary edge variables with every node of degree 2 (tours and unions of disjoint cycles)."""
    edges = tsp_edges(num_nodes)
    incidence = np.zeros((num_nodes, len(edges)))
    incidence[edges[:, 0], np.arange(len(edges))] = 1.0
    incidence[edges[:, 1], np.arange(len(edges))] = 1.0
    return LinearModel(len(edges), A_eq=incidence, b_eq=np.full(num_nodes, 2.0), lb=0.0, ub=1.0, integrality=True)


def cycles(num_nodes: int, x: np.ndarray) -> list[list[int]]:
    """The node sets of the cycles that the chosen edges of ``x [E]`` form (one set for a tour)."""
    edges = tsp_edges(num_nodes)[np.asarray(x) > 0.5]
    parent = list(range(num_nodes))

    def root(v: int) -> int:
        while parent[v] != v:
            parent[v] = parent[parent[v]]
            v = parent[v]
        return v

    for i, j in edges.tolist():
        parent[root(i)] = root(j)
    groups: dict[int, list[int]] = {}
    for v in range(num_nodes):
        groups.setdefault(root(v), []).append(v)
    return list(groups.values())


class TspSolver(CpSatSolver):
    """DFJ with lazily added subtour cuts on CP-SAT (module doc): the degree model is built once per worker
    (:class:`CpSatSolver`'s kept model, its cost scaling and optional hints), each solve changes only the
    objective, and the cuts found for any cost vector stay in that model."""

    def __init__(self, num_nodes: int, *, sense: str = "min", workers: int = 1, cache_size: int = 4096,
                 cost_scale: float = 1e6, time_limit: float | None = None, warm_start: bool = True) -> None:
        super().__init__(tsp_degree_model(num_nodes), sense=sense, workers=workers, cache_size=cache_size,
                         cost_scale=cost_scale, time_limit=time_limit, warm_start=warm_start)
        self.num_nodes = num_nodes
        self._edges = tsp_edges(num_nodes)
        self.cuts = 0  # subtour rows added, over all kept models

    def _solve_kept(self, kept: CpSatModel, costs: np.ndarray) -> np.ndarray:
        from ortools.sat.python import cp_model

        while True:
            x = super()._solve_kept(kept, costs)
            found = cycles(self.num_nodes, x)
            if len(found) == 1:
                return x
            for nodes in found:
                inside = np.flatnonzero(np.isin(self._edges, nodes).all(axis=1))
                variables = [kept.cp.get_int_var_from_proto_index(kept.indices[e]) for e in inside]
                kept.cp.add(cp_model.LinearExpr.sum(variables) <= len(nodes) - 1)
            with self._lock:
                self.cuts += len(found)


class BruteForceTsp(BatchSolver):
    """Exact TSP for ``num_nodes <= 8`` by enumeration: tours fix node 0 first and list each direction once
    (the second node below the last), ``(m - 1)! / 2`` of them as 0/1 edge vectors; a batch is scored by
    one product ``costs @ tours.T``."""

    def __init__(self, num_nodes: int, *, sense: str = "min", cache_size: int = 4096) -> None:
        if not 3 <= num_nodes <= MAX_BRUTE_FORCE_NODES:
            raise InputError(f"brute force over {num_nodes} nodes", field="num_nodes",
                             expected=f"3 to {MAX_BRUTE_FORCE_NODES} (use TspSolver)")
        edges = tsp_edges(num_nodes)
        super().__init__(len(edges), sense=sense, cache_size=cache_size)
        index = np.zeros((num_nodes, num_nodes), dtype=np.int64)
        index[edges[:, 0], edges[:, 1]] = index[edges[:, 1], edges[:, 0]] = np.arange(len(edges))
        tours = [(0, *rest) for rest in itertools.permutations(range(1, num_nodes)) if rest[0] < rest[-1]]
        self.tours = np.zeros((len(tours), len(edges)))
        for row, tour in enumerate(tours):
            self.tours[row, index[tour, np.roll(tour, -1)]] = 1.0

    def _solve_one(self, costs: np.ndarray) -> np.ndarray:
        return self._solve_batch(costs[None])[0]

    def _solve_batch(self, costs: np.ndarray) -> np.ndarray:
        values = costs @ self.tours.T
        best = values.argmin(axis=1) if self.sense == "min" else values.argmax(axis=1)
        return self.tours[best]
