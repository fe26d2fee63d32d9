"""The memory stage: UVM caching in the planners that place fused tables (issue 18, item 3; our extension:
DreamShard, NeurIPS 2022, NeuroShard, MLSys 2023, and the greedy baselines place every table in device memory).

When the tables do not fit the devices' memory (HBM) with room to pack them -- their bytes exceed :data:`FILL` of
it -- and the task has host memory (DDR), some tables must be UVM-cached: their rows go to DDR and a cache of
:data:`CACHE` x them stays in HBM (TorchRec's default ``cache_load_factor``). Caching a table costs its lookups
that miss the cache, at host-link bandwidth, so the stage caches tables one at a time until the others fit, in row
shards where larger than a device (:func:`choose_uvm`): first the *bulky* ones, larger than :data:`BULKY_SHARE` of a
device's memory, then the others, each group by the least extra cost per byte of HBM freed,

    key_t = e_t / ((1 - CACHE) s_t)

with s_t the table's bytes and e_t its predicted extra ms: the learned planners' pre-trained UVM net
(:mod:`mlopt.sharding.core.uvm_net`), or for planners without weights the classic "cold tables first" rule,
e_t proportional to the table's lookups (pooling factor x dim). Bulky tables go first because, left in HBM, they
are what the shrunken devices cannot hold whole: they become row shards over every device, whose partial sums
cost more communication than caching them costs compute (on 400 held-out tables over 24 devices with half the
bytes in DDR, caching by key alone left two such tables row-sharded and the plans 1.4x costlier).

Where a table's cache and rows fit no device beside the caches chosen before it, it is skipped; where that order
leaves the others no room, the largest tables go first (the order :func:`check_memory` accepts a task by); where
the planner cannot pack the others, more are cached (the others' share of the memory lowered to
:data:`RETRY_FILLS`).

The planner then plans the other tables on devices whose memory is less the largest cache any device must
hold (each cached table's cache on the device with the least cache bytes when it is chosen), and the cached tables
go last, the costliest first, each to the device with the least cost so far where its cache and rows fit
(:func:`place_uvm`, longest processing time first on the plan's device costs; where that does not fit them all,
the devices of the choice).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable, NoReturn

import numpy as np

from mlopt.datasets.embedding_tables import ShardingTask
from mlopt.datasets.sharding_plan import DEFAULT_CACHE_LOAD_FACTOR, ComputeKernel, ShardingPlan, TablePlacement
from mlopt.errors import InputError
from mlopt.sharding.core.row_split import check_row_fits, combine, rest_task

CACHE = DEFAULT_CACHE_LOAD_FACTOR
FILL = 0.9  # the fused tables' bytes may take this share of the devices' memory (room to pack them)
RETRY_FILLS: tuple[float, ...] = (0.8, 0.7)  # tighter shares tried when the planner cannot pack the others at FILL
BULKY_SHARE = 0.25  # tables larger than this share of a device's memory are cached first

RestPlanner = Callable[[ShardingTask], tuple[ShardingPlan, np.ndarray]]  # a plan and its [D] device costs


def cache_bytes(task: ShardingTask, tables: np.ndarray) -> np.ndarray:
    """[K] HBM bytes of the caches of ``tables`` (indices into the task)."""
    return np.ceil(CACHE * task.sizes()[tables].astype(np.float64))


def needs_uvm(task: ShardingTask) -> bool:
    """Whether the task has host memory and its tables take more than :data:`FILL` of the devices' memory."""
    return task.ddr_bytes > 0 and float(task.sizes().sum()) > FILL * task.num_devices * task.memory_bytes


def cacheable(task: ShardingTask) -> np.ndarray:
    """Indices of the tables whose rows fit one device's host memory and whose cache fits its device memory."""
    every = np.arange(task.num_tables)
    return np.flatnonzero((task.sizes() <= task.ddr_bytes) & (cache_bytes(task, every) <= task.memory_bytes))


@dataclass(frozen=True)
class UvmChoice:
    """The tables the memory stage caches (sorted indices), a device per table where the caches fit (each to the
    device with the least cache bytes when it was chosen), and the most cache bytes that puts on one device."""

    tables: np.ndarray
    devices: np.ndarray
    reserved: int


def choose_uvm(task: ShardingTask, extra_ms: np.ndarray, fill: float = FILL) -> UvmChoice:
    """The tables to UVM-cache (module docstring) given each table's predicted ``extra_ms`` [T]; none when the task
    does not need it; ``fill`` is the share of the memory the others may take. A table whose cache and rows fit no
    device beside those chosen before it is skipped; where that order leaves the others no room, the largest tables
    go first (the most bytes freed: the order :func:`check_memory` tries); an InputError when that fails too."""
    if not needs_uvm(task):
        return UvmChoice(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), 0)
    sizes = task.sizes().astype(np.float64)
    candidates = cacheable(task)
    key = np.asarray(extra_ms, dtype=np.float64)[candidates] / ((1 - CACHE) * np.maximum(sizes[candidates], 1.0))
    bulky = sizes[candidates] > BULKY_SHARE * task.memory_bytes
    for order in (candidates[np.lexsort((-sizes[candidates], key, ~bulky))],
                  candidates[np.argsort(-sizes[candidates], kind="stable")]):
        choice = _cache_in_order(task, order, sizes, fill)
        if choice is not None:
            return choice
    _refuse(task, candidates, sizes)


def _cache_in_order(task: ShardingTask, order: np.ndarray, sizes: np.ndarray, fill: float) -> UvmChoice | None:
    """Cache the tables of ``order`` one at a time, each on the device with the least cache bytes where it fits,
    until the others fit (module docstring); None when they never do."""
    total, capacity = float(sizes.sum()), task.num_devices * task.memory_bytes
    caches = cache_bytes(task, np.arange(task.num_tables))
    hbm, ddr = np.zeros(task.num_devices), np.zeros(task.num_devices)
    chosen: dict[int, int] = {}
    for t in order.tolist():
        cache = float(caches[t])
        open_ = np.flatnonzero((ddr + sizes[t] <= task.ddr_bytes) & (hbm + cache <= task.memory_bytes))
        if not len(open_):
            continue
        d = int(open_[np.argmin(hbm[open_])])
        chosen[t], hbm[d], ddr[d] = d, hbm[d] + cache, ddr[d] + sizes[t]
        total -= sizes[t]
        reserved = int(hbm.max())
        if total <= fill * (capacity - task.num_devices * reserved):
            tables = np.array(sorted(chosen), dtype=np.int64)
            if _rest_fits(task, tables, reserved):
                return UvmChoice(tables, np.array([chosen[i] for i in tables.tolist()], dtype=np.int64), reserved)
    return None


def _refuse(task: ShardingTask, candidates: np.ndarray, sizes: np.ndarray) -> NoReturn:
    """The one-line InputError of a task that no caching fits: naming the largest table that cannot be cached."""
    capacity = task.num_devices * task.memory_bytes
    stuck = np.setdiff1d(np.arange(task.num_tables), candidates)
    if len(stuck):
        index = int(stuck[np.argmax(sizes[stuck])])
        raise InputError(
            f"table {task.tables[index].name!r} needs {sizes[index] / 2**30:.2f} GiB and the tables "
            f"{sizes.sum() / 2**30:.2f} GiB in all, more than {task.num_devices} devices hold, but it cannot be "
            f"UVM-cached ({task.ddr_bytes / 2**30:.2f} GiB of host memory per device) and the others leave no room",
            file=task.source or None, row=index + 2 if task.source else None, field="num_embeddings",
            expected="more devices, or more device or host memory per device")
    raise InputError(
        f"tables need {sizes.sum() / 2**30:.2f} GiB in all but {task.num_devices} devices hold "
        f"{capacity / 2**30:.2f} GiB, and UVM caching the {len(candidates)} tables whose rows fit "
        f"{task.ddr_bytes / 2**30:.2f} GiB of host memory does not leave room for the others",
        file=task.source or None, field="memory", expected="more devices, or more device or host memory per device")


def _rest_fits(task: ShardingTask, cached: np.ndarray, reserved: int) -> bool:
    """Whether the tables not in ``cached`` fit the memory the caches leave, in row shards where larger than a
    device (:func:`~mlopt.sharding.core.row_split.check_row_fits`)."""
    try:
        check_row_fits(rest_of(task, cached, reserved)[0])
    except InputError:
        return False
    return True


def check_memory(task: ShardingTask) -> None:
    """InputError when no plan of fused, UVM-cached and row-sharded tables fits the task (what the planners
    need): caching the largest tables first must leave the others room (:func:`choose_uvm`, which falls back to that
    order, so every planner plans a task that passes)."""
    if not needs_uvm(task):
        check_row_fits(task)
        return
    choose_uvm(task, -task.sizes().astype(np.float64) ** 2)  # the largest first: the most bytes freed


def rest_of(task: ShardingTask, cached: np.ndarray, reserved: int) -> tuple[ShardingTask, np.ndarray]:
    """:func:`~mlopt.sharding.core.row_split.rest_task` of the tables not in ``cached`` on devices with ``reserved``
    bytes less memory, without host memory (the stage has cached what it caches)."""
    sub, rest = rest_task(task, cached, reserved)
    return replace(sub, ddr_bytes=0), rest


def place_uvm(task: ShardingTask, choice: UvmChoice, weight_ms: np.ndarray, rest_plan: ShardingPlan,
              rest_task: ShardingTask, device_ms: np.ndarray) -> np.ndarray:
    """[K] a device per table of ``choice`` (module docstring): longest processing time first of ``weight_ms`` [K]
    on the ``rest_plan``'s ``device_ms`` [D], where the cache fits beside that plan's tables (on ``rest_task``'s
    devices) and the rows fit the host memory; the choice's own devices where that does not place them all."""
    cached = choice.tables
    sizes = task.sizes()[cached].astype(np.float64)
    caches = cache_bytes(task, cached)
    hbm = rest_plan.hbm_per_device(rest_task).astype(np.float64)
    ddr = np.zeros(task.num_devices)
    load = np.asarray(device_ms, dtype=np.float64).copy()
    devices = np.empty(len(cached), dtype=np.int64)
    for k in np.argsort(-np.asarray(weight_ms, dtype=np.float64), kind="stable").tolist():
        open_ = np.flatnonzero((hbm + caches[k] <= task.memory_bytes) & (ddr + sizes[k] <= task.ddr_bytes))
        if not len(open_):
            return choice.devices
        d = int(open_[np.argmin(load[open_])])
        devices[k] = d
        hbm[d] += caches[k]
        ddr[d] += sizes[k]
        load[d] += float(weight_ms[k])
    return devices


def plan_with_uvm(task: ShardingTask, plan_rest: RestPlanner, extra_ms: np.ndarray,
                  weight_ms: np.ndarray) -> tuple[ShardingPlan, int]:
    """The plan of ``task`` with the tables of :func:`choose_uvm` (by ``extra_ms`` [T]) UVM-cached and placed by
    :func:`place_uvm` (by ``weight_ms`` [T]), the others by ``plan_rest`` on the memory the caches leave; and the
    number of tables cached. ``plan_rest(task)`` alone when the tables fit. Where ``plan_rest`` cannot pack the others
    (an InputError), more tables are cached (:data:`RETRY_FILLS`) before the error is raised."""
    fills = (FILL, *RETRY_FILLS)
    for attempt, fill in enumerate(fills, start=1):
        choice = choose_uvm(task, extra_ms, fill)
        if not len(choice.tables):
            return plan_rest(task)[0], 0
        sub, rest = rest_of(task, choice.tables, choice.reserved)
        try:
            rest_plan, device_ms = plan_rest(sub)
            break
        except InputError:
            if attempt == len(fills):
                raise
    devices = place_uvm(task, choice, np.asarray(weight_ms, dtype=np.float64)[choice.tables], rest_plan, sub,
                        device_ms)
    fixed = {int(t): TablePlacement.table_wise(int(d), ComputeKernel.FUSED_UVM_CACHING, CACHE)
             for t, d in zip(choice.tables.tolist(), devices.tolist())}
    return combine(task, fixed, rest, rest_plan), len(choice.tables)


def cold_first_prices(task: ShardingTask) -> tuple[np.ndarray, np.ndarray]:
    """The planners without weights' (extra, UVM-cached cost) per table in units of lookups (pooling factor x
    dim): caching a table doubles its cost, so the key orders tables by lookups per row (module docstring)."""
    lookups = np.array([t.pooling_factor * t.dim for t in task.tables], dtype=np.float64)
    return lookups, 2 * lookups


def learned_prices(task: ShardingTask, folder: str) -> tuple[np.ndarray, np.ndarray] | None:
    """The (extra ms, UVM ms) per table predicted by the UVM net of weights ``folder``; None where it has none."""
    from mlopt.sharding.core.uvm_net import load_uvm, predicted_uvm_ms

    net = load_uvm(folder)
    if net is None:
        return None
    predicted = predicted_uvm_ms(net, task.tables, task.batch_size)
    return predicted[:, 1], predicted.sum(axis=1)


__all__ = ["BULKY_SHARE", "CACHE", "FILL", "RETRY_FILLS", "UvmChoice", "cache_bytes", "cacheable", "check_memory",
           "choose_uvm", "cold_first_prices", "learned_prices", "needs_uvm", "place_uvm", "plan_with_uvm", "rest_of"]
