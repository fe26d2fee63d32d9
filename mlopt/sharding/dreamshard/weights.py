"""DreamShard's weights files (Zha et al., NeurIPS 2022): the policy and one cost net per device count, in
a weights folder (default: the shipped :mod:`mlopt.sharding.pretrained`), loaded with
``torch.load(..., weights_only=True)`` (:mod:`mlopt.nn.checkpoint`). Importing this module does not import
torch (the planner registry reads which weights exist); loading does."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mlopt.sharding.pretrained import device_counts, missing_weights, weights_dir

if TYPE_CHECKING:
    from mlopt.sharding.dreamshard.cost_net import DreamShardCostNet
    from mlopt.sharding.dreamshard.policy import DreamShardPolicy

POLICY_FILE = "dreamshard_policy.pt"
COST_PATTERN = re.compile(r"dreamshard_cost_d(\d+)\.pt")


def cost_file(num_devices: int) -> str:
    """File name of the DreamShard cost net for ``num_devices`` devices."""
    return f"dreamshard_cost_d{num_devices}.pt"


def has_dreamshard_weights(path: str | os.PathLike[str] | None = None) -> bool:
    """Whether the folder (default: the shipped one) holds a policy and at least one cost net."""
    folder = weights_dir(path)
    return (folder / POLICY_FILE).is_file() and bool(device_counts(folder, COST_PATTERN))


@dataclass(frozen=True)
class DreamShardModels:
    """DreamShard's policy and its cost nets by device count."""

    policy: DreamShardPolicy
    cost_nets: dict[int, DreamShardCostNet]

    def cost_net_for(self, num_devices: int) -> DreamShardCostNet:
        """The cost net of ``num_devices`` devices, else of the nearest count
        (:func:`~mlopt.sharding.dreamshard.cost_net.cost_net_for`)."""
        from mlopt.sharding.dreamshard.cost_net import cost_net_for

        return cost_net_for(self.cost_nets, num_devices)


def load_dreamshard(path: str | os.PathLike[str] | None = None) -> DreamShardModels:
    """DreamShard's policy and cost nets from ``path`` (default: the shipped weights)."""
    from mlopt.nn.checkpoint import load_model
    from mlopt.sharding.dreamshard.cost_net import DreamShardCostNet
    from mlopt.sharding.dreamshard.policy import DreamShardPolicy

    folder = weights_dir(path)
    if not has_dreamshard_weights(folder):
        raise missing_weights(folder, "DreamShard")
    cost_nets = {d: load_model(folder / cost_file(d), expected=DreamShardCostNet)[0]
                 for d in device_counts(folder, COST_PATTERN)}
    policy, _ = load_model(folder / POLICY_FILE, expected=DreamShardPolicy)
    return DreamShardModels(policy, cost_nets)
