"""Surrogate tasks by name: the :class:`SurrogateTask` shape, the registry, and the built-in tasks, one
module each (risk-averse shortest path, embedding-table sharding, multidimensional knapsack, portfolio,
tile levels, TSP), registered here."""

from __future__ import annotations

from mlopt.surrogates.tasks.knapsack import KNAPSACK
from mlopt.surrogates.tasks.levels import TILE_LEVELS
from mlopt.surrogates.tasks.portfolio import PORTFOLIO
from mlopt.surrogates.tasks.registry import (
    Objective,
    SurrogateTask,
    register_surrogate_task,
    surrogate_task,
    surrogate_task_names,
    unregister_surrogate_task,
)
from mlopt.surrogates.tasks.risk_path import RISK_SHORTEST_PATH, risk_shortest_path_objective
from mlopt.surrogates.tasks.sharding import SHARDING
from mlopt.surrogates.tasks.tsp import TSP

register_surrogate_task(RISK_SHORTEST_PATH)
register_surrogate_task(SHARDING)
register_surrogate_task(KNAPSACK)
register_surrogate_task(PORTFOLIO)
register_surrogate_task(TILE_LEVELS)
register_surrogate_task(TSP)

__all__ = [
    "Objective", "SurrogateTask", "register_surrogate_task", "risk_shortest_path_objective", "surrogate_task",
    "surrogate_task_names", "unregister_surrogate_task",
]
