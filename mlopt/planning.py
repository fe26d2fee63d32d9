"""Public API for sharding plans: one call from a task and a method name to a priced plan.

    from mlopt.planning import plan_sharding
    result = plan_sharding(task, "milp", oracle=AnalyticalOracle("a100"), time_limit_s=30)
    result.cost.total_ms, result.plan.assignment

Methods: the DreamShard/AutoShard heuristic baselines and the TorchRec-style partitioner from
``mlopt.solvers.sharding``, and ``milp``: the exact min-max MILP on the oracle's linearized per-table
costs (warm-started with the greedy plans), whose plan is then refined by local search under the true,
non-additive oracle. Every plan is priced by the same oracle, so methods compare on one scale.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from mlopt.datasets.embedding_tables import ShardingPlan, ShardingTask
from mlopt.envs.oracles import AnalyticalOracle
from mlopt.envs.oracles.base import CostOracle, PlanCost
from mlopt.errors import InputError
from mlopt.solvers.sharding import HEURISTICS, improve_plan, solve_sharding_milp

GREEDY_BASELINES: tuple[str, ...] = ("dim-greedy", "size-greedy", "lookup-greedy", "size-lookup-greedy", "torchrec")
MILP_BACKENDS: tuple[str, ...] = ("cpsat", "scip")
METHODS: tuple[str, ...] = (*HEURISTICS, "milp")
MILP_SHARE_OF_TIME = 0.8  # the rest of the time limit goes to local refinement under the true oracle


@dataclass(frozen=True)
class ShardingResult:
    """A plan, its price under the oracle, and how it was found."""

    method: str
    plan: ShardingPlan
    cost: PlanCost
    wall_s: float
    details: dict[str, Any] = field(default_factory=dict)


def _heuristic(task: ShardingTask, method: str, oracle: CostOracle, seed: int) -> ShardingResult:
    start = time.perf_counter()
    plan = HEURISTICS[method](task, seed)
    wall = time.perf_counter() - start
    return ShardingResult(method, plan, oracle.cost(task, plan), wall)


def _milp(task: ShardingTask, oracle: CostOracle, time_limit_s: float, seed: int, backend: str) -> ShardingResult:
    start = time.perf_counter()
    hints = []
    for name in GREEDY_BASELINES:
        try:
            hints.append(HEURISTICS[name](task, seed))
        except InputError:  # a greedy can fail to pack tight memory; the MILP does not need its hint
            continue
    linear = oracle.table_costs(task).sum(axis=1)
    milp = solve_sharding_milp(task, linear, oracle.device_overhead_ms(task), time_limit_s=time_limit_s * MILP_SHARE_OF_TIME,
                      backend=backend, hints=hints, seed=seed)
    milp_cost = oracle.cost(task, milp.plan)
    remaining = max(time_limit_s - (time.perf_counter() - start), 0.0)
    plan = improve_plan(task, milp.plan, lambda tables: oracle.device_total_ms(task, tables), time_limit_s=remaining)
    cost = oracle.cost(task, plan)
    details = {
        "backend": milp.backend, "status": milp.status, "linearized_objective_ms": milp.objective_ms,
        "linearized_bound_ms": milp.bound_ms, "gap": milp.gap, "milp_plan_cost_ms": milp_cost.total_ms,
        "refined_cost_ms": cost.total_ms, "milp_wall_s": milp.wall_s,
    }
    return ShardingResult("milp", plan, cost, time.perf_counter() - start, details)


def plan_sharding(
    task: ShardingTask,
    method: str = "milp",
    oracle: CostOracle | None = None,
    *,
    time_limit_s: float = 10.0,
    seed: int = 0,
    milp_backend: str = "cpsat",
) -> ShardingResult:
    """Plan ``task`` with ``method`` and price the plan with ``oracle`` (analytical A100 by default)."""
    oracle = oracle if oracle is not None else AnalyticalOracle("a100")
    task.check_fits()
    if method == "milp":
        if milp_backend not in MILP_BACKENDS:
            raise InputError(f"unknown MILP backend {milp_backend!r}", field="--milp-backend",
                             expected=" or ".join(MILP_BACKENDS))
        if time_limit_s <= 0:
            raise InputError(f"time limit {time_limit_s} s", field="--time-limit", expected="seconds > 0")
        return _milp(task, oracle, time_limit_s, seed, milp_backend)
    if method in HEURISTICS:
        return _heuristic(task, method, oracle, seed)
    raise InputError(f"unknown method {method!r}", field="--method", expected="one of " + ", ".join(METHODS))


def best_greedy(task: ShardingTask, oracle: CostOracle, seed: int = 0) -> ShardingResult:
    """The cheapest plan (under ``oracle``) among the greedy baselines and the TorchRec-style partitioner
    that manage to pack the task; raises the first packing error if none does."""
    results, failures = [], []
    for name in GREEDY_BASELINES:
        try:
            results.append(_heuristic(task, name, oracle, seed))
        except InputError as error:
            failures.append(error)
    if not results:
        raise failures[0]
    return min(results, key=lambda r: r.cost.total_ms)
