"""The cost-model interface the NeuroShard searches run against (Zha et al., "Pre-train and Search:
Efficient Embedding Table Sharding with Pre-trained Neural Cost Models", MLSys 2023, Sec. 3.2).

NeuroShard's searches ask two questions of their pre-trained cost models:

- the compute cost of a *shard* (the set of tables fused into one device's kernel), asked for many
  candidate shards at once (:meth:`ShardCostModel.shard_compute`);
- the simulated cost of whole plans, max over ranks of (compute + bwd_comm + fwd_comm), asked for many
  plans at once (:meth:`ShardCostModel.plan_costs`).

Shards are passed flattened, as membership pairs: table ``tables[i]`` of the task belongs to shard
``shards[i]`` (a table may appear in several shards), so one call prices any number of shards in one
batched evaluation. :class:`OracleCostModel` answers both questions with the true analytical oracle
(tests and upper-bound experiments); :class:`mlopt.sharding.neuroshard.search.NeuroShardCostModel` with the
learned nets.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

import numpy as np

from mlopt.datasets.embedding_tables import ShardingTask
from mlopt.envs.oracles.analytical import AnalyticalOracle


@runtime_checkable
class ShardCostModel(Protocol):
    """What the grid and beam searches need from a cost model (predicted milliseconds)."""

    def shard_compute(self, task: ShardingTask, tables: np.ndarray, shards: np.ndarray,
                      num_shards: int) -> np.ndarray:
        """[num_shards] compute cost (forward + backward) of each shard; ``tables[i]`` (a table index of
        ``task``) belongs to shard ``shards[i]``; an empty shard costs 0."""
        ...

    def plan_costs(self, task: ShardingTask, plans: np.ndarray) -> np.ndarray:
        """[B] simulated cost of table-wise plans [B, T] (device per table): max over ranks of
        compute + bwd_comm + fwd_comm."""
        ...


def plan_rows(plans: np.ndarray, num_devices: int) -> np.ndarray:
    """[B * T] device rows ``b * D + plans[b, t]`` of B plans stacked into one batch of B * D devices."""
    plans = np.asarray(plans, dtype=np.int64)
    return (plans + num_devices * np.arange(len(plans))[:, None]).ravel()


class OracleCostModel:
    """The true analytical oracle behind :class:`ShardCostModel` (noiseless).

    Prices shards and plans with the oracle's vectorized per-group model, so B plans (or many shards)
    are one evaluation; the result equals ``oracle.cost(task, plan).total_ms`` plan by plan when the
    oracle has no noise.
    """

    name = "oracle"

    def __init__(self, oracle: AnalyticalOracle) -> None:
        self.oracle = oracle

    def shard_compute(self, task: ShardingTask, tables: np.ndarray, shards: np.ndarray,
                      num_shards: int) -> np.ndarray:
        matrix = self.oracle._matrix(task, np.asarray(tables, dtype=np.int64), np.asarray(shards, dtype=np.int64),
                                     num_shards)
        return matrix[:, 0] + matrix[:, 1]

    def plan_costs(self, task: ShardingTask, plans: np.ndarray) -> np.ndarray:
        plans = np.asarray(plans, dtype=np.int64)
        batch, num_tables = plans.shape
        d = task.num_devices
        tables = np.tile(np.arange(num_tables), batch)
        matrix = self.oracle._matrix(task, tables, plan_rows(plans, d), batch * d)
        return matrix.sum(axis=1).reshape(batch, d).max(axis=1)
