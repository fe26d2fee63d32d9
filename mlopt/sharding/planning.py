"""Public API for sharding plans: one call from a task and a method name to a priced plan.

    from mlopt.sharding import plan_sharding
    result = plan_sharding(task, "milp", oracle=AnalyticalOracle("a100"), time_limit_s=30)
    result.cost.total_ms, result.plan.assignment

Methods are the planners of :mod:`mlopt.sharding.registry`: the DreamShard/AutoShard heuristic baselines
and the TorchRec-style partitioner (:mod:`mlopt.solvers.sharding`); ``milp``, the exact min-max MILP on the
oracle's linearized per-table costs refined by local search under the true oracle; and the learned methods
(weights from the shipped :mod:`mlopt.sharding.pretrained` or ``model_dir``): ``dreamshard`` (the policy's
argmax rollout; Zha et al., NeurIPS 2022), ``neuroshard`` (the paper's column-wise beam search with the
table-wise greedy grid search inside; Zha et al., MLSys 2023) and ``neuroshard-tw`` (the grid search alone),
each followed by single-table moves under its own cost model (:mod:`mlopt.sharding.core.move_search`; ``refine=
False`` leaves them out).
Plans are in the one plan model (:mod:`mlopt.datasets.sharding_plan`: per table a sharding type, its
shards and a kernel), NeuroShard's column splits included. Every plan is priced by the same oracle, so
methods compare on one scale.

:func:`plan_default` is what ``mlopt shard`` runs without ``--method``: a portfolio of the learned planners
marked ``in_default`` whose weights exist, then the MILP over sharding types with their plans as further
starts, and the best greedy baseline; it returns the plan the oracle prices cheapest, with the MILP's bound.
Every budget inside is deterministic (CP-SAT's deterministic time, move, step and evaluation counts derived
from the time limit), so the same call gives the same plan on an idle and on a loaded machine; the deadline
is a wall-clock guard on top (a machine so loaded that start-up and the learned planners spend the whole
limit skips the MILP, with a note, rather than overrun). Tasks too large for the limit skip a stage by size
alone, also with a note: a learned planner by its estimate, the MILP above :data:`MILP_CELLS_PER_SECOND` table x
device pairs per second of the limit (100,000 tables on 512 devices then get the best greedy plan in seconds).
"""

from __future__ import annotations

import os
import time
from dataclasses import replace
from typing import Callable

from mlopt.datasets.embedding_tables import ShardingTask
from mlopt.envs.oracles import AnalyticalOracle
from mlopt.envs.oracles.base import CostOracle
from mlopt.errors import InputError
from mlopt.sharding.core.move_search import affordable_moves, refine_moves, refine_seconds
from mlopt.sharding.core.planner import PlanBudget, ShardingResult
from mlopt.sharding.core.uvm_stage import check_memory
from mlopt.sharding.neuroshard.planner import beam_steps
from mlopt.sharding.pretrained import weights_dir
from mlopt.sharding.registry import get_planner, planners

PORTFOLIO_METHOD = "milp"  # what the default always runs, after the learned planners
LEARNED_SHARE = 0.2  # of the time limit that the learned planners' expected seconds may sum to
# The shortest limit at which the learned planners join the default: their start-up in a fresh process (importing
# torch, loading weights) takes 2-4 s of a 2-core machine, so below this they left the MILP no time (at 3 s the
# default was 1.16-1.41x the MILP alone on benchmarks/sharding_default.py --quick, the MILP skipped)
LEARNED_MIN_LIMIT_S = 10.0
# The MILP's set-up (options, starts, loads; work outside the solver's deadline) grows with tables x devices: on a
# loaded 2-core machine about this many table-device pairs per second of the limit leave the solver its share.
MILP_CELLS_PER_SECOND = 70_000


def plan_sharding(
    task: ShardingTask,
    method: str = "milp",
    oracle: CostOracle | None = None,
    *,
    time_limit_s: float = 10.0,
    seed: int = 0,
    milp_backend: str | None = None,
    model_dir: str | os.PathLike[str] | None = None,
    deadline: float | None = None,
    search_steps: int | None = None,
    refine_moves: int | None = None,
    refine: bool | None = None,
    data_parallel: bool | None = None,
) -> ShardingResult:
    """Plan ``task`` with the registered planner ``method`` and price the plan with ``oracle`` (analytical
    A100 by default). ``milp_backend`` (``cpsat`` by default) and ``model_dir`` (the learned methods' weights
    folder; default: the shipped one) set the planner's config where it has such a field. ``time_limit_s``
    sizes the planner's deterministic budgets; ``deadline`` (a ``time.monotonic()`` value; default:
    ``time_limit_s`` from now) is the wall-clock guard; ``search_steps`` caps NeuroShard's column-wise beam
    search and ``refine_moves`` a learned planner's move search (default: counts derived from ``time_limit_s``);
    ``refine=False`` returns a learned planner's plan without the move search and the data-parallel and row
    stages (the paper's plan); ``data_parallel=False`` leaves out those two stages alone."""
    planner = get_planner(method).configured(milp_backend=milp_backend, model_dir=model_dir, refine=refine,
                                             data_parallel=data_parallel)
    oracle = oracle if oracle is not None else AnalyticalOracle("a100")
    check_memory(task)  # tables larger than a device go into row shards, tables over memory to UVM (Planner.run)
    budget = PlanBudget(time_limit_s=time_limit_s, seed=seed, deadline=deadline, search_steps=search_steps,
                        refine_moves=refine_moves)
    return planner.run(task, oracle, budget)


def learned_methods() -> tuple[str, ...]:
    """Names of the registered planners that need learned weights."""
    return tuple(p.name for p in planners() if p.needs_weights)


def default_methods(num_devices: int, model_dir: str | os.PathLike[str] | None = None,
                    time_limit_s: float | None = None,
                    learned_min_limit_s: float = LEARNED_MIN_LIMIT_S) -> tuple[tuple[str, ...], str | None]:
    """The methods ``mlopt shard`` runs without ``--method``, in order, and a one-line note when a learned
    one is left out: the ``in_default`` planners whose weights are in the folder (the learned cost nets take
    the device count and topology as inputs, so one set of weights plans any ``num_devices``), unless
    ``time_limit_s`` is below ``learned_min_limit_s`` (default :data:`LEARNED_MIN_LIMIT_S`; None: no limit
    given), then :data:`PORTFOLIO_METHOD`."""
    folder = weights_dir(model_dir)
    default = [p.configured(model_dir=model_dir) for p in planners() if p.in_default]
    learned = tuple(p.name for p in default if p.can_plan(num_devices))
    missing = [p.name for p in default if p.name not in learned]
    notes = [f"no {' or '.join(missing)} weights in {folder}"] if missing else []
    if learned and time_limit_s is not None and time_limit_s < learned_min_limit_s:
        notes.append(f"{' and '.join(learned)} left out: --time-limit {time_limit_s:g} s is below "
                     f"{learned_min_limit_s:g} s, and their start-up (torch, weights) would leave the MILP too little")
        learned = ()
    return (*learned, PORTFOLIO_METHOD), "; ".join(notes) or None


def plan_default(task: ShardingTask, oracle: CostOracle, baseline: ShardingResult, *, time_limit_s: float = 10.0,
                 seed: int = 0, model_dir: str | os.PathLike[str] | None = None,
                 deadline: float | None = None,
                 on_stage: Callable[..., None] | None = None,
                 learned_min_limit_s: float = LEARNED_MIN_LIMIT_S,
                 refine: bool = True, data_parallel: bool = True) -> tuple[ShardingResult, list[str]]:
    """The default portfolio (module docstring) and notes to print: the learned planners of
    :func:`default_methods`, the MILP with their plans as starts, and ``baseline`` (the best greedy, see
    :func:`~mlopt.sharding.core.baselines.best_greedy`); the cheapest under ``oracle`` (the MILP's plan on a
    tie). ``details`` carries every candidate's cost, the MILP's bound on the linearized cost and the
    returned plan's gap to it. ``deadline`` (default: ``time_limit_s`` from now) is the wall-clock guard;
    ``on_stage(stage, best=...)`` hears each planner as it starts and the cheapest cost so far (progress).
    Below ``learned_min_limit_s`` (default :data:`LEARNED_MIN_LIMIT_S`; 0: always) :func:`default_methods` leaves
    the learned planners out with a note, so a short limit goes to the MILP (the same run as the MILP alone).
    ``refine=False`` runs the learned planners without their move search and data-parallel and row stages,
    ``data_parallel=False`` without the two stages."""
    report = on_stage if on_stage is not None else (lambda *args, **kwargs: None)
    best_ms = baseline.cost.total_ms
    deadline = deadline if deadline is not None else time.monotonic() + time_limit_s
    methods, note = default_methods(task.num_devices, model_dir, time_limit_s, learned_min_limit_s)
    notes = [note] if note else []
    learned = []
    left_s = LEARNED_SHARE * time_limit_s
    runs = []
    for m in methods[:-1]:
        planner = get_planner(m)
        steps = beam_steps(task, left_s) if m == "neuroshard" else None
        budget = PlanBudget(time_limit_s=time_limit_s, seed=seed, deadline=deadline, search_steps=steps,
                            refine_moves=0)
        expected = planner.estimate_s(task, budget) if planner.estimate_s is not None else 0.0
        if expected > left_s:
            notes.append(f"{m} skipped: about {expected:.1f} s expected for {task.num_tables} tables on "
                         f"{task.num_devices} devices, more than its share of --time-limit ({left_s:.1f} s left)")
            continue
        left_s -= expected
        runs.append((m, budget))
    for index, (m, budget) in enumerate(runs):  # the share left after every search, split for their move searches
        moves = min(affordable_moves(task, left_s / (len(runs) - index)),
                    refine_moves(task, replace(budget, refine_moves=None))) if refine else 0
        left_s -= refine_seconds(task, moves)
        report(m)
        try:
            learned.append(plan_sharding(task, m, oracle, time_limit_s=time_limit_s, seed=seed, model_dir=model_dir,
                                         deadline=deadline, search_steps=budget.search_steps, refine_moves=moves,
                                         refine=refine, data_parallel=data_parallel))
        except InputError as error:  # e.g. DreamShard's rollout ran out of memory: keep the others' plans
            notes.append(f"{m} found no plan ({error})")
            continue
        best_ms = min(best_ms, learned[-1].cost.total_ms)
        report(best=f"{best_ms:.3f} ms")
    cells = task.num_tables * task.num_devices
    if cells > MILP_CELLS_PER_SECOND * time_limit_s:  # deterministic: the same call skips it on any machine
        needed = cells / MILP_CELLS_PER_SECOND
        notes.append(f"{PORTFOLIO_METHOD} skipped: {task.num_tables} tables on {task.num_devices} devices need about "
                     f"--time-limit {needed:.0f} s for it; the plan is the best of the others")
        return _without_milp(learned, baseline, "skipped (size)"), notes
    if time.monotonic() >= deadline:  # start-up and the learned planners took the whole limit: a loaded machine
        notes.append(f"{PORTFOLIO_METHOD} skipped: --time-limit {time_limit_s:g} s was spent before it could start "
                     "(a loaded machine or a slow start-up); the plan may differ from an idle run's")
        return _without_milp(learned, baseline, "skipped"), notes
    report(f"{PORTFOLIO_METHOD} (with {len(learned)} learned plans as starts)")
    budget = PlanBudget(time_limit_s=time_limit_s, seed=seed, deadline=deadline)
    milp = get_planner(PORTFOLIO_METHOD).configured(hints=tuple(r.plan for r in learned)).run(task, oracle, budget)
    candidates = [milp, *learned, baseline]
    result = min(candidates, key=lambda r: r.cost.total_ms)
    bound = milp.details["linearized_bound_ms"]
    details = {**result.details, "default_candidates": {r.method: r.cost.total_ms for r in candidates},
               "milp_bound_ms": bound, "milp_status": milp.details["status"],
               "milp_past_deadline": milp.details.get("past_deadline"),
               "gap_to_bound": max(result.cost.total_ms - bound, 0.0) / result.cost.total_ms}
    return replace(result, details=details), notes


def _without_milp(learned: list[ShardingResult], baseline: ShardingResult, status: str) -> ShardingResult:
    """The cheapest of the learned plans and the best greedy when the MILP did not run (``status`` says why)."""
    candidates = [*learned, baseline]
    result = min(candidates, key=lambda r: r.cost.total_ms)
    details = {**result.details, "default_candidates": {r.method: r.cost.total_ms for r in candidates},
               "milp_bound_ms": None, "milp_status": status, "gap_to_bound": None}
    return replace(result, details=details)
