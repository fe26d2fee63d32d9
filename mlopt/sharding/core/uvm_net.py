"""A pre-trained cost model of the UVM-caching kernel, for the planners' memory stage (issue 18, item 3; our
extension of DreamShard, NeurIPS 2022, and NeuroShard, MLSys 2023, which place fused tables only).

A UVM-cached table keeps its rows in host memory (DDR) and a cache of ``cache_load_factor`` x them in device
memory; lookups that miss the cache cross the host link, so the table costs more compute than fused. How much
more spans decades: a cold table (few lookups per row) costs about the same, a hot one many times as much. The
memory stage (:mod:`mlopt.sharding.core.uvm_stage`) UVM-caches the tables with the least extra cost per byte it
frees, so it needs that extra cost per table. As NeuroShard pre-trains its cost models on micro-benchmarks
(Sec. 3.1), this net is fitted to micro-benchmarks of one table alone on one device, timed by the cost oracle
fused and UVM-cached (the forward plus backward compute):

    [log f, log e] = MLP(x)        (MLP 22 -> 64 -> 64 -> 2)

with f the fused ms, e = (UVM ms - f) the extra ms, and x the table's task-independent DreamShard features
(dim, the 17 access bins, log rows, log pooling factor, log size:
:data:`~mlopt.envs.sharding.features.TASK_INDEPENDENT`)
and log2 of the batch size / 20. The tables are drawn from a pool (the shipped net: the training half of
``dlrm_856``) with their rows and pooling factors scaled by log-uniform factors (0.1-30x, 0.1-10x) and dims of
4-512, at batches of 4,096-262,144.
One net per oracle setting (hardware profile, TorchRec's default cache load factor 0.2).
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

import numpy as np
import torch
from torch import nn

from mlopt.datasets.embedding_tables import RANGES, EmbeddingTable, ShardingTask
from mlopt.datasets.sharding_plan import ComputeKernel, ShardingPlan, TablePlacement
from mlopt.envs.oracles.base import CostOracle
from mlopt.envs.sharding.features import TASK_INDEPENDENT, table_features
from mlopt.errors import InputError
from mlopt.nn import fit, mlp, register_model_class, seeded
from mlopt.sharding.core.metrics import ranking_accuracy

UVM_FILE = "uvm.pt"
NUM_UVM_FEATURES = len(TASK_INDEPENDENT) + 1
DIMS: tuple[int, ...] = (4, 8, 16, 32, 64, 128, 256, 512)
ROW_SCALE = (0.1, 30.0)
POOLING_SCALE = (0.1, 10.0)
BATCH_RANGE = (4_096, 262_144)
MAX_LOG_MS = 12.0
MICRO_MEMORY = 4096 * 2**30  # the micro-benchmark device holds any table


def uvm_features(tables: Sequence[EmbeddingTable], batch_size: int) -> np.ndarray:
    """[K, 22] float32 inputs of :class:`UvmCostNet` (module docstring)."""
    features = table_features(list(tables), batch_size)[:, list(TASK_INDEPENDENT)]
    batch = np.full((len(tables), 1), math.log2(batch_size) / 20)
    return np.concatenate([features, batch], axis=1).astype(np.float32)


@register_model_class
class UvmCostNet(nn.Module):
    """A table's fused compute (ms) and the extra compute of UVM caching it (ms), alone on one device."""

    def __init__(self, hidden: int = 64) -> None:
        super().__init__()
        self.hparams = {"hidden": hidden}
        self.net = mlp([NUM_UVM_FEATURES, hidden, hidden, 2])

    def config(self) -> dict[str, object]:
        return dict(self.hparams)

    def forward(self, features: torch.Tensor) -> torch.Tensor:
        """[K, 2] (fused ms, extra ms) of [K, 22] features."""
        return torch.exp(self.net(features).clamp(max=MAX_LOG_MS))


@dataclass(frozen=True)
class UvmSamples:
    """Micro-benchmarks: features [N, 22], fused ms [N] and UVM ms [N]."""

    features: np.ndarray
    fused_ms: np.ndarray
    uvm_ms: np.ndarray


def kernel_ms(oracle: CostOracle, table: EmbeddingTable, batch_size: int) -> tuple[float, float]:
    """(fused, UVM-cached) ms of the oracle's compute of ``table`` alone on one device."""
    task = ShardingTask((table,), 1, memory_bytes=MICRO_MEMORY, batch_size=batch_size, ddr_bytes=MICRO_MEMORY)
    fused = oracle.device_costs(task, ShardingPlan((TablePlacement.table_wise(0),)))
    uvm = oracle.device_costs(task, ShardingPlan((TablePlacement.table_wise(0, ComputeKernel.FUSED_UVM_CACHING),)))
    return float(fused[0, :2].sum()), float(uvm[0, :2].sum())



def micro_tables(pool: Sequence[EmbeddingTable], num_samples: int,
                 seed: int) -> tuple[list[EmbeddingTable], np.ndarray]:
    """``num_samples`` tables drawn from ``pool`` and rescaled as the module docstring says, and their batch
    sizes."""
    if not len(pool):
        raise InputError("an empty table pool", field="tables", expected="at least one table")
    rng = np.random.default_rng(seed)
    rows_range, pooling_range = RANGES["num_embeddings"], RANGES["pooling_factor"]
    tables = []
    for pick in rng.integers(len(pool), size=num_samples).tolist():
        base = pool[pick]
        rows = int(np.clip(base.num_embeddings * 10 ** rng.uniform(*np.log10(ROW_SCALE)), 1, rows_range.high))
        dim = int(rng.choice(DIMS))
        rows = min(rows, MICRO_MEMORY // (dim * base.bytes_per_element))
        pooling = float(np.clip(base.pooling_factor * 10 ** rng.uniform(*np.log10(POOLING_SCALE)), 1e-3,
                                pooling_range.high))
        tables.append(replace(base, num_embeddings=rows, dim=dim, pooling_factor=pooling))
    batches = np.round(2 ** rng.uniform(*np.log2(BATCH_RANGE), size=num_samples)).astype(np.int64)
    return tables, batches


def uvm_samples(oracle: CostOracle, pool: Sequence[EmbeddingTable], num_samples: int, seed: int) -> UvmSamples:
    """``num_samples`` micro-benchmarks (module docstring) of tables from ``pool``, timed by ``oracle``."""
    tables, batches = micro_tables(pool, num_samples, seed)
    features = np.concatenate([uvm_features([t], int(b)) for t, b in zip(tables, batches)])
    times = np.array([kernel_ms(oracle, t, int(b)) for t, b in zip(tables, batches)])
    return UvmSamples(features, times[:, 0], times[:, 1])


def _log_targets(samples: UvmSamples) -> torch.Tensor:
    extra = np.maximum(samples.uvm_ms - samples.fused_ms, 1e-6 * samples.fused_ms + 1e-9)
    return torch.log(torch.as_tensor(np.stack([samples.fused_ms, extra], axis=1), dtype=torch.float32).clamp_min(1e-9))


def train_uvm(samples: UvmSamples, *, seed: int, epochs: int = 300,
              val_fraction: float = 0.2) -> tuple[UvmCostNet, dict[str, Any]]:
    """Fit a :class:`UvmCostNet` to ``samples`` (MSE of the log fused and log extra ms, Adam); returns it and its
    held-out metrics (relative error of the UVM ms and of the extra ms, and the share of held-out table pairs whose
    extra ms it orders right: :func:`~mlopt.sharding.core.metrics.ranking_accuracy`)."""
    with seeded(seed):
        net = UvmCostNet()
    features = torch.as_tensor(samples.features)
    target = _log_targets(samples)
    order = np.random.default_rng(seed).permutation(len(features))
    held = max(2, int(len(order) * val_fraction))
    val, train = order[:held].tolist(), order[held:].tolist()

    def loss(model: nn.Module, index: list[int]) -> torch.Tensor:
        return ((torch.log(model(features[index])) - target[index]) ** 2).mean()

    fit(net, loss, lambda index: list(index), train, val, epochs=epochs, lr=3e-3, batch_size=256, seed=seed,
        linear_decay=True)
    with torch.no_grad():
        predicted = net(features[val]).double().numpy()
    fused, uvm = samples.fused_ms[val], samples.uvm_ms[val]
    extra = np.maximum(uvm - fused, 1e-12)
    predicted_uvm = predicted[:, 0] + predicted[:, 1]
    metrics = {"num_samples": len(features), "held_out": held,
               "uvm_relative_error": float(np.mean(np.abs(predicted_uvm - uvm) / uvm)),
               "extra_median_relative_error": float(np.median(np.abs(predicted[:, 1] - extra) / extra)),
               "extra_pair_order_accuracy": ranking_accuracy(torch.as_tensor(predicted[:, 1]), torch.as_tensor(extra),
                                                             torch.zeros(held))}
    return net.eval(), metrics


@lru_cache(maxsize=16)
def load_uvm(folder: str) -> UvmCostNet | None:
    """The UVM net of a weights folder, or None where it has none."""
    from mlopt.nn.checkpoint import load_model

    path = Path(folder) / UVM_FILE
    if not path.is_file():
        return None
    net, _ = load_model(path, expected=UvmCostNet)
    return net.eval()


def predicted_uvm_ms(net: UvmCostNet, tables: Sequence[EmbeddingTable], batch_size: int) -> np.ndarray:
    """[K, 2] predicted (fused ms, extra ms of UVM caching) of each of ``tables`` alone on one device."""
    if not len(tables):
        return np.zeros((0, 2))
    with torch.no_grad():
        return net(torch.as_tensor(uvm_features(tables, batch_size))).double().numpy()


def save_uvm(net: UvmCostNet, out: str | os.PathLike[str], metadata: dict[str, Any]) -> None:
    """Save ``net`` as ``out``/:data:`UVM_FILE` with its JSON config."""
    from mlopt.nn import save_model

    save_model(net.cpu(), Path(out) / UVM_FILE, metadata)


__all__ = ["UVM_FILE", "UvmCostNet", "UvmSamples", "kernel_ms", "load_uvm", "micro_tables", "predicted_uvm_ms",
           "save_uvm", "train_uvm", "uvm_features", "uvm_samples"]
