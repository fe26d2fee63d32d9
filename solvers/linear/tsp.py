"""``LinearSolver`` oracles over the tours of the symmetric travelling salesperson problem: x is 0/1 over
the undirected edges in ``mlopt.datasets.surrogate_tasks.tsp_edges`` order (PyEPO's), one tour per row.

All of them solve the Dantzig-Fulkerson-Johnson formulation (Dantzig, Fulkerson & Johnson, "Solution of a
large-scale traveling-salesman problem", Operations Research 1954): the degree equalities
``sum_{e in delta(v)} x_e = 2`` (:func:`tsp_degree_model`) and the subtour-elimination rows
``sum_{e in E(S)} x_e <= |S| - 1``, added lazily: solve, and while the answer violates a subtour row for some
node set S (:func:`violated_subtours`) add the row and solve again. The rows hold for every tour, so they stay
in the kept model and later cost vectors start with every cut found so far (``cuts`` counts them).

- :class:`TspSolver`: DFJ on CP-SAT, cuts from the answer's cycles;
- :class:`ScipTspSolver`: DFJ on SCIP (pyscipopt), the same loop;
- :class:`TspCuttingPlaneSolver`: DFJ's LP relaxation on GLOP with cuts separated from the fractional LP
  optimum as well (the cutting-plane method of Dantzig, Fulkerson & Johnson). An LP optimum that is an
  integral tour is optimal for the TSP (the LP is a relaxation of it); a fractional one that no subtour row
  cuts off goes to the MILP (:class:`ScipTspSolver`, ``fallbacks`` counts them). On PyEPO's 10-node instances
  most cost vectors end at an integral LP optimum, which GLOP reaches several times faster than a MILP solve;
- :class:`BruteForceTsp`: the exact small-n special case, every one of the ``(m - 1)! / 2`` tours
  (m <= 8) scored for the whole batch in one matrix product; the tests check the others with it.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable

import numpy as np

from mlopt.datasets.surrogate_tasks.tsp import tsp_edges
from mlopt.errors import InputError
from mlopt.solvers.linear.backends import CpSatModel, CpSatSolver, GlopModel, GlopSolver, ScipModel, ScipSolver
from mlopt.solvers.linear.base import BatchSolver, LinearModel

MAX_BRUTE_FORCE_NODES = 8  # 2,520 tours
MAX_ENUMERATED_NODES = 12  # exact separation by listing the 2,047 node sets that hold node 0
TOLERANCE = 1e-6


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


def subtour_edges(edges: np.ndarray, nodes: list[int]) -> np.ndarray:
    """Indices of the ``edges [E, 2]`` with both ends in ``nodes``: the variables of the subtour row of S."""
    return np.flatnonzero(np.isin(edges, nodes).all(axis=1))


def lazy_subtours(num_nodes: int, solve: Callable[[], np.ndarray],
                  add_cuts: Callable[[list[list[int]]], None]) -> np.ndarray:
    """DFJ's lazy loop: ``solve()``, and while the answer splits into several cycles, ``add_cuts`` their node
    sets (one subtour row each) and solve again; the tour."""
    while True:
        x = solve()
        found = cycles(num_nodes, x)
        if len(found) == 1:
            return x
        add_cuts(found)


@functools.lru_cache(maxsize=8)
def _node_sets(num_nodes: int) -> tuple[np.ndarray, np.ndarray]:
    """Every node set S with node 0 in it and a node outside, as a 0/1 matrix ``[sets, nodes]``, and which
    edges cross each one (``[sets, edges]``, float for one matrix product with x)."""
    codes = np.arange(1, 2 ** (num_nodes - 1))
    members = np.ones((len(codes), num_nodes), dtype=bool)
    members[:, 1:] = (codes[:, None] >> np.arange(num_nodes - 1)) & 1 == 0
    members = members[members.sum(1) < num_nodes]
    edges = tsp_edges(num_nodes)
    crossing = members[:, edges[:, 0]] != members[:, edges[:, 1]]
    return members, crossing.astype(np.float64)


def violated_subtours(num_nodes: int, x: np.ndarray, limit: int = 8) -> list[list[int]]:
    """Node sets S whose subtour row ``x(E(S)) <= |S| - 1`` the point ``x [E]`` violates, at most ``limit``,
    most violated first. With the degree equalities the row is ``x(delta(S)) >= 2`` (Dantzig, Fulkerson &
    Johnson 1954), so separation is a minimum cut: exact by listing every S for up to
    ``MAX_ENUMERATED_NODES`` nodes (one product over the sets' crossing edges), else the connected components
    of the support graph ``{e : x_e > 0}`` when it has several (always the case for an integral x that is
    not a tour). Each S is given as its smaller side."""
    x = np.asarray(x, dtype=np.float64)
    if num_nodes > MAX_ENUMERATED_NODES:
        found = cycles(num_nodes, (x > TOLERANCE).astype(np.float64))
        return [] if len(found) == 1 else sorted(found, key=len)[:limit]
    members, crossing = _node_sets(num_nodes)
    cut = crossing @ x
    violated = np.flatnonzero(cut < 2.0 - TOLERANCE)
    chosen = violated[np.argsort(cut[violated], kind="stable")[:limit]]
    sides = []
    for row in members[chosen]:
        side = row if 2 * row.sum() <= num_nodes else ~row
        sides.append(np.flatnonzero(side).tolist())
    return sides


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
        return lazy_subtours(self.num_nodes, lambda: super(TspSolver, self)._solve_kept(kept, costs),
                             lambda found: self._add_cuts(kept, found))

    def _add_cuts(self, kept: CpSatModel, found: list[list[int]]) -> None:
        from ortools.sat.python import cp_model

        for nodes in found:
            variables = [kept.cp.get_int_var_from_proto_index(kept.indices[e]) for e in subtour_edges(self._edges, nodes)]
            kept.cp.add(cp_model.LinearExpr.sum(variables) <= len(nodes) - 1)
        with self._lock:
            self.cuts += len(found)


class ScipTspSolver(ScipSolver):
    """DFJ with lazily added subtour cuts on SCIP (module doc): the degree model is built once per worker
    (:class:`ScipSolver`'s kept model, its settings and start solutions), each solve changes only the
    objective, and the cuts found for any cost vector stay in that model."""

    def __init__(self, num_nodes: int, *, sense: str = "min", workers: int = 1, cache_size: int = 4096,
                 time_limit: float | None = None, settings: str = "off") -> None:
        super().__init__(tsp_degree_model(num_nodes), sense=sense, workers=workers, cache_size=cache_size,
                         time_limit=time_limit, settings=settings)
        self.num_nodes = num_nodes
        self._edges = tsp_edges(num_nodes)
        self.cuts = 0
        self.known_cuts: list[list[int]] = []  # every subtour row in any kept model, in the order added

    def share_cuts(self, found: list[list[int]]) -> None:
        """Subtour rows for every kept model, added to each before its next solve (rows enter a kept model
        only this way, in ``known_cuts`` order, so each model gets each row once)."""
        with self._lock:
            self.known_cuts.extend(found)

    def _sync(self, kept: ScipModel) -> None:
        """Add the rows of ``known_cuts`` that ``kept`` lacks (in SCIP's problem stage, where rows may be added)."""
        from pyscipopt import quicksum

        with self._lock:
            missing = self.known_cuts[kept.rows_added:]
        if missing:
            kept.scip.freeTransform()
        for nodes in missing:
            kept.scip.addCons(quicksum(kept.x[e] for e in subtour_edges(self._edges, nodes)) <= len(nodes) - 1)
        kept.rows_added += len(missing)

    def _found(self, found: list[list[int]]) -> None:
        with self._lock:
            self.cuts += len(found)
        self.share_cuts(found)

    def _solve_kept(self, kept: ScipModel, costs: np.ndarray) -> np.ndarray:
        def solve() -> np.ndarray:
            self._sync(kept)
            return super(ScipTspSolver, self)._solve_kept(kept, costs)

        return lazy_subtours(self.num_nodes, solve, self._found)


class TspCuttingPlaneSolver(GlopSolver):
    """DFJ by cutting planes on GLOP, with SCIP for the fractional rest (module doc). Per cost vector: solve
    the LP (degree rows, ``0 <= x <= 1`` and every cut so far) from GLOP's previous basis, add the violated
    subtour rows (:func:`violated_subtours`, at most ``cuts_per_round`` per round) and re-solve until none is
    violated. An integral optimum is then a tour and optimal; a fractional one is solved by
    :class:`ScipTspSolver` (its own kept model and cuts). ``lp_solves``, ``cuts`` and ``fallbacks`` count
    the work."""

    def __init__(self, num_nodes: int, *, sense: str = "min", workers: int = 1, cache_size: int = 4096,
                 cuts_per_round: int = 8) -> None:
        super().__init__(tsp_degree_model(num_nodes).relaxed(), sense=sense, workers=workers, cache_size=cache_size)
        self.num_nodes = num_nodes
        self.cuts_per_round = cuts_per_round
        self._edges = tsp_edges(num_nodes)
        self.fallback = ScipTspSolver(num_nodes, sense=sense, cache_size=0)
        self.lp_solves = self.cuts = self.fallbacks = 0

    def _solve_kept(self, kept: GlopModel, costs: np.ndarray) -> np.ndarray:
        x = super()._solve_kept(kept, costs)
        while True:
            found = violated_subtours(self.num_nodes, x, self.cuts_per_round)
            with self._lock:
                self.lp_solves += 1
                self.cuts += len(found)
            if not found:
                break
            for nodes in found:
                row = kept.solver.RowConstraint(-kept.solver.infinity(), len(nodes) - 1, "")
                for e in subtour_edges(self._edges, nodes):
                    row.SetCoefficient(kept.x[e], 1.0)
            self.fallback.share_cuts(found)  # the MILP starts from the same relaxation
            x = self._resolve(kept)
        rounded = np.round(x)
        if np.abs(x - rounded).max() <= TOLERANCE:
            return rounded
        with self._lock:
            self.fallbacks += 1
        return self.fallback.solve(costs[None])[0]

    def close(self) -> None:
        super().close()
        self.fallback.close()


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
