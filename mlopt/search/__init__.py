"""Search over sharding plans under a cost model: NeuroShard's table-wise greedy grid search and
column-wise beam search (Zha et al., MLSys 2023).

- :mod:`~mlopt.search.cost_model`: the :class:`ShardCostModel` protocol and the true-oracle adapter;
- :mod:`~mlopt.search.grid`: table-wise greedy grid search;
- :mod:`~mlopt.search.beam`: column-wise beam search, column shards and per-shard tasks;
- :mod:`~mlopt.search.neuroshard`: the learned-net adapter and :func:`plan_with_neuroshard`.
"""

from __future__ import annotations

from mlopt.search.beam import BeamSearchResult, ColumnSlice, Shard, beam_search, column_layout, shard_task
from mlopt.search.cost_model import OracleCostModel, ShardCostModel
from mlopt.search.grid import DEFAULT_SCALES, GridSearchResult, greedy_grid_search
from mlopt.search.neuroshard import NeuroShardCostModel, NeuroShardResult, plan_with_neuroshard

__all__ = [
    "BeamSearchResult", "ColumnSlice", "DEFAULT_SCALES", "GridSearchResult", "NeuroShardCostModel",
    "NeuroShardResult", "OracleCostModel", "Shard", "ShardCostModel", "beam_search", "column_layout",
    "greedy_grid_search", "plan_with_neuroshard", "shard_task",
]
