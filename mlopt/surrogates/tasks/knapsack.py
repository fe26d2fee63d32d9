"""LANCER's predict-then-optimize multidimensional knapsack as a task: a data set from
``mlopt.datasets.surrogate_tasks.make_multi_knapsack(num_instances, num_items, num_dims, num_features, ...)``
whose rows share the weights and capacities, the maximizing oracle over that feasible set (``make_solver``
picks the DP for one row, CP-SAT otherwise), per-instance features and the true item values."""

from __future__ import annotations

from mlopt.datasets.surrogate_tasks import MultiKnapsackData, make_multi_knapsack
from mlopt.solvers.linear import knapsack_model, make_solver
from mlopt.surrogates.tasks.registry import SurrogateTask

KNAPSACK: SurrogateTask[MultiKnapsackData] = SurrogateTask(
    name="knapsack",
    generate=make_multi_knapsack,
    solver=lambda data: make_solver(knapsack_model(data.weights, data.capacities), sense="max"),
    features=lambda data: data.features,
    costs=lambda data: data.values,
)
