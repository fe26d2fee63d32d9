"""Exact table-wise sharding by MILP on linearized per-table costs (OR-Tools CP-SAT or SCIP).

With each table's cost taken as additive (a cost oracle's ``table_costs`` summed over the four
components) the min-max sharding problem of DreamShard (Zha et al., NeurIPS 2022) and AutoShard
(Zha et al., KDD 2022) becomes a makespan problem with memory capacities::

    min z  s.t.  sum_d x[t,d] = 1                          for every table t
                 sum_t size_t x[t,d] <= M                    for every device d
                 z >= overhead + sum_t c_t x[t,d]            for every device d
                 x binary

Devices are identical, so device labels are fixed canonically: with tables sorted by cost (descending),
the table at position p may only go to devices 0..p (any plan can be relabeled so each device is first
used in that order, memory included). Both backends solve the same integer data: costs are floored to
``resolution_ms`` units (so the solver's bound stays a valid lower bound of the real optimum) and
memory is counted in KiB with sizes rounded up and the capacity down (so every integer-feasible plan
fits the real memory). The returned objective is recomputed from the real costs.
"""

from __future__ import annotations

import math
import os
import time
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from mlopt.datasets.embedding_tables import ShardingPlan, ShardingTask
from mlopt.errors import InputError

from .greedy import greedy_plan

BACKENDS = ("cpsat", "scip")
MEMORY_UNIT_BYTES = 1024
DEFAULT_RESOLUTION_MS = 1e-4
SHUTDOWN_MARGIN_S = 0.5


@dataclass(frozen=True)
class MilpResult:
    """Plan and its linearized cost; ``gap = (objective_ms - bound_ms) / objective_ms`` in [0, 1].

    ``status`` is ``"optimal"`` (proved on the integer data) or ``"feasible"`` (time limit reached).
    """

    plan: ShardingPlan
    objective_ms: float
    bound_ms: float
    gap: float
    status: str
    backend: str
    wall_s: float


def linearized_cost_ms(plan: ShardingPlan, table_costs: np.ndarray, device_overhead_ms: float,
                       num_devices: int) -> float:
    """Max over devices of overhead + the sum of the device's table costs."""
    loads = np.bincount(plan.as_array(), weights=np.asarray(table_costs, dtype=np.float64),
                        minlength=num_devices)
    return float(device_overhead_ms + loads.max())


@dataclass(frozen=True)
class _Data:
    """Integer model data shared by both backends."""

    cost: np.ndarray  # [T] int64, floor(c / resolution)
    size: np.ndarray  # [T] int64, KiB rounded up
    capacity: int  # KiB rounded down
    max_device: np.ndarray  # [T] int64, table t may use devices 0..max_device[t]
    num_devices: int

    def allowed(self, t: int) -> range:
        return range(int(self.max_device[t]) + 1)


def _canonical(assignment: np.ndarray, order: np.ndarray, num_devices: int) -> np.ndarray:
    """Relabel devices by first use along ``order`` so the plan satisfies the symmetry fixing."""
    label = np.full(num_devices, -1, dtype=np.int64)
    nxt = 0
    for t in order:
        if label[assignment[t]] < 0:
            label[assignment[t]] = nxt
            nxt += 1
    return label[assignment]


def _fits(assignment: np.ndarray, data: _Data) -> bool:
    used = np.bincount(assignment, weights=data.size, minlength=data.num_devices)
    return bool(np.all(used <= data.capacity))


def _best_hint(task: ShardingTask, costs: np.ndarray, data: _Data, order: np.ndarray,
               hints: Sequence[ShardingPlan]) -> np.ndarray | None:
    """The lowest-cost plan among the hints and a cost-greedy (LPT) plan that fits, canonicalized."""
    candidates = [h.as_array() for h in hints if len(h.assignment) == task.num_tables]
    try:
        candidates.append(greedy_plan(task, costs, method="milp warm start").as_array())
    except InputError:
        pass  # the greedy may get stuck on tight memory where an exact packing still exists
    valid = [a for a in candidates
             if a.size and a.min() >= 0 and a.max() < data.num_devices and _fits(a, data)]
    if not valid:
        return None
    best = min(valid, key=lambda a: np.bincount(a, weights=costs, minlength=data.num_devices).max())
    return _canonical(best, order, data.num_devices)


def remaining_solver_time(deadline: float) -> float:
    """Seconds left to the solver, keeping a small margin for its shutdown and the result checks."""
    return max(deadline - time.perf_counter() - SHUTDOWN_MARGIN_S, 0.01)


def _solve_cpsat(data: _Data, hint: np.ndarray | None, deadline: float, gap_limit: float, seed: int,
                 num_workers: int, deterministic_time_s: float | None) -> tuple[str, np.ndarray | None, float]:
    from ortools.sat.python import cp_model

    model = cp_model.CpModel()
    num_tables = data.cost.size
    x = [{d: model.new_bool_var(f"x{t}_{d}") for d in data.allowed(t)} for t in range(num_tables)]
    for t in range(num_tables):
        model.add_exactly_one(x[t].values())
    total = int(data.cost.sum())
    lower = max(int(data.cost.max()), -(-total // data.num_devices))
    z = model.new_int_var(lower, max(total, lower), "z")
    for d in range(data.num_devices):
        tables = [t for t in range(num_tables) if d in x[t]]
        variables = [x[t][d] for t in tables]
        model.add(cp_model.LinearExpr.weighted_sum(variables, [int(data.size[t]) for t in tables])
                  <= data.capacity)
        model.add(cp_model.LinearExpr.weighted_sum(variables, [int(data.cost[t]) for t in tables]) <= z)
    model.minimize(z)
    if hint is not None:
        for t in range(num_tables):
            for d, var in x[t].items():
                model.add_hint(var, int(hint[t] == d))
        model.add_hint(z, max(lower, int(np.bincount(hint, weights=data.cost,
                                                      minlength=data.num_devices).max())))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = remaining_solver_time(deadline)
    solver.parameters.relative_gap_limit = gap_limit
    solver.parameters.num_workers = num_workers
    if deterministic_time_s is not None:
        solver.parameters.max_deterministic_time = deterministic_time_s
        solver.parameters.interleave_search = num_workers > 1  # deterministic with several workers
    solver.parameters.random_seed = seed
    status = solver.solve(model)
    if status == cp_model.INFEASIBLE:
        return "infeasible", None, math.inf
    if status == cp_model.MODEL_INVALID:
        raise RuntimeError("CP-SAT rejected the sharding model: " + model.validate())
    bound = float(solver.best_objective_bound)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return "unknown", None, bound
    assignment = np.array([max(x[t], key=lambda d: solver.boolean_value(x[t][d])) for t in range(num_tables)])
    return ("optimal" if status == cp_model.OPTIMAL else "feasible"), assignment, bound


def _solve_scip(data: _Data, hint: np.ndarray | None, deadline: float, gap_limit: float,
                seed: int) -> tuple[str, np.ndarray | None, float]:
    from pyscipopt import Model, quicksum

    model = Model("sharding")
    model.hideOutput()
    model.setParam("limits/gap", gap_limit)
    model.setParam("randomization/randomseedshift", seed)
    num_tables = data.cost.size
    x = [{d: model.addVar(vtype="B", name=f"x{t}_{d}") for d in data.allowed(t)} for t in range(num_tables)]
    z = model.addVar(vtype="I", lb=max(int(data.cost.max()), 0), name="z")
    for t in range(num_tables):
        model.addCons(quicksum(x[t].values()) == 1)
    for d in range(data.num_devices):
        tables = [t for t in range(num_tables) if d in x[t]]
        model.addCons(quicksum(int(data.size[t]) * x[t][d] for t in tables) <= data.capacity)
        model.addCons(quicksum(int(data.cost[t]) * x[t][d] for t in tables) <= z)
    model.setObjective(z, "minimize")
    if hint is not None:
        sol = model.createSol()
        for t in range(num_tables):
            for d, var in x[t].items():
                model.setSolVal(sol, var, float(hint[t] == d))
        model.setSolVal(sol, z, float(np.bincount(hint, weights=data.cost, minlength=data.num_devices).max()))
        model.addSol(sol)
    model.setParam("limits/time", remaining_solver_time(deadline))
    model.optimize()
    status = model.getStatus()
    if status == "infeasible":
        return "infeasible", None, math.inf
    bound = float(model.getDualbound())
    if model.getNSols() == 0:
        return "unknown", None, bound
    best = model.getBestSol()
    assignment = np.array([max(x[t], key=lambda d: model.getSolVal(best, x[t][d])) for t in range(num_tables)])
    return ("optimal" if status == "optimal" else "feasible"), assignment, bound


def solve_sharding_milp(
    task: ShardingTask,
    table_costs: np.ndarray,
    device_overhead_ms: float = 0.0,
    *,
    time_limit_s: float = 30.0,
    backend: str = "cpsat",
    hints: Sequence[ShardingPlan] | None = None,
    seed: int = 0,
    num_workers: int | None = None,
    resolution_ms: float = DEFAULT_RESOLUTION_MS,
    gap_limit: float = 0.0,
    deterministic_time_s: float | None = None,
) -> MilpResult:
    """Minimize the max device cost (overhead + sum of table costs) subject to device memory.

    ``table_costs`` is [T] in ms; ``hints`` are plans to warm-start from (the best one, by linearized
    cost, is given to the solver together with a cost-greedy plan). ``time_limit_s`` covers model
    building and solving (a margin of SHUTDOWN_MARGIN_S is left for the solver to stop); ``gap_limit``
    stops at that relative gap (0: prove optimality); ``num_workers`` (CP-SAT only; default: all
    cores) sets the search threads. With ``deterministic_time_s`` CP-SAT is reproducible: it stops after that
    much deterministic time (machine-independent work) on ``num_workers`` workers (default 1), with
    ``time_limit_s`` only a guard; SCIP ignores it (one thread, stopped by ``time_limit_s``).
    Raises InputError when a table fits no device, when the solver proves the tables cannot be packed,
    or when the time runs out before any plan is found.
    """
    start = time.perf_counter()
    if backend not in BACKENDS:
        raise InputError(f"unknown MILP backend {backend!r}", field="backend", expected=" or ".join(BACKENDS))
    costs = np.asarray(table_costs, dtype=np.float64)
    if costs.shape != (task.num_tables,) or not np.all(np.isfinite(costs)) or np.any(costs < 0):
        raise InputError(f"table costs of shape {costs.shape}", field="table_costs",
                         expected=f"{task.num_tables} finite non-negative costs in ms")
    if not math.isfinite(device_overhead_ms) or device_overhead_ms < 0:
        raise InputError(f"device overhead {device_overhead_ms}", field="device_overhead_ms",
                         expected="a finite non-negative time in ms")
    if time_limit_s <= 0:
        raise InputError(f"time limit {time_limit_s}", field="time_limit", expected="seconds > 0")
    if not resolution_ms > 0 or not 0.0 <= gap_limit < 1.0:
        raise InputError(f"resolution {resolution_ms} ms, gap limit {gap_limit}", field="milp",
                         expected="a positive resolution and a gap limit in [0, 1)")
    task.check_fits()

    order = np.lexsort((-task.sizes(), -costs))  # cost descending, then size descending
    max_device = np.empty(task.num_tables, dtype=np.int64)
    max_device[order] = np.minimum(np.arange(task.num_tables), task.num_devices - 1)
    data = _Data(
        cost=np.floor(costs / resolution_ms).astype(np.int64),
        size=-(-task.sizes() // MEMORY_UNIT_BYTES),
        capacity=task.memory_bytes // MEMORY_UNIT_BYTES,
        max_device=max_device,
        num_devices=task.num_devices,
    )
    hint = _best_hint(task, costs, data, order, hints or ())
    deadline = start + time_limit_s
    if backend == "cpsat":
        default_workers = 1 if deterministic_time_s is not None else (os.cpu_count() or 1)
        workers = num_workers if num_workers is not None else default_workers
        status, assignment, bound = _solve_cpsat(data, hint, deadline, gap_limit, seed, workers, deterministic_time_s)
    else:
        status, assignment, bound = _solve_scip(data, hint, deadline, gap_limit, seed)

    memory_gib = task.memory_bytes / 2**30
    if status == "infeasible":
        raise InputError(
            f"the {task.num_tables} tables cannot be packed into {task.num_devices} devices of "
            f"{memory_gib:.2f} GiB (proved by {backend})", file=task.source or None, field="memory",
            expected="more devices or more memory per device")
    if assignment is None:
        if hint is None:
            raise InputError(
                f"{backend} found no plan within {time_limit_s:g} s for {task.num_tables} tables on "
                f"{task.num_devices} devices of {memory_gib:.2f} GiB", file=task.source or None,
                field="time_limit_s", expected="a longer time limit")
        status, assignment = "feasible", hint
    plan = ShardingPlan.from_array(assignment)
    plan.validate(task)
    objective = linearized_cost_ms(plan, costs, device_overhead_ms, task.num_devices)
    lower = max(bound * resolution_ms if math.isfinite(bound) else 0.0,
                float(costs.max()), float(costs.sum()) / task.num_devices)
    bound_ms = min(device_overhead_ms + lower, objective)
    gap = (objective - bound_ms) / objective if objective > 0 else 0.0
    return MilpResult(plan, objective, bound_ms, gap, status, backend, time.perf_counter() - start)
