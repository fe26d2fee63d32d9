"""Min-max sharding over placement options by MILP (OR-Tools CP-SAT): the sharding type of every table is a
decision, next to where its shards go.

Each table t offers options o (one per sharding type and kernel the caller considers). An option has

- *pinned* parts: per-device linearized costs and memory that do not depend on a choice (a row-wise table's
  row blocks on every device, a data-parallel replica everywhere, table-row-wise blocks on one host's
  devices), and
- *free* parts: shards the solver puts on one device each, among candidate devices (a table-wise table,
  each column shard), with a cost and memory that do not depend on the device.

The model (costs in ``resolution_ms`` units floored, memory in KiB with sizes rounded up and capacities
down, so that the bound stays a lower bound of the real optimum and every integer-feasible plan fits)::

    min z  s.t.  sum_o x[t,o] = 1                                         for every table t
                 sum_d y[t,o,p,d] = x[t,o]                                 for every free part p of (t, o)
                 sum_(t,o) pin_cost[t,o,d] x[t,o] + sum_(t,o,p) cost[t,o,p] y[t,o,p,d] <= z       every d
                 the same sums of HBM (DDR) bytes <= HBM (DDR) capacity                         every d
                 x, y binary

so with one table-wise option per table it is the table-wise makespan MILP of :mod:`.milp`. The objective
adds the per-device overhead (kernel launches) to z. The returned objective is recomputed from the real
costs; the bound is the larger of the solver's and :func:`work_bound_ms`, never above the objective.
"""

from __future__ import annotations

import math
import os
import time
from dataclasses import dataclass, field
from typing import Any, Sequence

import numpy as np

from mlopt.errors import InputError

from .milp import DEFAULT_RESOLUTION_MS, MEMORY_UNIT_BYTES, SHUTDOWN_MARGIN_S, remaining_solver_time

BUILD_CHECK_EVERY = 32  # tables between checks of the deadline while the model is built



@dataclass(frozen=True)
class FreePart:
    """A shard placed on one of ``candidates`` (None: any device), costing ``cost_ms`` and taking
    ``hbm_bytes`` / ``ddr_bytes`` there."""

    cost_ms: float
    hbm_bytes: int
    ddr_bytes: int = 0
    candidates: tuple[int, ...] | None = None


@dataclass(frozen=True)
class PlacementOption:
    """One way to place a table: pinned per-device costs and memory ([D] arrays, zero where the option puts
    nothing) and free parts; ``label`` is the caller's own tag (e.g. a placement template)."""

    label: Any
    pinned_cost_ms: np.ndarray
    pinned_hbm_bytes: np.ndarray
    pinned_ddr_bytes: np.ndarray
    free: tuple[FreePart, ...] = ()


@dataclass(frozen=True)
class OptionChoice:
    """The option chosen for a table and the device of each of its free parts."""

    option: int
    devices: tuple[int, ...]


@dataclass(frozen=True)
class OptionMilpResult:
    """Choices per table, the linearized max device cost (ms, overhead included), the proven bound, the
    relative gap, the solver status (``optimal`` / ``feasible``), and the wall time."""

    choices: tuple[OptionChoice, ...]
    objective_ms: float
    bound_ms: float
    gap: float
    status: str
    wall_s: float
    device_cost_ms: np.ndarray = field(repr=False, default_factory=lambda: np.zeros(0))


def device_loads(options: Sequence[Sequence[PlacementOption]], choices: Sequence[OptionChoice],
                 num_devices: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """[D] linearized cost (ms), HBM and DDR bytes per device of ``choices``."""
    cost, hbm, ddr = np.zeros(num_devices), np.zeros(num_devices), np.zeros(num_devices)
    for table_options, choice in zip(options, choices):
        option = table_options[choice.option]
        cost += option.pinned_cost_ms
        hbm += option.pinned_hbm_bytes
        ddr += option.pinned_ddr_bytes
        for part, device in zip(option.free, choice.devices):
            cost[device] += part.cost_ms
            hbm[device] += part.hbm_bytes
            ddr[device] += part.ddr_bytes
    return cost, hbm, ddr


def _check(options: Sequence[Sequence[PlacementOption]], num_devices: int) -> None:
    for t, table_options in enumerate(options):
        if not table_options:
            raise InputError(f"table #{t} has no placement option", field="options", expected="at least one")
        for option in table_options:
            arrays = (option.pinned_cost_ms, option.pinned_hbm_bytes, option.pinned_ddr_bytes)
            if any(np.shape(a) != (num_devices,) for a in arrays) or not all(np.all(np.isfinite(a)) for a in arrays):
                raise InputError(f"table #{t}, option {option.label!r}: pinned arrays", field="options",
                                 expected=f"{num_devices} finite values each")
            for part in option.free:
                if part.candidates is not None and (not part.candidates or min(part.candidates) < 0
                                                    or max(part.candidates) >= num_devices):
                    raise InputError(f"table #{t}, option {option.label!r}: free part candidates {part.candidates}",
                                     field="options", expected=f"devices among 0..{num_devices - 1}")


def solve_option_milp(
    options: Sequence[Sequence[PlacementOption]],
    num_devices: int,
    hbm_capacity: int,
    ddr_capacity: int = 0,
    device_overhead_ms: float = 0.0,
    *,
    time_limit_s: float = 30.0,
    hint: Sequence[OptionChoice] | None = None,
    seed: int = 0,
    num_workers: int | None = None,
    resolution_ms: float = DEFAULT_RESOLUTION_MS,
    gap_limit: float = 0.0,
    deterministic_time_s: float | None = None,
) -> OptionMilpResult:
    """Choose one option per table and a device per free part minimizing the max device cost (module
    docstring), within ``time_limit_s`` (model building included), warm-started from ``hint`` when it fits.

    With ``deterministic_time_s`` the search is reproducible: CP-SAT stops after that much deterministic time
    (its machine-independent work count, about a second of one core each) on ``num_workers`` workers (default
    1), so the same inputs give the same choice on an idle and on a loaded machine as long as
    ``time_limit_s``, then only a guard, is not reached first.

    Raises InputError when the solver proves that no choice fits memory, or when the time runs out before
    any feasible choice is known.
    """
    from ortools.sat.python import cp_model

    start = time.perf_counter()
    if time_limit_s <= 0:
        raise InputError(f"time limit {time_limit_s}", field="time_limit_s", expected="seconds > 0")
    _check(options, num_devices)
    deadline = start + time_limit_s
    devices = range(num_devices)

    def units(value: float) -> int:
        return int(math.floor(value / resolution_ms))

    def kib(value: float) -> int:
        return int(-(-int(math.ceil(value)) // MEMORY_UNIT_BYTES))

    model = cp_model.CpModel()
    x: list[list[Any]] = []
    y: list[list[list[dict[int, Any]]]] = []
    load: list[list[tuple[Any, int]]] = [[] for _ in devices]
    hbm: list[list[tuple[Any, int]]] = [[] for _ in devices]
    ddr: list[list[tuple[Any, int]]] = [[] for _ in devices]
    for t, table_options in enumerate(options):
        if t % BUILD_CHECK_EVERY == 0 and time.perf_counter() > deadline - SHUTDOWN_MARGIN_S:
            return _unsolved(options, num_devices, hbm_capacity, ddr_capacity, device_overhead_ms, hint, start,
                             time_limit_s)
        x.append([model.new_bool_var(f"x{t}_{o}") for o in range(len(table_options))])
        model.add_exactly_one(x[t])
        y.append([])
        for o, option in enumerate(table_options):
            for d in np.flatnonzero(option.pinned_cost_ms):
                load[d].append((x[t][o], units(option.pinned_cost_ms[d])))
            for d in np.flatnonzero(option.pinned_hbm_bytes):
                hbm[d].append((x[t][o], kib(option.pinned_hbm_bytes[d])))
            for d in np.flatnonzero(option.pinned_ddr_bytes):
                ddr[d].append((x[t][o], kib(option.pinned_ddr_bytes[d])))
            parts = []
            for p, part in enumerate(option.free):
                where = {d: model.new_bool_var(f"y{t}_{o}_{p}_{d}")
                         for d in (part.candidates if part.candidates is not None else devices)}
                model.add(sum(where.values()) == x[t][o])
                for d, var in where.items():
                    load[d].append((var, units(part.cost_ms)))
                    if part.hbm_bytes:
                        hbm[d].append((var, kib(part.hbm_bytes)))
                    if part.ddr_bytes:
                        ddr[d].append((var, kib(part.ddr_bytes)))
                parts.append(where)
            y[t].append(parts)
    hbm_units, ddr_units = hbm_capacity // MEMORY_UNIT_BYTES, ddr_capacity // MEMORY_UNIT_BYTES
    upper = sum(max(units(float(o.pinned_cost_ms.sum())) + sum(units(p.cost_ms) for p in o.free) for o in table_options)
                for table_options in options)  # every table's costliest option on one device
    z = model.new_int_var(0, max(upper, 1), "z")
    for d in devices:
        model.add(cp_model.LinearExpr.weighted_sum([v for v, _ in load[d]], [c for _, c in load[d]]) <= z)
        if hbm[d]:
            model.add(cp_model.LinearExpr.weighted_sum([v for v, _ in hbm[d]], [m for _, m in hbm[d]]) <= hbm_units)
        if ddr[d]:
            model.add(cp_model.LinearExpr.weighted_sum([v for v, _ in ddr[d]], [m for _, m in ddr[d]]) <= ddr_units)
    model.minimize(z)
    if hint is not None and fits_memory(options, hint, num_devices, hbm_capacity, ddr_capacity):
        for t, choice in enumerate(hint):  # a complete hint: every variable, z included
            for o, var in enumerate(x[t]):
                model.add_hint(var, int(o == choice.option))
                for p, where in enumerate(y[t][o]):
                    for d, var_d in where.items():
                        model.add_hint(var_d, int(o == choice.option and d == choice.devices[p]))
        hinted = np.zeros(num_devices, dtype=np.int64)
        for t, choice in enumerate(hint):
            option = options[t][choice.option]
            for d in np.flatnonzero(option.pinned_cost_ms):
                hinted[d] += units(option.pinned_cost_ms[d])
            for part, device in zip(option.free, choice.devices):
                hinted[device] += units(part.cost_ms)
        model.add_hint(z, int(hinted.max()))
    if time.perf_counter() > deadline - 2 * SHUTDOWN_MARGIN_S:
        return _unsolved(options, num_devices, hbm_capacity, ddr_capacity, device_overhead_ms, hint, start,
                         time_limit_s)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = remaining_solver_time(deadline)
    solver.parameters.relative_gap_limit = gap_limit
    if deterministic_time_s is not None:
        solver.parameters.max_deterministic_time = deterministic_time_s
        solver.parameters.num_workers = num_workers if num_workers is not None else 1
        solver.parameters.interleave_search = solver.parameters.num_workers > 1  # deterministic with several
    else:
        solver.parameters.num_workers = num_workers if num_workers is not None else (os.cpu_count() or 1)
    solver.parameters.random_seed = seed
    status = solver.solve(model)
    if status == cp_model.INFEASIBLE:
        raise InputError(f"no choice of the placement options fits {num_devices} devices of "
                         f"{hbm_capacity / 2**30:.2f} GiB (proved by CP-SAT)", field="memory",
                         expected="more devices or more memory per device")
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        choices = []
        for t in range(len(options)):
            o = next(i for i, var in enumerate(x[t]) if solver.boolean_value(var))
            chosen = tuple(next(d for d, var in where.items() if solver.boolean_value(var)) for where in y[t][o])
            choices.append(OptionChoice(o, chosen))
        label = "optimal" if status == cp_model.OPTIMAL else "feasible"
    elif hint is not None and fits_memory(options, hint, num_devices, hbm_capacity, ddr_capacity):
        choices, label = list(hint), "feasible"
    else:
        raise InputError(f"CP-SAT found no plan within {time_limit_s:g} s for {len(options)} tables on "
                         f"{num_devices} devices", field="time_limit_s", expected="a longer time limit")
    bound = float(solver.best_objective_bound) if status in (cp_model.OPTIMAL, cp_model.FEASIBLE) else 0.0
    return _result(options, choices, num_devices, device_overhead_ms, bound * resolution_ms, label, start)


def model_size(options: Sequence[Sequence[PlacementOption]], num_devices: int) -> int:
    """The number of binary variables of the MILP over ``options`` (one per option, one per free part and
    candidate device): what its build and solve time grow with."""
    return sum(1 + sum(num_devices if part.candidates is None else len(part.candidates) for part in option.free)
               for table_options in options for option in table_options)


def _result(options: Sequence[Sequence[PlacementOption]], choices: Sequence[OptionChoice], num_devices: int,
            device_overhead_ms: float, solver_bound_ms: float, status: str, start: float) -> OptionMilpResult:
    """The result of ``choices``: their makespan, and as the bound the better of the solver's and the work
    bound (never above the makespan)."""
    cost, _, _ = device_loads(options, choices, num_devices)
    objective = device_overhead_ms + float(cost.max())
    bound_ms = min(device_overhead_ms + max(solver_bound_ms, work_bound_ms(options, num_devices)), objective)
    gap = (objective - bound_ms) / objective if objective > 0 else 0.0
    return OptionMilpResult(tuple(choices), objective, bound_ms, gap, status, time.perf_counter() - start,
                            device_overhead_ms + cost)


def hint_result(options: Sequence[Sequence[PlacementOption]], num_devices: int, hbm_capacity: int,
                ddr_capacity: int, device_overhead_ms: float, hint: Sequence[OptionChoice]) -> OptionMilpResult:
    """The hint as the result without building the model, for a caller that knows the limit too short for
    it (status ``time_limit``, the work bound as the bound); InputError when the hint does not fit."""
    return _unsolved(options, num_devices, hbm_capacity, ddr_capacity, device_overhead_ms, hint,
                     time.perf_counter(), 0.0)


def _unsolved(options: Sequence[Sequence[PlacementOption]], num_devices: int, hbm_capacity: int, ddr_capacity: int,
              device_overhead_ms: float, hint: Sequence[OptionChoice] | None, start: float,
              time_limit_s: float) -> OptionMilpResult:
    """The hint as the result when the time ran out while the model was being built (status ``time_limit``,
    the work bound as the bound); InputError when there is no hint that fits."""
    if hint is None or not fits_memory(options, hint, num_devices, hbm_capacity, ddr_capacity):
        raise InputError(f"the MILP model of {len(options)} tables on {num_devices} devices could not be built "
                         f"within {time_limit_s:g} s", field="time_limit_s", expected="a longer time limit")
    return _result(options, hint, num_devices, device_overhead_ms, 0.0, "time_limit", start)


def greedy_choices(options: Sequence[Sequence[PlacementOption]], num_devices: int, hbm_capacity: int,
                   ddr_capacity: int = 0) -> list[OptionChoice] | None:
    """A longest-processing-time start over options: tables by their cheapest option's work, descending,
    each taking the option (and, for free parts, the least loaded devices with room) that leaves the smallest
    max device load plus mean device load (the mean keeps it from spreading work it could keep in one place
    while the devices are still empty); None when some table fits nowhere."""
    cost, hbm, ddr = np.zeros(num_devices), np.zeros(num_devices), np.zeros(num_devices)
    work = [min(float(o.pinned_cost_ms.sum()) + sum(p.cost_ms for p in o.free) for o in opts) for opts in options]
    choices: list[OptionChoice | None] = [None] * len(options)
    for t in np.argsort(-np.asarray(work), kind="stable"):
        best: tuple[float, int, tuple[int, ...], np.ndarray, np.ndarray, np.ndarray] | None = None
        for o, option in enumerate(options[t]):
            c, h, r = cost + option.pinned_cost_ms, hbm + option.pinned_hbm_bytes, ddr + option.pinned_ddr_bytes
            devices = []
            for part in option.free:
                allowed = np.arange(num_devices) if part.candidates is None else np.asarray(part.candidates)
                fits = (h[allowed] + part.hbm_bytes <= hbm_capacity) & (r[allowed] + part.ddr_bytes <= ddr_capacity)
                room = allowed[fits]
                if not room.size:
                    break
                d = int(room[np.argmin(c[room])])
                c[d] += part.cost_ms
                h[d] += part.hbm_bytes
                r[d] += part.ddr_bytes
                devices.append(d)
            else:
                score = float(c.max() + c.mean())  # the makespan so far, and the work every device must share
                if np.all(h <= hbm_capacity) and np.all(r <= ddr_capacity) and (best is None or score < best[0]):
                    best = (score, o, tuple(devices), c, h, r)
        if best is None:
            return None
        _, o, devices, cost, hbm, ddr = best
        choices[t] = OptionChoice(o, devices)
    return choices  # type: ignore[return-value]


def work_bound_ms(options: Sequence[Sequence[PlacementOption]], num_devices: int) -> float:
    """A lower bound of the max device cost (overhead aside) of any choice: the least total work of every
    table's options spread evenly over the devices, and no less than the least single-device share of the
    costliest table (the LP bound of the model above can be far weaker when free parts may go anywhere)."""
    work, single = 0.0, 0.0
    for table_options in options:
        work += min(float(o.pinned_cost_ms.sum()) + sum(p.cost_ms for p in o.free) for o in table_options)
        single = max(single, min(max(float(o.pinned_cost_ms.max(initial=0.0)),
                                     max((p.cost_ms for p in o.free), default=0.0)) for o in table_options))
    return max(work / num_devices, single)


def fits_memory(options: Sequence[Sequence[PlacementOption]], choices: Sequence[OptionChoice], num_devices: int,
                hbm_capacity: int, ddr_capacity: int) -> bool:
    """Whether ``choices`` are well formed and fit memory."""
    if len(choices) != len(options):
        return False
    for table_options, choice in zip(options, choices):
        if not 0 <= choice.option < len(table_options):
            return False
        free = table_options[choice.option].free
        if len(choice.devices) != len(free) or any(
                not 0 <= d < num_devices or (part.candidates is not None and d not in part.candidates)
                for part, d in zip(free, choice.devices)):
            return False
    _, hbm, ddr = device_loads(options, choices, num_devices)
    return bool(np.all(hbm <= hbm_capacity) and np.all(ddr <= ddr_capacity))
