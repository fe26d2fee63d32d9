"""Tasks for differentiable surrogate solvers (SurCo, LANCER, GenCO): instances with a combinatorial
feasible set and a nonlinear objective. Numpy only; the torch objectives live in ``mlopt.surrogates``."""

from __future__ import annotations

from mlopt.datasets.surrogate_tasks.shortest_path import (
    RiskShortestPath,
    grid_edges,
    make_risk_shortest_path,
)

__all__ = ["RiskShortestPath", "grid_edges", "make_risk_shortest_path"]
