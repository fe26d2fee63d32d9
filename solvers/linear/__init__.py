"""Linear optimization oracles ``x*(c) = argmin_{x in X} c.x`` over a fixed feasible set, batched and
cached: general backends (CP-SAT, GLOP, SCIP) over a :class:`LinearModel` that build their model once and
change only the objective per cost vector (and an LP-first MILP backend that answers from the LP relaxation
where its optimum is integral), exact fast special cases (grid shortest path, 0/1 knapsack,
assignment, connected tile sets) that ``make_solver`` picks automatically (a model can also come from an
MPS / LP file, :func:`linear_model_from_file`), TSP tours (DFJ with lazy subtour cuts on CP-SAT or SCIP,
or by cutting planes on GLOP with SCIP for fractional optima; brute force up to 8 nodes), and a
simplex-constrained mean-variance QP with the same interface. No torch here; the autograd layers are in
``mlopt.surrogates``."""

from __future__ import annotations

from mlopt.solvers.linear.backends import (
    BACKENDS,
    CpSatSolver,
    GlopSolver,
    KeptModelSolver,
    ScipSolver,
    make_solver,
    special_solver,
)
from mlopt.solvers.linear.base import BatchSolver, LinearModel, LinearSolver
from mlopt.solvers.linear.instance import linear_model_from_file
from mlopt.solvers.linear.lp_first import LpFirstSolver
from mlopt.solvers.linear.quadratic import SimplexQP, project_to_simplex
from mlopt.solvers.linear.special import (
    Assignment,
    GridShortestPath,
    Knapsack01,
    TilePath,
    assignment_model,
    grid_edge_columns,
    grid_edges,
    grid_shortest_path_model,
    knapsack_model,
    tile_path_model,
)
from mlopt.solvers.linear.tsp import BruteForceTsp, ScipTspSolver, TspCuttingPlaneSolver, TspSolver, tsp_degree_model

__all__ = [
    "BACKENDS", "Assignment", "BatchSolver", "BruteForceTsp", "CpSatSolver", "GlopSolver", "GridShortestPath", "Knapsack01",
    "KeptModelSolver", "LinearModel", "LinearSolver", "LpFirstSolver", "ScipSolver", "ScipTspSolver", "SimplexQP", "TilePath", "TspCuttingPlaneSolver", "TspSolver", "assignment_model", "grid_edge_columns", "grid_edges",
    "grid_shortest_path_model", "knapsack_model", "linear_model_from_file", "make_solver", "project_to_simplex",
    "special_solver", "tile_path_model", "tsp_degree_model",
]
