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

    @torch.no_grad()
    def move_costs(self, plan: np.ndarray, tables: np.ndarray, targets: np.ndarray) -> np.ndarray:
        device = self.scorer.device
        emb, d = self.embeddings, self.num_devices
        rows = torch.as_tensor(np.asarray(plan), dtype=torch.long, device=device)
        sums = scatter_sum_max(emb, rows, d, ("sum",))
        maxima = scatter_sum_max(emb, rows, d, ("max",))
        counts = torch.bincount(rows, minlength=d)
        base = self._costs(sums, maxima, counts > 0)

        table = torch.as_tensor(tables, dtype=torch.long, device=device)
        src = rows[table]
        dst = torch.as_tensor(targets, dtype=torch.long, device=device)
        moved = emb[table]
        second = emb.new_zeros(d, emb.shape[1])  # per feature, the second largest value over a source's tables
        for a in torch.unique(src).tolist():
            members = emb[rows == a]
            if len(members) > 1:
                second[a] = members.topk(2, dim=0).values[1]
        without = torch.where(moved >= maxima[src], second[src], maxima[src])
        src_cost = self._costs(sums[src] - moved, without, counts[src] > 1)
        dst_cost = self._costs(sums[dst] + moved, torch.maximum(maxima[dst], moved),
                               torch.ones_like(dst, dtype=torch.bool))
        out = base.expand(len(table), d).clone()
        index = torch.arange(len(table), device=device)
        out[index, src] = src_cost
        out[index, dst] = dst_cost
        return out.double().cpu().numpy()
