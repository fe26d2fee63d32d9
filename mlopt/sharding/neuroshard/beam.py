"""NeuroShard's column-wise beam search (Zha et al., MLSys 2023, Sec. 3.2, "column-wise sharding").

A column-wise plan splits some tables into column shards and places every shard on its own device.
Here a table is split uniformly: at split level k it becomes 2^k shards of dim / 2^k columns each
(:func:`column_layout`); the plan is then a list of :class:`Shard` (table, column offset, shard dim,
device). :func:`shard_task` turns the shards into a per-shard :class:`ShardingTask` (each shard an
:class:`EmbeddingTable` via ``with_dim``, named like ``t0003[0:32]``) that any oracle prices as a
table-wise plan. Table-wise plans are the special case of no splits: the per-shard task is the task
itself and the shard plan is the table-wise plan.

Search: the root state (no splits) is planned by the table-wise greedy grid search
(:mod:`mlopt.sharding.neuroshard.grid`). Each step expands every state of the beam by halving one candidate table's
shard dim (the result must stay divisible by 4); candidates are the union of the top ``num_candidates``
tables by shard size and by predicted single-shard compute. Each child is planned by the grid search on
its per-shard task (all children of a step with the same number of shards in one lockstep batch); the
``beam_width`` children of lowest simulated cost form the next beam, for at
most ``max_steps`` steps. The best state seen, the root included, is returned, so the result is never
worse (by the model's own score) than the table-wise grid search. With a ``deadline`` (a
``time.perf_counter()`` value) no step starts after it, which makes the search anytime.

Simplifications: splits are uniform halvings of a whole table (all its shards share one dim), states
reached twice are planned once, and a child whose grid search cannot fit its shards is dropped.
"""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from mlopt.datasets.embedding_tables import ShardingPlan, ShardingTask
from mlopt.datasets.sharding_plan import TablePlacement
from mlopt.sharding.neuroshard.cost_model import ShardCostModel
from mlopt.sharding.neuroshard.grid import DEFAULT_SCALES, GridSearchResult, greedy_grid_search, grid_search_many

MIN_SHARD_DIM_MULTIPLE = 4


@dataclass(frozen=True)
class ColumnSlice:
    """Columns ``offset : offset + dim`` of table ``table``."""

    table: int
    offset: int
    dim: int


@dataclass(frozen=True)
class Shard(ColumnSlice):
    """A column slice placed on ``device``."""

    device: int


def can_halve(dim: int, level: int) -> bool:
    """Whether a table of ``dim`` split ``level`` times can be halved once more (shard dim stays a
    multiple of 4)."""
    shard_dim, rest = divmod(dim, 2 ** (level + 1))
    return rest == 0 and shard_dim % MIN_SHARD_DIM_MULTIPLE == 0 and shard_dim > 0


def column_layout(task: ShardingTask, levels: Sequence[int]) -> tuple[ColumnSlice, ...]:
    """The column slices of every table at split ``levels`` (2^k equal slices for level k), table order."""
    slices = []
    for index, (table, level) in enumerate(zip(task.tables, levels, strict=True)):
        width = table.dim >> level
        if width << level != table.dim:
            raise ValueError(f"table {table.name!r} of dim {table.dim} cannot be split {level} times")
        slices.extend(ColumnSlice(index, offset, width) for offset in range(0, table.dim, width))
    return tuple(slices)


def shard_task(task: ShardingTask, slices: Sequence[ColumnSlice]) -> ShardingTask:
    """The per-shard task: each slice as a table of its own (``with_dim``); a slice covering a whole
    table keeps the table as it is, a partial one is named ``name[offset:offset+dim]``."""
    tables = []
    for piece in slices:
        table = task.tables[piece.table]
        if piece.offset == 0 and piece.dim == table.dim:
            tables.append(table)
        else:
            name = f"{table.name}[{piece.offset}:{piece.offset + piece.dim}]"
            tables.append(dataclasses.replace(table.with_dim(piece.dim), name=name))
    return dataclasses.replace(task, tables=tuple(tables))


def place_shards(slices: Sequence[ColumnSlice], plan: ShardingPlan) -> tuple[Shard, ...]:
    """The slices with their devices from a plan of the per-shard task."""
    return tuple(Shard(s.table, s.offset, s.dim, device) for s, device in zip(slices, plan.assignment, strict=True))


def column_wise_plan(task: ShardingTask, shards: Sequence[Shard]) -> ShardingPlan:
    """The plan of ``shards`` on ``task`` itself, in the plan model: a table in one slice is table-wise, a
    split one column-wise with a shard per slice (in column order)."""
    by_table: dict[int, list[Shard]] = {}
    for shard in shards:
        by_table.setdefault(shard.table, []).append(shard)
    placements = []
    for index, table in enumerate(task.tables):
        pieces = sorted(by_table[index], key=lambda s: s.offset)
        if len(pieces) == 1:
            placements.append(TablePlacement.table_wise(pieces[0].device))
        else:
            placements.append(TablePlacement.column_wise(table, [s.device for s in pieces], [s.dim for s in pieces]))
    return ShardingPlan(tuple(placements))


@dataclass(frozen=True)
class BeamSearchResult:
    """The best column-wise plan found: its shards, per-shard task and plan (of that task), the
    predicted cost (ms), each table's split level, the table-wise grid search result (the root), and
    the number of grid searches run."""

    shards: tuple[Shard, ...]
    shard_task: ShardingTask
    plan: ShardingPlan
    cost_ms: float
    levels: tuple[int, ...]
    table_wise: GridSearchResult
    evaluations: int


@dataclass(frozen=True)
class _State:
    levels: tuple[int, ...]
    slices: tuple[ColumnSlice, ...]
    task: ShardingTask
    grid: GridSearchResult


def _layout(task: ShardingTask, levels: tuple[int, ...]) -> tuple[tuple[ColumnSlice, ...], ShardingTask]:
    slices = column_layout(task, levels)
    return slices, task if not any(levels) else shard_task(task, slices)


def _plan_states(task: ShardingTask, all_levels: Sequence[tuple[int, ...]], model: ShardCostModel,
                 scales: Sequence[float]) -> list[_State]:
    """The states of ``all_levels`` planned by the grid search, children with the same number of shards
    in one lockstep batch (:func:`~mlopt.sharding.neuroshard.grid.grid_search_many`); unplaceable ones are dropped."""
    layouts = [_layout(task, levels) for levels in all_levels]
    groups: dict[int, list[int]] = {}
    for i, (slices, _) in enumerate(layouts):
        groups.setdefault(len(slices), []).append(i)
    states = []
    for members in groups.values():
        grids = grid_search_many([layouts[i][1] for i in members], model, scales)
        states.extend(_State(all_levels[i], *layouts[i], grid) for i, grid in zip(members, grids) if grid is not None)
    return states


def _split_candidates(task: ShardingTask, state: _State, model: ShardCostModel, num_candidates: int) -> list[int]:
    """Tables that can still be halved, among the top ``num_candidates`` by shard size and by predicted
    single-shard compute (one batched call), size order first."""
    splittable = np.array([can_halve(t.dim, k) for t, k in zip(task.tables, state.levels)])
    if not splittable.any():
        return []
    first = np.flatnonzero(np.r_[True, np.diff([s.table for s in state.slices]) != 0])  # first slice per table
    compute = np.asarray(model.shard_compute(state.task, first, np.arange(len(first)), len(first)))
    sizes = state.task.sizes()[first].astype(np.float64)
    chosen: list[int] = []
    for key in (sizes, compute):
        ranked = [int(t) for t in np.argsort(-key, kind="stable") if splittable[t]]
        chosen.extend(t for t in ranked[:num_candidates] if t not in chosen)
    return chosen


def beam_search(task: ShardingTask, model: ShardCostModel, *, beam_width: int = 3, max_steps: int = 10,
                num_candidates: int = 10, scales: Sequence[float] = DEFAULT_SCALES,
                deadline: float | None = None) -> BeamSearchResult:
    """NeuroShard's column-wise beam search (module docstring)."""
    if beam_width < 1 or max_steps < 0 or num_candidates < 1:
        raise ValueError("beam_width and num_candidates must be >= 1 and max_steps >= 0")
    slices, _ = _layout(task, (0,) * task.num_tables)
    root = _State((0,) * task.num_tables, slices, task, greedy_grid_search(task, model, scales))
    best, beam, seen, evaluations = root, [root], {root.levels}, 1
    for _ in range(max_steps):
        if deadline is not None and time.perf_counter() >= deadline:
            break
        expansions = []
        for state in beam:
            for t in _split_candidates(task, state, model, num_candidates):
                levels = tuple(k + (i == t) for i, k in enumerate(state.levels))
                if levels not in seen:
                    seen.add(levels)
                    expansions.append(levels)
        evaluations += len(expansions)
        children = _plan_states(task, expansions, model, scales)
        if not children:
            break
        beam = sorted(children, key=lambda s: s.grid.cost_ms)[:beam_width]
        if beam[0].grid.cost_ms < best.grid.cost_ms:
            best = beam[0]
    return BeamSearchResult(place_shards(best.slices, best.grid.plan), best.task, best.grid.plan,
                            best.grid.cost_ms, best.levels, root.grid, evaluations)
