"""NeuroShard as sharding planners (Zha et al., MLSys 2023): the paper's search under the pre-trained cost
nets, ``neuroshard`` (column-wise beam search with the table-wise greedy grid search inside; may split
tables into column shards) and ``neuroshard-tw`` (the table-wise grid search alone). Weights come from a
folder (default: shipped; one set for every device count), loaded once per (folder, hardware profile). A plan that splits tables is returned in
the plan model: those tables column-wise, a shard per column slice, priced by the oracle like any plan.
Torch is imported when a plan is made, not before."""

from __future__ import annotations

import time
from functools import lru_cache, partial
from typing import TYPE_CHECKING

from mlopt.datasets.embedding_tables import ShardingTask
from mlopt.envs.oracles.base import CostOracle
from mlopt.sharding.core.planner import PlanBudget, Planner, ShardingResult, WeightsConfig
from mlopt.sharding.core.topology import profile_of
from mlopt.sharding.neuroshard.weights import has_neuroshard_weights, load_neuroshard

if TYPE_CHECKING:
    from mlopt.envs.oracles.profiles import HardwareProfile
    from mlopt.sharding.neuroshard.search import NeuroShardCostModel


@lru_cache(maxsize=8)
def cached_model(model_dir: str | None, profile: HardwareProfile) -> NeuroShardCostModel:
    """:func:`load_neuroshard` from ``model_dir`` on the CPU for ``profile``'s interconnect, loaded once."""
    return load_neuroshard(model_dir, device="cpu", profile=profile)


def plan_neuroshard(task: ShardingTask, oracle: CostOracle, budget: PlanBudget, config: WeightsConfig,
                    column_wise: bool) -> ShardingResult:
    """NeuroShard's plan of ``task`` priced by ``oracle``; ``budget.search_steps`` caps the column-wise beam
    search (a deterministic budget; None: the full search) and ``budget.deadline`` is its wall-clock guard
    (:func:`~mlopt.sharding.neuroshard.search.plan_with_neuroshard`)."""
    from mlopt.sharding.neuroshard.beam import column_wise_plan
    from mlopt.sharding.neuroshard.search import plan_with_neuroshard

    method = "neuroshard" if column_wise else "neuroshard-tw"
    model = cached_model(None if config.model_dir is None else str(config.model_dir), profile_of(oracle))
    steps = MAX_BEAM_STEPS if budget.search_steps is None else budget.search_steps
    guard = None if budget.deadline is None else max(budget.deadline - time.monotonic(), 0.0)
    found = plan_with_neuroshard(task, model, column_wise=column_wise, max_steps=steps, time_limit_s=guard)
    details = {"predicted_cost_ms": found.predicted_cost_ms, "table_wise_predicted_ms": found.table_wise_cost_ms,
               "grid_searches": found.evaluations, "num_shards": found.shard_task.num_tables,
               "beam_steps": steps}
    plan = column_wise_plan(task, found.shards)
    return ShardingResult(method, plan, oracle.cost(task, plan), found.wall_s, details)


MAX_BEAM_STEPS = 10  # the column-wise beam search's full length (steps of halving one table's shards)
GRID_SECONDS_PER_CELL = 4e-5  # one table-wise grid search's seconds per (table x device), loaded 2-core machine
BEAM_CHILDREN = 60  # grid searches per beam step at most (beam width 3 x up to 2 x 10 split candidates)


def estimate_seconds(task: ShardingTask, budget: PlanBudget, column_wise: bool) -> float:
    """The expected seconds of one call: the root grid search and, column-wise, ``budget.search_steps`` beam
    steps of :data:`BEAM_CHILDREN` grid searches each."""
    steps = (MAX_BEAM_STEPS if budget.search_steps is None else budget.search_steps) if column_wise else 0
    return (1 + steps * BEAM_CHILDREN) * task.num_tables * task.num_devices * GRID_SECONDS_PER_CELL


def beam_steps(task: ShardingTask, seconds: float) -> int:
    """As many beam steps as ``seconds`` pay for at the rate of :func:`estimate_seconds` (a count from the
    task's size, so the same on every machine)."""
    step = BEAM_CHILDREN * task.num_tables * task.num_devices * GRID_SECONDS_PER_CELL
    root = task.num_tables * task.num_devices * GRID_SECONDS_PER_CELL
    return int(min(MAX_BEAM_STEPS, max(seconds - root, 0.0) // step))


def _weights_available(num_devices: int, config: WeightsConfig) -> bool:
    return has_neuroshard_weights(config.model_dir)  # the comm net takes the device count as an input


NEUROSHARD_PLANNER = Planner(
    "neuroshard", partial(plan_neuroshard, column_wise=True), WeightsConfig(), needs_weights=True,
    weights_available=_weights_available, in_default=True, estimate_s=partial(estimate_seconds, column_wise=True),
    help="NeuroShard: column-wise beam search over table-wise grid searches under its cost nets (MLSys 2023)")
NEUROSHARD_TW_PLANNER = Planner(
    "neuroshard-tw", partial(plan_neuroshard, column_wise=False), WeightsConfig(), needs_weights=True,
    weights_available=_weights_available, estimate_s=partial(estimate_seconds, column_wise=False), help="NeuroShard's table-wise grid search alone")
