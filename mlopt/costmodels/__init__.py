"""Learned cost models of embedding-table sharding plans (DESIGN.md, "Embedding-table sharding").

- :mod:`~mlopt.costmodels.data`: cost-data collection over augmented tables and random / heuristic
  plans, priced by an oracle (DreamShard, NeurIPS 2022; NeuroShard, MLSys 2023);
- :mod:`~mlopt.costmodels.dreamshard`: DreamShard's cost net (per-table MLP, sum + max reductions,
  four component heads, overall head);
- :mod:`~mlopt.costmodels.neuroshard`: NeuroShard's compute and comm cost nets;
- :mod:`~mlopt.costmodels.scorer`: :class:`BatchedPlanScorer`, many plans in one batched pass;
"""

from __future__ import annotations

from mlopt.costmodels.data import CostBatch, CostDataset, SamplingConfig, collect_cost_data, load_cost_data
from mlopt.costmodels.dreamshard import DreamShardCostNet, evaluate_dreamshard, train_dreamshard
from mlopt.costmodels.neuroshard import CommCostNet, ComputeCostNet, evaluate_neuroshard, train_neuroshard
from mlopt.costmodels.scorer import BatchedPlanScorer, score_loop

__all__ = [
    "BatchedPlanScorer", "CommCostNet", "ComputeCostNet", "CostBatch", "CostDataset", "DreamShardCostNet",
    "SamplingConfig", "collect_cost_data", "evaluate_dreamshard", "evaluate_neuroshard", "load_cost_data",
    "score_loop", "train_dreamshard", "train_neuroshard",
]
