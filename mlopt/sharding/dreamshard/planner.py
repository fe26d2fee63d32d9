"""DreamShard as a sharding planner (Zha et al., NeurIPS 2022): the policy's argmax rollout on the MDP
estimated by the topology-conditioned cost net (one for every device count), with weights from a folder (default: shipped),
then moves under the same cost net (:mod:`mlopt.sharding.core.move_search`, our addition; ``refine=False``: the
paper's rollout alone).
Weights are loaded once per folder and cached. Torch is imported when a plan is made, not before."""

from __future__ import annotations

import time
from functools import lru_cache

from mlopt.datasets.embedding_tables import ShardingPlan, ShardingTask
from mlopt.envs.oracles.base import CostOracle
from mlopt.sharding.core.move_search import move_search, refine_moves, refine_seconds
from mlopt.sharding.core.planner import PlanBudget, Planner, ShardingResult, WeightsConfig
from mlopt.sharding.core.topology import profile_of
from mlopt.sharding.dreamshard.weights import DreamShardModels, has_dreamshard_weights, load_dreamshard


@lru_cache(maxsize=8)
def cached_models(model_dir: str | None) -> DreamShardModels:
    """:func:`load_dreamshard` of ``model_dir``, loaded once per folder."""
    return load_dreamshard(model_dir)


def plan_dreamshard(task: ShardingTask, oracle: CostOracle, budget: PlanBudget,
                    config: WeightsConfig) -> ShardingResult:
    """DreamShard's plan of ``task`` priced by ``oracle``: one argmax rollout, then (unless ``config.refine`` is
    False) :func:`~mlopt.sharding.core.move_search.move_search` under the cost net with the budget's move count."""
    from mlopt.sharding.dreamshard.moves import DreamShardMoves
    from mlopt.sharding.dreamshard.policy import make_scorer, plan_with_dreamshard

    models = cached_models(None if config.model_dir is None else str(config.model_dir))
    start = time.perf_counter()
    profile = profile_of(oracle)
    plan = plan_with_dreamshard(task, models.policy, models.cost_net, device="cpu", profile=profile)
    details = {}
    if config.refine:
        moves = DreamShardMoves(make_scorer(task, models.cost_net, "cpu", profile))
        refined = move_search(task, plan.as_array(), moves, refine_moves(task, budget), budget.deadline)
        plan = ShardingPlan.from_array(refined.plan)
        details = {"predicted_cost_ms": refined.predicted_ms, "rollout_predicted_ms": refined.start_predicted_ms,
                   "refine_moves": refined.moves}
    return ShardingResult("dreamshard", plan, oracle.cost(task, plan), time.perf_counter() - start, details)


ROLLOUT_FIXED_S = 0.3  # the rollout's set-up seconds on a loaded 2-core machine
ROLLOUT_SECONDS_PER_CELL = 2.5e-5  # and its seconds per (table x device)


def estimate_seconds(task: ShardingTask, budget: PlanBudget) -> float:
    """The expected seconds of one rollout (it places every table once, scoring every device) and of the move
    search's budget (an upper bound: it usually stops earlier)."""
    rollout = ROLLOUT_FIXED_S + task.num_tables * task.num_devices * ROLLOUT_SECONDS_PER_CELL
    return rollout + refine_seconds(task, refine_moves(task, budget))


def _weights_available(num_devices: int, config: WeightsConfig) -> bool:
    return has_dreamshard_weights(config.model_dir)  # the cost net takes the device count as an input


DREAMSHARD_PLANNER = Planner(
    "dreamshard", plan_dreamshard, WeightsConfig(), needs_weights=True, weights_available=_weights_available,
    in_default=True, estimate_s=estimate_seconds,
    help="DreamShard: the policy's argmax rollout under its cost net (NeurIPS 2022)")
