r"""NeuroShard's pre-trained cost models (Zha et al., "Pre-train and Search: Efficient Embedding Table
Sharding with Pre-trained Neural Cost Models", MLSys 2023, Sec. 3.1).

* Compute cost of a shard (the tables of one device, fused into one kernel): 20 features per table,
  x_t = [bin_0..bin_16, dim, pooling, rows] (:func:`neuroshard_features`), table MLP 20 -> 128 -> 32
  (ReLU), sum over the shard's tables, head 32 -> 64 -> 1:
  comp(S) = s_c g(sum_{t in S} e_t), target fwd_comp + bwd_comp of the device (0 for an empty shard).
* Communication cost of a plan: the per-rank sums of dims m_r = sum_{t on r} d_t. The paper's net maps the
  D sums to D per-rank costs (MLP D -> 128 -> 64 -> 32 -> 16 -> D), so it exists for one device count
  only. Our extension (one net for every device count and topology): the same MLP widths applied to each
  rank, with the rest of the plan summarised by the mean and max of the sums over ranks and the task's
  10 normalised topology features z (:mod:`mlopt.sharding.core.topology`):
  comm_r = s_o MLP([m_r / s_i ; mean_r' m_r' / s_i ; max_r' m_r' / s_i ; z])  (13 -> 128 -> 64 -> 32 -> 16 -> 1),
  the target fwd_comm + bwd_comm of the rank (the paper's forward-comm model also takes each rank's skew,
  which matters for measured costs with waiting, not for the analytical oracle).
* Simulated plan cost = max over ranks of (compute + comm) (:func:`simulated_plan_costs`).

Both are trained by MSE with Adam (lr 1e-3), keeping the best-validation checkpoint (:func:`fit`).
Feature scaling (a choice here, since these nets are pre-trained across tasks and cannot use
DreamShard's per-task z-normalization): dim / 128, log10(pooling) / 2, log10(rows) / 8; the comm net
divides dim sums by a fixed ``input_scale`` and its outputs are multiplied by ``output_scale``, both
set from the training data.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

from mlopt.envs.sharding.features import DIM, DIM_SCALE, POOLING, ROWS
from mlopt.nn import FitResult, fit, mlp, register_model_class, seeded
from mlopt.sharding.core.cost_data import CostBatch, CostDataset, segment_max
from mlopt.sharding.core.metrics import CostModelMetrics, mean_absolute_error, ranking_accuracy
from mlopt.sharding.core.topology import NUM_TOPOLOGY_FEATURES

NUM_NEUROSHARD_FEATURES = 20


def neuroshard_features(raw: torch.Tensor) -> torch.Tensor:
    """[T, 20] NeuroShard features from raw DreamShard features [T, 21] (FEATURE_NAMES order)."""
    return torch.cat([
        raw[:, 4:],
        raw[:, DIM:DIM + 1] / DIM_SCALE,
        torch.log10(raw[:, POOLING:POOLING + 1].clamp_min(1.0)) / 2.0,
        torch.log10(raw[:, ROWS:ROWS + 1].clamp_min(1.0)) / 8.0,
    ], dim=1)


@register_model_class
class ComputeCostNet(nn.Module):
    """Shard compute cost (ms): table MLP 20 -> 128 -> 32, sum over the shard, head 32 -> 64 -> 1."""

    def __init__(self, num_features: int = NUM_NEUROSHARD_FEATURES, hidden: int = 128, embed: int = 32,
                 head_hidden: int = 64) -> None:
        super().__init__()
        self.hparams = {"num_features": num_features, "hidden": hidden, "embed": embed, "head_hidden": head_hidden}
        self.table_mlp = mlp([num_features, hidden, embed], final_activation=True)
        self.head = mlp([embed, head_hidden, 1])
        self.register_buffer("output_scale", torch.ones(()))

    def config(self) -> dict[str, object]:
        return dict(self.hparams)

    def forward(self, features: torch.Tensor, table_device: torch.Tensor, num_rows: int) -> torch.Tensor:
        """[num_rows] compute cost of each device row; ``features`` [T, 20], ``table_device`` [T]."""
        return self.shard_costs(self.table_mlp(features), table_device, num_rows)

    def shard_costs(self, emb: torch.Tensor, table_device: torch.Tensor, num_rows: int) -> torch.Tensor:
        """:meth:`forward` from table embeddings ``emb`` [T, embed] (``table_mlp`` outputs), so a search
        embeds a task's tables once and then only sums and runs the head per candidate shard."""
        pooled = emb.new_zeros(num_rows, emb.shape[1]).index_add_(0, table_device, emb)
        nonempty = torch.bincount(table_device, minlength=num_rows) > 0
        return self.pooled_costs(pooled) * nonempty.to(emb.dtype)

    def pooled_costs(self, pooled: torch.Tensor) -> torch.Tensor:
        """[N] compute cost of N non-empty shards from their summed table embeddings [N, embed]."""
        return self.head(pooled).squeeze(-1) * self.output_scale

    def head_projection(self, emb: torch.Tensor) -> torch.Tensor:
        """[N, head_hidden] the head's first linear map of table embeddings [N, embed], without its bias. It
        is linear, so a shard's projection is the sum of its tables': a search that adds one table at a time
        keeps these sums and skips the head's first matrix product (:meth:`projected_costs`)."""
        return emb @ self.head[0].weight.T

    def projected_costs(self, projected: torch.Tensor) -> torch.Tensor:
        """[N] :meth:`pooled_costs` from summed :meth:`head_projection` rows [N, head_hidden] (equal up to
        float rounding)."""
        hidden = (projected + self.head[0].bias).relu_()
        return (hidden @ self.head[2].weight[0] + self.head[2].bias[0]) * self.output_scale


COMM_HIDDEN: tuple[int, ...] = (128, 64, 32, 16)  # the paper's widths
COMM_INPUTS = 3 + NUM_TOPOLOGY_FEATURES  # own, mean and max dim sum, topology


@register_model_class
class CommCostNet(nn.Module):
    """Per-rank comm cost (ms) from per-rank dim sums and the topology, for any device count: MLP 13 -> 128 ->
    64 -> 32 -> 16 -> 1 on each rank (module docstring)."""

    def __init__(self, hidden: Sequence[int] = COMM_HIDDEN) -> None:
        super().__init__()
        self.hparams = {"hidden": list(hidden)}
        self.net = mlp([COMM_INPUTS, *hidden, 1])
        self.register_buffer("input_scale", torch.ones(()))
        self.register_buffer("output_scale", torch.ones(()))

    def config(self) -> dict[str, object]:
        return dict(self.hparams)

    def forward(self, dim_sums: torch.Tensor, device_sample: torch.Tensor, topology: torch.Tensor,
                num_samples: int) -> torch.Tensor:
        """[R] comm cost of R device rows from their dim sums [R]; row j belongs to plan ``device_sample[j]``
        on a topology with features ``topology[device_sample[j]]`` ([num_samples, 10])."""
        count = torch.bincount(device_sample, minlength=num_samples).clamp_min(1).to(dim_sums.dtype)
        mean = dim_sums.new_zeros(num_samples).index_add_(0, device_sample, dim_sums) / count
        top = segment_max(dim_sums, device_sample, num_samples)
        return self.rank_costs(dim_sums, mean[device_sample], top[device_sample], topology[device_sample])

    def rank_costs(self, dim_sums: torch.Tensor, mean: torch.Tensor, top: torch.Tensor,
                   topology: torch.Tensor) -> torch.Tensor:
        """[R] comm cost of R ranks from each rank's dim sum, its plan's mean and largest dim sum ([R] each)
        and its plan's topology features ([R, 10] or [10])."""
        scale = self.input_scale
        features = torch.stack([dim_sums / scale, mean / scale, top / scale], dim=-1)
        inputs = torch.cat([features, topology.to(features.dtype).expand(len(features), -1)], dim=-1)
        return self.net(inputs).squeeze(-1) * self.output_scale

    def plans(self, dim_sums: torch.Tensor, topology: torch.Tensor) -> torch.Tensor:
        """[P, D] per-rank comm of P plans of one task from their dim sums [P, D] and its topology [10]."""
        p, d = dim_sums.shape
        sample = torch.arange(p, device=dim_sums.device).repeat_interleave(d)
        return self(dim_sums.reshape(-1), sample, topology.reshape(1, -1).expand(p, -1), p).view(p, d)


def rank_dim_sums(batch: CostBatch) -> torch.Tensor:
    """[R] sums of table dims per device row of ``batch``."""
    dims = batch.raw_features[:, DIM]
    return dims.new_zeros(batch.num_device_rows).index_add_(0, batch.table_device, dims)


def compute_targets(batch: CostBatch) -> torch.Tensor:
    return batch.costs[:, 0] + batch.costs[:, 1]


def comm_targets(batch: CostBatch) -> torch.Tensor:
    return batch.costs[:, 2] + batch.costs[:, 3]


def compute_loss(model: ComputeCostNet, batch: CostBatch) -> torch.Tensor:
    pred = model(neuroshard_features(batch.raw_features), batch.table_device, batch.num_device_rows)
    return F.mse_loss(pred / model.output_scale, compute_targets(batch) / model.output_scale)


def comm_predictions(model: CommCostNet, batch: CostBatch) -> torch.Tensor:
    """[R] predicted comm of every device row of ``batch``."""
    return model(rank_dim_sums(batch), batch.device_sample, batch.topology, batch.num_samples)


def comm_loss(model: CommCostNet, batch: CostBatch) -> torch.Tensor:
    return F.mse_loss(comm_predictions(model, batch) / model.output_scale, comm_targets(batch) / model.output_scale)


def simulated_plan_costs(compute: ComputeCostNet, comm: CommCostNet, batch: CostBatch) -> torch.Tensor:
    """[P] NeuroShard's simulated cost: max over ranks of predicted compute + comm."""
    comp = compute(neuroshard_features(batch.raw_features), batch.table_device, batch.num_device_rows)
    total = comp + comm_predictions(comm, batch)
    return segment_max(total, batch.device_sample, batch.num_samples)


def train_neuroshard(dataset: CostDataset, train_indices: Sequence[int], val_indices: Sequence[int], *, seed: int,
                     epochs: int = 30, batch_size: int = 64,
                     lr: float = 1e-3) -> tuple[ComputeCostNet, CommCostNet, tuple[FitResult, FitResult]]:
    """Pre-train the compute and comm nets on the samples of every device count (MSE, Adam 1e-3,
    best-validation checkpoint, as in the paper); scales come from the training samples."""
    batch = dataset.batch(list(train_indices))
    nonempty = torch.bincount(batch.table_device, minlength=batch.num_device_rows) > 0
    with seeded(seed):
        compute = ComputeCostNet()
        comm = CommCostNet()
    compute.output_scale.copy_(compute_targets(batch)[nonempty].mean().clamp_min(1e-6))
    comm.input_scale.copy_(rank_dim_sums(batch).mean().clamp_min(1.0))
    comm.output_scale.copy_(comm_targets(batch).mean().clamp_min(1e-6))
    rng = np.random.default_rng(seed)
    results = (
        fit(compute, compute_loss, dataset.batch, train_indices, val_indices, epochs=epochs, lr=lr,
            batch_size=batch_size, seed=rng),
        fit(comm, comm_loss, dataset.batch, train_indices, val_indices, epochs=epochs, lr=lr, batch_size=batch_size,
            seed=rng),
    )
    return compute, comm, results


@torch.no_grad()
def evaluate_neuroshard(compute: ComputeCostNet, comm: CommCostNet, dataset: CostDataset,
                        indices: Sequence[int]) -> CostModelMetrics:
    """Held-out metrics of the simulated plan cost; components are (compute, comm) MAE per device."""
    compute.eval()
    comm.eval()
    batch = dataset.batch(list(indices))
    pred = simulated_plan_costs(compute, comm, batch)
    comp = compute(neuroshard_features(batch.raw_features), batch.table_device, batch.num_device_rows)
    comm_pred = comm_predictions(comm, batch)
    groups = dataset.tensors["task_id"][torch.as_tensor(list(indices), dtype=torch.long)]
    return CostModelMetrics(
        plan_mae_ms=mean_absolute_error(pred, batch.plan_costs()),
        component_mae_ms=(mean_absolute_error(comp, compute_targets(batch)),
                          mean_absolute_error(comm_pred, comm_targets(batch))),
        ranking_accuracy=ranking_accuracy(pred, batch.plan_costs(), groups),
        num_samples=len(indices),
    )
