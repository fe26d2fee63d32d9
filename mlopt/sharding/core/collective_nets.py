"""Pre-trained cost models of the collectives of data-parallel and row-sharded tables (issue 18, item 3).

DreamShard (Zha et al., NeurIPS 2022) and NeuroShard (Zha et al., MLSys 2023) price table-wise and
column-wise plans, whose only collective is the all-to-all of pooled embeddings. The other sharding types
bring their own: a data-parallel table's replicas sum their gradients by an all-reduce in the backward pass;
a row-sharded table's devices each pool a partial sum of every sample's bag, reduce-scattered to the
samples' owners in the forward pass and all-gathered back in the backward pass. NeuroShard pre-trains its
collective cost models on micro-benchmarks of the collective (Sec. 3.1); we do the same for these two (our
extension). Each sample is one table of the collective's kind on a topology of the training set
(:func:`~mlopt.sharding.core.topology.training_topologies`), timed by the cost oracle as the communication of
its first device when that table is the whole plan:

- ``all_reduce`` (:data:`ALLREDUCE_FILE`): a data-parallel table of B bytes; the backward minus the forward
  communication (the all-reduce alone);
- ``row`` (:data:`ROW_COMM_FILE`): a row-sharded table whose partial sums take B = 4 x batch x dim bytes per
  device: row-wise over the devices of a one-host topology, table-row-wise over the first host's devices on a
  topology of several hosts (how the planners' row stage places tables,
  :mod:`mlopt.sharding.core.row_split`); the forward plus the backward communication.

Each net maps

    t(B, z) = exp(a(z)) + (B / 1 MB) exp(b(z)),        [a, b] = MLP(z)  (MLP 10 -> 64 -> 64 -> 2)

with z the task's 10 normalised topology features: a learned latency and a learned time per MB, the form of
any bandwidth-bound collective, fitted by the MSE of log t across the decades of B. One net serves every
device count and oracle setting it was timed on; both are saved beside the planners' weights.
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

from mlopt.datasets.embedding_tables import MAX_BATCH_SIZE, EmbeddingTable, ShardingTask
from mlopt.datasets.sharding_plan import ShardingPlan, TablePlacement
from mlopt.envs.oracles.base import CostOracle
from mlopt.envs.oracles.lowering import OUTPUT_BYTES
from mlopt.nn import fit, mlp, register_model_class, seeded
from mlopt.sharding.core.topology import NUM_TOPOLOGY_FEATURES, device_features, profile_of, training_topologies

ALLREDUCE_FILE = "allreduce.pt"
ROW_COMM_FILE = "row_comm.pt"
COLLECTIVE_FILES: dict[str, str] = {"all_reduce": ALLREDUCE_FILE, "row": ROW_COMM_FILE}
BYTES_RANGE: dict[str, tuple[float, float]] = {"all_reduce": (1e3, 1e10), "row": (1e4, 1e10)}  # log-uniform sizes
MICRO_DIM = 64  # the micro-benchmark table's columns
MAX_LOG_MS = 10.0


@register_model_class
class CollectiveCostNet(nn.Module):
    """A collective's time (ms) for a buffer of B bytes per device on a topology: learned latency + B x learned
    ms per byte (module docstring)."""

    def __init__(self, hidden: int = 64) -> None:
        super().__init__()
        self.hparams = {"hidden": hidden}
        self.net = mlp([NUM_TOPOLOGY_FEATURES, hidden, hidden, 2])

    def config(self) -> dict[str, object]:
        return dict(self.hparams)

    def forward(self, num_bytes: torch.Tensor, topology: torch.Tensor) -> torch.Tensor:
        """[N] ms of [N] byte counts on [N, 10] (or [10]) topology features; 0 where nothing is sent."""
        topology = topology.to(num_bytes.dtype).expand(num_bytes.shape[0], NUM_TOPOLOGY_FEATURES)
        latency, per_mb = torch.exp(self.net(topology).clamp(max=MAX_LOG_MS)).unbind(-1)
        ms = latency + num_bytes / 1e6 * per_mb
        return torch.where(num_bytes > 0, ms, torch.zeros_like(ms))


@dataclass(frozen=True)
class CollectiveSamples:
    """Micro-benchmark samples: bytes [N], topology features [N, 10], the collective's ms [N]."""

    num_bytes: np.ndarray
    topology: np.ndarray
    ms: np.ndarray


def micro_table(num_rows: int) -> EmbeddingTable:
    """The micro-benchmark's table: fp32, :data:`MICRO_DIM` columns, ``num_rows`` rows (at least one)."""
    return EmbeddingTable("micro", max(1, int(num_rows)), MICRO_DIM, 1.0)


def allreduce_ms(oracle: CostOracle, num_devices: int, num_hosts: int, num_bytes: float) -> tuple[float, float]:
    """(the all-reduced bytes, the oracle's all-reduce ms) of a data-parallel :func:`micro_table` of about
    ``num_bytes`` bytes: a device's backward minus forward communication when that table is the whole plan."""
    table = micro_table(round(num_bytes / (4 * MICRO_DIM)))
    task = ShardingTask((table,), num_devices, memory_bytes=max(2 * table.size_bytes, 1 << 30), num_hosts=num_hosts)
    costs = oracle.device_costs(task, ShardingPlan((TablePlacement.data_parallel(num_devices),)))
    return float(table.size_bytes), float(costs[0, 3] - costs[0, 2])


def row_comm_ms(oracle: CostOracle, num_devices: int, num_hosts: int, num_bytes: float) -> tuple[float, float]:
    """(the partial-sum bytes per device, the oracle's forward + backward comm ms) of a row-sharded
    :func:`micro_table` whose partial sums take about ``num_bytes`` bytes (the batch sets it): row-wise on one
    host, table-row-wise on the first of several (module docstring)."""
    table = micro_table(1 << 16)
    batch = int(min(max(round(num_bytes / (OUTPUT_BYTES * MICRO_DIM)), 1), MAX_BATCH_SIZE))
    task = ShardingTask((table,), num_devices, memory_bytes=1 << 30, batch_size=batch, num_hosts=num_hosts)
    placement = (TablePlacement.row_wise(table, num_devices) if num_hosts == 1 else
                 TablePlacement.table_row_wise(table, 0, num_devices // num_hosts))
    costs = oracle.device_costs(task, ShardingPlan((placement,)))
    return float(OUTPUT_BYTES * batch * MICRO_DIM), float(costs[0, 2] + costs[0, 3])


MICRO_BENCHMARKS = {"all_reduce": allreduce_ms, "row": row_comm_ms}


def collective_samples(oracle: CostOracle, kind: str, num_samples: int, seed: int) -> CollectiveSamples:
    """``num_samples`` micro-benchmarks of ``kind`` (``all_reduce`` or ``row``): a topology of the training set
    and a log-uniform size each."""
    rng = np.random.default_rng(seed)
    topologies = training_topologies()
    profile = profile_of(oracle)
    picks = rng.integers(len(topologies), size=num_samples)
    sizes = 10 ** rng.uniform(*np.log10(BYTES_RANGE[kind]), size=num_samples)
    ms, features = np.empty(num_samples), np.empty((num_samples, NUM_TOPOLOGY_FEATURES), dtype=np.float32)
    for i, (pick, size) in enumerate(zip(picks, sizes)):
        devices, hosts = topologies[pick]
        features[i] = device_features(devices, hosts, profile)
        sizes[i], ms[i] = MICRO_BENCHMARKS[kind](oracle, devices, hosts, size)
    return CollectiveSamples(sizes, features, ms)


def train_collective(samples: CollectiveSamples, *, seed: int, epochs: int = 200,
                     val_fraction: float = 0.2) -> tuple[CollectiveCostNet, dict[str, Any]]:
    """Fit a :class:`CollectiveCostNet` to ``samples`` (MSE of log ms, Adam); returns it and its held-out
    metrics (mean absolute and relative error, ms)."""
    with seeded(seed):
        net = CollectiveCostNet()
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


@lru_cache(maxsize=16)
def load_collective(folder: str, kind: str) -> CollectiveCostNet | None:
    """The ``kind`` collective net (:data:`COLLECTIVE_FILES`) of a weights folder, or None where it has none."""
    from mlopt.nn.checkpoint import load_model

    path = Path(folder) / COLLECTIVE_FILES[kind]
    if not path.is_file():
        return None
    net, _ = load_model(path, expected=CollectiveCostNet)
    return net.eval()


def predicted_ms(net: CollectiveCostNet, num_bytes: np.ndarray, topology: np.ndarray) -> np.ndarray:
    """[K] predicted ms of the collective of ``num_bytes`` [K] on the [10] ``topology`` features."""
    with torch.no_grad():
        out = net(torch.as_tensor(np.asarray(num_bytes, dtype=np.float64)).float(), torch.as_tensor(topology))
    return out.double().numpy()


def save_collective(net: CollectiveCostNet, kind: str, out: str | os.PathLike[str], metadata: dict[str, Any]) -> None:
    """Save ``net`` as ``out``/``COLLECTIVE_FILES[kind]`` with its JSON config."""
    from mlopt.nn import save_model

    save_model(net.cpu(), Path(out) / COLLECTIVE_FILES[kind], metadata)


__all__ = ["ALLREDUCE_FILE", "COLLECTIVE_FILES", "CollectiveCostNet", "CollectiveSamples", "ROW_COMM_FILE",
           "allreduce_ms", "collective_samples", "load_collective", "micro_table", "predicted_ms", "row_comm_ms",
           "save_collective", "train_collective"]
