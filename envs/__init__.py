"""Gymnasium environments and their cost oracles (``mlopt.envs``).

Importing this package registers the environments with Gymnasium and loads nothing heavy (no torch):

- ``mlopt/Sharding-v0``: :class:`mlopt.envs.sharding.env.ShardingEnv`, DreamShard's embedding-table
  placement MDP (Zha et al., NeurIPS 2022).
"""

from __future__ import annotations

import gymnasium

SHARDING_ENV_ID = "mlopt/Sharding-v0"

if SHARDING_ENV_ID not in gymnasium.registry:
    gymnasium.register(id=SHARDING_ENV_ID, entry_point="mlopt.envs.sharding.env:ShardingEnv")

__all__ = ["SHARDING_ENV_ID"]
