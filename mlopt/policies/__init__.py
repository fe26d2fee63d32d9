"""Learned placement and selection policies.

- :mod:`~mlopt.policies.dreamshard`: DreamShard's embedding-table placement policy (Zha et al.,
  NeurIPS 2022), its batched rollout on the cost-net-estimated MDP and :func:`plan_with_dreamshard`.
"""

from __future__ import annotations

from mlopt.policies.dreamshard import DreamShardPolicy, load_policy, plan_with_dreamshard, rollout, save_policy

__all__ = ["DreamShardPolicy", "load_policy", "plan_with_dreamshard", "rollout", "save_policy"]
