"""NeuroShard's table-wise greedy grid search (Zha et al., MLSys 2023, Sec. 3.2, "table-wise sharding").

1. Order the tables by predicted single-table compute cost, descending.
2. For each dim-balance factor s in ``scales`` (11 values in [1.0, 1.5]), place the tables in that
   order, each on the device whose shard has the lowest predicted compute *with the table added* (the
   whole shard is re-predicted, since fused compute is not additive), among the devices where it fits
   in memory and keeps the device's dim sum <= s * (total dim / D), a proxy for balanced
   communication.
3. Keep the candidate plan with the lowest simulated cost, max over ranks of (compute + bwd_comm +
   fwd_comm).

Batching: the 11 greedy runs go in lockstep (the order does not depend on s), so each placement
prices the S * D candidate shards in one :meth:`~mlopt.search.cost_model.ShardCostModel.shard_compute`
call, and the S candidate plans are scored in one ``plan_costs`` call.

Memory (an addition to the paper, whose tasks leave memory slack): the compute order puts large tables
late, where they may no longer fit. So a device counts as fitting only if, after the placement, the
unplaced tables still pack first-fit-decreasing into the free memory (:func:`still_packable`; a
sufficient test, so when no device passes it any device with room is allowed). When no fitting device
meets the dim cap (the cap can be tighter than the dims allow, e.g. s = 1 with uneven dims), the table
goes to the fitting device of lowest predicted compute. A value of s whose run cannot fit a table is
dropped, and the search raises :class:`~mlopt.errors.InputError` when every run fails.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from mlopt.datasets.embedding_tables import ShardingPlan, ShardingTask
from mlopt.search.cost_model import ShardCostModel
from mlopt.solvers.sharding.greedy import packing_failed

DEFAULT_SCALES: tuple[float, ...] = tuple(float(s) for s in np.linspace(1.0, 1.5, 11))


@dataclass(frozen=True)
class GridSearchResult:
    """The best table-wise plan of the grid, its predicted cost (ms) and its dim-balance factor; the
    predicted cost of every candidate (``inf`` where the run could not fit a table)."""

    plan: ShardingPlan
    cost_ms: float
    scale: float
    candidate_costs_ms: tuple[float, ...]


def single_table_compute(task: ShardingTask, model: ShardCostModel) -> np.ndarray:
    """[T] predicted compute of each table alone on a device (one batched call)."""
    index = np.arange(task.num_tables)
    return np.asarray(model.shard_compute(task, index, index, task.num_tables), dtype=np.float64)


def still_packable(free: np.ndarray, sizes_desc: np.ndarray) -> np.ndarray:
    """[N] whether the tables ``sizes_desc`` (descending) pack first-fit into each row of free memory
    ``free`` [N, D]; stops as soon as the rest fits on every row's freest device."""
    free = free.copy()
    ok = np.ones(len(free), dtype=bool)
    rows = np.arange(len(free))
    rest = np.cumsum(sizes_desc[::-1])[::-1]  # rest[i] = sum of sizes_desc[i:]
    for size, remaining in zip(sizes_desc, rest):
        if (remaining <= free.max(axis=1)).all():
            break
        room = free >= size
        ok &= room.any(axis=1)
        free[rows, room.argmax(axis=1)] -= size
    return ok


def grid_candidates(task: ShardingTask, model: ShardCostModel,
                    scales: Sequence[float] = DEFAULT_SCALES) -> tuple[np.ndarray, np.ndarray]:
    """The greedy plans of every s in ``scales``: [S, T] device indices and an [S] mask of the runs
    that fit every table in memory (module docstring, steps 1-2)."""
    task.check_fits()
    scales = np.asarray(scales, dtype=np.float64)
    num_scales, d, num_tables = len(scales), task.num_devices, task.num_tables
    dims = np.array([t.dim for t in task.tables], dtype=np.float64)
    sizes = task.sizes()
    cap = scales[:, None] * dims.sum() / d * (1 + 1e-9)
    assign = np.full((num_scales, num_tables), -1, dtype=np.int64)
    dim_load = np.zeros((num_scales, d))
    free = np.full((num_scales, d), task.memory_bytes, dtype=np.int64)
    fitted = np.ones(num_scales, dtype=bool)
    scale_rows = np.arange(num_scales)
    candidate_rows = (scale_rows[:, None] * d + np.arange(d)).ravel()  # shard row s * D + device
    order = np.argsort(-single_table_compute(task, model), kind="stable")
    unplaced_desc = np.sort(sizes)[::-1]
    for step, t in enumerate(order):
        placed = order[:step]
        tables = np.concatenate([np.tile(placed, num_scales), np.full(num_scales * d, t)])
        rows = np.concatenate([(scale_rows[:, None] * d + assign[:, placed]).ravel(), candidate_rows])
        compute = np.asarray(model.shard_compute(task, tables, rows, num_scales * d)).reshape(num_scales, d)
        unplaced_desc = np.delete(unplaced_desc, np.flatnonzero(unplaced_desc == sizes[t])[0])
        fits = free >= sizes[t]
        after = np.repeat(free, d, axis=0) - sizes[t] * np.tile(np.eye(d, dtype=np.int64), (num_scales, 1))
        safe = fits.ravel().copy()
        safe[safe] = still_packable(after[safe], unplaced_desc)
        safe = safe.reshape(num_scales, d)
        fits = np.where(safe.any(axis=1, keepdims=True), safe, fits)
        balanced = fits & (dim_load + dims[t] <= cap)
        allowed = np.where(balanced.any(axis=1, keepdims=True), balanced, fits)
        fitted &= allowed.any(axis=1)
        if not fitted.any():
            raise packing_failed(task, int(t), free.max(axis=0), "neuroshard grid search")
        device = np.argmin(np.where(allowed, compute, np.inf), axis=1)
        assign[:, t] = device
        dim_load[scale_rows, device] += dims[t]
        free[scale_rows, device] -= sizes[t]
    return assign, fitted


def greedy_grid_search(task: ShardingTask, model: ShardCostModel,
                       scales: Sequence[float] = DEFAULT_SCALES) -> GridSearchResult:
    """NeuroShard's table-wise greedy grid search (module docstring); ties go to the smaller s."""
    plans, fitted = grid_candidates(task, model, scales)
    costs = np.full(len(plans), np.inf)
    costs[fitted] = model.plan_costs(task, plans[fitted])
    best = int(np.argmin(costs))
    return GridSearchResult(ShardingPlan.from_array(plans[best]), float(costs[best]), float(scales[best]),
                            tuple(float(c) for c in costs))
