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
