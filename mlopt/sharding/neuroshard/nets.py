r"""NeuroShard's pre-trained cost models (Zha et al., "Pre-train and Search: Efficient Embedding Table
Sharding with Pre-trained Neural Cost Models", MLSys 2023, Sec. 3.1).

* Compute cost of a shard (the tables of one device, fused into one kernel): 20 features per table,
  x_t = [bin_0..bin_16, dim, pooling, rows] (:func:`neuroshard_features`), table MLP 20 -> 128 -> 32
  (ReLU), sum over the shard's tables, head 32 -> 64 -> 1:
  comp(S) = s_c g(sum_{t in S} e_t), target fwd_comp + bwd_comp of the device (0 for an empty shard).
* Communication cost of a plan: the per-rank sums of dims m_r = sum_{t on r} d_t feed an MLP
  D -> 128 -> 64 -> 32 -> 16 -> D (wider for D > 8, :func:`comm_hidden`) that predicts each rank's comm (fwd_comm + bwd_comm here; the paper's
  forward-comm model also takes each rank's skew, which matters for measured costs with waiting, not for
  the analytical oracle).
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


def comm_hidden(num_devices: int) -> tuple[int, ...]:
    """Hidden widths of the comm net: the paper's (128, 64, 32, 16) up to 8 devices; beyond, the last two
    widen to (4D, 2D) (our change: with D = 16 the 16-wide bottleneck must carry 16 independent per-rank
    outputs and fit them 10x worse, held-out comm MAE 1.1 vs 0.12 ms on 16-device data)."""
    return (128, 64, max(32, 4 * num_devices), max(16, 2 * num_devices))


@register_model_class
class CommCostNet(nn.Module):
    """Per-rank comm cost (ms) from per-rank dim sums: MLP D -> 128 -> 64 -> 32 -> 16 -> D
    (:func:`comm_hidden` for D > 8)."""

    def __init__(self, num_devices: int, hidden: Sequence[int] | None = None) -> None:
        super().__init__()
        hidden = comm_hidden(num_devices) if hidden is None else tuple(hidden)
        self.hparams = {"num_devices": num_devices, "hidden": list(hidden)}
        self.num_devices = num_devices
        self.net = mlp([num_devices, *hidden, num_devices])
        self.register_buffer("input_scale", torch.ones(()))
        self.register_buffer("output_scale", torch.ones(()))

    def config(self) -> dict[str, object]:
        return dict(self.hparams)

    def forward(self, dim_sums: torch.Tensor) -> torch.Tensor:
        """[P, D] per-rank comm cost from [P, D] per-rank dim sums."""
        return self.net(dim_sums / self.input_scale) * self.output_scale


def rank_dim_sums(batch: CostBatch, num_devices: int) -> torch.Tensor:
    """[P, D] sums of table dims per rank (all samples of ``batch`` must have ``num_devices`` devices)."""
    dims = batch.raw_features[:, DIM]
    sums = dims.new_zeros(batch.num_device_rows).index_add_(0, batch.table_device, dims)
    return sums.view(batch.num_samples, num_devices)


def compute_targets(batch: CostBatch) -> torch.Tensor:
    return batch.costs[:, 0] + batch.costs[:, 1]


def comm_targets(batch: CostBatch, num_devices: int) -> torch.Tensor:
    return (batch.costs[:, 2] + batch.costs[:, 3]).view(batch.num_samples, num_devices)


def compute_loss(model: ComputeCostNet, batch: CostBatch) -> torch.Tensor:
    pred = model(neuroshard_features(batch.raw_features), batch.table_device, batch.num_device_rows)
    return F.mse_loss(pred / model.output_scale, compute_targets(batch) / model.output_scale)


def comm_loss(model: CommCostNet, batch: CostBatch) -> torch.Tensor:
    pred = model(rank_dim_sums(batch, model.num_devices))
    return F.mse_loss(pred / model.output_scale, comm_targets(batch, model.num_devices) / model.output_scale)


def simulated_plan_costs(compute: ComputeCostNet, comm: CommCostNet, batch: CostBatch) -> torch.Tensor:
    """[P] NeuroShard's simulated cost: max over ranks of predicted compute + comm."""
    comp = compute(neuroshard_features(batch.raw_features), batch.table_device, batch.num_device_rows)
    total = comp + comm(rank_dim_sums(batch, comm.num_devices)).reshape(-1)
    return segment_max(total, batch.device_sample, batch.num_samples)


def train_neuroshard(dataset: CostDataset, train_indices: Sequence[int], val_indices: Sequence[int], *,
                     num_devices: int, seed: int, epochs: int = 30, batch_size: int = 64,
                     lr: float = 1e-3) -> tuple[ComputeCostNet, CommCostNet, tuple[FitResult, FitResult]]:
    """Pre-train the compute and comm nets on the samples with ``num_devices`` devices (MSE, Adam 1e-3,
    best-validation checkpoint, as in the paper)."""
    keep = set(dataset.subset_devices(num_devices))
    train = [i for i in train_indices if i in keep]
    val = [i for i in val_indices if i in keep]
    batch = dataset.batch(train)
    nonempty = torch.bincount(batch.table_device, minlength=batch.num_device_rows) > 0
    with seeded(seed):
        compute = ComputeCostNet()
        comm = CommCostNet(num_devices)
    compute.output_scale.copy_(compute_targets(batch)[nonempty].mean().clamp_min(1e-6))
    comm.input_scale.copy_(rank_dim_sums(batch, num_devices).mean().clamp_min(1.0))
    comm.output_scale.copy_(comm_targets(batch, num_devices).mean().clamp_min(1e-6))
    rng = np.random.default_rng(seed)
    results = (
        fit(compute, compute_loss, dataset.batch, train, val, epochs=epochs, lr=lr, batch_size=batch_size, seed=rng),
        fit(comm, comm_loss, dataset.batch, train, val, epochs=epochs, lr=lr, batch_size=batch_size, seed=rng),
    )
    return compute, comm, results


@torch.no_grad()
def evaluate_neuroshard(compute: ComputeCostNet, comm: CommCostNet, dataset: CostDataset,
                        indices: Sequence[int]) -> CostModelMetrics:
    """Held-out metrics of the simulated plan cost; components are (compute, comm) MAE per device."""
    compute.eval()
    comm.eval()
    keep = set(dataset.subset_devices(comm.num_devices))
    indices = [i for i in indices if i in keep]
    batch = dataset.batch(indices)
    pred = simulated_plan_costs(compute, comm, batch)
    comp = compute(neuroshard_features(batch.raw_features), batch.table_device, batch.num_device_rows)
    comm_pred = comm(rank_dim_sums(batch, comm.num_devices)).reshape(-1)
    groups = dataset.tensors["task_id"][torch.as_tensor(indices, dtype=torch.long)]
    return CostModelMetrics(
        plan_mae_ms=mean_absolute_error(pred, batch.plan_costs()),
        component_mae_ms=(mean_absolute_error(comp, compute_targets(batch)),
                          mean_absolute_error(comm_pred, comm_targets(batch, comm.num_devices).reshape(-1))),
        ranking_accuracy=ranking_accuracy(pred, batch.plan_costs(), groups),
        num_samples=len(indices),
    )
