"""Public API for sharding plans: one call from a task and a method name to a priced plan.

    from mlopt.planning import plan_sharding
    result = plan_sharding(task, "milp", oracle=AnalyticalOracle("a100"), time_limit_s=30)
    result.cost.total_ms, result.plan.assignment

Methods: the DreamShard/AutoShard heuristic baselines and the TorchRec-style partitioner from
``mlopt.solvers.sharding``; ``milp``: the exact min-max MILP on the oracle's linearized per-table
costs (warm-started with the greedy plans), whose plan is then refined by local search under the true,
non-additive oracle; and the learned methods (:data:`LEARNED_METHODS`, weights from
:mod:`mlopt.pretrained` or ``model_dir``): ``dreamshard`` (the policy's argmax rollout; Zha et al.,
NeurIPS 2022), ``neuroshard`` (the paper's search under the pre-trained cost nets: column-wise beam
search with the table-wise greedy grid search inside; Zha et al., MLSys 2023) and ``neuroshard-tw``
(the table-wise grid search alone). A plan that splits tables places column shards: its result carries
the per-shard task (``shard_task``), which the plan indexes and the oracle prices. Every plan is priced by the same oracle, so methods compare on one scale.

:func:`plan_default` is what ``mlopt shard`` runs without ``--method``: the learned methods of
:data:`DEFAULT_LEARNED` whose weights exist (NeuroShard's beam search within the time limit), keeping the
plan the oracle prices cheapest, else the MILP; never a plan worse than the best greedy baseline.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from mlopt.datasets.embedding_tables import ShardingPlan, ShardingTask
from mlopt.envs.oracles import AnalyticalOracle
from mlopt.envs.oracles.base import CostOracle, PlanCost
from mlopt.errors import InputError
from mlopt.solvers.sharding import HEURISTICS, improve_plan, solve_sharding_milp

GREEDY_BASELINES: tuple[str, ...] = ("dim-greedy", "size-greedy", "lookup-greedy", "size-lookup-greedy", "torchrec")
MILP_BACKENDS: tuple[str, ...] = ("cpsat", "scip")
LEARNED_METHODS: tuple[str, ...] = ("dreamshard", "neuroshard", "neuroshard-tw")
METHODS: tuple[str, ...] = (*HEURISTICS, "milp", *LEARNED_METHODS)
# What the default runs: NeuroShard is the better learned method on most held-out suites, DreamShard on
# 200x8 and on all of dlrm_856 (benchmarks/RESULTS.md), in under a second.
DEFAULT_LEARNED: tuple[str, ...] = ("neuroshard", "dreamshard")
FALLBACK_METHOD = "milp"  # what the default runs when no learned weights are found
MILP_SHARE_OF_TIME = 0.8  # the rest of the time limit goes to local refinement under the true oracle


@dataclass(frozen=True)
class ShardingResult:
    """A plan, its price under the oracle, and how it was found. For a column-wise plan ``shard_task`` is
    the per-shard task (one table per column shard) that ``plan`` indexes and ``cost`` prices; otherwise
    it is None and ``plan`` indexes the task's tables."""

    method: str
    plan: ShardingPlan
    cost: PlanCost
    wall_s: float
    details: dict[str, Any] = field(default_factory=dict)
    shard_task: ShardingTask | None = None

    def planned_task(self, task: ShardingTask) -> ShardingTask:
        """The task ``plan`` indexes: ``shard_task`` for a column-wise plan, else ``task``."""
        return self.shard_task if self.shard_task is not None else task


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


@lru_cache(maxsize=8)
def _dreamshard_models(model_dir: str | None) -> Any:
    from mlopt.pretrained import load_dreamshard

    return load_dreamshard(model_dir)


@lru_cache(maxsize=8)
def _neuroshard_model(num_devices: int, model_dir: str | None) -> Any:
    from mlopt.pretrained import load_neuroshard

    return load_neuroshard(num_devices, model_dir, device="cpu")


def _learned(task: ShardingTask, method: str, oracle: CostOracle, model_dir: str | None,
             time_limit_s: float | None = None) -> ShardingResult:
    """A learned method's plan (weights loaded once per folder and cached), priced by ``oracle``;
    ``time_limit_s`` bounds NeuroShard's column-wise beam search (see :func:`plan_with_neuroshard`)."""
    if method == "dreamshard":
        from mlopt.policies.dreamshard import plan_with_dreamshard

        models = _dreamshard_models(model_dir)
        start = time.perf_counter()
        plan = plan_with_dreamshard(task, models.policy, models.cost_net_for(task.num_devices), device="cpu")
        return ShardingResult(method, plan, oracle.cost(task, plan), time.perf_counter() - start)
    from mlopt.search.neuroshard import plan_with_neuroshard

    model = _neuroshard_model(task.num_devices, model_dir)
    found = plan_with_neuroshard(task, model, column_wise=method == "neuroshard", time_limit_s=time_limit_s)
    details = {"predicted_cost_ms": found.predicted_cost_ms, "table_wise_predicted_ms": found.table_wise_cost_ms,
               "grid_searches": found.evaluations}
    if found.shard_task is task:  # no table was split
        return ShardingResult(method, found.plan, oracle.cost(task, found.plan), found.wall_s, details)
    details["num_shards"] = found.shard_task.num_tables
    return ShardingResult(method, found.plan, oracle.cost(found.shard_task, found.plan), found.wall_s, details,
                          shard_task=found.shard_task)


def plan_sharding(
    task: ShardingTask,
    method: str = "milp",
    oracle: CostOracle | None = None,
    *,
    time_limit_s: float = 10.0,
    seed: int = 0,
    milp_backend: str = "cpsat",
    model_dir: str | os.PathLike[str] | None = None,
    search_limit_s: float | None = None,
) -> ShardingResult:
    """Plan ``task`` with ``method`` and price the plan with ``oracle`` (analytical A100 by default).
    Learned methods read their weights from ``model_dir`` (default: the shipped :mod:`mlopt.pretrained`);
    ``search_limit_s`` bounds NeuroShard's column-wise beam search (default: the full search)."""
    oracle = oracle if oracle is not None else AnalyticalOracle("a100")
    task.check_fits()
    if method in LEARNED_METHODS:
        return _learned(task, method, oracle, None if model_dir is None else str(model_dir), search_limit_s)
    if method == "milp":
        if milp_backend not in MILP_BACKENDS:
            raise InputError(f"unknown MILP backend {milp_backend!r}", field="milp_backend",
                             expected=" or ".join(MILP_BACKENDS))
        if time_limit_s <= 0:
            raise InputError(f"time limit {time_limit_s} s", field="time_limit_s", expected="seconds > 0")
        return _milp(task, oracle, time_limit_s, seed, milp_backend)
    if method in HEURISTICS:
        return _heuristic(task, method, oracle, seed)
    raise InputError(f"unknown method {method!r}", field="method", expected="one of " + ", ".join(METHODS))


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


def default_methods(num_devices: int,
                    model_dir: str | os.PathLike[str] | None = None) -> tuple[tuple[str, ...], str | None]:
    """The methods ``mlopt shard`` runs without ``--method``, and a one-line note when that is not all of
    :data:`DEFAULT_LEARNED`: those whose weights exist (NeuroShard needs a comm net for ``num_devices``),
    else :data:`FALLBACK_METHOD`."""
    from mlopt.pretrained import PRETRAINED_DIR, comm_device_counts, has_weights

    folder = PRETRAINED_DIR if model_dir is None else model_dir
    available = {"neuroshard": has_weights("neuroshard", folder) and num_devices in comm_device_counts(folder),
                 "dreamshard": has_weights("dreamshard", folder)}
    methods = tuple(m for m in DEFAULT_LEARNED if available[m])
    if not methods:
        return (FALLBACK_METHOD,), f"no learned weights in {folder}; falling back to {FALLBACK_METHOD}"
    missing = [m for m in DEFAULT_LEARNED if m not in methods]
    note = f"no {' or '.join(missing)} weights for {num_devices} devices in {folder}" if missing else None
    return methods, note


def plan_default(task: ShardingTask, oracle: CostOracle, baseline: ShardingResult, *, time_limit_s: float = 10.0,
                 seed: int = 0, model_dir: str | os.PathLike[str] | None = None) -> tuple[ShardingResult, list[str]]:
    """The default plan and notes to print: the cheapest under ``oracle`` of :func:`default_methods`'
    plans (NeuroShard's beam search starts no step after ``time_limit_s``), or ``baseline`` (the best
    greedy, see :func:`best_greedy`) when that plan costs more."""
    methods, note = default_methods(task.num_devices, model_dir)
    notes = [note] if note else []
    results, failures = [], []
    for m in methods:
        try:
            results.append(plan_sharding(task, m, oracle, time_limit_s=time_limit_s, seed=seed, model_dir=model_dir,
                                         search_limit_s=time_limit_s))
        except InputError as error:  # e.g. DreamShard's rollout ran out of memory: keep the others' plans
            failures.append(error)
            notes.append(f"{m} found no plan ({error})")
    if not results:
        raise failures[0]
    result = min(results, key=lambda r: r.cost.total_ms)
    if len(results) > 1:
        result = replace(result, details={**result.details,
                                          "default_candidates": {r.method: r.cost.total_ms for r in results}})
    method = result.method
    if result.cost.total_ms > baseline.cost.total_ms:
        notes.append(f"the {method} plan ({result.cost.total_ms:.3f} ms) costs more than the best greedy "
                     f"({baseline.method}, {baseline.cost.total_ms:.3f} ms); returning the greedy plan")
        return replace(baseline, details={**baseline.details, "default_rejected": method}), notes
    return result, notes
