"""Data-parallel tables in the learned planners (issue 18, item 3; our extension: DreamShard, NeurIPS 2022,
and NeuroShard, MLSys 2023, plan table-wise and column-wise shards only).

A data-parallel table costs every device the same: its replica's compute (a 1/D share of the table's lookups)
and the all-reduce of the replicas' gradients in the backward pass, and it leaves the all-to-all. Turning a
set S of tables data-parallel therefore changes a balanced table-wise plan's makespan by about

    delta(S) = - sum_{t in S} g_t / D + sum_{t in S} r_t + t_AR(sum_{t in S} B_t)

where g_t is the predicted cost that table t takes off its device in the planner's table-wise plan (the
device's predicted cost with t less without it), r_t the predicted compute of its replica on a device, B_t
its bytes and t_AR the pre-trained all-reduce cost (:mod:`mlopt.sharding.core.collective_nets`). The stage
(:func:`choose_data_parallel`) ranks the candidates by (g_t / D - r_t) / B_t, the gain per byte of all-reduce,
and keeps the prefix of that order with the lowest predicted delta, if it is negative. The planner then
re-plans the other tables on devices whose memory is reduced by the replicas' (:func:`rest_task`); DreamShard
also keeps its table-wise plan where its cost net predicts that one cheaper.

Candidates are the tables of at most :data:`~mlopt.sharding.core.placement_options.DP_SHARE` of a device's
memory (the MILP's rule), and the replicas take at most :data:`DP_MEMORY_SHARE` of it in all.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable

import numpy as np

from mlopt.datasets.embedding_tables import EmbeddingTable, ShardingTask
from mlopt.datasets.sharding_plan import ShardingPlan, TablePlacement
from mlopt.sharding.core import row_split
from mlopt.sharding.core.placement_options import DP_SHARE
from mlopt.sharding.core.row_split import RowChoice

DP_MEMORY_SHARE = 0.1  # of a device's memory that all replicas together may take
MIN_POOLING = 1e-6  # a replica's pooling factor is kept above this
REPLICA_CELLS = 1 << 16  # (replica x device) rows a planner's cost model prices per batch for r_t


@dataclass(frozen=True)
class DataParallelChoice:
    """The tables the stage makes data-parallel and their predicted effect (milliseconds)."""

    tables: np.ndarray  # sorted indices into the task's tables
    predicted_delta_ms: float  # delta(S) of the module docstring (0 for no table)
    replica_ms: float  # predicted cost of the replicas on every device: compute + all-reduce

    @property
    def empty(self) -> bool:
        return len(self.tables) == 0


NO_TABLES = DataParallelChoice(np.zeros(0, dtype=np.int64), 0.0, 0.0)


def replica_tables(task: ShardingTask, tables: np.ndarray) -> list[EmbeddingTable]:
    """Each of ``tables`` as one device's replica sees it: the table with a 1/D share of its lookups (pooling factor
    P / D, at least :data:`MIN_POOLING`), as the plan model's lowering prices a data-parallel shard."""
    share = 1.0 / task.num_devices
    return [replace(task.tables[t], pooling_factor=max(task.tables[t].pooling_factor * share, MIN_POOLING))
            for t in np.asarray(tables).tolist()]


def candidates(task: ShardingTask) -> np.ndarray:
    """Indices of the tables small enough to be data-parallel (at most DP_SHARE of a device's memory)."""
    sizes = np.array([t.size_bytes for t in task.tables], dtype=np.float64)
    return np.flatnonzero(sizes <= DP_SHARE * task.memory_bytes)


def choose_data_parallel(task: ShardingTask, tables: np.ndarray, removal_gain: np.ndarray, replica_compute: np.ndarray,
                         allreduce_ms: Callable[[np.ndarray], np.ndarray]) -> DataParallelChoice:
    """The prefix of the candidates ``tables`` (ranked by predicted gain per byte) with the lowest predicted
    delta(S) (module docstring), given each candidate's predicted ``removal_gain`` g_t and ``replica_compute``
    r_t (ms) and ``allreduce_ms`` (bytes [K] -> predicted ms [K]); :data:`NO_TABLES` when no prefix helps."""
    tables = np.asarray(tables, dtype=np.int64)
    if not len(tables) or task.num_devices < 2:
        return NO_TABLES
    size = np.array([task.tables[t].size_bytes for t in tables], dtype=np.float64)
    gain = np.asarray(removal_gain, dtype=np.float64) / task.num_devices - np.asarray(replica_compute, np.float64)
    order = np.argsort(-gain / np.maximum(size, 1.0), kind="stable")
    order = order[gain[order] > 0]
    if not len(order):
        return NO_TABLES
    total = np.cumsum(size[order])
    order = order[total <= DP_MEMORY_SHARE * task.memory_bytes][:task.num_tables - 1]  # one table stays table-wise
    if not len(order):
        return NO_TABLES
    total = total[:len(order)]
    allreduce = np.asarray(allreduce_ms(total), dtype=np.float64)
    compute = np.cumsum(np.asarray(replica_compute, np.float64)[order])
    delta = -np.cumsum(np.asarray(removal_gain, np.float64)[order]) / task.num_devices + compute + allreduce
    best = int(np.argmin(delta))
    if delta[best] >= 0:
        return NO_TABLES
    return DataParallelChoice(np.sort(tables[order[:best + 1]]), float(delta[best]),
                              float(compute[best] + allreduce[best]))


def rest_task(task: ShardingTask, choice: DataParallelChoice,
              rows: RowChoice | None = None) -> tuple[ShardingTask, np.ndarray]:
    """The task of the tables that ``choice`` (and the row stage's ``rows``) leave table-wise, on devices whose
    memory is less the replicas' (and the busiest device's row shards'), and those tables' indices in ``task``."""
    replicas = sum(task.tables[t].size_bytes for t in choice.tables)
    leave = choice.tables if rows is None else np.union1d(choice.tables, rows.tables)
    return row_split.rest_task(task, leave, replicas + (0.0 if rows is None else float(rows.shard_bytes.max())))


def combine(task: ShardingTask, choice: DataParallelChoice, rest: np.ndarray, rest_plan: ShardingPlan,
            rows: RowChoice | None = None) -> ShardingPlan:
    """The plan of ``task``: ``rest_plan``'s placements for the tables ``rest``, data-parallel replicas of
    ``choice``'s tables and ``rows``' row placements."""
    replica = TablePlacement.data_parallel(task.num_devices)
    fixed = {index: replica for index in choice.tables.tolist()}
    if rows is not None:
        fixed.update(zip(rows.tables.tolist(), rows.placements))
    return row_split.combine(task, fixed, rest, rest_plan)
