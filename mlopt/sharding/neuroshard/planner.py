"""NeuroShard as sharding planners (Zha et al., MLSys 2023): the paper's search under the pre-trained cost
nets, ``neuroshard`` (column-wise beam search with the table-wise greedy grid search inside; may split
tables into column shards) and ``neuroshard-tw`` (the table-wise grid search alone). Weights come from a
folder (default: shipped; one set for every device count), loaded once per (folder, hardware profile). A plan that splits tables is returned in
the plan model: those tables column-wise, a shard per column slice, priced by the oracle like any plan.
Unless the config says ``refine=False``, small tables are first made data-parallel and hot ones row-sharded where
the nets and the pre-trained collective nets predict it pays (:mod:`mlopt.sharding.core.data_parallel`,
:mod:`mlopt.sharding.core.row_split`), and the search's plan is
then refined by single-shard moves under the same nets (:mod:`mlopt.sharding.core.move_search`); both are our
additions to the paper. Torch is imported when a plan is made,
not before."""

from __future__ import annotations

import math
import time
from dataclasses import replace
from functools import lru_cache, partial
from typing import TYPE_CHECKING, Any

import numpy as np

from mlopt.datasets.embedding_tables import ShardingTask
from mlopt.envs.oracles.base import CostOracle
from mlopt.errors import InputError
from mlopt.sharding.core.data_parallel import combine, rest_task
from mlopt.sharding.core.stages import StagedChoice, choose_stages
from mlopt.sharding.core.move_search import move_search, refine_moves, refine_seconds
from mlopt.sharding.core.planner import PlanBudget, Planner, ShardingResult, WeightsConfig
from mlopt.sharding.core.topology import profile_of, topology_features
from mlopt.sharding.core.uvm_stage import learned_prices
from mlopt.sharding.neuroshard.weights import has_neuroshard_weights, load_neuroshard
from mlopt.sharding.pretrained import weights_dir

if TYPE_CHECKING:
    from mlopt.envs.oracles.profiles import HardwareProfile
    from mlopt.sharding.neuroshard.beam import Shard
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
    wall-clock guard (:func:`~mlopt.sharding.neuroshard.search.plan_with_neuroshard`). Unless ``config.refine``
    is False, the row and data-parallel stages (:func:`_staged_choice`, not with ``config.data_parallel`` False)
    first pick the hot tables to row-shard and the small tables to replicate where they predict it pays (on the
    table-wise grid search's plan), and the search plans the others alone."""
    from mlopt.sharding.neuroshard.beam import column_wise_plan

    method = "neuroshard" if column_wise else "neuroshard-tw"
    model_dir = None if config.model_dir is None else str(config.model_dir)
    model = cached_model(model_dir, profile_of(oracle))
    steps = search_steps(task, budget) if column_wise else 0  # from the whole task, also where the search plans a part
    start = time.perf_counter()
    if config.refine and config.data_parallel:
        staged = _staged_choice(task, model, model_dir)
        if staged is not None:
            try:
                sub, rest = rest_task(task, staged.data_parallel, staged.rows)
                shards, details = _search(sub, model, budget, config, column_wise, steps)
            except InputError:  # the other tables do not pack into the devices less the replicas and row shards
                shards = None
            if shards is not None:
                plan = combine(task, staged.data_parallel, rest, column_wise_plan(sub, shards), staged.rows)
                details.update(predicted_cost_ms=details["predicted_cost_ms"] + staged.added_ms,
                               data_parallel_tables=len(staged.data_parallel.tables),
                               row_sharded_tables=len(staged.rows.tables), replica_predicted_ms=staged.added_ms)
                return ShardingResult(method, plan, oracle.cost(task, plan), time.perf_counter() - start, details)
    shards, details = _search(task, model, budget, config, column_wise, steps)
    plan = column_wise_plan(task, shards)
    return ShardingResult(method, plan, oracle.cost(task, plan), time.perf_counter() - start, details)


def _search(task: ShardingTask, model: NeuroShardCostModel, budget: PlanBudget, config: WeightsConfig,
            column_wise: bool, steps: int) -> tuple[tuple[Shard, ...], dict[str, Any]]:
    """The paper's search on ``task`` (``column_wise``: with ``steps`` beam steps; else the table-wise grid search),
    then the move search unless ``config.refine`` is False: its shards and details."""
    from mlopt.sharding.neuroshard.moves import NeuroShardMoves
    from mlopt.sharding.neuroshard.search import plan_with_neuroshard

    guard = None if budget.deadline is None else max(budget.deadline - time.monotonic(), 0.0)
    found = plan_with_neuroshard(task, model, column_wise=column_wise, max_steps=steps, time_limit_s=guard)
    details: dict[str, Any] = {"predicted_cost_ms": found.predicted_cost_ms,
                               "table_wise_predicted_ms": found.table_wise_cost_ms,
                               "grid_searches": found.evaluations, "num_shards": found.shard_task.num_tables,
                               "beam_steps": steps}
    shards = found.shards
    if config.refine:  # our addition: moves of the found shards under the same nets (mlopt.sharding.core.move_search)
        refined = move_search(found.shard_task, found.plan.as_array(), NeuroShardMoves(model, found.shard_task),
                              refine_moves(found.shard_task, budget), budget.deadline)
        shards = tuple(replace(shard, device=int(device)) for shard, device in zip(shards, refined.plan))
        details.update(predicted_cost_ms=refined.predicted_ms, search_predicted_ms=refined.start_predicted_ms,
                       refine_moves=refined.moves)
    return shards, details


def _staged_choice(task: ShardingTask, model: NeuroShardCostModel, model_dir: str | None) -> StagedChoice | None:
    """The row and data-parallel stages (:mod:`mlopt.sharding.core.stages`) on the table-wise grid search's plan
    under the nets and the pre-trained collective nets; None where they pick no table."""
    from mlopt.sharding.neuroshard.moves import NeuroShardMoves
    from mlopt.sharding.neuroshard.search import plan_with_neuroshard

    if task.num_devices < 2:
        return None
    plan = plan_with_neuroshard(task, model, column_wise=False, max_steps=0).plan.as_array()
    moves = NeuroShardMoves(model, task)
    return choose_stages(task, plan, moves, str(weights_dir(model_dir)), topology_features(task, model.profile),
                         lambda tables: moves.replica_compute(plan, tables))


MAX_BEAM_STEPS = 10  # the column-wise beam search's full length (steps of halving one table's shards)
# Seconds of one table-wise grid search (all scales) inside a beam step: T x (GRID_S_PER_TABLE + GRID_S_PER_CELL x D)
# (the grid searches of a step run in lockstep, one placement of every run per table). Fitted to beam steps measured
# on an idle 2-core machine, one torch thread, ms per grid search: 50 x 4: 3.5, 200 x 8: 8.3, 300 x 12: 15.6,
# 428 x 24: 24.1, 1000 x 48: 101, 2000 x 128: 406 (the model gives 2.8, 10.8, 19.7, 29.1, 112, 433).
GRID_S_PER_TABLE = 5e-5
GRID_S_PER_CELL = 1.3e-6
FIRST_STEP_CHILDREN = 20  # grid searches of the first beam step: the root's top 10 split candidates by size and compute
BEAM_CHILDREN = 60  # of a later step: beam width 3 x those 20, less repeats (measured 57-59)
ROOT_GRIDS = 3  # the root's grid search costs about three of a step's (it is not batched with others)
LOAD_FACTOR = 2.0  # headroom for a loaded machine: the other core busy roughly halves the rate
STANDALONE_SHARE = 0.6  # of a plain --method neuroshard's limit for the search (start-up and pricing take the rest)


def _grid_seconds(task: ShardingTask) -> float:
    return task.num_tables * (GRID_S_PER_TABLE + GRID_S_PER_CELL * task.num_devices)


def _step_grids(steps: int) -> int:
    """Grid searches of ``steps`` beam steps."""
    return 0 if steps <= 0 else FIRST_STEP_CHILDREN + (steps - 1) * BEAM_CHILDREN


def estimate_seconds(task: ShardingTask, budget: PlanBudget, column_wise: bool) -> float:
    """The expected seconds of one call on a loaded machine: the data-parallel stage's grid search, the root grid
    search and, column-wise,
    ``budget.search_steps`` beam steps (None: :func:`standalone_steps`) of :func:`_step_grids` grid searches,
    times :data:`LOAD_FACTOR`, and the move search's budget (an upper bound: it usually stops earlier)."""
    steps = search_steps(task, budget) if column_wise else 0
    grid = _grid_seconds(task)
    grids = 2 * ROOT_GRIDS + _step_grids(steps)  # the data-parallel stage's table-wise grid search, then the search's
    return LOAD_FACTOR * grids * grid + refine_seconds(task, refine_moves(task, budget))


def beam_steps(task: ShardingTask, seconds: float) -> int:
    """As many beam steps as ``seconds`` pay for at the rate of :func:`estimate_seconds` (a count from the
    task's size, so the same on every machine)."""
    if math.isinf(seconds):
        return MAX_BEAM_STEPS
    grids = max(seconds / LOAD_FACTOR / _grid_seconds(task) - 2 * ROOT_GRIDS, 0.0)  # as estimate_seconds
    if grids < FIRST_STEP_CHILDREN:
        return 0
    return int(min(MAX_BEAM_STEPS, 1 + (grids - FIRST_STEP_CHILDREN) // BEAM_CHILDREN))


def standalone_steps(task: ShardingTask, time_limit_s: float) -> int:
    """The beam steps of a plain ``--method neuroshard`` run: :func:`beam_steps` of
    :data:`STANDALONE_SHARE` of the limit."""
    return beam_steps(task, STANDALONE_SHARE * time_limit_s)


def search_steps(task: ShardingTask, budget: PlanBudget) -> int:
    """The column-wise beam steps of one call: ``budget.search_steps``, else :func:`standalone_steps`."""
    return standalone_steps(task, budget.time_limit_s) if budget.search_steps is None else budget.search_steps


def _weights_available(num_devices: int, config: WeightsConfig) -> bool:
    return has_neuroshard_weights(config.model_dir)  # the comm net takes the device count as an input


def _uvm_prices(task: ShardingTask, config: WeightsConfig) -> tuple[np.ndarray, np.ndarray] | None:
    """The memory stage's prices from the UVM net of the config's weights folder (None where it has none)."""
    return learned_prices(task, str(weights_dir(config.model_dir)))


NEUROSHARD_PLANNER = Planner(
    "neuroshard", partial(plan_neuroshard, column_wise=True), WeightsConfig(), needs_weights=True,
    uvm_prices=_uvm_prices,
    weights_available=_weights_available, in_default=True, estimate_s=partial(estimate_seconds, column_wise=True),
    help="NeuroShard: column-wise beam search over table-wise grid searches under its cost nets (MLSys 2023)")
NEUROSHARD_TW_PLANNER = Planner(
    "neuroshard-tw", partial(plan_neuroshard, column_wise=False), WeightsConfig(), needs_weights=True,
    uvm_prices=_uvm_prices,
    weights_available=_weights_available, estimate_s=partial(estimate_seconds, column_wise=False), help="NeuroShard's table-wise grid search alone")
