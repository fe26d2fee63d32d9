"""Embedding-table sharding, learning side and public API (DESIGN.md, "Embedding-table sharding").

    from mlopt.sharding import plan_sharding, best_greedy
    result = plan_sharding(task, "dreamshard", oracle)

Layout (each layer imports only the ones below it):

- :mod:`.core`: what every planner shares: the result / budget / :class:`Planner` types, the non-learned
  planners and :func:`best_greedy` (:mod:`.core.baselines`), cost-data collection (:mod:`.core.cost_data`),
  cost-model accuracy metrics; :mod:`.pretrained`: the shipped weights (package data) and their table split;
- :mod:`.dreamshard`: DreamShard (NeurIPS 2022): cost net, policy, batched plan scorer, Algorithm 1
  training, REINFORCE on mlopt/Sharding-v0, weights, planner;
- :mod:`.neuroshard`: NeuroShard (MLSys 2023): cost nets, greedy grid and column-wise beam search, weights,
  planners;
- :mod:`.registry`, :mod:`.planning`, :mod:`.plan_io`: the planner registry, :func:`plan_sharding` /
  :func:`plan_default`, and the JSON plan file.

Importing this package does not import torch; a learned planner does when it plans.
"""

from __future__ import annotations

from mlopt.sharding.core.baselines import best_greedy, greedy_baselines
from mlopt.sharding.core.planner import PlanBudget, Planner, ShardingResult, WeightsConfig
from mlopt.sharding.planning import default_methods, learned_methods, plan_default, plan_sharding
from mlopt.sharding.registry import get_planner, planner_names, planners, register_planner, unregister_planner

__all__ = [
    "PlanBudget", "Planner", "ShardingResult", "WeightsConfig", "best_greedy", "default_methods", "get_planner",
    "greedy_baselines", "learned_methods", "plan_default", "plan_sharding", "planner_names", "planners",
    "register_planner", "unregister_planner",
]
