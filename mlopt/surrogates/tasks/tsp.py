"""PyEPO's travelling salesperson problem as a predict-then-optimize task: a data set from
``mlopt.datasets.surrogate_tasks.make_pyepo_tsp(num_data, num_features, num_nodes, deg, noise_width, seed)``
whose rows share the nodes, the minimizing tour oracle over those nodes (``TspCuttingPlaneSolver``: DFJ by
cutting planes on GLOP with SCIP for fractional LP optima, generic backends; ``TspSolver`` solves the same
model on CP-SAT, 12x slower on 10 nodes; ``BruteForceTsp`` is the exact check for up to 8 nodes),
per-instance features and the true edge costs."""

from __future__ import annotations

from mlopt.datasets.surrogate_tasks import TspData, make_pyepo_tsp
from mlopt.solvers.linear import TspCuttingPlaneSolver
from mlopt.surrogates.tasks.registry import SurrogateTask

TSP: SurrogateTask[TspData] = SurrogateTask(
    name="tsp",
    generate=make_pyepo_tsp,
    solver=lambda data: TspCuttingPlaneSolver(data.num_nodes),
    features=lambda data: data.features,
    costs=lambda data: data.costs,
)
