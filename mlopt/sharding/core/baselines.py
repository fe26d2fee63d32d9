"""The non-learned sharding planners as :class:`~mlopt.sharding.core.planner.Planner` records, and the best
greedy baseline.

- one planner per heuristic of :data:`mlopt.solvers.sharding.HEURISTICS` (random, round-robin, the greedy
  family of DreamShard / AutoShard / NeuroShard, TorchRec's partitioner);
- ``milp``: the exact min-max MILP on the oracle's linearized per-table costs (warm-started with the greedy
  plans), whose plan is then refined by local search under the true, non-additive oracle
  (:data:`MILP_SHARE_OF_TIME` of the time limit for the MILP, the rest for the refinement);
- :func:`best_greedy`: the cheapest plan of the greedy baselines under an oracle, what every learned method
  is compared against (and never returned worse than by ``mlopt shard``'s default).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from functools import partial
from typing import Callable

import numpy as np

from mlopt.datasets.embedding_tables import ShardingPlan, ShardingTask
from mlopt.envs.oracles.base import CostOracle
from mlopt.errors import InputError
from mlopt.sharding.core.placement_options import (
    SHARDING_TYPES, capacities, choices_of, placement_options, plan_of, supports_placement_options,
    table_wise_choices,
)
from mlopt.sharding.core.planner import NoConfig, PlanBudget, Planner, ShardingResult
from mlopt.sharding.core.uvm_stage import needs_uvm
from mlopt.solvers.sharding import HEURISTICS, improve_plan, solve_sharding_milp
from mlopt.solvers.sharding.option_milp import (
    OptionChoice, device_loads, fits_memory, greedy_choices, hint_result, model_size, solve_option_milp,
)
from mlopt.solvers.sharding.local_search import improve_mixed_plan
from mlopt.solvers.sharding.option_search import improve_choices, least_work_choices

MILP_BACKENDS: tuple[str, ...] = ("cpsat", "scip")
MILP_SHARE_OF_TIME = 0.8  # the rest of the time limit goes to local refinement under the true oracle
MILP_DETERMINISTIC_SHARE = 0.1  # CP-SAT's deterministic time (about one-core seconds) per second of the limit
BUILD_VARS_PER_SECOND = 20_000  # the CP-SAT model's variables built per second on a loaded 2-core machine
BUILD_SHARE = 0.3  # of the limit that the model build may be expected to take; larger models are not solved
SEARCH_MOVES_PER_SECOND = 1_000  # moves of the option search per second of the limit (a deterministic budget)
MIXED_TABLES_PER_SECOND = 5_000  # tables priced by the true oracle per second of the limit (mixed-type refinement:
MIXED_EVALUATIONS_PER_SECOND = 10  # each evaluation prices the whole plan), and at most this many plans
PRICINGS_PER_SECOND = 250  # placements priced per second of the limit when the options are built (weighted)
SEARCH_GUARD_SHARE = 0.5  # of the wall time left that a search may take (a runaway guard; the moves end it first)
GREEDY_TABLES_PER_SECOND = 40_000  # tables one greedy baseline places and prices per second on a loaded 2-core machine
GREEDY_SHARE = 0.2  # of the limit that the greedy baselines may be expected to take
AFTER_MILP_SHARE = 0.15  # of the limit, kept after the MILP for the search, the choice and the true-oracle moves
# CP-SAT's presolve of the option model takes about a deterministic second per 10,000-20,000 variables (measured:
# 18,300 and 28,500 variables at 856 x 8 and 428 x 24 used all of 1.0 s in presolve and found nothing beyond the
# hint; 5,000 at 200 x 8 presolved and searched), so larger models are not given to it: the hint stands, as when
# the solver stopped in presolve, without the 1.5-2.8 s it took
PRESOLVE_VARS_PER_DETERMINISTIC_SECOND = 10_000

def plan_heuristic(task: ShardingTask, oracle: CostOracle, budget: PlanBudget, config: NoConfig,
                   name: str) -> ShardingResult:
    """The plan of heuristic ``name``, priced by ``oracle``."""
    start = time.perf_counter()
    plan = HEURISTICS[name](task, budget.seed)
    wall = time.perf_counter() - start
    return ShardingResult(name, plan, oracle.cost(task, plan), wall)


def heuristic_planner(name: str) -> Planner:
    """The planner of heuristic ``name`` (:data:`~mlopt.solvers.sharding.HEURISTICS`): its plan priced by the
    oracle, through :meth:`Planner.run` (row shards and the memory stage) like every planner."""
    return Planner(name, partial(plan_heuristic, name=name), greedy_baseline=HEURISTICS[name].greedy_baseline,
                   help=f"{name} heuristic")


def greedy_baselines() -> tuple[str, ...]:
    """Names of the greedy baselines, in table order."""
    return tuple(name for name, heuristic in HEURISTICS.items() if heuristic.greedy_baseline)


@dataclass(frozen=True)
class MilpConfig:
    """The MILP planner's settings: the sharding types it may choose (all by default) and the solver of the
    table-wise MILP (``cpsat``: OR-Tools CP-SAT, ``scip``: SCIP); the MILP over sharding types runs on CP-SAT,
    so ``scip`` (or an oracle without placement costs) restricts the plan to table-wise. ``hints`` are plans
    of other planners (e.g. the learned ones in :func:`mlopt.sharding.planning.plan_default`) that the MILP
    takes as further starts where they are choices of its options."""

    milp_backend: str = "cpsat"
    sharding_types: tuple[str, ...] = SHARDING_TYPES
    hints: tuple[ShardingPlan, ...] = ()

    def __post_init__(self) -> None:
        if self.milp_backend not in MILP_BACKENDS:
            raise InputError(f"unknown MILP backend {self.milp_backend!r}", field="milp_backend",
                             expected=" or ".join(MILP_BACKENDS))
        unknown = [t for t in self.sharding_types if t not in SHARDING_TYPES]
        if unknown or "table_wise" not in self.sharding_types:
            raise InputError(f"sharding types {list(self.sharding_types)}", field="sharding_types",
                             expected="table_wise and any of " + ", ".join(SHARDING_TYPES[1:]))

    def over_types(self, oracle: CostOracle) -> bool:
        """Whether the MILP chooses sharding types (else it is the table-wise MILP)."""
        return (self.milp_backend == "cpsat" and self.sharding_types != ("table_wise",)
                and supports_placement_options(oracle))


def _greedy_hints(task: ShardingTask, seed: int) -> list:
    hints = []
    for name in greedy_baselines():
        try:
            hints.append(HEURISTICS[name](task, seed))
        except InputError:  # a greedy can fail to pack tight memory; the MILP does not need its hint
            continue
    return hints


def plan_milp(task: ShardingTask, oracle: CostOracle, budget: PlanBudget, config: MilpConfig) -> ShardingResult:
    """The MILP's plan after local refinement, within ``budget.time_limit_s`` (module docstring)."""
    if budget.time_limit_s <= 0:
        raise InputError(f"time limit {budget.time_limit_s} s", field="time_limit_s", expected="seconds > 0")
    if config.over_types(oracle):
        return plan_milp_over_types(task, oracle, budget, config)
    start = time.monotonic()
    deadline = budget.wall_deadline(start)
    hints = _greedy_hints(task, budget.seed) + [h for h in config.hints if h.is_table_wise]
    linear = oracle.table_costs(task).sum(axis=1)
    solver_time = min(budget.time_limit_s * MILP_SHARE_OF_TIME, (deadline - time.monotonic()) * MILP_SHARE_OF_TIME)
    milp = solve_sharding_milp(task, linear, oracle.device_overhead_ms(task), time_limit_s=max(solver_time, 0.05),
                               backend=config.milp_backend, hints=hints, seed=budget.seed,
                               deterministic_time_s=budget.time_limit_s * MILP_DETERMINISTIC_SHARE)
    milp_cost = oracle.cost(task, milp.plan)
    plan = improve_plan(task, milp.plan, lambda tables: oracle.device_total_ms(task, tables),
                        time_limit_s=max(deadline - time.monotonic(), 0.0))
    cost = oracle.cost(task, plan)
    details = {
        "backend": milp.backend, "status": milp.status, "linearized_objective_ms": milp.objective_ms,
        "linearized_bound_ms": milp.bound_ms, "gap": milp.gap, "milp_plan_cost_ms": milp_cost.total_ms,
        "refined_cost_ms": cost.total_ms, "milp_wall_s": milp.wall_s,
    }
    return ShardingResult("milp", plan, cost, time.monotonic() - start, details)


def _staged_greedy_hints(task: ShardingTask, oracle: CostOracle, budget: PlanBudget) -> list[ShardingPlan]:
    """The greedy baselines' plans through the memory stage (:meth:`Planner.run`: the coldest tables UVM-cached)
    when the tables do not fit the devices' memory; none when they do."""
    if not needs_uvm(task):
        return []
    hints = []
    for name in greedy_baselines():
        try:
            hints.append(heuristic_planner(name).run(task, oracle, budget).plan)
        except InputError:
            continue
    return hints


def _starts(task: ShardingTask, oracle: CostOracle, budget: PlanBudget, options: list, hbm: int, ddr: int,
            hints: tuple[ShardingPlan, ...]) -> tuple[list[list[OptionChoice]], list[list[OptionChoice]]]:
    """The MILP's own starts (the greedy table-wise plans, through the memory stage where the tables do not fit
    the devices' memory, a longest-processing-time pass over the options, each table's least-work option balanced
    the same way) and the ``hints`` that are choices of the options, each list kept to the starts that fit
    memory."""
    own = [table_wise_choices(h) for h in _greedy_hints(task, budget.seed)]
    own.extend(choices_of(options, h) for h in _staged_greedy_hints(task, oracle, budget))
    own.append(greedy_choices(options, task.num_devices, hbm, ddr))
    own.append(least_work_choices(options, task.num_devices, hbm, ddr))
    hinted = [choices_of(options, h) for h in hints]
    fitting = lambda starts: [c for c in starts  # noqa: E731
                              if c is not None and fits_memory(options, c, task.num_devices, hbm, ddr)]
    return fitting(own), fitting(hinted)


def _mixed_evaluations(task: ShardingTask, limit: float) -> int:
    """Plans the true-oracle refinement of a mixed plan may price: :data:`MIXED_TABLES_PER_SECOND` / T and at
    most :data:`MIXED_EVALUATIONS_PER_SECOND` per second of the limit (a count, the same on every machine)."""
    return max(int(limit * min(MIXED_TABLES_PER_SECOND / task.num_tables, MIXED_EVALUATIONS_PER_SECOND)), 1)


def _search_starts(options: list, own: list[list[OptionChoice]], hinted: list[list[OptionChoice]], d: int, hbm: int,
                   ddr: int, moves: int, seed: int, left: Callable[[], float]) -> list[OptionChoice] | None:
    """The best start after the option search (by linearized makespan; ties go to the own starts): half of
    ``moves`` shared by the own starts, each hinted start searched with an own start's share on top (so hints
    add starts but never change how the own ones are searched), the other half spent on the best of them
    (deterministic: counts, not seconds)."""
    starts = own + hinted
    if not starts:
        return None
    per_start = max(moves // (2 * max(len(own), 1)), 1)
    load = lambda c: float(device_loads(options, c, d)[0].max())  # noqa: E731
    first = [improve_choices(options, c, d, hbm, ddr, max_moves=per_start, seed=seed,
                             time_limit_s=max(SEARCH_GUARD_SHARE * left() / len(starts), 0.0)) for c in starts]
    best = min(first, key=load)
    return improve_choices(options, best, d, hbm, ddr, max_moves=moves // 2, seed=seed + 1,
                           time_limit_s=max(SEARCH_GUARD_SHARE * left(), 0.0))


def plan_milp_over_types(task: ShardingTask, oracle: CostOracle, budget: PlanBudget,
                         config: MilpConfig) -> ShardingResult:
    """The MILP over placement options (:mod:`.placement_options`, :mod:`mlopt.solvers.sharding.option_milp`):

    1. starts (:func:`_starts`), improved by local search over the options
       (:mod:`mlopt.solvers.sharding.option_search`, :func:`_search_starts`); the best by linearized makespan
       is the MILP's hint;
    2. the MILP for :data:`MILP_DETERMINISTIC_SHARE` deterministic seconds per second of the limit on one
       worker (reproducible), unless its model is too large to build in :data:`BUILD_SHARE` of the limit or to
       presolve in that deterministic time (:data:`PRESOLVE_VARS_PER_DETERMINISTIC_SECOND`; then the hint
       stands, status ``time_limit``); its choice improved by the same search;
    3. of these and the MILP's own choice, the plan the true oracle prices cheapest (the linearization can
       mislead), refined under the true oracle for the rest of the time: a table-wise plan by moves and swaps
       (:func:`~mlopt.solvers.sharding.improve_plan`), a mixed one by moving its table-wise tables off the
       bottleneck (:func:`~mlopt.solvers.sharding.local_search.improve_mixed_plan`, at most
       :func:`_mixed_evaluations` plans priced).

    Every phase's budget is a count (moves, deterministic time, priced plans) derived from
    ``budget.time_limit_s``; wall-clock guards against ``budget.deadline`` only cut a phase short on a
    machine too loaded to finish it in time (``details["past_deadline"]`` then says that the deadline passed)."""
    start = time.monotonic()
    limit = budget.time_limit_s
    deadline = budget.wall_deadline(start)
    left = lambda: deadline - time.monotonic()  # noqa: E731
    d = task.num_devices
    options = placement_options(task, oracle, config.sharding_types, max_priced=int(PRICINGS_PER_SECOND * limit))
    hbm, ddr = capacities(task, oracle)
    overhead = oracle.device_overhead_ms(task)
    moves = max(int(SEARCH_MOVES_PER_SECOND * limit), 1)
    hint = _search_starts(options, *_starts(task, oracle, budget, options, hbm, ddr, config.hints), d, hbm, ddr, moves,
                          budget.seed, left)
    deterministic_s = limit * MILP_DETERMINISTIC_SHARE
    size = model_size(options, d)
    solve = hint is None or (size <= BUILD_VARS_PER_SECOND * BUILD_SHARE * limit
                             and size <= PRESOLVE_VARS_PER_DETERMINISTIC_SECOND * deterministic_s)
    if solve:
        solver_s = max(left() - limit * AFTER_MILP_SHARE, 0.05)  # a guard: the deterministic time ends it first
        milp = solve_option_milp(options, d, hbm, ddr, overhead, time_limit_s=solver_s, hint=hint, seed=budget.seed,
                                 deterministic_time_s=deterministic_s)
    else:
        milp = hint_result(options, d, hbm, ddr, overhead, hint)
    searched = improve_choices(options, milp.choices, d, hbm, ddr, max_moves=moves // 2, seed=budget.seed,
                               time_limit_s=max(SEARCH_GUARD_SHARE * left(), 0.0))
    candidates = [plan_of(options, c) for c in [searched, milp.choices] + ([] if hint is None else [hint])]
    priced = [oracle.cost(task, p).total_ms for p in candidates]
    milp_cost, plan = priced[1], candidates[int(np.argmin(priced))]
    if plan.is_table_wise:
        plan = improve_plan(task, plan, lambda tables: oracle.device_total_ms(task, tables),
                            time_limit_s=max(left(), 0.0))
    else:
        priority = np.array([table_options[0].free[0].cost_ms for table_options in options])
        costs_on = getattr(oracle, "device_costs_on", None)
        plan = improve_mixed_plan(task, plan, lambda p: oracle.device_costs(task, p).sum(axis=1), hbm, ddr,
                                  priority=priority,
                                  device_costs_on=(None if costs_on is None else
                                                   lambda p, devices: costs_on(task, p, devices).sum(axis=1)),
                                  max_evaluations=_mixed_evaluations(task, limit),
                                  time_limit_s=max(left(), 0.0))
    cost = oracle.cost(task, plan)
    linearized = min(overhead + float(device_loads(options, searched, d)[0].max()), milp.objective_ms)
    gap = (linearized - milp.bound_ms) / linearized if linearized > 0 else 0.0
    details = {
        "backend": "cpsat", "status": milp.status, "linearized_objective_ms": linearized,
        "linearized_bound_ms": milp.bound_ms, "gap": max(gap, 0.0), "milp_plan_cost_ms": milp_cost,
        "refined_cost_ms": cost.total_ms, "milp_wall_s": milp.wall_s, "sharding_types": plan.sharding_types(),
        "options": sum(len(o) for o in options), "model_solved": solve, "past_deadline": left() <= 0,
    }
    return ShardingResult("milp", plan, cost, time.monotonic() - start, details)


def baseline_planners() -> list[Planner]:
    """The heuristic planners (in :data:`~mlopt.solvers.sharding.HEURISTICS` order) and the MILP."""
    heuristics = [heuristic_planner(name) for name in HEURISTICS]
    milp = Planner("milp", plan_milp, MilpConfig(), splits_rows=True,
                   help="min-max MILP on linearized costs + local refinement")
    return [*heuristics, milp]


def best_greedy(task: ShardingTask, oracle: CostOracle, seed: int = 0,
                time_limit_s: float | None = None) -> ShardingResult:
    """The cheapest plan (under ``oracle``) among the greedy baselines and the TorchRec-style partitioner
    that manage to pack the task (tables larger than a device in row shards, :meth:`Planner.run`); raises the
    first packing error if none does.

    With ``time_limit_s``, only as many baselines run (in registry order) as :data:`GREEDY_SHARE` of the limit
    affords at :data:`GREEDY_TABLES_PER_SECOND` (at least one, and more while none has packed the task): a
    deterministic budget, so the result does not depend on the machine's load. ``details["greedy_skipped"]``
    names the baselines left out."""
    names = greedy_baselines()
    affordable = len(names)
    if time_limit_s is not None:
        affordable = max(1, int(GREEDY_SHARE * time_limit_s * GREEDY_TABLES_PER_SECOND) // task.num_tables)
    results, failures = [], []
    budget = PlanBudget(seed=seed)
    for count, name in enumerate(names):
        if count >= affordable and results:
            break
        try:
            results.append(heuristic_planner(name).run(task, oracle, budget))
        except InputError as error:
            failures.append(error)
    if not results:
        raise failures[0]
    best = min(results, key=lambda r: r.cost.total_ms)
    skipped = names[len(results) + len(failures):]
    return replace(best, details={**best.details, "greedy_skipped": list(skipped)}) if skipped else best
