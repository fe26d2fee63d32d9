"""Batched scoring of plans of any sharding types with a DreamShard cost net (issue 18, item 5).

:class:`~mlopt.sharding.dreamshard.scorer.BatchedPlanScorer` scores table-wise plans: a [B, T] tensor of
devices. A plan of the full model (:mod:`mlopt.datasets.sharding_plan`: column-, row-, table-row-wise shards,
data-parallel replicas) is first lowered to *derived tables*, one per shard on its device
(:mod:`mlopt.envs.oracles.lowering`, the analytical oracle's own lowering): a shard of n of a table's N rows and
c of its d columns is the table with n rows, c columns and pooling factor P x its lookup share (n / N for a row
block, 1 / D for a data-parallel replica), with the table's Zipf exponent (its bins when the shard keeps every
row). The cost net (Zha et al., NeurIPS 2022, Sec. 3.2: per-table embeddings, summed and max-pooled per
device, per-component heads) then prices each device from the derived tables on it, as it prices whole tables.

:class:`ShardPlanScorer` lowers each distinct (table, placement) once and embeds every distinct derived table
once (both kept for the next batch), then reduces all B plans' shards by device in one scatter (rows b x D +
device) and applies the heads to the B x D rows at once: no Python loop over plans or devices in the forward
pass. :func:`score_plan_loop` is the baseline, the net's full forward pass plan by plan.

Simplifications (ours): the net sees a shard as a table, so what differs between sharding types beyond the
shards' sizes and lookups (reduce-scatter instead of all-to-all, data-parallel gradient all-reduce, a UVM cache)
is not priced; the shipped nets were trained on table-wise plans, so on other types they extrapolate. Pooling
factors of derived tables are kept above 1e-6 (a shard that serves almost no lookups).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

import numpy as np
import torch

from mlopt.datasets.access import table_alpha
from mlopt.datasets.embedding_tables import EmbeddingTable, ShardingPlan, ShardingTask
from mlopt.datasets.sharding_plan import TablePlacement
from mlopt.envs.oracles.lowering import LoweredPlan, check_placement_count, lower, lower_plan
from mlopt.envs.sharding.features import table_features
from mlopt.sharding.core.topology import topology_features
from mlopt.sharding.dreamshard.cost_net import DreamShardCostNet

MIN_POOLING = 1e-6
ShardKey = tuple[int, int, int, float]  # (source table, rows, columns, lookup share)


def shard_keys(task: ShardingTask, plan: ShardingPlan) -> tuple[list[ShardKey], np.ndarray]:
    """The derived table of every shard of ``plan`` as a key, and each shard's device ([E] int64)."""
    low = lower_plan(task, plan)
    return _keys(low), low.device


def _keys(low: LoweredPlan) -> list[ShardKey]:
    return list(zip(low.table.tolist(), low.rows.astype(np.int64).tolist(), low.cols.astype(np.int64).tolist(),
                    low.lookup_share.tolist()))


def derived_table(task: ShardingTask, key: ShardKey) -> EmbeddingTable:
    """The table a shard lowers to (module docstring)."""
    index, rows, cols, share = key
    table = task.tables[index]
    if rows == table.num_embeddings:
        return replace(table, dim=cols, pooling_factor=max(table.pooling_factor * share, MIN_POOLING))
    return replace(table, num_embeddings=rows, dim=cols, pooling_factor=max(table.pooling_factor * share, MIN_POOLING),
                   access_alpha=table_alpha(table), distribution=None)


def _features(task: ShardingTask, keys: Sequence[ShardKey]) -> torch.Tensor:
    """[K, 24] cost-net features of the derived tables ``keys`` (the net reads only task-independent columns)."""
    return torch.from_numpy(table_features([derived_table(task, k) for k in keys], task.batch_size)).float()


class ShardPlanScorer:
    """Scores B plans of any sharding types of one task in one batched pass (module docstring).

    Args:
        model: a trained DreamShard cost net (moved to ``device``, put in eval mode).
        task: the task whose plans are scored (tables, devices, hosts).
        device: torch device (default :func:`mlopt.device`: cuda if available, else cpu).
        topology: the task's [10] topology features (default: :func:`topology_features` of the task, A100).
    """

    def __init__(self, model: DreamShardCostNet, task: ShardingTask, device: torch.device | str | None = None,
                 topology: np.ndarray | torch.Tensor | None = None) -> None:
        from mlopt import device as default_device

        self.device = torch.device(device) if device is not None else default_device()
        self.model = model.to(self.device).eval()
        self.task = task
        topology = topology_features(task) if topology is None else topology
        self.topology = torch.as_tensor(topology, dtype=torch.float32, device=self.device)
        self._index: dict[ShardKey, int] = {}  # derived table -> its row in _embeddings
        self._embeddings: torch.Tensor | None = None
        self._lowered: dict[tuple[int, TablePlacement], tuple[list[int], list[int]]] = {}  # rows, devices

    def _placement_rows(self, t: int, placement: TablePlacement) -> tuple[list[int], list[int]]:
        """The embedding rows and devices of table ``t``'s shards under ``placement`` (lowered once)."""
        found = self._lowered.get((t, placement))
        if found is None:
            low = lower(self.task, [(t, placement)])
            found = self._lowered[(t, placement)] = (self._rows_of(_keys(low)), low.device.tolist())
        return found

    def _plan_rows(self, plan: ShardingPlan) -> tuple[list[int], list[int]]:
        check_placement_count(self.task, plan)
        rows: list[int] = []
        devices: list[int] = []
        for t, placement in enumerate(plan.placements):
            placement_rows, placement_devices = self._placement_rows(t, placement)
            rows += placement_rows
            devices += placement_devices
        return rows, devices

    def _rows_of(self, keys: list[ShardKey]) -> list[int]:
        """Each key's row in the embedding cache, embedding the keys not seen before in one pass."""
        new = list(dict.fromkeys(k for k in keys if k not in self._index))
        if new:
            with torch.no_grad():
                embedded = self.model.embed_tables(_features(self.task, new).to(self.device), self.topology)
            self._index.update({k: len(self._index) + i for i, k in enumerate(new)})
            self._embeddings = embedded if self._embeddings is None else torch.cat([self._embeddings, embedded])
        return [self._index[k] for k in keys]

    @torch.no_grad()
    def components(self, plans: Sequence[ShardingPlan]) -> torch.Tensor:
        """[B, D, 4] predicted per-device costs (ms) of ``plans``."""
        d = self.task.num_devices
        rows: list[int] = []
        cells: list[np.ndarray] = []
        for b, plan in enumerate(plans):
            plan_rows, devices = self._plan_rows(plan)
            rows += plan_rows
            cells.append(np.asarray(devices, dtype=np.int64) + b * d)
        if not plans or self._embeddings is None:
            return torch.zeros(len(plans), d, 4, device=self.device)
        cell = torch.from_numpy(np.concatenate(cells)).to(self.device)
        h = self.model.device_repr(self._embeddings[torch.tensor(rows, device=self.device)], cell, len(plans) * d)
        nonempty = torch.bincount(cell, minlength=len(plans) * d) > 0
        return self.model.device_costs(h, nonempty).view(len(plans), d, -1)

    @torch.no_grad()
    def score(self, plans: Sequence[ShardingPlan]) -> torch.Tensor:
        """[B] plan costs (ms): max over devices of the summed components."""
        return self.components(plans).sum(-1).amax(-1)

    __call__ = score


@torch.no_grad()
def score_plan_loop(model: DreamShardCostNet, task: ShardingTask, plans: Sequence[ShardingPlan],
                    topology: np.ndarray | None = None) -> torch.Tensor:
    """The unbatched baseline: for each plan, its derived tables' features and the cost net's full forward
    pass -> [B] (on the CPU)."""
    model.eval()
    topology_row = torch.as_tensor(topology_features(task) if topology is None else topology).float().unsqueeze(0)
    device_sample = torch.zeros(task.num_devices, dtype=torch.long)
    out = torch.empty(len(plans))
    for i, plan in enumerate(plans):
        keys, devices = shard_keys(task, plan)
        components, _ = model(_features(task, keys), torch.from_numpy(devices), device_sample, 1, topology_row)
        out[i] = components.sum(-1).max()
    return out
