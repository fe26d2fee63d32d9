"""Embedding-table sharding as an MDP (DreamShard, Zha et al., NeurIPS 2022): the env, its task sampler
and the 21 per-table features."""

from __future__ import annotations

from mlopt.envs.sharding.env import ShardingEnv
from mlopt.envs.sharding.features import raw_table_features, table_features
from mlopt.envs.sharding.task_sampler import TaskSampler

__all__ = ["ShardingEnv", "TaskSampler", "raw_table_features", "table_features"]
