"""DreamShard's cost network (Zha et al., "DreamShard: Generalizable Embedding Table Placement for
Recommender Systems", NeurIPS 2022, Sec. 3.2 and Fig. 3).

For a table-wise plan, with x_t the 24 features of table t (:mod:`mlopt.envs.sharding.features`) and
S_d the tables on device d:

* inputs           u_t = :func:`cost_inputs` (x_t, z): the 21 columns that are the same for the table in
  every task (dim, the 17 access bins, log rows / pooling factor / size), rows, pooling factor and
  size on fixed linear scales (:data:`LINEAR_SCALE`) (our change, see below), and the task's 10
  normalised topology features z (devices, hosts, devices per host, all-to-all bandwidths;
  :func:`mlopt.sharding.core.topology.topology_features`), 34 in all;
* table embedding  e_t = ReLU(W_2 ReLU(W_1 u_t))                         (MLP 34 -> 128 -> 32);
* with ``additive`` (our addition, the default), e_t also carries four per-table costs
  a_{t,k} = exp(g_k(u_t)) (g an MLP 34 -> 64 -> 4): e_t := [e_t ; a_t];
* device representation h_d = [sum_{t in S_d} e_t ; max_{t in S_d} e_t]  (the paper's sum, plus the
  max reduction the issue asks for; ``reductions=("sum",)`` is the paper exactly); an empty device
  has h_d = 0 (e_t >= 0, so a max initialized at 0 is exact);
* per-device costs c_{d,k} = s_k (f_k(h_d) + sum_{t in S_d} a_{t,k}), one head f_k (|h| -> 64 -> 1) for
  each of our four components k (forward compute, backward compute, forward comm, backward comm; the
  paper has forward, comm and backward), s_k a fixed target scale; an empty device costs 0. Without
  ``additive`` the sum term is absent (the paper's net);
* overall cost  C = s_o f_o(max_d h_d)                                   (max over devices, 64 -> 1).

Why the topology features (our extension): the paper trains one cost net per hardware setting, and the
all-to-all cost per byte of a device depends on how many of its peers sit on other hosts. Concatenated to
every table's inputs, z conditions the sum-decomposable net on the topology without changing its
structure, so one set of weights prices tasks of any device count and host layout (the shipped net is
trained on 2..128 devices over 1..16 hosts and tested on counts it never saw).

Why task-independent inputs (the paper's cost net reads the policy's per-task z-scores of rows,
pooling factor and size): a device's cost depends only on its own tables, while a z-score says how a
table ranks in its task, and one outlier's z-score is at most sqrt(T - 1) whatever its size. A net fed
z-scores priced a held-out table (pooling 167, dim 256, twice the largest pooling x dim of the training
pool) at 0.5x its cost, flat beyond pooling 80; with these inputs it prices it at 0.87x and keeps rising,
and the held-out plan MAE of the 4-device warm start falls from 0.69 to 0.35 ms (benchmarks/RESULTS.md).
The policy keeps the paper's features.

Why the additive term: the device cost of the embedding kernels is close to a sum over its tables of
costs that are nearly products of powers of the table's sizes (traffic = lookups x row bytes, see
:mod:`mlopt.envs.oracles.analytical`); exp(MLP(u)) can extrapolate such a cost to tables larger than any
in training; the heads f_k keep the non-additive part (kernel fusion, shared cache).

Training minimizes the MSE of the scaled components and the scaled overall cost against the oracle's
(:func:`train_dreamshard`: Adam, lr 5e-4 with linear decay). The plan cost used for search is
max_d sum_k c_{d,k} (:func:`plan_costs`), which :class:`~mlopt.sharding.dreamshard.scorer.BatchedPlanScorer`
computes for many plans at once.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

from mlopt.envs.sharding.features import ABSOLUTE, LOG_SCALE, TASK_INDEPENDENT
from mlopt.nn import FitResult, fit, mlp, register_model_class, seeded
from mlopt.sharding.core.cost_data import CostBatch, CostDataset, segment_max
from mlopt.sharding.core.metrics import CostModelMetrics, mean_absolute_error, ranking_accuracy
from mlopt.sharding.core.topology import NUM_TOPOLOGY_FEATURES

NUM_COMPONENTS = 4
REDUCTIONS: tuple[str, ...] = ("sum", "max")
ADDITIVE_INIT_LOG = -3.0  # exp(-3) ~ 1/20 of the component scale per table at initialization
MAX_LOG_COST = 10.0  # a table's additive cost is at most e^10 component scales (keeps exp finite)
LINEAR_SCALE: tuple[float, ...] = (1e7, 10.0, 3e8)  # rows, pooling factor, size: ~their spread in dlrm_856
NUM_INPUTS = len(TASK_INDEPENDENT) + len(ABSOLUTE) + NUM_TOPOLOGY_FEATURES


def cost_inputs(features: torch.Tensor, topology: torch.Tensor) -> torch.Tensor:
    """[T, 24] table features and their task's topology features ([T, 10], or [10] for all) -> [T, NUM_INPUTS]
    cost-net inputs u_t: the task-independent columns, rows, pooling factor and size / :data:`LINEAR_SCALE`
    (recovered from the log columns) and the topology features."""
    logs = features[..., list(ABSOLUTE)]
    linear = torch.expm1(logs * LOG_SCALE) / logs.new_tensor(LINEAR_SCALE)
    topology = topology.to(features.dtype).expand(features.shape[0], NUM_TOPOLOGY_FEATURES)
    return torch.cat([features[..., list(TASK_INDEPENDENT)], linear, topology], dim=-1)


def scatter_sum_max(values: torch.Tensor, index: torch.Tensor, size: int, reductions: Sequence[str]) -> torch.Tensor:
    """[size, len(reductions) * H] sums and/or maxima of non-negative ``values`` [n, H] grouped by
    ``index`` [n]; empty groups give 0."""
    parts = []
    for reduction in reductions:
        out = values.new_zeros(size, values.shape[1])
        if reduction == "sum":
            parts.append(out.index_add_(0, index, values))
        else:
            parts.append(out.scatter_reduce_(0, index[:, None].expand_as(values), values, "amax", include_self=True))
    return torch.cat(parts, dim=1)


@register_model_class
class DreamShardCostNet(nn.Module):
    """The cost network (module docstring). Outputs are in milliseconds."""

    def __init__(self, hidden: int = 128, embed: int = 32, head_hidden: int = 64,
                 reductions: Sequence[str] = REDUCTIONS, additive: bool = True) -> None:
        super().__init__()
        if not reductions or any(r not in REDUCTIONS for r in reductions):
            raise ValueError(f"reductions must be a non-empty subset of {REDUCTIONS}")
        if additive and "sum" not in reductions:
            raise ValueError("the additive table costs need the 'sum' reduction")
        self.hparams = {"hidden": hidden, "embed": embed, "head_hidden": head_hidden,
                        "reductions": list(reductions), "additive": additive}
        self.reductions = tuple(reductions)
        self.table_mlp = mlp([NUM_INPUTS, hidden, embed], final_activation=True)
        self.table_cost = mlp([NUM_INPUTS, head_hidden, NUM_COMPONENTS]) if additive else None
        if self.table_cost is not None:  # start each table at ~1/20 of a device's mean cost
            nn.init.constant_(self.table_cost[-1].bias, ADDITIVE_INIT_LOG)
        self._additive_at = self.reductions.index("sum") * (embed + NUM_COMPONENTS) + embed if additive else None
        width = (embed + (NUM_COMPONENTS if additive else 0)) * len(self.reductions)
        self.heads = nn.ModuleList(mlp([width, head_hidden, 1]) for _ in range(NUM_COMPONENTS))
        self.overall_head = mlp([width, head_hidden, 1])
        self.register_buffer("component_scale", torch.ones(NUM_COMPONENTS))
        self.register_buffer("overall_scale", torch.ones(()))

    def config(self) -> dict[str, object]:
        """Constructor arguments (JSON), for checkpoints."""
        return dict(self.hparams)

    def embed_tables(self, features: torch.Tensor, topology: torch.Tensor) -> torch.Tensor:
        """e_t for features [T, 24] and topology features ([T, 10] or [10]) -> [T, embed] ([T, embed + 4]
        with the additive table costs a_t)."""
        inputs = cost_inputs(features, topology)
        embedding = self.table_mlp(inputs)
        if self.table_cost is None:
            return embedding
        return torch.cat([embedding, self.table_cost(inputs).clamp(max=MAX_LOG_COST).exp()], dim=-1)

    def device_repr(self, embeddings: torch.Tensor, table_device: torch.Tensor, num_rows: int) -> torch.Tensor:
        """h_d for ``num_rows`` device rows from table embeddings and each table's device row."""
        return scatter_sum_max(embeddings, table_device, num_rows, self.reductions)

    def device_costs(self, h: torch.Tensor, nonempty: torch.Tensor) -> torch.Tensor:
        """[..., 4] costs (ms) of device representations h [..., width]; 0 where not ``nonempty``."""
        raw = torch.cat([head(h) for head in self.heads], dim=-1)
        if self._additive_at is not None:
            raw = raw + h[..., self._additive_at:self._additive_at + NUM_COMPONENTS]
        return raw * self.component_scale * nonempty.unsqueeze(-1).to(raw.dtype)

    def forward(self, features: torch.Tensor, table_device: torch.Tensor, device_sample: torch.Tensor,
                num_samples: int, topology: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Per-device costs [M, 4] and overall costs [num_samples] (ms) of flattened plans: table i on
        device row ``table_device[i]``, device row j of plan ``device_sample[j]``, plan s on a topology with
        features ``topology[s]`` ([num_samples, 10])."""
        rows = device_sample.numel()
        h = self.device_repr(self.embed_tables(features, topology[device_sample[table_device]]), table_device, rows)
        nonempty = torch.bincount(table_device, minlength=rows) > 0
        pooled = segment_max(h, device_sample, num_samples)
        overall = self.overall_head(pooled).squeeze(-1) * self.overall_scale
        return self.device_costs(h, nonempty), overall


def plan_costs(components: torch.Tensor, device_sample: torch.Tensor, num_samples: int) -> torch.Tensor:
    """Plan cost = max over a plan's devices of the summed components: [M, 4] -> [num_samples]."""
    return segment_max(components.sum(-1), device_sample, num_samples)


def dreamshard_loss(model: DreamShardCostNet, batch: CostBatch) -> torch.Tensor:
    """MSE of scaled per-device components plus MSE of the scaled overall cost."""
    components, overall = model(batch.features, batch.table_device, batch.device_sample, batch.num_samples,
                                batch.topology)
    scale = model.component_scale
    return (F.mse_loss(components / scale, batch.costs / scale)
            + F.mse_loss(overall / model.overall_scale, batch.plan_costs() / model.overall_scale))


def fit_scales(model: DreamShardCostNet, dataset: CostDataset, indices: Sequence[int]) -> None:
    """Set the target scales to the mean of each component over non-empty devices and the mean plan cost."""
    batch = dataset.batch(indices)
    nonempty = torch.bincount(batch.table_device, minlength=batch.num_device_rows) > 0
    mean = batch.costs[nonempty].mean(0)
    model.component_scale.copy_(torch.where(mean > 0, mean, torch.ones_like(mean)))
    model.overall_scale.copy_(batch.plan_costs().mean().clamp_min(1e-6))


@torch.no_grad()
def evaluate_dreamshard(model: DreamShardCostNet, dataset: CostDataset, indices: Sequence[int]) -> CostModelMetrics:
    """Held-out metrics of ``model`` on the samples ``indices`` (plan cost = :func:`plan_costs`)."""
    model.eval()
    batch = dataset.batch(indices)
    components, _ = model(batch.features, batch.table_device, batch.device_sample, batch.num_samples, batch.topology)
    pred = plan_costs(components, batch.device_sample, batch.num_samples)
    true = batch.plan_costs()
    groups = dataset.tensors["task_id"][torch.as_tensor(list(indices), dtype=torch.long)]
    return CostModelMetrics(
        plan_mae_ms=mean_absolute_error(pred, true),
        component_mae_ms=tuple(float(v) for v in (components - batch.costs).abs().mean(0)),
        ranking_accuracy=ranking_accuracy(pred, true, groups),
        num_samples=len(indices),
    )


def train_dreamshard(dataset: CostDataset, train_indices: Sequence[int], val_indices: Sequence[int], *,
                     seed: int, epochs: int = 30, batch_size: int = 64, lr: float = 5e-4,
                     model: DreamShardCostNet | None = None) -> tuple[DreamShardCostNet, FitResult]:
    """Train a DreamShard cost net by MSE with Adam (lr 5e-4, linear decay, as in the paper); keeps the
    best-validation weights. A new net is seeded by ``seed`` and gets its target scales from the training
    samples; a given ``model`` is fine-tuned with its own scales."""
    if model is None:
        with seeded(seed):
            model = DreamShardCostNet()
        fit_scales(model, dataset, train_indices)
    result = fit(model, dreamshard_loss, dataset.batch, train_indices, val_indices, epochs=epochs, lr=lr,
                 batch_size=batch_size, seed=np.random.default_rng(seed), linear_decay=True)
    return model, result
