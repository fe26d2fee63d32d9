"""NeuroShard as sharding planners (Zha et al., MLSys 2023): the paper's search under the pre-trained cost
nets, ``neuroshard`` (column-wise beam search with the table-wise greedy grid search inside; may split
tables into column shards) and ``neuroshard-tw`` (the table-wise grid search alone). Weights come from a
folder (default: shipped; one set for every device count), loaded once per (folder, hardware profile). A plan that splits tables is returned in
the plan model: those tables column-wise, a shard per column slice, priced by the oracle like any plan.
Unless the config says ``refine=False``, the search's plan is then refined by single-shard moves under the same
nets (:mod:`mlopt.sharding.core.move_search`, our addition to the paper). Torch is imported when a plan is made,
not before."""

from __future__ import annotations

import math
import time
from dataclasses import replace
from functools import lru_cache, partial
from typing import TYPE_CHECKING

from mlopt.datasets.embedding_tables import ShardingTask
from mlopt.envs.oracles.base import CostOracle
from mlopt.sharding.core.move_search import move_search, refine_moves, refine_seconds
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
    search (None: :func:`standalone_steps` of the limit, a count from the task's size and the limit alone, so
    the same call gives the same plan on an idle and on a loaded machine) and ``budget.deadline`` is its
    wall-clock guard (:func:`~mlopt.sharding.neuroshard.search.plan_with_neuroshard`)."""
    from mlopt.sharding.neuroshard.beam import column_wise_plan
    from mlopt.sharding.neuroshard.moves import NeuroShardMoves
    from mlopt.sharding.neuroshard.search import plan_with_neuroshard

    method = "neuroshard" if column_wise else "neuroshard-tw"
    model = cached_model(None if config.model_dir is None else str(config.model_dir), profile_of(oracle))
    steps = search_steps(task, budget)
    guard = None if budget.deadline is None else max(budget.deadline - time.monotonic(), 0.0)
    start = time.perf_counter()
    found = plan_with_neuroshard(task, model, column_wise=column_wise, max_steps=steps, time_limit_s=guard)
    details = {"predicted_cost_ms": found.predicted_cost_ms, "table_wise_predicted_ms": found.table_wise_cost_ms,
               "grid_searches": found.evaluations, "num_shards": found.shard_task.num_tables,
               "beam_steps": steps}
    shards = found.shards
    if config.refine:  # our addition: moves of the found shards under the same nets (mlopt.sharding.core.move_search)
        refined = move_search(found.shard_task, found.plan.as_array(), NeuroShardMoves(model, found.shard_task),
                              refine_moves(found.shard_task, budget), budget.deadline)
        shards = tuple(replace(shard, device=int(device)) for shard, device in zip(shards, refined.plan))
        details.update(predicted_cost_ms=refined.predicted_ms, search_predicted_ms=refined.start_predicted_ms,
                       refine_moves=refined.moves)
    plan = column_wise_plan(task, shards)
    return ShardingResult(method, plan, oracle.cost(task, plan), time.perf_counter() - start, details)


MAX_BEAM_STEPS = 10  # the column-wise beam search's full length (steps of halving one table's shards)
# Seconds of one table-wise grid search (all scales) inside a beam step: GRID_FIXED_S + GRID_S_PER_CELL per
# (table x device). Fitted to beam steps measured on an idle 2-core machine, one torch thread (50 x 4: 0.18 s a
# step, 200 x 8: 0.59 s, 300 x 12: 0.87 s, 428 x 24: 2.37 s, 1000 x 48: 11.3 s; about 38 grid searches a step).
GRID_FIXED_S = 4e-3
GRID_S_PER_CELL = 6e-6
BEAM_CHILDREN = 40  # grid searches per beam step (beam width 3 x up to 10 split candidates, less repeats)
ROOT_GRIDS = 3  # the root's grid search costs about three of a step's (it is not batched with others)
LOAD_FACTOR = 2.0  # headroom for a loaded machine: the other core busy roughly halves the rate
STANDALONE_SHARE = 0.6  # of a plain --method neuroshard's limit for the search (start-up and pricing take the rest)


def _grid_seconds(task: ShardingTask) -> float:
    return GRID_FIXED_S + GRID_S_PER_CELL * task.num_tables * task.num_devices


def estimate_seconds(task: ShardingTask, budget: PlanBudget, column_wise: bool) -> float:
    """The expected seconds of one call on a loaded machine: the root grid search and, column-wise,
    ``budget.search_steps`` beam steps (None: :func:`standalone_steps`) of :data:`BEAM_CHILDREN` grid
    searches each, times :data:`LOAD_FACTOR`, and the move search's budget (an upper bound: it usually stops
    earlier)."""
    steps = search_steps(task, budget) if column_wise else 0
    grid = _grid_seconds(task)
    return LOAD_FACTOR * (ROOT_GRIDS + steps * BEAM_CHILDREN) * grid + refine_seconds(task, refine_moves(task, budget))


def beam_steps(task: ShardingTask, seconds: float) -> int:
    """As many beam steps as ``seconds`` pay for at the rate of :func:`estimate_seconds` (a count from the
    task's size, so the same on every machine)."""
    if math.isinf(seconds):
        return MAX_BEAM_STEPS
    grid = _grid_seconds(task)
    left = seconds / LOAD_FACTOR - ROOT_GRIDS * grid
    return int(min(MAX_BEAM_STEPS, max(left, 0.0) // (BEAM_CHILDREN * grid)))


def standalone_steps(task: ShardingTask, time_limit_s: float) -> int:
    """The beam steps of a plain ``--method neuroshard`` run: :func:`beam_steps` of
    :data:`STANDALONE_SHARE` of the limit."""
    return beam_steps(task, STANDALONE_SHARE * time_limit_s)


def search_steps(task: ShardingTask, budget: PlanBudget) -> int:
    """The column-wise beam steps of one call: ``budget.search_steps``, else :func:`standalone_steps`."""
    return standalone_steps(task, budget.time_limit_s) if budget.search_steps is None else budget.search_steps


def _weights_available(num_devices: int, config: WeightsConfig) -> bool:
    return has_neuroshard_weights(config.model_dir)  # the comm net takes the device count as an input


NEUROSHARD_PLANNER = Planner(
    "neuroshard", partial(plan_neuroshard, column_wise=True), WeightsConfig(), needs_weights=True,
    weights_available=_weights_available, in_default=True, estimate_s=partial(estimate_seconds, column_wise=True),
    help="NeuroShard: column-wise beam search over table-wise grid searches under its cost nets (MLSys 2023)")
NEUROSHARD_TW_PLANNER = Planner(
    "neuroshard-tw", partial(plan_neuroshard, column_wise=False), WeightsConfig(), needs_weights=True,
    weights_available=_weights_available, estimate_s=partial(estimate_seconds, column_wise=False), help="NeuroShard's table-wise grid search alone")
