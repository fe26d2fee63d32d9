"""DreamShard's weights files (Zha et al., NeurIPS 2022): the policy and one cost net for every device count
(it takes the topology as an input, :mod:`mlopt.sharding.dreamshard.cost_net`), in a weights folder (default:
the shipped :mod:`mlopt.sharding.pretrained`), loaded with ``torch.load(..., weights_only=True)``
(:mod:`mlopt.nn.checkpoint`). A folder of only the older per-device-count cost nets (``dreamshard_cost_d{D}.pt``)
is refused with a one-line error. Importing this module does not import torch (the planner registry reads
which weights exist); loading does."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mlopt.sharding.pretrained import check_not_per_count, missing_weights, weights_dir

if TYPE_CHECKING:
    from mlopt.sharding.dreamshard.cost_net import DreamShardCostNet
    from mlopt.sharding.dreamshard.policy import DreamShardPolicy

POLICY_FILE = "dreamshard_policy.pt"
COST_FILE = "dreamshard_cost.pt"
PER_COUNT_PATTERN = re.compile(r"dreamshard_cost_d(\d+)\.pt")


def has_dreamshard_weights(path: str | os.PathLike[str] | None = None) -> bool:
    """Whether the folder (default: the shipped one) holds a policy and a cost net."""
    folder = weights_dir(path)
    return (folder / POLICY_FILE).is_file() and (folder / COST_FILE).is_file()


@dataclass(frozen=True)
class DreamShardModels:
    """DreamShard's policy and its cost net."""

    policy: DreamShardPolicy
    cost_net: DreamShardCostNet


def load_dreamshard(path: str | os.PathLike[str] | None = None) -> DreamShardModels:
    """DreamShard's policy and cost net from ``path`` (default: the shipped weights)."""
    from mlopt.nn.checkpoint import load_model
    from mlopt.sharding.dreamshard.cost_net import DreamShardCostNet
    from mlopt.sharding.dreamshard.policy import DreamShardPolicy

    folder = weights_dir(path)
    if not has_dreamshard_weights(folder):
        check_not_per_count(folder, PER_COUNT_PATTERN, "DreamShard")
        raise missing_weights(folder, "DreamShard")
    cost_net, _ = load_model(folder / COST_FILE, expected=DreamShardCostNet)
    policy, _ = load_model(folder / POLICY_FILE, expected=DreamShardPolicy)
    return DreamShardModels(policy, cost_net)
