"""Tasks for differentiable surrogate solvers (SurCo, LANCER, GenCO): instances with a combinatorial
feasible set and a nonlinear objective or a decision loss (shortest path, knapsack, portfolio, TSP, tile
levels). Numpy only; the torch objectives live in ``mlopt.surrogates``."""

from __future__ import annotations

from mlopt.datasets.surrogate_tasks.knapsack import (
    MultiKnapsackData,
    knapsack_values,
    make_multi_knapsack,
    make_pyepo_knapsack,
    polynomial_costs,
)
from mlopt.datasets.surrogate_tasks.levels import diversity, is_playable, make_levels
from mlopt.datasets.surrogate_tasks.portfolio import PortfolioData, make_portfolio
from mlopt.datasets.surrogate_tasks.regret import RegretRatios, normalized_regret, regret_ratios
from mlopt.datasets.surrogate_tasks.shortest_path import (
    RiskShortestPath,
    make_pyepo_shortest_path,
    make_risk_shortest_path,
    pyepo_grid_arcs,
)
from mlopt.datasets.surrogate_tasks.tsp import TspData, make_pyepo_tsp, tsp_edges

__all__ = [
    "MultiKnapsackData", "PortfolioData", "RegretRatios", "RiskShortestPath", "TspData", "diversity", "is_playable",
    "knapsack_values", "make_levels", "make_multi_knapsack", "make_portfolio", "make_pyepo_knapsack",
    "make_pyepo_shortest_path", "make_pyepo_tsp", "make_risk_shortest_path", "normalized_regret", "polynomial_costs",
    "pyepo_grid_arcs", "regret_ratios", "tsp_edges",
]
