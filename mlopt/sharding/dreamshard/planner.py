"""DreamShard as a sharding planner (Zha et al., NeurIPS 2022): the policy's argmax rollout on the MDP
estimated by the topology-conditioned cost net (one for every device count), with weights from a folder (default: shipped).
Weights are loaded once per folder and cached. Torch is imported when a plan is made, not before."""

from __future__ import annotations

import time
from functools import lru_cache

from mlopt.datasets.embedding_tables import ShardingTask
from mlopt.envs.oracles.base import CostOracle
from mlopt.sharding.core.planner import PlanBudget, Planner, ShardingResult, WeightsConfig
from mlopt.sharding.core.topology import profile_of
from mlopt.sharding.dreamshard.weights import DreamShardModels, has_dreamshard_weights, load_dreamshard


@lru_cache(maxsize=8)
def cached_models(model_dir: str | None) -> DreamShardModels:
    """:func:`load_dreamshard` of ``model_dir``, loaded once per folder."""
    return load_dreamshard(model_dir)


def plan_dreamshard(task: ShardingTask, oracle: CostOracle, budget: PlanBudget,
                    config: WeightsConfig) -> ShardingResult:
    """DreamShard's plan of ``task`` priced by ``oracle`` (the budget is not used: one rollout)."""
    from mlopt.sharding.dreamshard.policy import plan_with_dreamshard

    models = cached_models(None if config.model_dir is None else str(config.model_dir))
    start = time.perf_counter()
    plan = plan_with_dreamshard(task, models.policy, models.cost_net, device="cpu", profile=profile_of(oracle))
    return ShardingResult("dreamshard", plan, oracle.cost(task, plan), time.perf_counter() - start)


ROLLOUT_FIXED_S = 0.3  # the rollout's set-up seconds on a loaded 2-core machine
ROLLOUT_SECONDS_PER_CELL = 2.5e-5  # and its seconds per (table x device)


def estimate_seconds(task: ShardingTask, budget: PlanBudget) -> float:
    """The expected seconds of one rollout (it places every table once, scoring every device)."""
    return ROLLOUT_FIXED_S + task.num_tables * task.num_devices * ROLLOUT_SECONDS_PER_CELL


def _weights_available(num_devices: int, config: WeightsConfig) -> bool:
    return has_dreamshard_weights(config.model_dir)  # the cost net takes the device count as an input


DREAMSHARD_PLANNER = Planner(
    "dreamshard", plan_dreamshard, WeightsConfig(), needs_weights=True, weights_available=_weights_available,
    in_default=True, estimate_s=estimate_seconds,
    help="DreamShard: the policy's argmax rollout under its cost net (NeurIPS 2022)")
