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
from dataclasses import dataclass
from functools import partial

import numpy as np

from mlopt.datasets.embedding_tables import ShardingTask
from mlopt.envs.oracles.base import CostOracle
from mlopt.errors import InputError
from mlopt.sharding.core.placement_options import (
    SHARDING_TYPES, capacities, placement_options, plan_of, supports_placement_options, table_wise_choices,
)
from mlopt.sharding.core.planner import NoConfig, PlanBudget, Planner, ShardingResult
from mlopt.solvers.sharding import HEURISTICS, improve_plan, solve_sharding_milp
from mlopt.solvers.sharding.option_milp import (
    OptionChoice, device_loads, fits_memory, greedy_choices, solve_option_milp,
)
from mlopt.solvers.sharding.local_search import improve_mixed_plan
from mlopt.solvers.sharding.option_search import improve_choices, least_work_choices

MILP_BACKENDS: tuple[str, ...] = ("cpsat", "scip")
MILP_SHARE_OF_TIME = 0.8  # the rest of the time limit goes to local refinement under the true oracle
SEARCH_MOVES = 20_000  # moves evaluated per local search over placement options (a deterministic budget)
MIXED_EVALUATIONS = 300  # plans priced by the true oracle when refining a plan of mixed sharding types
SEARCH_SHARE_OF_TIME = 0.2  # a runaway guard on the searches' wall time; the move budget normally ends them first
AFTER_MILP_SHARE = 0.15  # of the limit, kept after the MILP for the search, the choice and the true-oracle moves


def plan_heuristic(task: ShardingTask, oracle: CostOracle, budget: PlanBudget, config: NoConfig,
                   name: str) -> ShardingResult:
    """The plan of heuristic ``name``, priced by ``oracle``."""
    start = time.perf_counter()
    plan = HEURISTICS[name](task, budget.seed)
    wall = time.perf_counter() - start
    return ShardingResult(name, plan, oracle.cost(task, plan), wall)


def greedy_baselines() -> tuple[str, ...]:
    """Names of the greedy baselines, in table order."""
    return tuple(name for name, heuristic in HEURISTICS.items() if heuristic.greedy_baseline)


@dataclass(frozen=True)
class MilpConfig:
    """The MILP planner's settings: the sharding types it may choose (all by default) and the solver of the
    table-wise MILP (``cpsat``: OR-Tools CP-SAT, ``scip``: SCIP); the MILP over sharding types runs on CP-SAT,
    so ``scip`` (or an oracle without placement costs) restricts the plan to table-wise."""

    milp_backend: str = "cpsat"
    sharding_types: tuple[str, ...] = SHARDING_TYPES

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
    start = time.perf_counter()
    hints = _greedy_hints(task, budget.seed)
    linear = oracle.table_costs(task).sum(axis=1)
    milp = solve_sharding_milp(task, linear, oracle.device_overhead_ms(task),
                               time_limit_s=budget.time_limit_s * MILP_SHARE_OF_TIME, backend=config.milp_backend,
                               hints=hints, seed=budget.seed)
    milp_cost = oracle.cost(task, milp.plan)
    remaining = max(budget.time_limit_s - (time.perf_counter() - start), 0.0)
    plan = improve_plan(task, milp.plan, lambda tables: oracle.device_total_ms(task, tables), time_limit_s=remaining)
    cost = oracle.cost(task, plan)
    details = {
        "backend": milp.backend, "status": milp.status, "linearized_objective_ms": milp.objective_ms,
        "linearized_bound_ms": milp.bound_ms, "gap": milp.gap, "milp_plan_cost_ms": milp_cost.total_ms,
        "refined_cost_ms": cost.total_ms, "milp_wall_s": milp.wall_s,
    }
    return ShardingResult("milp", plan, cost, time.perf_counter() - start, details)


def _starts(task: ShardingTask, options: list, hbm: int, ddr: int, seed: int) -> list[list[OptionChoice]]:
    """The starts that fit memory: the greedy table-wise plans, a longest-processing-time pass over the
    options, and each table's least-work option balanced the same way."""
    starts = [table_wise_choices(h) for h in _greedy_hints(task, seed)]
    starts.append(greedy_choices(options, task.num_devices, hbm, ddr))
    starts.append(least_work_choices(options, task.num_devices, hbm, ddr))
    return [c for c in starts if c is not None and fits_memory(options, c, task.num_devices, hbm, ddr)]


def plan_milp_over_types(task: ShardingTask, oracle: CostOracle, budget: PlanBudget,
                         config: MilpConfig) -> ShardingResult:
    """The MILP over placement options (:mod:`.placement_options`, :mod:`mlopt.solvers.sharding.option_milp`):

    1. starts (:func:`_starts`), each improved by local search over the options
       (:mod:`mlopt.solvers.sharding.option_search`); the best by linearized makespan is the MILP's hint;
    2. the MILP within :data:`MILP_SHARE_OF_TIME` of the limit, its choice improved by the same search;
    3. of these and the MILP's own choice, the plan the true oracle prices cheapest (the linearization can
       mislead), refined under the true oracle for the rest of the time: a table-wise plan by moves and swaps
       (:func:`~mlopt.solvers.sharding.improve_plan`), a mixed one by moving its table-wise tables off the
       bottleneck (:func:`~mlopt.solvers.sharding.local_search.improve_mixed_plan`, at most
       :data:`MIXED_EVALUATIONS` plans priced)."""
    start = time.perf_counter()
    limit = budget.time_limit_s
    left = lambda: limit - (time.perf_counter() - start)  # noqa: E731
    d = task.num_devices
    options = placement_options(task, oracle, config.sharding_types)
    hbm, ddr = capacities(task, oracle)
    overhead = oracle.device_overhead_ms(task)
    starts = _starts(task, options, hbm, ddr, budget.seed)
    search_time = max(min(limit * SEARCH_SHARE_OF_TIME, 0.25 * left()), 0.0)
    improved = [improve_choices(options, c, d, hbm, ddr, max_moves=SEARCH_MOVES, seed=budget.seed,
                                time_limit_s=search_time / len(starts)) for c in starts]
    hint = min(improved, key=lambda c: device_loads(options, c, d)[0].max(), default=None)
    # The MILP gets its share of the limit, less what options and starts took, and leaves room for the rest.
    solver_time = min(limit * MILP_SHARE_OF_TIME - (time.perf_counter() - start), left() - limit * AFTER_MILP_SHARE)
    milp = solve_option_milp(options, d, hbm, ddr, overhead, time_limit_s=max(solver_time, 0.05),
                             hint=hint, seed=budget.seed)
    searched = improve_choices(options, milp.choices, d, hbm, ddr, max_moves=SEARCH_MOVES, seed=budget.seed,
                               time_limit_s=max(min(limit * SEARCH_SHARE_OF_TIME / 2, 0.5 * left()), 0.0))
    candidates = [plan_of(options, c) for c in [searched, milp.choices] + ([] if hint is None else [hint])]
    priced = [oracle.cost(task, p).total_ms for p in candidates]
    milp_cost, plan = priced[1], candidates[int(np.argmin(priced))]
    if plan.is_table_wise:
        plan = improve_plan(task, plan, lambda tables: oracle.device_total_ms(task, tables),
                            time_limit_s=max(left(), 0.0))
    else:
        priority = np.array([table_options[0].free[0].cost_ms for table_options in options])
        plan = improve_mixed_plan(task, plan, lambda p: oracle.device_costs(task, p).sum(axis=1), hbm, ddr,
                                  priority=priority, max_evaluations=MIXED_EVALUATIONS,
                                  time_limit_s=max(left(), 0.0))
    cost = oracle.cost(task, plan)
    linearized = min(overhead + float(device_loads(options, searched, d)[0].max()), milp.objective_ms)
    gap = (linearized - milp.bound_ms) / linearized if linearized > 0 else 0.0
    details = {
        "backend": "cpsat", "status": milp.status, "linearized_objective_ms": linearized,
        "linearized_bound_ms": milp.bound_ms, "gap": max(gap, 0.0), "milp_plan_cost_ms": milp_cost,
        "refined_cost_ms": cost.total_ms, "milp_wall_s": milp.wall_s, "sharding_types": plan.sharding_types(),
        "options": sum(len(o) for o in options),
    }
    return ShardingResult("milp", plan, cost, time.perf_counter() - start, details)


def baseline_planners() -> list[Planner]:
    """The heuristic planners (in :data:`~mlopt.solvers.sharding.HEURISTICS` order) and the MILP."""
    heuristics = [Planner(name, partial(plan_heuristic, name=name), greedy_baseline=heuristic.greedy_baseline,
                          help=f"{name} heuristic") for name, heuristic in HEURISTICS.items()]
    milp = Planner("milp", plan_milp, MilpConfig(), help="min-max MILP on linearized costs + local refinement")
    return [*heuristics, milp]


def best_greedy(task: ShardingTask, oracle: CostOracle, seed: int = 0) -> ShardingResult:
    """The cheapest plan (under ``oracle``) among the greedy baselines and the TorchRec-style partitioner
    that manage to pack the task; raises the first packing error if none does."""
    results, failures = [], []
    budget = PlanBudget(seed=seed)
    for name in greedy_baselines():
        try:
            results.append(plan_heuristic(task, oracle, budget, NoConfig(), name))
        except InputError as error:
            failures.append(error)
    if not results:
        raise failures[0]
    return min(results, key=lambda r: r.cost.total_ms)
