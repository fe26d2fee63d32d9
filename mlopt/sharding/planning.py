"""Public API for sharding plans: one call from a task and a method name to a priced plan.

    from mlopt.sharding import plan_sharding
    result = plan_sharding(task, "milp", oracle=AnalyticalOracle("a100"), time_limit_s=30)
    result.cost.total_ms, result.plan.assignment

Methods are the planners of :mod:`mlopt.sharding.registry`: the DreamShard/AutoShard heuristic baselines
and the TorchRec-style partitioner (:mod:`mlopt.solvers.sharding`); ``milp``, the exact min-max MILP on the
oracle's linearized per-table costs refined by local search under the true oracle; and the learned methods
(weights from the shipped :mod:`mlopt.sharding.pretrained` or ``model_dir``): ``dreamshard`` (the policy's
argmax rollout; Zha et al., NeurIPS 2022), ``neuroshard`` (the paper's column-wise beam search with the
table-wise greedy grid search inside; Zha et al., MLSys 2023) and ``neuroshard-tw`` (the grid search alone).
Plans are in the one plan model (:mod:`mlopt.datasets.sharding_plan`: per table a sharding type, its
shards and a kernel), NeuroShard's column splits included. Every plan is priced by the same oracle, so
methods compare on one scale.

:func:`plan_default` is what ``mlopt shard`` runs without ``--method``: the registered learned planners
marked ``in_default`` whose weights exist (NeuroShard's beam search within the time limit), keeping the plan
the oracle prices cheapest, else the MILP; never a plan worse than the best greedy baseline.
"""

from __future__ import annotations

import os
from dataclasses import replace

from mlopt.datasets.embedding_tables import ShardingTask
from mlopt.envs.oracles import AnalyticalOracle
from mlopt.envs.oracles.base import CostOracle
from mlopt.errors import InputError
from mlopt.sharding.core.planner import PlanBudget, ShardingResult
from mlopt.sharding.pretrained import weights_dir
from mlopt.sharding.registry import get_planner, planners

FALLBACK_METHOD = "milp"  # what the default runs when no learned weights are found


def plan_sharding(
    task: ShardingTask,
    method: str = "milp",
    oracle: CostOracle | None = None,
    *,
    time_limit_s: float = 10.0,
    seed: int = 0,
    milp_backend: str | None = None,
    model_dir: str | os.PathLike[str] | None = None,
    search_limit_s: float | None = None,
) -> ShardingResult:
    """Plan ``task`` with the registered planner ``method`` and price the plan with ``oracle`` (analytical
    A100 by default). ``milp_backend`` (``cpsat`` by default) and ``model_dir`` (the learned methods' weights
    folder; default: the shipped one) set the planner's config where it has such a field;
    ``search_limit_s`` bounds NeuroShard's column-wise beam search (default: the full search)."""
    planner = get_planner(method).configured(milp_backend=milp_backend, model_dir=model_dir)
    oracle = oracle if oracle is not None else AnalyticalOracle("a100")
    task.check_fits()
    return planner.run(task, oracle, PlanBudget(time_limit_s=time_limit_s, seed=seed, search_limit_s=search_limit_s))


def learned_methods() -> tuple[str, ...]:
    """Names of the registered planners that need learned weights."""
    return tuple(p.name for p in planners() if p.needs_weights)


def default_methods(num_devices: int,
                    model_dir: str | os.PathLike[str] | None = None) -> tuple[tuple[str, ...], str | None]:
    """The methods ``mlopt shard`` runs without ``--method``, and a one-line note when that is not every
    ``in_default`` planner: those whose weights are in the folder (the learned cost nets take the device count
    and topology as inputs, so one set of weights plans any ``num_devices``), else :data:`FALLBACK_METHOD`."""
    folder = weights_dir(model_dir)
    default = [p.configured(model_dir=model_dir) for p in planners() if p.in_default]
    methods = tuple(p.name for p in default if p.can_plan(num_devices))
    if not methods:
        return (FALLBACK_METHOD,), f"no learned weights in {folder}; falling back to {FALLBACK_METHOD}"
    missing = [p.name for p in default if p.name not in methods]
    note = f"no {' or '.join(missing)} weights in {folder}" if missing else None
    return methods, note


def plan_default(task: ShardingTask, oracle: CostOracle, baseline: ShardingResult, *, time_limit_s: float = 10.0,
                 seed: int = 0, model_dir: str | os.PathLike[str] | None = None) -> tuple[ShardingResult, list[str]]:
    """The default plan and notes to print: the cheapest under ``oracle`` of :func:`default_methods`'
    plans (NeuroShard's beam search starts no step after ``time_limit_s``), or ``baseline`` (the best
    greedy, see :func:`~mlopt.sharding.core.baselines.best_greedy`) when that plan costs more."""
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
