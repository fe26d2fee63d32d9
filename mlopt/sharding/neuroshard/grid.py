"""NeuroShard's table-wise greedy grid search (Zha et al., MLSys 2023, Sec. 3.2, "table-wise sharding").

1. Order the tables by predicted single-table compute cost, descending.
2. For each dim-balance factor s in ``scales`` (11 values in [1.0, 1.5]), place the tables in that
   order, each on the device whose shard has the lowest predicted compute *with the table added* (the
   whole shard is re-predicted, since fused compute is not additive), among the devices where it fits
   in memory and keeps the device's dim sum <= s * (total dim / D), a proxy for balanced
   communication.
3. Keep the candidate plan with the lowest simulated cost, max over ranks of (compute + bwd_comm +
   fwd_comm).

Batching: the 11 greedy runs go in lockstep (the order does not depend on s), and so do the runs of
several tasks with the same number of tables (:func:`grid_search_many`; the column-wise beam search
plans all children of a beam step this way). Each placement prices the candidate shards of every run in
one call: the tasks are stacked into one *union task*, so any
:class:`~mlopt.sharding.neuroshard.cost_model.ShardCostModel` prices them with one
:meth:`~mlopt.sharding.neuroshard.cost_model.ShardCostModel.shard_compute`. A model whose compute cost is a head over
a sum of table embeddings (:class:`SumDecomposableModel`, NeuroShard's compute net) is priced
incrementally: the running embedding sum of each (run, device) plus the candidate table's embedding,
so a placement costs O(runs x D), not O(runs x placed tables) (NeuroShard's adapter sums the embeddings
through the compute head's first linear map, which saves that matrix product at every placement). The candidate plans of each task are
then scored in one ``plan_costs`` call.

Memory (an addition to the paper, whose tasks leave memory slack): the compute order puts large tables
late, where they may no longer fit. So a device counts as fitting only if, after the placement, the
unplaced tables still pack first-fit-decreasing into the free memory (:func:`still_packable`; a
sufficient test, so when no device passes it any device with room is allowed). When no fitting device
meets the dim cap (the cap can be tighter than the dims allow, e.g. s = 1 with uneven dims), the table
goes to the fitting device of lowest predicted compute. A value of s whose run cannot fit a table is
dropped; :func:`greedy_grid_search` raises :class:`~mlopt.errors.InputError` when every run fails.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, Sequence, runtime_checkable

import numpy as np
import torch

from mlopt.datasets.embedding_tables import ShardingPlan, ShardingTask
from mlopt.sharding.neuroshard.cost_model import ShardCostModel
from mlopt.solvers.sharding.greedy import packing_failed
from mlopt.solvers.sharding.packing import still_packable

DEFAULT_SCALES: tuple[float, ...] = tuple(float(s) for s in np.linspace(1.0, 1.5, 11))


@runtime_checkable
class SumDecomposableModel(Protocol):
    """A cost model whose shard compute is ``pooled_compute(sum of table_embeddings over the shard)``."""

    def table_embeddings(self, task: ShardingTask) -> torch.Tensor:
        """[T, E] one embedding per table of ``task``."""
        ...

    def pooled_compute(self, pooled: torch.Tensor) -> np.ndarray:
        """[N] compute cost (ms) of N non-empty shards from their summed embeddings [N, E]."""
        ...


@dataclass(frozen=True)
class GridSearchResult:
    """The best table-wise plan of the grid, its predicted cost (ms) and its dim-balance factor; the
    predicted cost of every candidate (``inf`` where the run could not fit a table)."""

    plan: ShardingPlan
    cost_ms: float
    scale: float
    candidate_costs_ms: tuple[float, ...]


def union_task(tasks: Sequence[ShardingTask]) -> ShardingTask:
    """All tables of ``tasks`` (same devices and memory) as one task, task after task."""
    if len(tasks) == 1:
        return tasks[0]
    first = tasks[0]
    return ShardingTask(tuple(t for task in tasks for t in task.tables), first.num_devices, first.memory_bytes,
                        first.batch_size, first.source)


class _Pricer:
    """Predicted compute of every run's shards with one more table, one call per placement."""

    def __init__(self, union: ShardingTask, model: ShardCostModel, num_runs: int, num_devices: int) -> None:
        self.union, self.model, self.d = union, model, num_devices
        self.rows = (np.arange(num_runs)[:, None] * num_devices + np.arange(num_devices)).ravel()
        self.placed_tables: list[np.ndarray] = []
        self.placed_rows: list[np.ndarray] = []
        self.emb: torch.Tensor | None = None
        if isinstance(model, SumDecomposableModel):
            self.emb = model.table_embeddings(union)
            self.pooled = self.emb.new_zeros(num_runs * num_devices, self.emb.shape[1])

    def with_table(self, tables: np.ndarray) -> np.ndarray:
        """[R, D] compute of each run's device shards with run r's table ``tables[r]`` added."""
        runs = len(tables)
        if self.emb is not None:
            index = torch.as_tensor(tables, device=self.emb.device)
            pooled = self.pooled.view(runs, self.d, -1) + self.emb[index][:, None, :]
            return self.model.pooled_compute(pooled.reshape(runs * self.d, -1)).reshape(runs, self.d)
        table_ids = np.concatenate([*self.placed_tables, np.repeat(tables, self.d)])
        row_ids = np.concatenate([*self.placed_rows, self.rows])
        compute = self.model.shard_compute(self.union, table_ids, row_ids, runs * self.d)
        return np.asarray(compute, dtype=np.float64).reshape(runs, self.d)

    def place(self, tables: np.ndarray, devices: np.ndarray) -> None:
        rows = np.arange(len(tables)) * self.d + devices
        if self.emb is not None:
            self.pooled.index_add_(0, torch.as_tensor(rows, device=self.emb.device),
                                   self.emb[torch.as_tensor(tables, device=self.emb.device)])
        else:
            self.placed_tables.append(tables)
            self.placed_rows.append(rows)


def _single_table_compute(union: ShardingTask, model: ShardCostModel) -> np.ndarray:
    index = np.arange(union.num_tables)
    return np.asarray(model.shard_compute(union, index, index, union.num_tables), dtype=np.float64)


@dataclass(frozen=True)
class _Failure:
    table: int
    free: np.ndarray


def _lockstep(tasks: Sequence[ShardingTask], model: ShardCostModel,
              scales: np.ndarray) -> tuple[np.ndarray, np.ndarray, list[_Failure | None]]:
    """The greedy plans of every (task, s): [C, S, T] devices, [C, S] fitted mask, and per task the first
    table no run could fit (None when some run fits every table)."""
    num_tasks, num_scales = len(tasks), len(scales)
    d, num_tables = tasks[0].num_devices, tasks[0].num_tables
    union = union_task(tasks)
    runs = num_tasks * num_scales
    task_of_run = np.repeat(np.arange(num_tasks), num_scales)
    dims = np.array([t.dim for t in union.tables], dtype=np.float64).reshape(num_tasks, num_tables)
    sizes = union.sizes().reshape(num_tasks, num_tables)
    cap = (scales[None, :] * dims.sum(axis=1, keepdims=True) / d * (1 + 1e-9)).ravel()  # [R]
    order = np.argsort(-_single_table_compute(union, model).reshape(num_tasks, num_tables), axis=1, kind="stable")
    sorted_sizes = -np.sort(-sizes, axis=1)
    rank = np.empty_like(order)  # rank[c, t]: the position of table t's size in sorted_sizes[c]
    np.put_along_axis(rank, np.argsort(-sizes, axis=1, kind="stable"), np.arange(num_tables)[None, :], axis=1)
    unplaced = np.ones((num_tasks, num_tables), dtype=bool)
    assign = np.zeros((runs, num_tables), dtype=np.int64)
    dim_load = np.zeros((runs, d))
    free = np.full((runs, d), tasks[0].memory_bytes, dtype=np.int64)
    fitted = np.ones(runs, dtype=bool)
    failures: list[_Failure | None] = [None] * num_tasks
    pricer = _Pricer(union, model, runs, d)
    run_rows = np.arange(runs)
    eye = np.eye(d, dtype=np.int64)
    for step in range(num_tables):
        local = order[:, step]  # [C] the table each task places now
        unplaced[np.arange(num_tasks), rank[np.arange(num_tasks), local]] = False
        table = local[task_of_run]  # [R]
        size = sizes[task_of_run, table]
        compute = pricer.with_table(task_of_run * num_tables + table)
        fits = free >= size[:, None]
        candidates = np.flatnonzero(fits.ravel())
        safe = np.zeros(runs * d, dtype=bool)
        rest_sizes = sorted_sizes * unplaced
        # Runs where any placement leaves the rest packable by still_packable's own first test (the rest fits
        # in the free total less D x its largest table) need no packing simulation: the same answer, cheaper.
        sure = (rest_sizes.sum(axis=1)[task_of_run]
                <= free.sum(axis=1) - size - d * rest_sizes.max(axis=1)[task_of_run])
        safe[candidates[sure[candidates // d]]] = True
        candidates = candidates[~sure[candidates // d]]
        if len(candidates):
            cand_runs = candidates // d
            after = free[cand_runs] - size[cand_runs, None] * eye[candidates % d]
            safe[candidates] = still_packable(after, rest_sizes, task_of_run[cand_runs])
        safe = safe.reshape(runs, d)
        fits = np.where(safe.any(axis=1, keepdims=True), safe, fits)
        balanced = fits & (dim_load + dims[task_of_run, table][:, None] <= cap[:, None])
        allowed = np.where(balanced.any(axis=1, keepdims=True), balanced, fits)
        fitted &= allowed.any(axis=1)
        for c in range(num_tasks):
            if failures[c] is None and not fitted[c * num_scales:(c + 1) * num_scales].any():
                failures[c] = _Failure(int(local[c]), free[c * num_scales:(c + 1) * num_scales].max(axis=0))
        device = np.argmin(np.where(allowed, compute, np.inf), axis=1)
        assign[run_rows, table] = device
        dim_load[run_rows, device] += dims[task_of_run, table]
        free[run_rows, device] -= size
        pricer.place(task_of_run * num_tables + table, device)
    return assign.reshape(num_tasks, num_scales, num_tables), fitted.reshape(num_tasks, num_scales), failures


def grid_candidates(task: ShardingTask, model: ShardCostModel,
                    scales: Sequence[float] = DEFAULT_SCALES) -> tuple[np.ndarray, np.ndarray]:
    """The greedy plans of every s in ``scales``: [S, T] device indices and an [S] mask of the runs
    that fit every table in memory (module docstring, steps 1-2)."""
    task.check_fits()
    assign, fitted, _ = _lockstep([task], model, np.asarray(scales, dtype=np.float64))
    return assign[0], fitted[0]


def _best_plan(task: ShardingTask, model: ShardCostModel, plans: np.ndarray, fitted: np.ndarray,
               scales: np.ndarray) -> GridSearchResult:
    costs = np.full(len(plans), np.inf)
    costs[fitted] = model.plan_costs(task, plans[fitted])
    best = int(np.argmin(costs))  # ties go to the smaller s
    return GridSearchResult(ShardingPlan.from_array(plans[best]), float(costs[best]), float(scales[best]),
                            tuple(float(c) for c in costs))


def grid_search_many(tasks: Sequence[ShardingTask], model: ShardCostModel,
                     scales: Sequence[float] = DEFAULT_SCALES) -> list[GridSearchResult | None]:
    """:func:`greedy_grid_search` of several tasks with the same devices, memory and number of tables,
    all runs in lockstep; None for a task where no run fits every table."""
    if len({(t.num_devices, t.memory_bytes, t.num_tables) for t in tasks}) != 1:
        raise ValueError("grid_search_many needs tasks with equal devices, memory and number of tables")
    scales_array = np.asarray(scales, dtype=np.float64)
    assign, fitted, _ = _lockstep(tasks, model, scales_array)
    return [_best_plan(task, model, plans, ok, scales_array) if ok.any() else None
            for task, plans, ok in zip(tasks, assign, fitted, strict=True)]


def greedy_grid_search(task: ShardingTask, model: ShardCostModel,
                       scales: Sequence[float] = DEFAULT_SCALES) -> GridSearchResult:
    """NeuroShard's table-wise greedy grid search (module docstring); ties go to the smaller s."""
    task.check_fits()
    scales_array = np.asarray(scales, dtype=np.float64)
    assign, fitted, failures = _lockstep([task], model, scales_array)
    if failures[0] is not None:
        raise packing_failed(task, failures[0].table, failures[0].free, "neuroshard grid search")
    return _best_plan(task, model, assign[0], fitted[0], scales_array)
