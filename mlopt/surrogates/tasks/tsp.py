"""PyEPO's travelling salesperson problem as a predict-then-optimize task: a data set from
``mlopt.datasets.surrogate_tasks.make_pyepo_tsp(num_data, num_features, num_nodes, deg, noise_width, seed)``
whose rows share the nodes, the minimizing tour oracle over those nodes (``TspSolver``: DFJ with lazy
subtour cuts on CP-SAT, the generic backend; ``BruteForceTsp`` is the exact check for up to 8 nodes),
per-instance features and the true edge costs."""

from __future__ import annotations

from mlopt.datasets.surrogate_tasks import TspData, make_pyepo_tsp
from mlopt.solvers.linear import TspSolver
from mlopt.surrogates.tasks.registry import SurrogateTask

TSP: SurrogateTask[TspData] = SurrogateTask(
    name="tsp",
    generate=make_pyepo_tsp,
    solver=lambda data: TspSolver(data.num_nodes),
    features=lambda data: data.features,
    costs=lambda data: data.costs,
)
