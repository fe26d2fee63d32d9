"""DreamShard as a sharding planner (Zha et al., NeurIPS 2022): the policy's argmax rollout on the MDP
estimated by the topology-conditioned cost net (one for every device count), with weights from a folder (default:
shipped), then moves under the same cost net (:mod:`mlopt.sharding.core.move_search`), data-parallel small
tables and row-sharded hot ones (:mod:`mlopt.sharding.core.data_parallel`, :mod:`mlopt.sharding.core.row_split`,
priced by the cost net and the pre-trained collective nets): all our additions; ``refine=False`` gives the paper's rollout alone.
Weights are loaded once per folder and cached. Torch is imported when a plan is made, not before."""

from __future__ import annotations

import time
from functools import lru_cache
from typing import Any

import numpy as np

from mlopt.datasets.embedding_tables import ShardingPlan, ShardingTask
from mlopt.envs.oracles.base import CostOracle
from mlopt.envs.oracles.profiles import HardwareProfile
from mlopt.errors import InputError
from mlopt.sharding.core.data_parallel import combine, rest_task
from mlopt.sharding.core.move_search import move_search, refine_moves, refine_seconds
from mlopt.sharding.core.stages import choose_stages
from mlopt.sharding.core.planner import PlanBudget, Planner, ShardingResult, WeightsConfig
from mlopt.sharding.core.topology import profile_of, topology_features
from mlopt.sharding.core.uvm_stage import learned_prices
from mlopt.sharding.dreamshard.weights import DreamShardModels, has_dreamshard_weights, load_dreamshard
from mlopt.sharding.pretrained import weights_dir


@lru_cache(maxsize=8)
def cached_models(model_dir: str | None) -> DreamShardModels:
    """:func:`load_dreamshard` of ``model_dir``, loaded once per folder."""
    return load_dreamshard(model_dir)


def _rollout(task: ShardingTask, models: DreamShardModels, profile: HardwareProfile) -> tuple[np.ndarray, Any]:
    """The policy's argmax rollout [T] and the move model of ``task`` under the cost net."""
    from mlopt.sharding.dreamshard.moves import DreamShardMoves
    from mlopt.sharding.dreamshard.policy import make_scorer, plan_with_dreamshard

    plan = plan_with_dreamshard(task, models.policy, models.cost_net, device="cpu", profile=profile).as_array()
    return plan, DreamShardMoves(make_scorer(task, models.cost_net, "cpu", profile))


def _staged_rollout(task: ShardingTask, plan: np.ndarray, table_wise_ms: float, moves: Any, models: DreamShardModels,
                    profile: HardwareProfile, model_dir: str | None) -> tuple[Any, ...] | None:
    """The row and data-parallel stages (:mod:`mlopt.sharding.core.stages`) on the rollout ``plan`` (predicted
    ``table_wise_ms``): (their choice, the other tables' task and indices, their rollout, its move model) when the
    cost net predicts them plus that rollout cheaper; else None."""
    import torch

    from mlopt.envs.sharding.features import table_features

    def compute(tables: list) -> np.ndarray:
        with torch.no_grad():
            embedded = models.cost_net.embed_tables(torch.from_numpy(table_features(tables, task.batch_size)).float(),
                                                    moves.scorer.topology)
        return moves.replica_compute(plan, embedded)

    staged = choose_stages(task, plan, moves, str(weights_dir(model_dir)), topology_features(task, profile), compute)
    if staged is None:
        return None
    try:
        sub, rest = rest_task(task, staged.data_parallel, staged.rows)
        sub_plan, sub_moves = _rollout(sub, models, profile)
    except InputError:  # the other tables do not pack into the devices less the replicas and row shards
        return None
    if float(sub_moves.device_costs(sub_plan).max()) + staged.added_ms >= table_wise_ms:
        return None
    return staged, sub, rest, sub_plan, sub_moves


def plan_dreamshard(task: ShardingTask, oracle: CostOracle, budget: PlanBudget,
                    config: WeightsConfig) -> ShardingResult:
    """DreamShard's plan of ``task`` priced by ``oracle``: one argmax rollout; unless ``config.refine`` is False,
    the row and data-parallel stages (a second rollout of the other tables where the cost net predicts the
    replicas and row shards pay; not with ``config.data_parallel`` False), then :func:`~mlopt.sharding.core.move_search.move_search` under the
    cost net with the budget's move count."""
    model_dir = None if config.model_dir is None else str(config.model_dir)
    models = cached_models(model_dir)
    start = time.perf_counter()
    profile = profile_of(oracle)
    plan, moves = _rollout(task, models, profile)
    if not config.refine:
        result = ShardingPlan.from_array(plan)
        return ShardingResult("dreamshard", result, oracle.cost(task, result), time.perf_counter() - start, {})
    table_wise_ms = float(moves.device_costs(plan).max())
    staged = (_staged_rollout(task, plan, table_wise_ms, moves, models, profile, model_dir)
              if config.data_parallel else None)
    details: dict[str, Any] = {}
    if staged is None:
        sub, sub_plan, sub_moves, replica_ms = task, plan, moves, 0.0
    else:
        choice, sub, rest, sub_plan, sub_moves = staged
        replica_ms = choice.added_ms
        details = {"table_wise_predicted_ms": table_wise_ms, "data_parallel_tables": len(choice.data_parallel.tables),
                   "row_sharded_tables": len(choice.rows.tables), "replica_predicted_ms": replica_ms}
    refined = move_search(sub, sub_plan, sub_moves, refine_moves(sub, budget), budget.deadline)
    details.update(predicted_cost_ms=refined.predicted_ms + replica_ms,
                   rollout_predicted_ms=refined.start_predicted_ms + replica_ms, refine_moves=refined.moves)
    result = ShardingPlan.from_array(refined.plan)
    if staged is not None:
        result = combine(task, choice.data_parallel, rest, result, choice.rows)
    return ShardingResult("dreamshard", result, oracle.cost(task, result), time.perf_counter() - start, details)


ROLLOUT_FIXED_S = 0.3  # the rollout's set-up seconds on a loaded 2-core machine
ROLLOUT_SECONDS_PER_CELL = 2.5e-5  # and its seconds per (table x device)


def estimate_seconds(task: ShardingTask, budget: PlanBudget) -> float:
    """The expected seconds of the set-up, two rollouts (each places every table once, scoring every device: the
    table-wise plan and the re-plan after the data-parallel stage) and the move search's budget (an upper bound:
    it usually stops earlier)."""
    rollout = task.num_tables * task.num_devices * ROLLOUT_SECONDS_PER_CELL
    return ROLLOUT_FIXED_S + 2 * rollout + refine_seconds(task, refine_moves(task, budget))


def _weights_available(num_devices: int, config: WeightsConfig) -> bool:
    return has_dreamshard_weights(config.model_dir)  # the cost net takes the device count as an input


def _uvm_prices(task: ShardingTask, config: WeightsConfig) -> tuple[np.ndarray, np.ndarray] | None:
    """The memory stage's prices from the UVM net of the config's weights folder (None where it has none)."""
    return learned_prices(task, str(weights_dir(config.model_dir)))


DREAMSHARD_PLANNER = Planner(
    "dreamshard", plan_dreamshard, WeightsConfig(), needs_weights=True, weights_available=_weights_available,
    uvm_prices=_uvm_prices,
    in_default=True, estimate_s=estimate_seconds,
    help="DreamShard: the policy's argmax rollout under its cost net (NeurIPS 2022)")
