"""Raw solves per second of mlopt's generic LinearSolver backends against PyEPO's models, same solver where both have it.

    python benchmarks/surrogate_backends.py --vectors 300 --repeats 3

Two feasible sets from PyEPO's tutorials: the shortest path on the 5x5 grid (40 arcs, unit flow) and the
knapsack with 2 capacity rows over 32 items (``make_pyepo_knapsack``: PyEPO's weights, capacity 20 per
row; maximization). For each set and solver, ``--vectors`` cost vectors (uniform in [0, 1) for the path,
PyEPO's item values for the knapsack) are solved one after the other (PyEPO's arcs are in its own
order: each vector is permuted to it, ``pyepo_columns``):

- PyEPO 2.2.7 (``pyepo.model.ort``): ``setObj(c)`` then ``solve()`` per vector on one model:
  ``shortestPathModel(solver="glop" | "scip")``, ``knapsackModel(solver="glop").relax()`` (the LP relaxation),
  ``knapsackModel(solver="scip")`` (OR-Tools' pywraplp SCIP), ``shortestPathCpModel`` and
  ``knapsackCpModel`` (CP-SAT with its default parameters; the knapsack's weights and capacities in
  hundredths, integers, since CP-SAT needs them);
- mlopt (``mlopt.solvers.linear``): ``GlopSolver`` (on ``model.relaxed()``), ``ScipSolver`` (pyscipopt,
  start solution from the previous one), ``CpSatSolver`` (one search worker; with and without the
  previous solution as a hint) on the same set, one ``solve`` call on the whole ``[B, n]`` batch, cache
  off, one worker thread: the model is built once (``builds``) and only the objective changes.

A third set is the 10-node TSP (``make_pyepo_tsp`` costs, 45 edges), solved by DFJ with subtour cuts in both
libraries: mlopt's ``TspCuttingPlaneSolver`` (GLOP cutting planes, SCIP for a fractional LP optimum) and
``TspSolver`` (CP-SAT) beside PyEPO's ``pyepo.model.grb.tspDFJModel`` (lazy cuts in a Gurobi callback, one
thread; gurobipy from the ``bench`` extra). These rows compare different solvers, and each mlopt timing starts
from a fresh solver, so the cuts that a kept model collects are found again in every repeat. The knapsack
also gets mlopt's ``LpFirstSolver`` beside PyEPO's SCIP model: on PyEPO's item values every LP optimum is
fractional, so this row shows what the LP try costs where it never pays.

Each timing is the best of ``--repeats`` runs (the machine is shared). Before timing, the two libraries'
optimal objective values are compared on every vector (``max |obj diff|``; CP-SAT optimizes
integer-scaled costs, so its values agree to about 1e-6 relative). Without ``pyepo`` installed (the
``bench`` extra) PyEPO's columns read "-" and a note says so.
"""

from __future__ import annotations

import argparse
import importlib.util
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
from rich.console import Console
from rich.table import Table

from mlopt.datasets.surrogate_tasks import make_pyepo_knapsack, make_pyepo_tsp
from mlopt.errors import run_script
from mlopt.solvers.linear import (
    BatchSolver,
    CpSatSolver,
    GlopSolver,
    LinearModel,
    LpFirstSolver,
    ScipSolver,
    TspCuttingPlaneSolver,
    TspSolver,
    grid_edge_columns,
    grid_shortest_path_model,
    knapsack_model,
)


TSP_NODES = 10


@dataclass(frozen=True)
class Case:
    """One row: a feasible set, a solver, mlopt's backend on it and PyEPO's model (None without pyepo)."""

    problem: str
    solver: str
    mlopt: Callable[[], BatchSolver]
    pyepo: Callable[[], Any] | None
    fresh: bool = False  # time mlopt on a new solver per repeat (its kept model learns cuts)


def best_rate(fn: Callable[[], object], count: int, repeats: int) -> float:
    """``count`` over the minimum wall time of ``fn`` in ``repeats`` runs."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return count / min(times)


def pyepo_solve_all(model: Any, costs: np.ndarray) -> np.ndarray:
    """PyEPO's loop: ``setObj`` and ``solve`` per cost vector on one model; the solutions ``[B, n]``."""
    out = np.empty_like(costs)
    for i, c in enumerate(costs):
        model.setObj(c)
        out[i] = model.solve()[0]
    return out


def pyepo_columns(model: Any, num_vars: int) -> np.ndarray:
    """Our variable index of each of PyEPO's variables: its grid arcs are ordered row by row (a row's right
    arcs, then its down arcs), mlopt's by node (``grid_edges``); other models share mlopt's order."""
    return grid_edge_columns(5, 5, model.arcs) if hasattr(model, "arcs") else np.arange(num_vars)


def cases(knapsack: tuple[np.ndarray, np.ndarray]) -> list[Case]:
    """The rows of the table; PyEPO's constructors only when pyepo imports."""
    try:
        from pyepo.model import ort
    except ImportError:
        ort = None
    pyepo_tsp = pyepo_tsp_model(TSP_NODES)
    path = grid_shortest_path_model(5, 5)
    weights, capacities = knapsack
    sack: LinearModel = knapsack_model(weights.astype(np.float64), capacities.astype(np.float64))
    pe = (lambda make: make) if ort is not None else (lambda make: None)
    return [
        Case("shortest path 5x5", "GLOP", lambda: GlopSolver(path.relaxed(), cache_size=0),
             pe(lambda: ort.shortestPathModel((5, 5), solver="glop"))),
        Case("shortest path 5x5", "SCIP", lambda: ScipSolver(path, cache_size=0),
             pe(lambda: ort.shortestPathModel((5, 5), solver="scip"))),
        Case("shortest path 5x5", "CP-SAT", lambda: CpSatSolver(path, cache_size=0),
             pe(lambda: ort.shortestPathCpModel((5, 5)))),
        Case("shortest path 5x5", "CP-SAT + hint", lambda: CpSatSolver(path, cache_size=0, warm_start=True),
             pe(lambda: ort.shortestPathCpModel((5, 5)))),
        Case("knapsack 2 x 32", "GLOP (LP relaxation)", lambda: GlopSolver(sack.relaxed(), sense="max", cache_size=0),
             pe(lambda: ort.knapsackModel(weights, capacities, solver="glop").relax())),
        Case("knapsack 2 x 32", "SCIP", lambda: ScipSolver(sack, sense="max", cache_size=0),
             pe(lambda: ort.knapsackModel(weights, capacities, solver="scip"))),
        Case("knapsack 2 x 32", "CP-SAT", lambda: CpSatSolver(sack, sense="max", cache_size=0),
             pe(lambda: ort.knapsackCpModel(weights, capacities))),
        Case("knapsack 2 x 32", "CP-SAT + hint", lambda: CpSatSolver(sack, sense="max", cache_size=0, warm_start=True),
             pe(lambda: ort.knapsackCpModel(weights, capacities))),
        Case("knapsack 2 x 32", "LP-first (GLOP, then SCIP); PyEPO: SCIP",
             lambda: LpFirstSolver(sack, sense="max", cache_size=0),
             pe(lambda: ort.knapsackModel(weights, capacities, solver="scip"))),
        Case(f"TSP {TSP_NODES} nodes", "DFJ: GLOP cuts + SCIP; PyEPO: Gurobi",
             lambda: TspCuttingPlaneSolver(TSP_NODES, cache_size=0),
             pyepo_tsp, fresh=True),
        Case(f"TSP {TSP_NODES} nodes", "DFJ: CP-SAT; PyEPO: Gurobi", lambda: TspSolver(TSP_NODES, cache_size=0),
             pyepo_tsp, fresh=True),
    ]


def pyepo_tsp_model(num_nodes: int) -> Callable[[], Any] | None:
    """A factory of PyEPO's DFJ TSP model (``pyepo.model.grb.tspDFJModel``) on one Gurobi thread, as every other
    solver here; None without pyepo or gurobipy (the ``bench`` extra)."""
    if importlib.util.find_spec("pyepo") is None or importlib.util.find_spec("gurobipy") is None:
        return None

    def build() -> Any:
        from pyepo.model import grb

        model = grb.tspDFJModel(num_nodes)
        model._model.Params.Threads = 1
        return model

    return build


def solve_fresh(make: Callable[[], BatchSolver], costs: np.ndarray) -> np.ndarray:
    """``costs`` solved by a newly built solver, closed afterwards."""
    solver = make()
    try:
        return solver.solve(costs)
    finally:
        solver.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--vectors", type=int, default=300, help="cost vectors per timing")
    parser.add_argument("--repeats", type=int, default=3, help="timings per cell; the best is reported")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    data = make_pyepo_knapsack(args.vectors, 5, 32, dim=2, deg=4, noise_width=0.5, seed=args.seed)
    costs = {"shortest path 5x5": np.random.default_rng(args.seed).random((args.vectors, 40)),
             "knapsack 2 x 32": data.values,
             f"TSP {TSP_NODES} nodes": make_pyepo_tsp(args.vectors, 5, TSP_NODES, 4, 0.5, args.seed).costs.astype(np.float64)}
    table = Table(title=f"raw solves/s, {args.vectors} cost vectors, best of {args.repeats}, one thread")
    for column in ("problem", "solver", "PyEPO", "mlopt", "mlopt / PyEPO", "models built", "max |obj diff|"):
        table.add_column(column, justify="left" if column in ("problem", "solver") else "right")
    missing = False
    for case in cases((data.weights, data.capacities)):
        c = costs[case.problem]
        solver = case.mlopt()
        ours = solver.solve(c)
        mlopt_rate = best_rate((lambda: solve_fresh(case.mlopt, c)) if case.fresh else (lambda: solver.solve(c)),
                               len(c), args.repeats)
        builds = getattr(solver, "builds", "-")
        solver.close()
        if case.pyepo is None:
            missing = True
            table.add_row(case.problem, case.solver, "-", f"{mlopt_rate:,.0f}", "-", str(builds), "-")
            continue
        model = case.pyepo()
        c_pyepo = c[:, pyepo_columns(model, c.shape[1])]
        theirs = pyepo_solve_all(model, c_pyepo)
        pyepo_rate = best_rate(lambda: pyepo_solve_all(model, c_pyepo), len(c), args.repeats)
        diff = float(np.max(np.abs(np.sum(c * ours, axis=1) - np.sum(c_pyepo * theirs, axis=1))))
        table.add_row(case.problem, case.solver, f"{pyepo_rate:,.0f}", f"{mlopt_rate:,.0f}",
                      f"{mlopt_rate / pyepo_rate:.2f}x", str(builds), f"{diff:.1e}")
    console = Console(width=160)
    console.print(table)
    if missing:
        console.print("pyepo is not installed (pip install -e '.[bench]'): PyEPO's columns are left out.", markup=False)


if __name__ == "__main__":
    run_script(main)
