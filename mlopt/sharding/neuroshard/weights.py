"""NeuroShard's weights files (Zha et al., MLSys 2023): the compute net and one comm net per device count
(the comm net's input is the D per-rank dim sums), in a weights folder (default: the shipped
:mod:`mlopt.sharding.pretrained`), loaded with ``torch.load(..., weights_only=True)``. Importing this module does not import torch (the planner
registry reads which weights exist); loading does."""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

from mlopt.errors import InputError
from mlopt.sharding.pretrained import device_counts, missing_weights, weights_dir

if TYPE_CHECKING:
    from mlopt.sharding.neuroshard.search import NeuroShardCostModel

COMPUTE_FILE = "neuroshard_compute.pt"
COMM_PATTERN = re.compile(r"neuroshard_comm_d(\d+)\.pt")


def comm_file(num_devices: int) -> str:
    """File name of the NeuroShard comm net for ``num_devices`` devices."""
    return f"neuroshard_comm_d{num_devices}.pt"


def comm_device_counts(path: str | os.PathLike[str] | None = None) -> tuple[int, ...]:
    """Device counts that have a NeuroShard comm net in ``path`` (default: the shipped folder)."""
    return device_counts(weights_dir(path), COMM_PATTERN)


def has_neuroshard_weights(path: str | os.PathLike[str] | None = None, num_devices: int | None = None) -> bool:
    """Whether the folder holds the compute net and a comm net (for ``num_devices`` when given)."""
    counts = comm_device_counts(path)
    return (weights_dir(path) / COMPUTE_FILE).is_file() and (num_devices in counts if num_devices else bool(counts))


def load_neuroshard(num_devices: int, path: str | os.PathLike[str] | None = None,
                    device: str | None = None) -> NeuroShardCostModel:
    """NeuroShard's compute net and the comm net for ``num_devices`` from ``path`` (default: shipped),
    wrapped as a :class:`~mlopt.sharding.neuroshard.search.NeuroShardCostModel`."""
    from mlopt.nn.checkpoint import load_model
    from mlopt.sharding.neuroshard.nets import CommCostNet, ComputeCostNet
    from mlopt.sharding.neuroshard.search import NeuroShardCostModel

    folder = weights_dir(path)
    if not (folder / COMPUTE_FILE).is_file():
        raise missing_weights(folder, "NeuroShard compute")
    counts = comm_device_counts(folder)
    if num_devices not in counts:
        raise InputError(f"no NeuroShard comm net for {num_devices} devices", file=str(folder), field="num_devices",
                         expected="one of " + (", ".join(map(str, counts)) or "(none)")
                                  + " (train one with `mlopt shard train --method neuroshard`)")
    compute, _ = load_model(folder / COMPUTE_FILE, expected=ComputeCostNet)
    comm, _ = load_model(folder / comm_file(num_devices), expected=CommCostNet)
    return NeuroShardCostModel(compute, comm, device=device)
