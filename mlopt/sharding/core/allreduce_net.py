"""A pre-trained cost model of the gradient all-reduce of data-parallel tables (issue 18, item 3).

DreamShard (Zha et al., NeurIPS 2022) and NeuroShard (Zha et al., MLSys 2023) price table-wise and
column-wise plans, whose only collective is the all-to-all of pooled embeddings. A data-parallel table has
none: every device keeps a replica and the replicas' gradients are summed by an all-reduce in the backward
pass. NeuroShard pre-trains its collective cost models on micro-benchmarks of the collective (Sec. 3.1); we
do the same for the all-reduce (our extension): each sample is one data-parallel table of B bytes on a
topology of the training set (:func:`~mlopt.sharding.core.topology.training_topologies`), timed by the cost
oracle (the backward minus the forward communication of a device: the all-reduce alone), and the net maps

    t_AR(B, z) = exp(a(z)) + (B / 1 MB) exp(b(z)),        [a, b] = MLP(z)  (MLP 10 -> 64 -> 64 -> 2)

with z the task's 10 normalised topology features: a learned latency and a learned time per MB, the form of
any bandwidth-bound collective, fitted by the MSE of log t_AR across eight decades of B. One net serves every device count and oracle setting it was
timed on; it is saved as :data:`ALLREDUCE_FILE` beside the planners' weights.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

from mlopt.datasets.embedding_tables import EmbeddingTable, ShardingTask
from mlopt.datasets.sharding_plan import ShardingPlan, TablePlacement
from mlopt.envs.oracles.base import CostOracle
from mlopt.nn import fit, mlp, register_model_class, seeded
from mlopt.sharding.core.topology import NUM_TOPOLOGY_FEATURES, device_features, profile_of, training_topologies

ALLREDUCE_FILE = "allreduce.pt"
BYTES_RANGE: tuple[float, float] = (1e3, 1e10)  # the micro-benchmark's all-reduce sizes (log-uniform)
MAX_LOG_MS = 10.0


@register_model_class
class AllReduceCostNet(nn.Module):
    """All-reduce time (ms) of a buffer of B bytes on a topology: learned latency + B x learned ms per byte
    (module docstring)."""

    def __init__(self, hidden: int = 64) -> None:
        super().__init__()
        self.hparams = {"hidden": hidden}
        self.net = mlp([NUM_TOPOLOGY_FEATURES, hidden, hidden, 2])

    def config(self) -> dict[str, object]:
        return dict(self.hparams)

    def forward(self, num_bytes: torch.Tensor, topology: torch.Tensor) -> torch.Tensor:
        """[N] ms of [N] byte counts on [N, 10] (or [10]) topology features; 0 where nothing is reduced."""
        topology = topology.to(num_bytes.dtype).expand(num_bytes.shape[0], NUM_TOPOLOGY_FEATURES)
        latency, per_mb = torch.exp(self.net(topology).clamp(max=MAX_LOG_MS)).unbind(-1)
        ms = latency + num_bytes / 1e6 * per_mb
        return torch.where(num_bytes > 0, ms, torch.zeros_like(ms))


@dataclass(frozen=True)
class AllReduceSamples:
    """Micro-benchmark samples: bytes [N], topology features [N, 10], all-reduce ms [N]."""

    num_bytes: np.ndarray
    topology: np.ndarray
    ms: np.ndarray


def micro_table(num_bytes: float) -> EmbeddingTable:
    """The micro-benchmark's table: fp32, dim 64, the rows nearest ``num_bytes`` bytes (at least one)."""
    dim = 64
    return EmbeddingTable("allreduce", max(1, round(num_bytes / (4 * dim))), dim, 1.0)


def allreduce_ms(oracle: CostOracle, num_devices: int, num_hosts: int, num_bytes: float) -> float:
    """The oracle's all-reduce time (ms) of the data-parallel :func:`micro_table` of ``num_bytes`` bytes: a
    device's backward minus forward communication when that table is the whole plan."""
    table = micro_table(num_bytes)
    task = ShardingTask((table,), num_devices, memory_bytes=max(2 * table.size_bytes, 1 << 30), num_hosts=num_hosts)
    costs = oracle.device_costs(task, ShardingPlan((TablePlacement.data_parallel(num_devices),)))
    return float(costs[0, 3] - costs[0, 2])


def allreduce_samples(oracle: CostOracle, num_samples: int, seed: int) -> AllReduceSamples:
    """``num_samples`` micro-benchmarks: a topology of the training set and a log-uniform size each."""
    rng = np.random.default_rng(seed)
    topologies = training_topologies()
    profile = profile_of(oracle)
    picks = rng.integers(len(topologies), size=num_samples)
    sizes = 10 ** rng.uniform(*np.log10(BYTES_RANGE), size=num_samples)
    ms, features = np.empty(num_samples), np.empty((num_samples, NUM_TOPOLOGY_FEATURES), dtype=np.float32)
    for i, (pick, size) in enumerate(zip(picks, sizes)):
        devices, hosts = topologies[pick]
        features[i] = device_features(devices, hosts, profile)
        ms[i] = allreduce_ms(oracle, devices, hosts, size)
        sizes[i] = micro_table(size).size_bytes
    return AllReduceSamples(sizes, features, ms)


def train_allreduce(samples: AllReduceSamples, *, seed: int, epochs: int = 200,
                    val_fraction: float = 0.2) -> tuple[AllReduceCostNet, dict[str, Any]]:
    """Fit an :class:`AllReduceCostNet` to ``samples`` (MSE of log ms, Adam); returns it and its held-out
    metrics (mean absolute and relative error, ms)."""
    with seeded(seed):
        net = AllReduceCostNet()
    size = torch.as_tensor(samples.num_bytes, dtype=torch.float32)
    topology = torch.as_tensor(samples.topology)
    target = torch.log(torch.as_tensor(samples.ms, dtype=torch.float32).clamp_min(1e-9))
    order = np.random.default_rng(seed).permutation(len(size))
    held = max(1, int(len(order) * val_fraction))
    val, train = order[:held].tolist(), order[held:].tolist()

    def loss(model: nn.Module, index: list[int]) -> torch.Tensor:
        return ((torch.log(model(size[index], topology[index])) - target[index]) ** 2).mean()

    fit(net, loss, lambda index: list(index), train, val, epochs=epochs, lr=3e-3, batch_size=256, seed=seed,
        linear_decay=True)
    with torch.no_grad():
        predicted = net(size[val], topology[val]).numpy()
    truth = samples.ms[val]
    metrics = {"num_samples": len(size), "held_out": held, "mae_ms": float(np.mean(np.abs(predicted - truth))),
               "mean_relative_error": float(np.mean(np.abs(predicted - truth) / truth))}
    return net.eval(), metrics


@lru_cache(maxsize=8)
def load_allreduce(folder: str) -> AllReduceCostNet | None:
    """The all-reduce net of a weights folder, or None where it has none."""
    from mlopt.nn.checkpoint import load_model

    path = Path(folder) / ALLREDUCE_FILE
    if not path.is_file():
        return None
    net, _ = load_model(path, expected=AllReduceCostNet)
    return net.eval()


def predicted_allreduce_ms(net: AllReduceCostNet, num_bytes: np.ndarray, topology: np.ndarray) -> np.ndarray:
    """[K] predicted all-reduce ms of ``num_bytes`` [K] on the [10] ``topology`` features."""
    with torch.no_grad():
        out = net(torch.as_tensor(np.asarray(num_bytes, dtype=np.float64)).float(), torch.as_tensor(topology))
    return out.double().numpy()


def save_allreduce(net: AllReduceCostNet, out: str | os.PathLike[str], metadata: dict[str, Any]) -> None:
    """Save ``net`` as ``out``/:data:`ALLREDUCE_FILE` with its JSON config."""
    from mlopt.nn import save_model

    save_model(net.cpu(), Path(out) / ALLREDUCE_FILE, metadata)


__all__ = ["ALLREDUCE_FILE", "AllReduceCostNet", "AllReduceSamples", "allreduce_ms", "allreduce_samples",
           "load_allreduce", "micro_table", "predicted_allreduce_ms", "save_allreduce", "train_allreduce"]
