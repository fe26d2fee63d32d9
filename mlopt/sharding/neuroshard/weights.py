"""NeuroShard's weights files (Zha et al., MLSys 2023): the compute net and one comm net for every device
count (it takes the per-rank dim sums and the topology as inputs, :mod:`mlopt.sharding.neuroshard.nets`),
in a weights folder (default: the shipped :mod:`mlopt.sharding.pretrained`), loaded with
``torch.load(..., weights_only=True)``. A folder of only the older per-device-count comm nets
(``neuroshard_comm_d{D}.pt``) is refused with a one-line error. Importing this module does not import torch
(the planner registry reads which weights exist); loading does."""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

from mlopt.sharding.pretrained import check_not_per_count, missing_weights, weights_dir

if TYPE_CHECKING:
    from mlopt.envs.oracles.profiles import HardwareProfile
    from mlopt.sharding.neuroshard.search import NeuroShardCostModel

COMPUTE_FILE = "neuroshard_compute.pt"
COMM_FILE = "neuroshard_comm.pt"
PER_COUNT_PATTERN = re.compile(r"neuroshard_comm_d(\d+)\.pt")


def has_neuroshard_weights(path: str | os.PathLike[str] | None = None) -> bool:
    """Whether the folder (default: the shipped one) holds the compute net and the comm net."""
    folder = weights_dir(path)
    return (folder / COMPUTE_FILE).is_file() and (folder / COMM_FILE).is_file()


def load_neuroshard(path: str | os.PathLike[str] | None = None, device: str | None = None,
                    profile: HardwareProfile | None = None) -> NeuroShardCostModel:
    """NeuroShard's compute and comm nets from ``path`` (default: shipped), wrapped as a
    :class:`~mlopt.sharding.neuroshard.search.NeuroShardCostModel` that prices any device count on
    ``profile``'s interconnect (default: A100)."""
    from mlopt.nn.checkpoint import load_model
    from mlopt.sharding.neuroshard.nets import CommCostNet, ComputeCostNet
    from mlopt.sharding.neuroshard.search import NeuroShardCostModel

    folder = weights_dir(path)
    if not has_neuroshard_weights(folder):
        check_not_per_count(folder, PER_COUNT_PATTERN, "NeuroShard")
        raise missing_weights(folder, "NeuroShard")
    compute, _ = load_model(folder / COMPUTE_FILE, expected=ComputeCostNet)
    comm, _ = load_model(folder / COMM_FILE, expected=CommCostNet)
    return NeuroShardCostModel(compute, comm, device=device, profile=profile)
