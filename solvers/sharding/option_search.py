"""Local search over placement options: the makespan of :mod:`.option_milp`'s model lowered move by move.

The MILP over sharding types grows with tables x options x devices and, on hundreds of tables and tens of
devices, stops at its time limit far from its bound. On the same model (per-device linearized loads, HBM
and DDR per device) this search takes a choice of options and repeatedly relieves the *bottleneck* device
``b`` (the one with the largest load ``L_b``) by the first improving move among

1. **relocate** a free part (a table-wise table, a column shard) from ``b`` to the least loaded device
   where it fits;
2. **re-choose** the option of a table with load on ``b``: drop its current contribution, add another
   option's pinned loads and put its free parts, costliest first, on the least loaded devices with room
   (this is how a table changes its sharding type: table-wise to row-wise, column-wise to data-parallel...);
3. **swap** a free part on ``b`` with a cheaper free part of another table on another device.

A move is accepted when every device it changes ends strictly below ``L_b`` and memory fits, so the max
load never rises and each move lowers the number of devices at the max or the max itself: the search
terminates. At a local optimum it restarts from the best choice after a seeded random *kick* (a few
tables re-chosen at random among their options) while steps remain; the best choice seen is returned.
Budgets are counted in moves evaluated, not seconds, so the same inputs and seed give the same result on
any machine (a deadline only guards against a runaway).

This is our addition to the MILP (a standard bottleneck-relief local search with iterated kicks, as in
makespan scheduling); the moves are exact for an additive oracle (TorchRec's estimator) and work on the
linearization of the analytical one, whose true cost the caller checks.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from .option_milp import FreePart, OptionChoice, PlacementOption, device_loads

EPSILON_MS = 1e-9


def _add_choice(load: np.ndarray, hbm: np.ndarray, ddr: np.ndarray, option: PlacementOption,
                devices: tuple[int, ...], sign: float) -> None:
    """Add (``sign`` 1) or remove (-1) ``option`` with its free parts on ``devices`` to the arrays in place."""
    load += sign * option.pinned_cost_ms
    hbm += sign * option.pinned_hbm_bytes
    ddr += sign * option.pinned_ddr_bytes
    for part, device in zip(option.free, devices):
        load[device] += sign * part.cost_ms
        hbm[device] += sign * part.hbm_bytes
        ddr[device] += sign * part.ddr_bytes


@dataclass
class _Search:
    """Choices with per-device loads and memory kept in step."""

    options: Sequence[Sequence[PlacementOption]]
    num_devices: int
    hbm_capacity: float
    ddr_capacity: float
    choices: list[OptionChoice]

    def __post_init__(self) -> None:
        self.load, self.hbm, self.ddr = device_loads(self.options, self.choices, self.num_devices)
        # [T, D] each table's cost on each device under its choice, kept in step (tables_on reads a column)
        self.contribution = np.array([self._contribution(t, c) for t, c in enumerate(self.choices)])

    def _contribution(self, t: int, choice: OptionChoice) -> np.ndarray:
        option = self.options[t][choice.option]
        free = np.zeros(self.num_devices)
        for part, d in zip(option.free, choice.devices):
            free[d] += part.cost_ms
        return option.pinned_cost_ms + free

    def _add(self, t: int, choice: OptionChoice, sign: float) -> None:
        _add_choice(self.load, self.hbm, self.ddr, self.options[t][choice.option], choice.devices, sign)

    def set(self, t: int, choice: OptionChoice) -> None:
        self._add(t, self.choices[t], -1.0)
        self.choices[t] = choice
        self._add(t, choice, 1.0)
        self.contribution[t] = self._contribution(t, choice)

    def place_free(self, option: PlacementOption, load: np.ndarray, hbm: np.ndarray,
                   ddr: np.ndarray) -> tuple[int, ...] | None:
        return place_free(option, load, hbm, ddr, self.hbm_capacity, self.ddr_capacity)

    def tables_on(self, device: int) -> list[int]:
        """Tables with load on ``device``, costliest contribution first (ties by table index)."""
        column = self.contribution[:, device]
        tables = np.flatnonzero(column > 0)
        return tables[np.lexsort((tables, -column[tables]))].tolist()


def place_free(option: PlacementOption, load: np.ndarray, hbm: np.ndarray, ddr: np.ndarray, hbm_capacity: float,
               ddr_capacity: float) -> tuple[int, ...] | None:
    """Devices for the free parts of ``option``, costliest first, each the least loaded device with room
    (the arrays are updated in place); None when a part fits nowhere."""
    devices = [0] * len(option.free)
    for p in sorted(range(len(option.free)), key=lambda i: -option.free[i].cost_ms):
        part = option.free[p]
        room = devices_with_room(part, hbm, ddr, hbm_capacity, ddr_capacity)
        if not room.size:
            return None
        d = int(room[np.argmin(load[room])])
        load[d] += part.cost_ms
        hbm[d] += part.hbm_bytes
        ddr[d] += part.ddr_bytes
        devices[p] = d
    return tuple(devices)


def devices_with_room(part: FreePart, hbm: np.ndarray, ddr: np.ndarray, hbm_capacity: float, ddr_capacity: float,
                      excluded: int | None = None) -> np.ndarray:
    """The devices ``part`` may go to (its candidates, less ``excluded``) where its HBM and DDR still fit."""
    allowed = np.arange(len(hbm)) if part.candidates is None else np.asarray(part.candidates)
    if excluded is not None:
        allowed = allowed[allowed != excluded]
    return allowed[(hbm[allowed] + part.hbm_bytes <= hbm_capacity) & (ddr[allowed] + part.ddr_bytes <= ddr_capacity)]


def _fits(search: _Search, hbm: np.ndarray, ddr: np.ndarray, changed: np.ndarray) -> bool:
    return bool(np.all(hbm[changed] <= search.hbm_capacity) and np.all(ddr[changed] <= search.ddr_capacity))


def _relocate(search: _Search, t: int, b: int, target: float) -> bool:
    choice = search.choices[t]
    option = search.options[t][choice.option]
    for p, (part, device) in enumerate(zip(option.free, choice.devices)):
        if device != b:
            continue
        room = devices_with_room(part, search.hbm, search.ddr, search.hbm_capacity, search.ddr_capacity, excluded=b)
        if not room.size:
            continue
        d = int(room[np.argmin(search.load[room])])
        if search.load[d] + part.cost_ms < target - EPSILON_MS:
            devices = list(choice.devices)
            devices[p] = d
            search.set(t, OptionChoice(choice.option, tuple(devices)))
            return True
    return False


def _rechoose(search: _Search, t: int, target: float) -> bool:
    current = search.choices[t]
    option = search.options[t][current.option]
    load, hbm, ddr = search.load.copy(), search.hbm.copy(), search.ddr.copy()
    _add_choice(load, hbm, ddr, option, current.devices, -1.0)
    best: tuple[float, OptionChoice] | None = None
    for o, alternative in enumerate(search.options[t]):
        new_load = load + alternative.pinned_cost_ms
        new_hbm, new_ddr = hbm + alternative.pinned_hbm_bytes, ddr + alternative.pinned_ddr_bytes
        devices = search.place_free(alternative, new_load, new_hbm, new_ddr)
        if devices is None or (o == current.option and devices == current.devices):
            continue
        changed = np.abs(new_load - search.load) > EPSILON_MS
        if not changed.any() or new_load[changed].max() >= target - EPSILON_MS:
            continue
        if not _fits(search, new_hbm, new_ddr, changed | (new_hbm != search.hbm) | (new_ddr != search.ddr)):
            continue
        score = float(new_load.max() + new_load.mean())
        if best is None or score < best[0]:
            best = (score, OptionChoice(o, devices))
    if best is None:
        return False
    search.set(t, best[1])
    return True


def _swap(search: _Search, t: int, b: int, target: float) -> bool:
    choice = search.choices[t]
    option = search.options[t][choice.option]
    for p, (part, device) in enumerate(zip(option.free, choice.devices)):
        if device != b or part.candidates is not None:
            continue
        for u, other in enumerate(search.choices):
            if u == t:
                continue
            other_option = search.options[u][other.option]
            for q, (their, d) in enumerate(zip(other_option.free, other.devices)):
                if d == b or their.candidates is not None or their.cost_ms >= part.cost_ms:
                    continue
                if (search.load[d] - their.cost_ms + part.cost_ms >= target - EPSILON_MS
                        or search.hbm[d] - their.hbm_bytes + part.hbm_bytes > search.hbm_capacity
                        or search.ddr[d] - their.ddr_bytes + part.ddr_bytes > search.ddr_capacity
                        or search.hbm[b] - part.hbm_bytes + their.hbm_bytes > search.hbm_capacity
                        or search.ddr[b] - part.ddr_bytes + their.ddr_bytes > search.ddr_capacity):
                    continue
                mine, theirs = list(choice.devices), list(other.devices)
                mine[p], theirs[q] = d, b
                search.set(t, OptionChoice(choice.option, tuple(mine)))
                search.set(u, OptionChoice(other.option, tuple(theirs)))
                return True
    return False


def _descend(search: _Search, max_moves: int, deadline: float) -> int:
    """Improving moves off the bottleneck until none (or the budget) is left; returns the moves used."""
    used = 0
    while used < max_moves and time.perf_counter() < deadline:
        b = int(np.argmax(search.load))
        target = float(search.load[b])
        tables = search.tables_on(b)
        moved = False
        for step in (_relocate, _rechoose, _swap):
            for t in tables:
                used += 1
                if step is _rechoose:
                    moved = _rechoose(search, t, target)
                else:
                    moved = step(search, t, b, target)
                if moved or used >= max_moves:
                    break
            if moved or used >= max_moves:
                break
        if not moved:
            break
    return used


def least_work_choices(options: Sequence[Sequence[PlacementOption]], num_devices: int, hbm_capacity: float,
                       ddr_capacity: float = 0.0) -> list[OptionChoice] | None:
    """A longest-processing-time start on each table's least-work option: tables by that work, descending,
    each taking the option of least total work (pinned plus free costs) that fits, its free parts on the
    least loaded devices with room; None when some table fits nowhere. With a lower bound of total least
    work over the devices, this start is within one table's largest part of it when memory is loose."""
    load, hbm, ddr = np.zeros(num_devices), np.zeros(num_devices), np.zeros(num_devices)
    work = [[float(o.pinned_cost_ms.sum()) + sum(p.cost_ms for p in o.free) for o in opts] for opts in options]
    chosen: list[OptionChoice | None] = [None] * len(options)
    for t in np.argsort([-min(w) for w in work], kind="stable"):
        for o in np.argsort(work[t], kind="stable"):
            option = options[t][o]
            new_hbm, new_ddr = hbm + option.pinned_hbm_bytes, ddr + option.pinned_ddr_bytes
            if np.any(new_hbm > hbm_capacity) or np.any(new_ddr > ddr_capacity):
                continue
            new_load = load + option.pinned_cost_ms
            devices = place_free(option, new_load, new_hbm, new_ddr, hbm_capacity, ddr_capacity)
            if devices is not None:
                chosen[t] = OptionChoice(int(o), devices)
                load, hbm, ddr = new_load, new_hbm, new_ddr
                break
        else:
            return None
    return chosen  # type: ignore[return-value]


def improve_choices(
    options: Sequence[Sequence[PlacementOption]],
    choices: Sequence[OptionChoice],
    num_devices: int,
    hbm_capacity: float,
    ddr_capacity: float = 0.0,
    *,
    max_moves: int = 20_000,
    kick_tables: int = 3,
    seed: int = 0,
    time_limit_s: float = 60.0,
) -> list[OptionChoice]:
    """The best choice found by iterated bottleneck-relief local search from ``choices`` (module
    docstring), within ``max_moves`` evaluated moves (deterministic) and at most ``time_limit_s``.

    ``choices`` must fit memory; the result fits memory and its max device load is never above theirs.
    """
    deadline = time.perf_counter() + time_limit_s
    rng = np.random.default_rng(seed)
    search = _Search(options, num_devices, hbm_capacity, ddr_capacity, list(choices))
    used = _descend(search, max_moves, deadline)
    best, best_load = list(search.choices), float(search.load.max())
    choosable = [t for t, table_options in enumerate(options) if len(table_options) > 1]
    while used < max_moves and time.perf_counter() < deadline and choosable:
        for t in rng.choice(choosable, size=min(kick_tables, len(choosable)), replace=False):
            option = int(rng.integers(len(options[t])))
            devices = search.place_free(options[t][option], search.load.copy(), search.hbm.copy(), search.ddr.copy())
            if devices is not None:
                search.set(int(t), OptionChoice(option, devices))
        if not (np.all(search.hbm <= hbm_capacity) and np.all(search.ddr <= ddr_capacity)):
            search = _Search(options, num_devices, hbm_capacity, ddr_capacity, list(best))
            used += kick_tables
            continue
        used += _descend(search, max_moves - used, deadline) + kick_tables
        if float(search.load.max()) < best_load - EPSILON_MS:
            best, best_load = list(search.choices), float(search.load.max())
        else:
            search = _Search(options, num_devices, hbm_capacity, ddr_capacity, list(best))
    return best
