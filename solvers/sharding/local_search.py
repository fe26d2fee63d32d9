"""First-improvement local search on a sharding plan under the true (non-additive) device cost.

The MILP and the additive planners (TorchRec-style, greedy family) price a device as a sum of table
costs; the measured cost of DreamShard (Zha et al., NeurIPS 2022) runs a device's tables as one fused
kernel, which is sublinear in the set. This search repairs a plan under that real cost: it repeatedly
takes the bottleneck device and tries to move one of its tables to another device, or to swap it with a
table of another device (memory permitting), accepting the first move after which both touched devices
cost less than the bottleneck did. The max over devices therefore never increases, and each accepted
move lowers the sorted vector of device costs lexicographically, so the search terminates.
"""

from __future__ import annotations

import time
from typing import Callable

import numpy as np

from mlopt.datasets.embedding_tables import ShardingPlan, ShardingTask
from mlopt.datasets.sharding_plan import ShardingType, TablePlacement

DeviceTotal = Callable[[np.ndarray], float]


class _State:
    """Assignment with cached per-device table lists, memory and cost."""

    def __init__(self, task: ShardingTask, plan: ShardingPlan, device_total: DeviceTotal) -> None:
        self.sizes = task.sizes()
        self.capacity = task.memory_bytes
        self.device_total = device_total
        self.members: list[list[int]] = [[] for _ in range(task.num_devices)]
        for t, d in enumerate(plan.assignment):
            self.members[d].append(t)
        self.memory = np.array([self.sizes[m].sum() for m in self.members], dtype=np.int64)
        self.cost = np.array([self.price(m) for m in self.members], dtype=np.float64)

    def price(self, tables: list[int]) -> float:
        return float(self.device_total(np.array(sorted(tables), dtype=np.int64)))

    def apply(self, src: int, dst: int, t: int, u: int | None, src_cost: float, dst_cost: float) -> None:
        """Move table t from src to dst and, when u is given, table u from dst to src."""
        self.members[src].remove(t)
        self.members[dst].append(t)
        self.memory[src] -= self.sizes[t]
        self.memory[dst] += self.sizes[t]
        if u is not None:
            self.members[dst].remove(u)
            self.members[src].append(u)
            self.memory[dst] -= self.sizes[u]
            self.memory[src] += self.sizes[u]
        self.cost[src], self.cost[dst] = src_cost, dst_cost

    def plan(self) -> ShardingPlan:
        assignment = np.empty(len(self.sizes), dtype=np.int64)
        for d, tables in enumerate(self.members):
            assignment[tables] = d
        return ShardingPlan.from_array(assignment)


def _improve_bottleneck(state: _State, deadline: float) -> bool:
    """Apply the first improving move or swap off the bottleneck device; False if none (or out of time)."""
    b = int(np.argmax(state.cost))
    target = state.cost[b]
    others = [int(d) for d in np.argsort(state.cost) if d != b]
    tables = list(state.members[b])
    for t in tables:  # moves first: one bottleneck evaluation per table, then one per target device
        without = state.price([s for s in state.members[b] if s != t])
        if without >= target:
            continue
        for d in others:
            if time.perf_counter() > deadline:
                return False
            if state.memory[d] + state.sizes[t] > state.capacity:
                continue
            dst = state.price(state.members[d] + [t])
            if dst < target:
                state.apply(b, d, t, None, without, dst)
                return True
    for t in tables:
        rest = [s for s in state.members[b] if s != t]
        for d in others:
            for u in state.members[d]:
                if time.perf_counter() > deadline:
                    return False
                if (state.memory[b] - state.sizes[t] + state.sizes[u] > state.capacity
                        or state.memory[d] - state.sizes[u] + state.sizes[t] > state.capacity):
                    continue
                src = state.price(rest + [u])
                if src >= target:
                    continue
                dst = state.price([s for s in state.members[d] if s != u] + [t])
                if dst < target:
                    state.apply(b, d, t, u, src, dst)
                    return True
    return False


def improve_plan(
    task: ShardingTask,
    plan: ShardingPlan,
    device_total: DeviceTotal,
    time_limit_s: float = 10.0,
    max_rounds: int = 1000,
) -> ShardingPlan:
    """Improve ``plan`` by moves and swaps off the bottleneck device under ``device_total``.

    ``device_total(indices)`` is the cost of one device holding the tables ``indices`` (sorted int64
    array, possibly empty). Each round applies at most one move; the search stops after ``max_rounds``
    rounds, when no move improves, or after ``time_limit_s``. The result is never worse than ``plan``
    under the max over devices, and stays within memory when ``plan`` does.
    """
    plan.validate(task)
    deadline = time.perf_counter() + time_limit_s
    state = _State(task, plan, device_total)
    for _ in range(max_rounds):
        if task.num_devices < 2 or not _improve_bottleneck(state, deadline):
            break
    return state.plan()


DeviceCosts = Callable[[ShardingPlan], np.ndarray]
DeviceCostsOn = Callable[[ShardingPlan, list[int]], np.ndarray]


def improve_mixed_plan(
    task: ShardingTask,
    plan: ShardingPlan,
    device_costs: DeviceCosts,
    hbm_capacity: float,
    ddr_capacity: float,
    *,
    priority: np.ndarray | None = None,
    targets: int = 3,
    max_evaluations: int = 300,
    time_limit_s: float = 10.0,
    device_costs_on: DeviceCostsOn | None = None,
) -> ShardingPlan:
    """Move and swap table-wise tables off the bottleneck of a plan of any sharding types under the true cost.

    ``device_costs(plan)`` is the [D] true cost per device. Each round takes the bottleneck device ``b`` and
    its table-wise tables (in ``priority`` order, highest first; default: index order) and tries, for the
    ``targets`` cheapest devices ``d``, moving a table to ``d``, then swapping it with a table-wise table of
    ``d`` of lower priority (memory permitting, HBM and DDR), accepting the first change after which both
    ``b`` and ``d`` cost less than ``b`` did (the rest of the plan is unchanged, so the sorted device costs
    fall lexicographically and the search terminates). Sharded tables stay where they are. At most
    ``max_evaluations`` plans are priced (a deterministic budget) within ``time_limit_s``; the result is never
    worse than ``plan`` and fits memory when ``plan`` does. ``device_costs_on(plan, devices)``, where the cost
    of a device depends on its own shards alone (the analytical oracle's
    :meth:`~mlopt.envs.oracles.AnalyticalOracle.device_costs_on`), prices only the two devices a change
    touches: the same search, each evaluation cheaper.
    """
    search = _MixedSearch(task, plan, device_costs, hbm_capacity, ddr_capacity, priority, device_costs_on)
    deadline = time.perf_counter() + time_limit_s
    while search.evaluations < max_evaluations and time.perf_counter() < deadline:
        if not search.relieve_bottleneck(targets, max_evaluations, deadline):
            break
    return ShardingPlan(tuple(search.placements))


class _MixedSearch:
    """The state of :func:`improve_mixed_plan`: placements, true device costs and memory per device."""

    def __init__(self, task: ShardingTask, plan: ShardingPlan, device_costs: DeviceCosts, hbm_capacity: float,
                 ddr_capacity: float, priority: np.ndarray | None, device_costs_on: DeviceCostsOn | None) -> None:
        self.task, self.device_costs, self.device_costs_on = task, device_costs, device_costs_on
        self.capacity = np.array([hbm_capacity, ddr_capacity], dtype=np.float64)
        self.placements = list(plan.placements)
        clock = time.perf_counter()
        self.cost = np.asarray(device_costs(plan), dtype=np.float64)
        self.evaluation_s = time.perf_counter() - clock  # so that no evaluation starts that would end past the limit
        self.memory = np.stack([plan.hbm_per_device(task), plan.ddr_per_device(task)], axis=1).astype(np.float64)
        self.rank = (np.argsort(np.argsort(-np.asarray(priority), kind="stable")) if priority is not None
                     else np.arange(len(self.placements)))
        self.evaluations = 0

    def table_wise_on(self, device: int) -> list[int]:
        tables = [t for t, p in enumerate(self.placements)
                  if p.sharding_type is ShardingType.TABLE_WISE and p.shards[0].device == device]
        return sorted(tables, key=lambda t: self.rank[t])

    def need(self, t: int) -> np.ndarray:
        """[2] HBM and DDR bytes of table-wise table ``t`` on its device."""
        return np.array(self.placements[t].shard_memory(self.task.tables[t])[0], dtype=np.float64)

    def try_change(self, moves: dict[int, int], b: int, d: int, delta: np.ndarray) -> bool:
        """Apply ``moves`` (table -> device) when both ``b`` and ``d`` end below the bottleneck's cost."""
        changed = list(self.placements)
        for t, device in moves.items():
            changed[t] = TablePlacement.table_wise(device, changed[t].kernel, changed[t].cache_load_factor)
        if self.device_costs_on is None:
            new = np.asarray(self.device_costs(ShardingPlan(tuple(changed))), dtype=np.float64)
        else:  # only b and d change
            new = self.cost.copy()
            new[[b, d]] = self.device_costs_on(ShardingPlan(tuple(changed)), [b, d])
        self.evaluations += 1
        target = self.cost[b]
        if not (new[b] < target and new[d] < target and new.max() <= target):
            return False
        self.placements, self.cost = changed, new
        self.memory[b] -= delta
        self.memory[d] += delta
        return True

    def relieve_bottleneck(self, targets: int, max_evaluations: int, deadline: float) -> bool:
        b = int(np.argmax(self.cost))
        cheapest = [int(d) for d in np.argsort(self.cost, kind="stable") if d != b][:targets]
        for t in self.table_wise_on(b):
            need = self.need(t)
            for d in cheapest:
                if self.evaluations >= max_evaluations or time.perf_counter() + self.evaluation_s > deadline:
                    return False
                if np.all(self.memory[d] + need <= self.capacity) and self.try_change({t: d}, b, d, need):
                    return True
            for d in cheapest:
                for u in self.table_wise_on(d):
                    if self.rank[u] <= self.rank[t]:
                        continue
                    if self.evaluations >= max_evaluations or time.perf_counter() + self.evaluation_s > deadline:
                        return False
                    delta = need - self.need(u)
                    if (np.all(self.memory[d] + delta <= self.capacity) and np.all(self.memory[b] - delta <= self.capacity)
                            and self.try_change({t: d, u: b}, b, d, delta)):
                        return True
        return False
