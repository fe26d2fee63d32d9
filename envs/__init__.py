"""Gymnasium environments and their cost oracles (``mlopt.envs``).

Importing this package registers the environments with Gymnasium and loads nothing heavy (no torch):

- ``mlopt/Sharding-v0``: :class:`mlopt.envs.sharding.env.ShardingEnv`, DreamShard's embedding-table
  placement MDP (Zha et al., NeurIPS 2022).
- ``mlopt/LNS-v0``: :class:`mlopt.envs.lns.env.LNSEnv`, destroy-set selection for large neighbourhood
  search over SCIP (CL-LNS, Huang et al. ICML 2023).
- ``mlopt/PassOrdering-v0``: :class:`mlopt.envs.passes.env.PassOrderingEnv`, LLVM pass ordering with the
  -Oz-normalized instruction-count reward (CompilerGym's llvm-ic-v0, Cummins et al. CGO 2022).

All three follow :mod:`mlopt.envs.conventions` (an action outside ``action_space`` raises
:class:`InvalidActionError`; ``step`` outside an episode raises ``RuntimeError``; ``close()`` releases).
"""

from __future__ import annotations

import gymnasium

from mlopt.envs.conventions import InvalidActionError

SHARDING_ENV_ID = "mlopt/Sharding-v0"

if SHARDING_ENV_ID not in gymnasium.registry:
    gymnasium.register(id=SHARDING_ENV_ID, entry_point="mlopt.envs.sharding.env:ShardingEnv")

LNS_ENV_ID = "mlopt/LNS-v0"
if LNS_ENV_ID not in gymnasium.registry:
    # wall-clock limits make episodes nondeterministic (time_left, how far SCIP gets in a step)
    gymnasium.register(id=LNS_ENV_ID, entry_point="mlopt.envs.lns.env:LNSEnv", nondeterministic=True)

PASS_ORDERING_ENV_ID = "mlopt/PassOrdering-v0"
if PASS_ORDERING_ENV_ID not in gymnasium.registry:
    gymnasium.register(id=PASS_ORDERING_ENV_ID, entry_point="mlopt.envs.passes.env:PassOrderingEnv")

__all__ = ["LNS_ENV_ID", "PASS_ORDERING_ENV_ID", "SHARDING_ENV_ID", "InvalidActionError"]
