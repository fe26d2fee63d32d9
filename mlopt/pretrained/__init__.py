"""Shipped pretrained weights of the learned sharding methods, and how to load them.

The files in this folder (package data) are trained on the analytical A100 profile over the *training
half* of ``datasets/tables/dlrm_856.csv`` (:func:`split_tables`: even data rows train, odd rows are held
out for ``benchmarks/sharding.py``); each ``.pt`` has a ``.json`` beside it (model class, constructor
arguments, training config, metrics and the commands that reproduce it, see :mod:`.build`):

- ``dreamshard_policy.pt`` and ``dreamshard_cost_d{D}.pt`` (one cost net per device count D, see
  :func:`mlopt.costmodels.dreamshard.cost_net_for`): DreamShard's policy and cost nets (Zha et al.,
  NeurIPS 2022);
- ``neuroshard_compute.pt`` and ``neuroshard_comm_d{D}.pt`` (one comm net per device count D, as the
  comm net's input is the D per-rank dim sums): NeuroShard's pre-trained cost nets (Zha et al., MLSys
  2023).

Loading uses ``torch.load(..., weights_only=True)`` (:mod:`mlopt.nn.checkpoint`).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence, TypeVar

from mlopt.errors import InputError

PRETRAINED_DIR = Path(__file__).resolve().parent
SPLITS: tuple[str, ...] = ("train", "test", "all")
POLICY_FILE = "dreamshard_policy.pt"
COMPUTE_FILE = "neuroshard_compute.pt"
COMM_PATTERN = re.compile(r"neuroshard_comm_d(\d+)\.pt")
DREAMSHARD_COST_PATTERN = re.compile(r"dreamshard_cost_d(\d+)\.pt")
T = TypeVar("T")


def comm_file(num_devices: int) -> str:
    """File name of the NeuroShard comm net for ``num_devices`` devices."""
    return f"neuroshard_comm_d{num_devices}.pt"


def dreamshard_cost_file(num_devices: int) -> str:
    """File name of the DreamShard cost net for ``num_devices`` devices."""
    return f"dreamshard_cost_d{num_devices}.pt"


def split_tables(tables: Sequence[T], split: str) -> tuple[T, ...]:
    """The deterministic train / held-out split of a table pool: ``train`` = even data rows
    (0, 2, 4, ...), ``test`` = odd rows, ``all`` = every row. For dlrm_856 each half has 428 tables."""
    if split not in SPLITS:
        raise InputError(f"unknown split {split!r}", field="split", expected=" or ".join(SPLITS))
    return tuple(tables) if split == "all" else tuple(tables[split == "test"::2])


def _directory(path: str | os.PathLike[str] | None) -> Path:
    return PRETRAINED_DIR if path is None else Path(path)


def has_weights(method: str, path: str | os.PathLike[str] | None = None) -> bool:
    """Whether ``path`` (default: the shipped folder) holds the weights ``method`` needs."""
    folder = _directory(path)
    if method == "dreamshard":
        return (folder / POLICY_FILE).is_file() and bool(_device_counts(folder, DREAMSHARD_COST_PATTERN))
    return (folder / COMPUTE_FILE).is_file() and bool(comm_device_counts(folder))


def _device_counts(folder: Path, pattern: re.Pattern[str]) -> tuple[int, ...]:
    if not folder.is_dir():
        return ()
    return tuple(sorted(int(m.group(1)) for f in folder.iterdir() if (m := pattern.fullmatch(f.name))))


def comm_device_counts(path: str | os.PathLike[str] | None = None) -> tuple[int, ...]:
    """Device counts that have a NeuroShard comm net in ``path``."""
    return _device_counts(_directory(path), COMM_PATTERN)


def _missing(folder: Path, what: str) -> InputError:
    return InputError(f"no {what} weights", file=str(folder),
                      expected="a folder written by `mlopt shard train` (see mlopt/pretrained)")


@dataclass(frozen=True)
class DreamShardModels:
    """DreamShard's policy and its cost nets by device count."""

    policy: "DreamShardPolicy"  # noqa: F821
    cost_nets: "dict[int, DreamShardCostNet]"  # noqa: F821

    def cost_net_for(self, num_devices: int) -> "DreamShardCostNet":  # noqa: F821
        from mlopt.costmodels.dreamshard import cost_net_for

        return cost_net_for(self.cost_nets, num_devices)


def load_dreamshard(path: str | os.PathLike[str] | None = None) -> DreamShardModels:
    """DreamShard's policy and cost nets from ``path`` (default: the shipped weights)."""
    from mlopt.nn.checkpoint import load_model
    from mlopt.costmodels.dreamshard import DreamShardCostNet
    from mlopt.policies.dreamshard import load_policy

    folder = _directory(path)
    if not has_weights("dreamshard", folder):
        raise _missing(folder, "DreamShard")
    cost_nets = {}
    for d in _device_counts(folder, DREAMSHARD_COST_PATTERN):
        cost_nets[d], _ = load_model(folder / dreamshard_cost_file(d), expected=DreamShardCostNet)
    policy, _ = load_policy(folder / POLICY_FILE)
    return DreamShardModels(policy, cost_nets)


def load_neuroshard(num_devices: int, path: str | os.PathLike[str] | None = None,
                    device: str | None = None) -> "NeuroShardCostModel":  # noqa: F821
    """NeuroShard's compute net and the comm net for ``num_devices`` from ``path`` (default: shipped),
    wrapped as a :class:`~mlopt.search.neuroshard.NeuroShardCostModel`."""
    from mlopt.costmodels.neuroshard import CommCostNet, ComputeCostNet
    from mlopt.nn.checkpoint import load_model
    from mlopt.search.neuroshard import NeuroShardCostModel

    folder = _directory(path)
    if not (folder / COMPUTE_FILE).is_file():
        raise _missing(folder, "NeuroShard compute")
    counts = comm_device_counts(folder)
    if num_devices not in counts:
        raise InputError(f"no NeuroShard comm net for {num_devices} devices", file=str(folder), field="num_devices",
                         expected="one of " + (", ".join(map(str, counts)) or "(none)")
                                  + " (train one with `mlopt shard train --method neuroshard`)")
    compute, _ = load_model(folder / COMPUTE_FILE, expected=ComputeCostNet)
    comm, _ = load_model(folder / comm_file(num_devices), expected=CommCostNet)
    return NeuroShardCostModel(compute, comm, device=device)
