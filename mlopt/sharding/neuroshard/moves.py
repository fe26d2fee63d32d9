"""NeuroShard's pre-trained nets as the :class:`~mlopt.sharding.core.move_search.MoveModel` of the move search.

A device's predicted cost is its shard's compute, the compute head over the sum of its tables' embeddings
(:class:`~mlopt.sharding.neuroshard.nets.ComputeCostNet`), plus its comm from its dim sum, the plan's mean and
largest dim sum (:class:`~mlopt.sharding.neuroshard.nets.CommCostNet`). A move of table t from device a to b
changes the embedding sums and dim sums of a and b only, and the plan's mean dim sum not at all, so the move's
compute is two head evaluations and its comm two rank evaluations, plus one evaluation of the unchanged ranks
per distinct largest dim sum among the candidates (dims are multiples of 4, so there are few).
"""

from __future__ import annotations

import numpy as np
import torch

from mlopt.datasets.embedding_tables import EmbeddingTable, ShardingTask
from mlopt.envs.sharding.features import raw_table_features
from mlopt.sharding.core.data_parallel import REPLICA_CELLS
from mlopt.sharding.neuroshard.nets import neuroshard_features
from mlopt.sharding.neuroshard.search import NeuroShardCostModel


class NeuroShardMoves:
    """:class:`~mlopt.sharding.core.move_search.MoveModel` of ``task`` under ``model`` (module docstring)."""

    def __init__(self, model: NeuroShardCostModel, task: ShardingTask) -> None:
        self.model, self.task = model, task
        features = model.features(task)
        self.dims, self.embeddings, self.topology = features.dims, features.embeddings, features.topology
        self.num_devices = task.num_devices

    def _state(self, plan: np.ndarray) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        rows = torch.as_tensor(plan, dtype=torch.long, device=self.embeddings.device)
        d = self.num_devices
        pooled = self.embeddings.new_zeros(d, self.embeddings.shape[1]).index_add_(0, rows, self.embeddings)
        dim_sums = self.dims.new_zeros(d).index_add_(0, rows, self.dims)
        return pooled, torch.bincount(rows, minlength=d), dim_sums

    def _compute(self, pooled: torch.Tensor, nonempty: torch.Tensor) -> torch.Tensor:
        return self.model.compute.pooled_costs(pooled) * nonempty.to(pooled.dtype)

    def device_costs(self, plan: np.ndarray) -> np.ndarray:
        return self.model.device_costs(self.task, np.asarray(plan)[None])[0]

    @torch.no_grad()
    def move_costs(self, plan: np.ndarray, tables: np.ndarray, targets: np.ndarray) -> np.ndarray:
        pooled, counts, dim_sums = self._state(plan)
        device = self.embeddings.device
        table = torch.as_tensor(tables, dtype=torch.long, device=device)
        src = torch.as_tensor(np.asarray(plan)[tables], dtype=torch.long, device=device)
        dst = torch.as_tensor(targets, dtype=torch.long, device=device)
        k, d = len(table), self.num_devices
        moved = self.embeddings[table]
        base_compute = self._compute(pooled, counts > 0)
        compute = base_compute.expand(k, d).clone()
        index = torch.arange(k, device=device)
        compute[index, src] = self._compute(pooled[src] - moved, counts[src] > 1)
        compute[index, dst] = self._compute(pooled[dst] + moved, torch.ones_like(dst, dtype=torch.bool))

        comm_net = self.model.comm
        sums = dim_sums.expand(k, d).clone()
        sums[index, src] -= self.dims[table]
        sums[index, dst] += self.dims[table]
        # every unchanged rank of a candidate sees its own dim sum, the (unchanged) mean and the candidate's largest
        # dim sum: priced once per distinct largest value (dim sums take few values), then the two moved ranks
        mean = dim_sums.mean()
        top = sums.amax(dim=1)
        tops, which = torch.unique(top, return_inverse=True)
        u = len(tops)
        unchanged = comm_net.rank_costs(dim_sums.repeat(u), mean.expand(u * d), tops.repeat_interleave(d),
                                        self.topology).view(u, d)
        comm = unchanged[which]
        for rows in (src, dst):
            comm[index, rows] = comm_net.rank_costs(sums[index, rows], mean.expand(k), top, self.topology)
        return (compute + comm).double().cpu().numpy()

    @torch.no_grad()
    def removal_gains(self, plan: np.ndarray, tables: np.ndarray) -> np.ndarray:
        """[K] predicted cost each of ``tables`` takes off its device in ``plan`` (g_t of
        :mod:`mlopt.sharding.core.data_parallel`): its compute and its dims' share of the device's comm (the plan's
        largest dim sum kept)."""
        pooled, counts, dim_sums = self._state(plan)
        device = self.embeddings.device
        table = torch.as_tensor(tables, dtype=torch.long, device=device)
        src = torch.as_tensor(np.asarray(plan)[tables], dtype=torch.long, device=device)
        k, mean, top = len(table), dim_sums.mean(), dim_sums.amax().expand(len(table))
        before = self._compute(pooled[src], counts[src] > 0) + self.model.comm.rank_costs(
            dim_sums[src], mean.expand(k), top, self.topology)
        dims = self.dims[table]
        after = self._compute(pooled[src] - self.embeddings[table], counts[src] > 1) + self.model.comm.rank_costs(
            dim_sums[src] - dims, mean - dims / self.num_devices, top, self.topology)
        return (before - after).double().cpu().numpy()

    @torch.no_grad()
    def replica_compute(self, plan: np.ndarray, replicas: list[EmbeddingTable]) -> np.ndarray:
        """[K] predicted compute that a replica of each of ``replicas`` (the tables as a device's replica sees them)
        adds to a device of ``plan``, averaged over the devices (r_t of :mod:`mlopt.sharding.core.data_parallel`)."""
        pooled, counts, _ = self._state(plan)
        raw = torch.from_numpy(raw_table_features(replicas, self.task.batch_size)).float().to(self.embeddings.device)
        embedded = self.model.compute.table_mlp(neuroshard_features(raw))
        base = self._compute(pooled, counts > 0)
        out = [(self.model.compute.pooled_costs(pooled[None] + chunk[:, None]) - base[None]).mean(-1).clamp_min(0.0)
               for chunk in embedded.split(max(1, REPLICA_CELLS // self.num_devices))]
        return torch.cat(out).double().cpu().numpy()
