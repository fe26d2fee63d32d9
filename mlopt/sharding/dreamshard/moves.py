"""DreamShard's cost net as the :class:`~mlopt.sharding.core.move_search.MoveModel` of the move search.

The net prices each device from its own tables alone (Zha et al., NeurIPS 2022, Sec. 3.2): the sum and the
element-wise maximum of their embeddings go through per-component heads. A move of table t from device a to b
therefore re-prices a and b only: b's sum gains e_t and its maximum becomes max(max_b, e_t); a's sum loses e_t
and its maximum is the largest of the other tables' embeddings, read per feature from a's two largest values
(the second where t holds the largest). One batched head evaluation prices the two devices of every candidate.
"""

from __future__ import annotations

import numpy as np
import torch

from mlopt.sharding.core.data_parallel import REPLICA_CELLS
from mlopt.sharding.dreamshard.cost_net import scatter_sum_max
from mlopt.sharding.dreamshard.scorer import BatchedPlanScorer


class DreamShardMoves:
    """:class:`~mlopt.sharding.core.move_search.MoveModel` of a task's :class:`BatchedPlanScorer`."""

    def __init__(self, scorer: BatchedPlanScorer) -> None:
        self.scorer = scorer
        self.model = scorer.model
        self.embeddings = scorer.embeddings  # [T, E], non-negative
        self.num_devices = scorer.num_devices

    def _costs(self, sums: torch.Tensor, maxima: torch.Tensor, nonempty: torch.Tensor) -> torch.Tensor:
        parts = [sums if reduction == "sum" else maxima for reduction in self.model.reductions]
        return self.model.device_costs(torch.cat(parts, dim=-1), nonempty).sum(-1)

    @torch.no_grad()
    def device_costs(self, plan: np.ndarray) -> np.ndarray:
        plans = torch.as_tensor(np.asarray(plan)[None], dtype=torch.long, device=self.scorer.device)
        return self.scorer.components(plans)[0].sum(-1).double().cpu().numpy()

    def _state(self, plan: np.ndarray) -> tuple[torch.Tensor, ...]:
        """Per-device rows of ``plan``'s tables, embedding sums and maxima, table counts and summed predicted costs."""
        emb, d = self.embeddings, self.num_devices
        rows = torch.as_tensor(np.asarray(plan), dtype=torch.long, device=self.scorer.device)
        sums = scatter_sum_max(emb, rows, d, ("sum",))
        maxima = scatter_sum_max(emb, rows, d, ("max",))
        counts = torch.bincount(rows, minlength=d)
        return rows, sums, maxima, counts, self._costs(sums, maxima, counts > 0)

    def _without(self, state: tuple[torch.Tensor, ...], table: torch.Tensor) -> torch.Tensor:
        """[K] predicted cost of each table's device once the table leaves it."""
        rows, sums, maxima, counts, _ = state
        emb = self.embeddings
        src, moved = rows[table], emb[table]
        second = emb.new_zeros(self.num_devices, emb.shape[1])  # per feature, the second largest over a source's tables
        for a in torch.unique(src).tolist():
            members = emb[rows == a]
            if len(members) > 1:
                second[a] = members.topk(2, dim=0).values[1]
        without = torch.where(moved >= maxima[src], second[src], maxima[src])
        return self._costs(sums[src] - moved, without, counts[src] > 1)

    @torch.no_grad()
    def move_costs(self, plan: np.ndarray, tables: np.ndarray, targets: np.ndarray) -> np.ndarray:
        state = self._state(plan)
        rows, sums, maxima, _, base = state
        device = self.scorer.device
        table = torch.as_tensor(tables, dtype=torch.long, device=device)
        src = rows[table]
        dst = torch.as_tensor(targets, dtype=torch.long, device=device)
        moved = self.embeddings[table]
        dst_cost = self._costs(sums[dst] + moved, torch.maximum(maxima[dst], moved),
                               torch.ones_like(dst, dtype=torch.bool))
        out = base.expand(len(table), self.num_devices).clone()
        index = torch.arange(len(table), device=device)
        out[index, src] = self._without(state, table)
        out[index, dst] = dst_cost
        return out.double().cpu().numpy()

    @torch.no_grad()
    def removal_gains(self, plan: np.ndarray, tables: np.ndarray) -> np.ndarray:
        """[K] predicted cost each of ``tables`` takes off its device in ``plan`` (g_t of
        :mod:`mlopt.sharding.core.data_parallel`)."""
        state = self._state(plan)
        table = torch.as_tensor(tables, dtype=torch.long, device=self.scorer.device)
        return (state[4][state[0][table]] - self._without(state, table)).double().cpu().numpy()

    @torch.no_grad()
    def replica_compute(self, plan: np.ndarray, replicas: torch.Tensor) -> np.ndarray:
        """[K] predicted compute (forward + backward) that each replica embedding of ``replicas`` [K, E] adds to a
        device of ``plan``, averaged over the devices (r_t of :mod:`mlopt.sharding.core.data_parallel`)."""
        _, sums, maxima, counts, _ = self._state(plan)
        parts = [sums if reduction == "sum" else maxima for reduction in self.model.reductions]
        base = self.model.device_costs(torch.cat(parts, dim=-1), counts > 0)[:, :2].sum(-1)  # [D]
        out = []
        for chunk in replicas.split(max(1, REPLICA_CELLS // self.num_devices)):
            added = [sums[None] + chunk[:, None] if reduction == "sum" else torch.maximum(maxima[None], chunk[:, None])
                     for reduction in self.model.reductions]
            nonempty = torch.ones(chunk.shape[0], self.num_devices, dtype=torch.bool, device=chunk.device)
            with_replica = self.model.device_costs(torch.cat(added, dim=-1), nonempty)[..., :2].sum(-1)  # [k, D]
            out.append((with_replica - base[None]).mean(-1).clamp_min(0.0))
        return torch.cat(out).double().cpu().numpy()
