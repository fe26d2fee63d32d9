"""Single-table move search under a learned cost model: the refinement step of the learned planners.

DreamShard (Zha et al., NeurIPS 2022) returns the policy's rollout and NeuroShard (Zha et al., MLSys 2023) the
best plan of its greedy grid / beam search; neither paper improves that plan further, although both have a cost
model that prices any table-wise plan in milliseconds. This module does (our addition, on by default in both
planners, ``refine=False`` gives the papers' plans): starting from the planner's table-wise plan, it repeatedly
moves one table off one of the most expensive devices to the device where the *predicted* plan gets cheapest,
and stops when no move helps or after ``max_moves`` moves.

The objective is the predicted plan cost, max over devices of the predicted device cost (the cost both papers'
searches minimize). A single move rarely lowers the maximum when several devices are near it, so a move is taken when it
does not raise the predicted maximum and lowers the smooth maximum ``tau * log sum_d exp(cost_d / tau)``
(``tau`` = :data:`SMOOTH_SHARE` of the current maximum), which rewards unloading every near-maximal device.
Candidates: every table on the :data:`SOURCE_DEVICES` most expensive devices, to every other device it fits
on (device memory, as the planners' own packing checks). All candidates of a step are priced in one batched
call of the model's :class:`MoveModel` (only the two devices a move touches are re-predicted where the model
allows). The search is deterministic: the same plan and model give the same moves on any machine, and its
move budget is a count from the task's size and the time limit (:func:`refine_moves`); a wall-clock deadline is
a guard only.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from mlopt.datasets.embedding_tables import ShardingTask
from mlopt.sharding.core.planner import PlanBudget

SOURCE_DEVICES = 1  # the most expensive devices whose tables are candidates each step
SMOOTH_SHARE = 1e-3  # tau of the smooth maximum, as a share of the current predicted maximum
TOLERANCE = 1e-9  # relative: a move may not raise the predicted maximum by more than this
# Seconds of one move step (pricing every candidate) on an idle 2-core machine, one torch thread: MOVE_FIXED_S +
# MOVE_S_PER_CELL per (table x device); fitted to steps timed at 200 x 8 (2 ms) up to 5000 x 128 (22 ms).
MOVE_FIXED_S = 2e-3
MOVE_S_PER_CELL = 3.5e-8
LOAD_FACTOR = 2.0  # headroom for a loaded machine
REFINE_SHARE = 0.05  # of the time limit that a learned planner's move search may expect to spend


def move_seconds(task: ShardingTask) -> float:
    """Expected seconds of one move step on ``task`` on an idle machine."""
    return MOVE_FIXED_S + MOVE_S_PER_CELL * task.num_tables * task.num_devices


def affordable_moves(task: ShardingTask, seconds: float) -> int:
    """How many move steps ``seconds`` pay for on a loaded machine (at most one per table)."""
    if seconds == float("inf"):
        return task.num_tables
    return int(min(task.num_tables, max(seconds, 0.0) // (LOAD_FACTOR * move_seconds(task))))


def refine_moves(task: ShardingTask, budget: PlanBudget) -> int:
    """The move budget of one learned-planner call: ``budget.refine_moves``, else :func:`affordable_moves` of
    :data:`REFINE_SHARE` of the limit (a count from the task's size and the limit alone)."""
    if budget.refine_moves is not None:
        return budget.refine_moves
    return affordable_moves(task, REFINE_SHARE * budget.time_limit_s)


def refine_seconds(task: ShardingTask, moves: int) -> float:
    """Expected seconds of ``moves`` move steps on a loaded machine."""
    return LOAD_FACTOR * moves * move_seconds(task)


class MoveModel(Protocol):
    """A learned cost model as the move search asks it (predicted milliseconds)."""

    def device_costs(self, plan: np.ndarray) -> np.ndarray:
        """[D] predicted cost of each device under the table-wise ``plan`` [T] (device per table)."""
        ...

    def move_costs(self, plan: np.ndarray, tables: np.ndarray, targets: np.ndarray) -> np.ndarray:
        """[K, D] predicted device costs of ``plan`` with table ``tables[k]`` moved to ``targets[k]``."""
        ...


@dataclass(frozen=True)
class MoveSearchResult:
    """The refined plan [T], its predicted cost (ms), the starting plan's, and the moves made."""

    plan: np.ndarray
    predicted_ms: float
    start_predicted_ms: float
    moves: int


def smooth_max(costs: np.ndarray, tau: float) -> np.ndarray:
    """``tau * log sum exp(costs / tau)`` over the last axis (stable)."""
    top = costs.max(axis=-1, keepdims=True)
    return (top + tau * np.log(np.exp((costs - top) / tau).sum(axis=-1, keepdims=True)))[..., 0]


def _candidates(plan: np.ndarray, costs: np.ndarray, sizes: np.ndarray,
                free: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(tables, targets) of every move of a table on one of the :data:`SOURCE_DEVICES` most expensive
    devices to another device with room for it."""
    sources = np.argsort(-costs, kind="stable")[:SOURCE_DEVICES]
    tables = np.flatnonzero(np.isin(plan, sources))
    fits = free[None, :] >= sizes[tables, None]  # [n, D]
    fits[np.arange(len(tables)), plan[tables]] = False
    rows, targets = np.nonzero(fits)
    return tables[rows], targets


def move_search(task: ShardingTask, plan: np.ndarray, model: MoveModel, max_moves: int,
                deadline: float | None = None) -> MoveSearchResult:
    """Refine the table-wise ``plan`` of ``task`` by at most ``max_moves`` single-table moves under ``model``
    (module docstring); no step starts after ``deadline`` (a ``time.monotonic()`` value), a guard."""
    plan = np.asarray(plan, dtype=np.int64).copy()
    sizes = task.sizes().astype(np.int64)
    free = np.full(task.num_devices, task.memory_bytes, dtype=np.int64)
    np.subtract.at(free, plan, sizes)
    costs = np.asarray(model.device_costs(plan), dtype=np.float64)
    start = float(costs.max())
    moves = 0
    while moves < max_moves and (deadline is None or time.monotonic() < deadline):
        top = float(costs.max())
        tau = SMOOTH_SHARE * top if top > 0 else 1.0
        tables, targets = _candidates(plan, costs, sizes, free)
        if not len(tables):
            break
        after = np.asarray(model.move_costs(plan, tables, targets), dtype=np.float64)
        smooth = smooth_max(after, tau)
        smooth[after.max(axis=1) > top * (1 + TOLERANCE)] = np.inf
        best = int(np.argmin(smooth))
        if not smooth[best] < smooth_max(costs, tau) - TOLERANCE * top:
            break
        table, target = int(tables[best]), int(targets[best])
        free[plan[table]] += sizes[table]
        free[target] -= sizes[table]
        plan[table] = target
        costs = after[best]
        moves += 1
    return MoveSearchResult(plan, float(costs.max()), start, moves)
