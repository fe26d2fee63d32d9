"""NeuroShard end to end (Zha et al., "Pre-train and Search: Efficient Embedding Table Sharding with
Pre-trained Neural Cost Models", MLSys 2023): pre-trained cost models + search.

- :class:`NeuroShardCostModel` adapts the pre-trained nets of :mod:`mlopt.sharding.neuroshard.nets`
  (:class:`~mlopt.sharding.neuroshard.nets.ComputeCostNet` on NeuroShard's 20 table features,
  :class:`~mlopt.sharding.neuroshard.nets.CommCostNet` on per-rank dim sums and the task's topology, so one
  model serves any device count) to
  :class:`~mlopt.sharding.neuroshard.cost_model.ShardCostModel`; every call is one batched forward pass.
- :func:`plan_with_neuroshard` runs the column-wise beam search (table-wise grid search inside), or the
  table-wise grid search alone with ``column_wise=False``.

Simplification inherited from the comm net: the paper's forward-comm model also sees each rank's skew
(compute + bwd_comm - min); :class:`~mlopt.sharding.neuroshard.nets.CommCostNet` predicts a rank's total
comm from the dim sums alone.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import NamedTuple, Sequence

import numpy as np
import torch

from mlopt.datasets.caching import IdentityCache
from mlopt.datasets.embedding_tables import ShardingPlan, ShardingTask
from mlopt.envs.oracles.profiles import HardwareProfile
from mlopt.envs.sharding.features import DIM, raw_table_features
from mlopt.sharding.core.topology import topology_features
from mlopt.sharding.neuroshard.nets import CommCostNet, ComputeCostNet, neuroshard_features
from mlopt.sharding.neuroshard.beam import Shard, beam_search, column_layout, place_shards
from mlopt.sharding.neuroshard.cost_model import ShardCostModel, plan_rows
from mlopt.sharding.neuroshard.grid import DEFAULT_SCALES, greedy_grid_search
from mlopt.sharding.neuroshard.planner import MAX_BEAM_STEPS

FEATURE_CACHE_SIZE = 16


class TaskFeatures(NamedTuple):
    """What :class:`NeuroShardCostModel` computes once per task, on the model's device."""

    features: torch.Tensor  # [T, 20] NeuroShard's table features
    dims: torch.Tensor  # [T] table dims
    embeddings: torch.Tensor  # [T, embed] the compute net's table embeddings
    topology: torch.Tensor  # [10] the task's topology features
    projections: torch.Tensor  # [T, head_hidden] the embeddings through the compute head's first linear map


class NeuroShardCostModel:
    """The pre-trained compute and comm nets behind :class:`ShardCostModel`.

    Features of a task (NeuroShard's 20 per table, from the raw DreamShard features, and the task's topology
    features on ``profile``, default A100) and the compute net's table embeddings are built once and cached
    for the last few tasks, so the searches' many calls on one task only sum embeddings and run the heads.
    """

    name = "neuroshard"

    def __init__(self, compute: ComputeCostNet, comm: CommCostNet, device: torch.device | str | None = None,
                 profile: HardwareProfile | None = None) -> None:
        if device is None:
            from mlopt import device as default_device

            device = default_device()
        self.device = torch.device(device)
        self.compute = compute.to(self.device).eval()
        self.comm = comm.to(self.device).eval()
        self.profile = profile
        self._features: IdentityCache[ShardingTask, TaskFeatures] = IdentityCache(FEATURE_CACHE_SIZE)

    def features(self, task: ShardingTask) -> TaskFeatures:
        """The :class:`TaskFeatures` of ``task`` (cached)."""
        return self._features.fetch(task, self._compute_features)

    @torch.no_grad()
    def _compute_features(self, task: ShardingTask) -> TaskFeatures:
        raw = torch.from_numpy(raw_table_features(task.tables, task.batch_size)).float().to(self.device)
        features = neuroshard_features(raw)
        topology = torch.from_numpy(topology_features(task, self.profile)).to(self.device)
        emb = self.compute.table_mlp(features)
        return TaskFeatures(features, raw[:, DIM].contiguous(), emb, topology, self.compute.head_projection(emb))

    def table_embeddings(self, task: ShardingTask) -> torch.Tensor:
        """[T, head_hidden] the compute net's table embeddings of ``task`` through its head's first linear map
        (cached). The incremental grid search sums them per shard
        (:class:`~mlopt.sharding.neuroshard.grid.SumDecomposableModel`); the map is linear, so the sums are
        the projections of the pooled embeddings and each placement skips that matrix product."""
        return self.features(task).projections

    @torch.no_grad()
    def pooled_compute(self, pooled: torch.Tensor) -> np.ndarray:
        return self.compute.projected_costs(pooled).double().cpu().numpy()

    @torch.no_grad()
    def shard_compute(self, task: ShardingTask, tables: np.ndarray, shards: np.ndarray,
                      num_shards: int) -> np.ndarray:
        emb = self.features(task).embeddings
        index = torch.as_tensor(np.asarray(tables, dtype=np.int64), device=self.device)
        rows = torch.as_tensor(np.asarray(shards, dtype=np.int64), device=self.device)
        return self.compute.shard_costs(emb[index], rows, num_shards).double().cpu().numpy()

    @torch.no_grad()
    def device_costs(self, task: ShardingTask, plans: np.ndarray) -> np.ndarray:
        """[B, D] predicted cost of every device (compute + comm) under table-wise plans [B, T]."""
        plans = np.asarray(plans, dtype=np.int64)
        batch, d = len(plans), task.num_devices
        features = self.features(task)
        dims, emb, topology = features.dims, features.embeddings, features.topology
        rows = torch.as_tensor(plan_rows(plans, d), device=self.device)
        compute = self.compute.shard_costs(emb.repeat(batch, 1), rows, batch * d).view(batch, d)
        dim_sums = dims.new_zeros(batch * d).index_add_(0, rows, dims.repeat(batch)).view(batch, d)
        return (compute + self.comm.plans(dim_sums, topology)).double().cpu().numpy()

    def plan_costs(self, task: ShardingTask, plans: np.ndarray) -> np.ndarray:
        return self.device_costs(task, plans).max(axis=1)


@dataclass(frozen=True)
class NeuroShardResult:
    """A NeuroShard plan: the shards (table, column offset, dim, device), the per-shard task and its plan
    (what an oracle prices), the predicted cost (ms), the table-wise grid search's predicted cost, the
    number of grid searches run and the wall time."""

    shards: tuple[Shard, ...]
    shard_task: ShardingTask
    plan: ShardingPlan
    predicted_cost_ms: float
    table_wise_cost_ms: float
    evaluations: int
    wall_s: float


def plan_with_neuroshard(task: ShardingTask, model: ShardCostModel, column_wise: bool = True, beam_width: int = 3,
                         max_steps: int = MAX_BEAM_STEPS, *, num_candidates: int = 10,
                         scales: Sequence[float] = DEFAULT_SCALES,
                         time_limit_s: float | None = None) -> NeuroShardResult:
    """Plan ``task`` with NeuroShard's search under ``model`` (module docstring); with ``time_limit_s`` the
    column-wise beam search starts no step after that many seconds (the table-wise search always runs)."""
    start = time.perf_counter()
    if column_wise:
        deadline = None if time_limit_s is None else start + time_limit_s
        beam = beam_search(task, model, beam_width=beam_width, max_steps=max_steps,
                           num_candidates=num_candidates, scales=scales, deadline=deadline)
        return NeuroShardResult(beam.shards, beam.shard_task, beam.plan, beam.cost_ms, beam.table_wise.cost_ms,
                                beam.evaluations, time.perf_counter() - start)
    grid = greedy_grid_search(task, model, scales)
    shards = place_shards(column_layout(task, (0,) * task.num_tables), grid.plan)
    return NeuroShardResult(shards, task, grid.plan, grid.cost_ms, grid.cost_ms, 1, time.perf_counter() - start)
