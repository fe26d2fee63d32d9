"""Row-sharded tables in the table-wise planners (issue 18, item 3; our extension: DreamShard, NeurIPS 2022,
NeuroShard, MLSys 2023, and the greedy baselines place whole tables or column shards only).

A table's *row placement* splits its rows evenly: row-wise over all D devices on a task of one host;
table-row-wise over the m devices of one host on a task of several (a row block then fits m devices, not D,
and the partial sums cross hosts once per block instead of from every device), row-wise where a block of m
would not fit. Hosts are given to tables by longest processing time (the largest first, each to the host
with the least so far), so the row shards load every host alike.

Two kinds of tables take row placements:

- **oversized** (:func:`oversized`): a table larger than a device's memory cannot be placed whole. It goes
  row-wise over every device (the same load on each, which the planner of the other tables assumes), and every
  planner that is not the MILP over sharding types plans the other tables on devices whose memory is less
  the row blocks' (:func:`plan_with_row_split`); before this, such a task was refused.
- **hot** (learned planners, with their data-parallel stage): a table whose predicted cost alone is more
  than an average device's. No table-wise plan can then be cheaper than that table's device, while its
  row shards cost each of the devices of its placement a 1/k share of its lookups (rows / k, pooling P / k,
  every sample's bag) plus the partial sums' reduce-scatter and all-gather (the pre-trained ``row`` net of
  :mod:`mlopt.sharding.core.collective_nets`). With ``c_d`` the predicted costs of the planner's table-wise
  plan, ``g_t`` the cost table t takes off its device and ``a_d(S)`` what the row shards of a set S add to
  device d, the plan's makespan after re-planning the other tables is about

      after(S) = (sum_d c_d - sum_{t in S} g_t) / D + max_d a_d(S)

  and :func:`choose_hot` keeps the prefix of the hot tables (the costliest first) with the lowest after(S),
  when it is below the table-wise plan's predicted makespan.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Callable, Sequence

import numpy as np

from mlopt.datasets.embedding_tables import EmbeddingTable, ShardingTask
from mlopt.datasets.sharding_plan import ShardingPlan, TablePlacement
from mlopt.envs.oracles.lowering import OUTPUT_BYTES
from mlopt.errors import InputError

HOT_SHARE = 1.0  # a hot table's predicted cost is above this share of the mean device cost


@dataclass(frozen=True)
class RowChoice:
    """The tables a row stage places in row shards, their placements and the row shards' bytes per device."""

    tables: np.ndarray  # sorted indices into the task's tables
    placements: tuple[TablePlacement, ...]  # one per table, in the same order
    shard_bytes: np.ndarray  # [D] weight bytes of the row shards on each device

    @property
    def empty(self) -> bool:
        return len(self.tables) == 0


def no_rows(num_devices: int) -> RowChoice:
    """The choice of no table."""
    return RowChoice(np.zeros(0, dtype=np.int64), (), np.zeros(num_devices))


def oversized(task: ShardingTask) -> np.ndarray:
    """Indices of the tables larger than one device's memory."""
    return np.flatnonzero(task.sizes() > task.memory_bytes)


def group_size(task: ShardingTask, table: EmbeddingTable, by_host: bool = True) -> int:
    """The devices a row placement of ``table`` spreads over: with ``by_host``, a host's (table-row-wise) on
    several hosts when a block of that many fits a device; else all of them (row-wise)."""
    per_host = task.devices_per_host
    if not by_host or task.num_hosts is None or task.num_hosts < 2 or per_host is None:
        return task.num_devices
    return per_host if math.ceil(table.num_embeddings / per_host) * table.dim * table.bytes_per_element \
        <= task.memory_bytes else task.num_devices


def row_shard_tables(task: ShardingTask, tables: Sequence[int]) -> list[EmbeddingTable]:
    """Each table's row shard as one of its devices sees it: ceil(rows / k) rows and a 1/k share of the
    lookups (pooling P / k; every sample's bag stays), as the plan model's lowering prices a row block."""
    out = []
    for t in tables:
        table = task.tables[int(t)]
        k = group_size(task, table)
        out.append(replace(table, num_embeddings=math.ceil(table.num_embeddings / k),
                           pooling_factor=table.pooling_factor / k))
    return out


def partial_sum_bytes(task: ShardingTask, tables: Sequence[int]) -> np.ndarray:
    """[K] bytes of each table's partial sums on one of its row shards' devices (4 x batch x dim)."""
    return np.array([OUTPUT_BYTES * task.batch_size * task.tables[int(t)].dim for t in tables], dtype=np.float64)


def place_rows(task: ShardingTask, tables: Sequence[int], weights: Sequence[float] | None = None,
               by_host: bool = True) -> RowChoice:
    """Row placements of ``tables`` (module docstring): hosts by longest processing time of ``weights`` (one per
    table, default: the tables' bytes); row-wise over every device without ``by_host``."""
    tables = np.asarray(tables, dtype=np.int64)
    if not len(tables):
        return no_rows(task.num_devices)
    weight = np.asarray(task.sizes()[tables] if weights is None else weights, dtype=np.float64)
    order = np.argsort(tables, kind="stable")
    tables, weight = tables[order], weight[order]
    hosts = task.num_hosts or 1
    per_host = task.num_devices // hosts
    load = np.zeros(hosts)
    shard_bytes = np.zeros(task.num_devices)
    placements: dict[int, TablePlacement] = {}
    for position in np.argsort(-weight, kind="stable"):
        t = int(tables[position])
        table = task.tables[t]
        if group_size(task, table, by_host) == task.num_devices:
            placement = TablePlacement.row_wise(table, task.num_devices)
            load += weight[position] / hosts
        else:
            host = int(np.argmin(load))
            load[host] += weight[position]
            placement = TablePlacement.table_row_wise(table, host, per_host)
        placements[t] = placement
        for shard in placement.shards:
            shard_bytes[shard.device] += shard.size_bytes(table)
    return RowChoice(tables, tuple(placements[int(t)] for t in tables), shard_bytes)


def check_row_fits(task: ShardingTask) -> None:
    """InputError naming the first table whose row blocks (row-wise over every device) do not fit a device, or
    that does not fit a device beside those blocks, or when the tables do not fit the devices in all (what
    planning with row splits needs; :meth:`ShardingTask.check_fits` is the table-wise rule)."""
    big = oversized(task).tolist()
    used = 0
    for index in big:
        table = task.tables[index]
        block = math.ceil(table.num_embeddings / task.num_devices) * table.dim * table.bytes_per_element
        used += block
        if used > task.memory_bytes:
            raise InputError(
                f"table {table.name!r} needs {table.size_bytes / 2**30:.2f} GiB: row blocks on each of "
                f"{task.num_devices} devices take {used / 2**30:.2f} GiB with the larger tables' before it, but a "
                f"device has {task.memory_bytes / 2**30:.2f} GiB", file=task.source or None,
                row=index + 2 if task.source else None, field="num_embeddings",
                expected="tables whose row blocks fit the devices (more devices or more memory per device)")
    left = task.memory_bytes - used
    for index, table in enumerate(task.tables):
        if index not in big and table.size_bytes > left:
            raise InputError(
                f"table {table.name!r} needs {table.size_bytes / 2**30:.2f} GiB but a device has "
                f"{left / 2**30:.2f} GiB beside the row blocks of the tables larger than a device",
                file=task.source or None, row=index + 2 if task.source else None, field="num_embeddings",
                expected="a table that fits one device (more memory per device or more devices)")
    task.check_total_fits()


def rest_task(task: ShardingTask, leave: np.ndarray, used_bytes: float) -> tuple[ShardingTask, np.ndarray]:
    """The task of the tables not in ``leave``, on devices with ``used_bytes`` less memory, and those tables'
    indices in ``task``."""
    rest = np.setdiff1d(np.arange(task.num_tables), leave)
    if not len(rest):
        raise InputError("every table leaves the table-wise plan", field="tables",
                         expected="at least one table placed whole")
    memory = task.memory_bytes - int(math.ceil(used_bytes))
    if memory <= 0:
        raise InputError("the row shards fill the devices", field="memory", expected="more memory per device")
    return replace(task, tables=tuple(task.tables[t] for t in rest), memory_bytes=memory), rest


def combine(task: ShardingTask, fixed: dict[int, TablePlacement], rest: np.ndarray,
            rest_plan: ShardingPlan) -> ShardingPlan:
    """The plan of ``task``: ``rest_plan``'s placements for the tables ``rest`` and ``fixed`` ones for the others."""
    placements: list[TablePlacement | None] = [None] * task.num_tables
    for index, placement in zip(rest.tolist(), rest_plan.placements):
        placements[index] = placement
    for index, placement in fixed.items():
        placements[index] = placement
    return ShardingPlan(tuple(placements))  # type: ignore[arg-type]  # every table is placed


def plan_with_row_split(task: ShardingTask, plan_rest: Callable[[ShardingTask], ShardingPlan]) -> tuple[
        ShardingPlan, int]:
    """``plan_rest(task)`` when every table fits a device; else the oversized tables in row placements and
    ``plan_rest`` of the others on the memory they leave (module docstring): the plan and the number of tables
    split."""
    big = oversized(task)
    if not len(big):
        return plan_rest(task), 0
    check_row_fits(task)
    choice = place_rows(task, big, by_host=False)  # the same load on every device, as the other tables' planner assumes
    sub, rest = rest_task(task, choice.tables, float(choice.shard_bytes.max()))
    return combine(task, dict(zip(choice.tables.tolist(), choice.placements)), rest, plan_rest(sub)), len(big)


def hot_candidates(device_costs: np.ndarray, removal_gain: np.ndarray) -> np.ndarray:
    """Indices of the hot tables: ``removal_gain`` (one per table) above :data:`HOT_SHARE` x the mean of the
    predicted ``device_costs``."""
    return np.flatnonzero(np.asarray(removal_gain) > HOT_SHARE * np.asarray(device_costs, dtype=np.float64).mean())


def choose_hot(task: ShardingTask, device_costs: np.ndarray, tables: np.ndarray, removal_gain: np.ndarray,
               shard_compute: np.ndarray, row_comm_ms: Callable[[np.ndarray], np.ndarray]) -> tuple[RowChoice, float]:
    """The prefix of the hot tables among ``tables`` (:func:`hot_candidates`), the costliest first, with the
    lowest after(S) of the module docstring, given each one's predicted
    ``removal_gain`` g_t and ``shard_compute`` (ms on one of its devices) and ``row_comm_ms`` (partial-sum bytes
    per device [K] -> ms [K]); (:func:`no_rows`, 0) when none beats the table-wise plan's makespan, else the
    choice and its predicted added cost on the busiest device."""
    costs = np.asarray(device_costs, dtype=np.float64)
    gain = np.asarray(removal_gain, dtype=np.float64)
    hot = hot_candidates(costs, gain)
    if not len(hot) or task.num_devices < 2:
        return no_rows(task.num_devices), 0.0
    order = hot[np.argsort(-gain[hot], kind="stable")][:task.num_tables - 1]
    compute = np.asarray(shard_compute, dtype=np.float64)
    best, best_after, best_added = no_rows(task.num_devices), float(costs.max()), 0.0
    for k in range(1, len(order) + 1):
        chosen = order[:k]
        choice = place_rows(task, tables[chosen], compute[chosen])
        position = {int(t): int(i) for t, i in zip(tables[chosen].tolist(), chosen)}
        added = np.zeros(task.num_devices)
        partial = np.zeros(task.num_devices)
        for t, placement, buffer in zip(choice.tables.tolist(), choice.placements,
                                        partial_sum_bytes(task, choice.tables)):
            for shard in placement.shards:
                added[shard.device] += compute[position[t]]
                partial[shard.device] += buffer
        added += np.asarray(row_comm_ms(partial), dtype=np.float64)
        after = (costs.sum() - gain[chosen].sum()) / task.num_devices + float(added.max())
        if after < best_after:
            best, best_after, best_added = choice, after, float(added.max())
    return best, best_added
