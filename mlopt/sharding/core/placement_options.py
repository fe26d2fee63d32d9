"""The placement options the MILP over sharding types chooses among, built from a cost oracle's
linearization, and the plan of the MILP's choices.

Per table (each option's cost is the oracle's ``placement_costs``: the analytical oracle's additive
approximation, TorchRec's estimate exactly; memory is the oracle's ``placement_storage`` where it has one,
TorchRec's with its reservation, else the plan model's bytes):

- ``table_wise``: the whole table on any device (a free part), with the fused kernel, and UVM-cached
  (``cache_load_factor`` 0.2, TorchRec's default) for a table of at least :data:`BIG_SHARE` of a device's
  memory when the task has host memory, and for every table that can be cached when the tables do not fit the
  devices' memory (:func:`~mlopt.sharding.core.uvm_stage.needs_uvm`);
- for a *heavy* table: ``column_wise`` in 2 and 4 shards of at least :data:`MIN_SHARD_COLS` columns (free
  parts), ``row_wise`` over every device, and ``table_row_wise`` on each host when there are several
  (pinned parts); for any other table the last two when they cost less total work than table-wise (under
  TorchRec's estimate, table-row-wise is the least-work placement of many mid-sized tables on several hosts).
  Heavy are the tables whose table-wise cost is at least :data:`HEAVY_SHARE` of an average device's load or
  whose size is at least :data:`BIG_SHARE` of a device's memory, and, while the model stays within
  :data:`SPLIT_TERMS` device-load terms (about 8 D per heavy table), the costliest others: so a small task
  offers every type for every table, a large one for the tables that matter;
- ``data_parallel`` (pinned everywhere) for a table of at most :data:`DP_SHARE` of a device's memory.

Restricting the split types to heavy tables keeps the model small (splitting a table that is a sliver of
a device's load cannot lower the makespan by much) and is our choice, not TorchRec's: its enumerator offers
every type for every table and its proposers search over them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Sequence

import numpy as np

from mlopt.datasets.embedding_tables import ShardingTask
from mlopt.datasets.sharding_plan import (
    DEFAULT_CACHE_LOAD_FACTOR, ComputeKernel, ShardingPlan, ShardingType, TablePlacement,
)
from mlopt.envs.oracles.base import CostOracle
from mlopt.sharding.core.uvm_stage import cacheable, needs_uvm
from mlopt.solvers.sharding.option_milp import FreePart, OptionChoice, PlacementOption

HEAVY_SHARE = 0.05
SPLIT_TERMS = 20_000
BIG_SHARE = 0.05
ROWS_FIRST_SHARE = 0.5  # a table of at least this share of an average device's load has its row placements priced first
DP_SHARE = 0.01
MIN_SHARD_COLS = 32
COLUMN_SPLITS: tuple[int, ...] = (2, 4)
SHARDING_TYPES: tuple[str, ...] = tuple(t.value for t in ShardingType)


@dataclass(frozen=True)
class Build:
    """How to turn a choice back into a placement: ``make(devices of the free parts)``."""

    make: Callable[[tuple[int, ...]], TablePlacement]


def supports_placement_options(oracle: CostOracle) -> bool:
    """Whether ``oracle`` linearizes placements of every type (``placement_costs``)."""
    return callable(getattr(oracle, "placement_costs", None))


def capacities(task: ShardingTask, oracle: CostOracle) -> tuple[int, int]:
    """HBM and DDR bytes per device the options' memory must fit: the oracle's (TorchRec: after its
    reservation) or the task's."""
    capacity = getattr(oracle, "capacity", None)
    return capacity(task) if callable(capacity) else (task.memory_bytes, task.ddr_bytes)


def _storage(task: ShardingTask, oracle: CostOracle, index: int,
             placement: TablePlacement) -> tuple[np.ndarray, np.ndarray]:
    storage = getattr(oracle, "placement_storage", None)
    if callable(storage):
        return storage(task, index, placement)
    hbm, ddr = np.zeros(task.num_devices), np.zeros(task.num_devices)
    for shard, (shard_hbm, shard_ddr) in zip(placement.shards, placement.shard_memory(task.tables[index])):
        hbm[shard.device] += shard_hbm
        ddr[shard.device] += shard_ddr
    return hbm, ddr


def _pinned(task: ShardingTask, oracle: CostOracle, index: int, placement: TablePlacement,
            cost: np.ndarray) -> PlacementOption:
    """An option pinned to ``placement``'s devices, at its priced [D] cost."""
    hbm, ddr = _storage(task, oracle, index, placement)
    return PlacementOption(Build(lambda devices, p=placement: p), cost, hbm, ddr)


def _on_host(first: PlacementOption, placement: TablePlacement, shift: int) -> PlacementOption:
    """``first`` (an option pinned to host 0) moved ``shift`` devices on, to the host of ``placement``: hosts
    are alike, so the costs and memory per device are the same, rolled."""
    return PlacementOption(Build(lambda devices, p=placement: p), np.roll(first.pinned_cost_ms, shift),
                           np.roll(first.pinned_hbm_bytes, shift), np.roll(first.pinned_ddr_bytes, shift))


def _free(task: ShardingTask, oracle: CostOracle, index: int, placement: TablePlacement,
          make: Callable[[tuple[int, ...]], TablePlacement], cost: np.ndarray) -> PlacementOption:
    """An option whose shards (placed here on devices 0, 1, ... of ``placement``) may go anywhere, at the
    priced [D] cost of ``placement``."""
    hbm, ddr = _storage(task, oracle, index, placement)
    parts = tuple(FreePart(float(cost[s.device]), int(hbm[s.device]), int(ddr[s.device])) for s in placement.shards)
    zeros = np.zeros(task.num_devices)
    return PlacementOption(Build(make), zeros, zeros, zeros, parts)


def placement_options(task: ShardingTask, oracle: CostOracle, sharding_types: Sequence[str] = SHARDING_TYPES,
                      max_priced: int | None = None) -> list[list[PlacementOption]]:
    """Per table, its options (module docstring); the first is always table-wise and fused.

    Table-wise costs come from the oracle's vectorized ``table_costs`` (which a table-wise placement
    reproduces). Every other option is priced one placement at a time; with ``max_priced`` (a deterministic
    budget: pricings weighted by :func:`pricing_weight`) tables get them in order of table-wise cost, the
    costliest first, until the budget is spent, and the rest stay table-wise (fused or UVM-cached). Row-wise and
    table-row-wise placements are priced in a second pass, with what the first leaves of the budget, except for
    tables of at least :data:`ROWS_FIRST_SHARE` of an average device's load: a row split rarely pays for a table
    that a device's other tables can balance, while a data-parallel option pays on many small tables (on 1,000
    tables over 48 devices, pricing every split in table order left 647 tables without one)."""
    allowed = set(sharding_types)
    d = task.num_devices
    hbm_capacity, _ = capacities(task, oracle)
    table_wise = oracle.table_costs(task).sum(axis=1)
    sizes = task.sizes()
    heavy_set = (table_wise >= HEAVY_SHARE * table_wise.sum() / d) | (sizes >= BIG_SHARE * hbm_capacity)
    heavy_set[np.argsort(-table_wise, kind="stable")[:SPLIT_TERMS // (8 * d)]] = True
    hot = table_wise >= ROWS_FIRST_SHARE * table_wise.sum() / d
    cacheable_tables = set(cacheable(task).tolist()) if needs_uvm(task) else set()
    budget = np.inf if max_priced is None else float(max_priced)
    weight = pricing_weight(task)
    options: list[list[PlacementOption]] = [[] for _ in task.tables]
    requests: list[_Request] = []
    later: list[_Request] = []  # row placements of tables that are not hot, priced with what the first pass leaves
    for i in np.argsort(-table_wise, kind="stable"):
        i = int(i)
        table = task.tables[i]
        options[i] = [_table_wise(task, oracle, i, float(table_wise[i]))]
        if (i in cacheable_tables or table.size_bytes >= BIG_SHARE * hbm_capacity) and task.ddr_bytes > 0 \
                and "table_wise" in allowed:
            uvm = (ComputeKernel.FUSED_UVM_CACHING, DEFAULT_CACHE_LOAD_FACTOR)
            requests.append(_Request(i, TablePlacement.table_wise(0, *uvm), "free",
                                     lambda ds, uvm=uvm: TablePlacement.table_wise(ds[0], *uvm)))
        if d == 1 or budget < weight:
            continue
        split = _split_requests(task, i, allowed, bool(heavy_set[i]), float(table_wise[i]), hbm_capacity)
        deferred = lambda r: not hot[i] and r.role in ("cheaper", "hosts")  # noqa: E731
        first = [r for r in split if not deferred(r)]
        later.extend(r for r in split if deferred(r))
        budget -= weight * len(first)
        requests.extend(first)
    for request in later:
        if budget < weight:
            break
        budget -= weight
        requests.append(request)
    for request, cost in zip(requests, _priced(task, oracle, requests)):
        options[request.index].extend(_options_of(task, oracle, request, cost))
    return options


@dataclass(frozen=True)
class _Request:
    """A placement of table ``index`` to price, and what becomes of it (:func:`_options_of`): ``free``, a free
    option built by ``make``; ``pinned``, a pinned option; ``cheaper``, a pinned option kept when its work is
    below ``table_wise_ms``; ``hosts``, a table-row-wise placement on host 0 that, kept on the same rule, is
    offered on every host."""

    index: int
    placement: TablePlacement
    role: str
    make: Callable[[tuple[int, ...]], TablePlacement] | None = None
    table_wise_ms: float = np.inf


def _priced(task: ShardingTask, oracle: CostOracle, requests: list[_Request]) -> list[np.ndarray]:
    """The [D] linearized cost of each request's placement: in one call of the oracle's vectorized
    ``placement_costs_many`` where it has one (the analytical oracle), else one ``placement_costs`` each."""
    items = [(r.index, r.placement) for r in requests]
    many = getattr(oracle, "placement_costs_many", None)
    if callable(many) and items:
        return list(many(task, items).sum(axis=2))
    return [oracle.placement_costs(task, i, p).sum(axis=1) for i, p in items]  # type: ignore[attr-defined]


def _options_of(task: ShardingTask, oracle: CostOracle, request: _Request, cost: np.ndarray) -> list[PlacementOption]:
    """The options a priced request adds to its table's list (:class:`_Request`)."""
    i, placement = request.index, request.placement
    if request.role == "free":
        return [_free(task, oracle, i, placement, request.make, cost)]  # type: ignore[arg-type]  # set for "free"
    if request.role != "pinned" and cost.sum() >= request.table_wise_ms:
        return []
    first = _pinned(task, oracle, i, placement, cost)
    if request.role != "hosts":
        return [first]
    per_host, table = task.devices_per_host, task.tables[i]  # "hosts" requests come from tasks with hosts
    return [_on_host(first, TablePlacement.table_row_wise(table, host, per_host), host * per_host)  # type: ignore
            for host in range(task.num_hosts)]  # type: ignore[arg-type]


def pricing_weight(task: ShardingTask) -> float:
    """What one placement's pricing costs in :func:`placement_options`' budget: 1 on up to 32 devices,
    growing with the device count (a placement over every device loops over its shards)."""
    return max(1.0, task.num_devices / 32)


def _table_wise(task: ShardingTask, oracle: CostOracle, index: int, cost_ms: float) -> PlacementOption:
    """The fused table-wise option at its vectorized cost."""
    hbm, ddr = _storage(task, oracle, index, TablePlacement.table_wise(0))
    zeros = np.zeros(task.num_devices)
    return PlacementOption(Build(lambda ds: TablePlacement.table_wise(ds[0])), zeros, zeros, zeros,
                           (FreePart(cost_ms, int(hbm[0]), int(ddr[0])),))


def _split_requests(task: ShardingTask, i: int, allowed: set[str], heavy: bool, table_wise_ms: float,
                    hbm_capacity: int) -> list[_Request]:
    """Table ``i``'s column-wise (heavy tables), row-wise, table-row-wise and data-parallel placements to price
    (module docstring), each one pricing."""
    table, d = task.tables[i], task.num_devices
    threshold = np.inf if heavy else table_wise_ms  # a heavy table keeps every split
    requests = []
    if heavy and "column_wise" in allowed:
        for k in COLUMN_SPLITS:
            if table.dim % k == 0 and (table.dim // k) % 4 == 0 and table.dim // k >= MIN_SHARD_COLS and k <= d:
                requests.append(_Request(i, TablePlacement.column_wise(table, list(range(k))), "free",
                                         lambda ds, t=table: TablePlacement.column_wise(t, list(ds))))
    if "row_wise" in allowed:
        requests.append(_Request(i, TablePlacement.row_wise(table, d), "cheaper", table_wise_ms=threshold))
    if "table_row_wise" in allowed and task.num_hosts is not None and task.num_hosts > 1:
        requests.append(_Request(i, TablePlacement.table_row_wise(table, 0, task.devices_per_host), "hosts",
                                 table_wise_ms=threshold))
    if "data_parallel" in allowed and table.size_bytes <= DP_SHARE * hbm_capacity:
        requests.append(_Request(i, TablePlacement.data_parallel(d), "pinned"))
    return requests


def plan_of(options: Sequence[Sequence[PlacementOption]], choices: Sequence[OptionChoice]) -> ShardingPlan:
    """The plan of the MILP's ``choices``."""
    placements: list[TablePlacement] = []
    for table_options, choice in zip(options, choices):
        build: Any = table_options[choice.option].label
        placements.append(build.make(tuple(choice.devices)))
    return ShardingPlan(tuple(placements))


def choices_of(options: Sequence[Sequence[PlacementOption]], plan: ShardingPlan) -> list[OptionChoice] | None:
    """``plan`` as choices among ``options`` (the inverse of :func:`plan_of`), or None when some table's
    placement is none of its options (e.g. a column split the options do not offer): how a plan made by
    another planner becomes a start of the MILP and its search."""
    choices = []
    for table_options, placement in zip(options, plan.placements):
        on = tuple(shard.device for shard in placement.shards)
        for o, option in enumerate(table_options):
            devices = on if option.free else ()
            if len(devices) == len(option.free) and option.label.make(devices) == placement:
                choices.append(OptionChoice(o, devices))
                break
        else:
            return None
    return choices


def table_wise_choices(plan: ShardingPlan) -> list[OptionChoice]:
    """A table-wise plan as choices of each table's first option (fused, table-wise)."""
    return [OptionChoice(0, (int(device),)) for device in plan.assignment]
