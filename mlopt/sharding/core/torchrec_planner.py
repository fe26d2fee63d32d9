"""TorchRec's ``EmbeddingShardingPlanner.plan`` replayed on mlopt's plan model: ``torchrec-planner``.

TorchRec's planner (``torchrec.distributed.planner``; https://pytorch.org/torchrec/, "Planner" in the
TorchRec docs, and its source, version 1.9.2) runs enumerate -> estimate -> propose -> partition -> rate.
This module does the same, in our own code, on :class:`~mlopt.envs.oracles.torchrec_estimator.TorchRecOracle`
(which prices every shard as TorchRec's ``EmbeddingPerfEstimator`` / ``EmbeddingStorageEstimator`` do), so
that on the same inputs it chooses the placement the real planner chooses; ``tests/test_torchrec_replay.py``
and ``benchmarks/torchrec_replay_check.py`` count the tables placed differently where the real package is
installed.

1. **Enumerate** (as ``EmbeddingEnumerator`` for an ``EmbeddingBagCollectionSharder`` on a ``cuda`` compute
   device, the sharding types and kernels limited to mlopt's): per table, in this order, ``data_parallel``
   (TorchRec's dense kernel), then ``table_wise``, ``column_wise``, ``row_wise`` and ``table_row_wise``, each
   with the ``fused`` and the ``fused_uvm_caching`` kernel (no cache parameters: TorchRec's load factor 0.2).
   Shards: one whole-table shard (table-wise), a replica per device (data parallel), row blocks of
   ceil(rows / W) over all W devices (row-wise) or of ceil(rows / L) over the L devices of a host
   (table-row-wise), and column blocks of the first width b in [128, dim) with dim % b == 0 and b % 4 == 0,
   else the whole dim (column-wise: a table of dim <= 128 is one column shard).
2. **Estimate** every shard with the TorchRecOracle: perf (the ``Perf`` record and its total) and storage.
3. **Propose**, TorchRec's default proposers in order, with one cache of proposals already partitioned:
   ``GridSearchProposer`` (every combination of the tables' options, only when there are at most
   :data:`MAX_GRID_PROPOSALS`), ``GreedyProposer`` twice (options sorted by the max, then by the sum, of
   their shards' totals; start from each table's first option, then after every proposal advance the table
   whose current option has the largest (max HBM, sum HBM, max DDR, sum DDR) of its shards), and
   ``UniformProposer`` (per sharding type every table has, each table's best option of that type).
4. **Partition** each proposal as ``GreedyPerfPartitioner`` (sorted by storage) does, on each device's
   storage left by ``HeuristicalStorageReservation`` (:meth:`TorchRecOracle.capacity`): first the uniform
   options (row-wise, data parallel: shard i on device i), then the others by total storage (HBM, then
   DDR) descending, ties in proposal order; a table-wise or column-wise shard goes to the device of least
   (accumulated perf total, rank mod L, rank) where it fits; a table-row-wise option to the first host, in
   order of the sum of its devices' perf totals, whose summed free storage holds the option and whose
   devices each hold their shard. A shard that fits nowhere makes the proposal unpartitionable.
5. **Rate** a partitioned proposal as ``NoopPerfModel``: the max over ranks of the summed shard totals;
   the first proposal of the lowest rate is the plan. None partitionable: an InputError.

Device perf accumulates component by component and totals are summed in TorchRec's order, so that ties
break as TorchRec's do. What it simplifies: one feature per table, no constraints beyond the sharding types
and kernels, no pipelined prefetch, no timeout and no plan loader (TorchRec's defaults for a planner built
as ``benchmarks/torchrec_bridge.py`` builds it); a task without hosts offers no ``table_row_wise`` (mlopt's
plan model needs hosts for it, while TorchRec would group the profile's node size). TorchRec's cache
statistics are the oracle's (none by default, as the real planner's).
"""

from __future__ import annotations

import heapq
import itertools
import math
import time
from dataclasses import dataclass, field
from typing import Iterator, Sequence

import numpy as np

from mlopt.datasets.embedding_tables import ShardingPlan, ShardingTask
from mlopt.datasets.sharding_plan import ComputeKernel, ShardingType, TablePlacement
from mlopt.envs.oracles.base import CostOracle
from mlopt.envs.oracles.torchrec_estimator import TorchRecOracle
from mlopt.errors import InputError
from mlopt.sharding.core.planner import NoConfig, PlanBudget, Planner, ShardingResult

MAX_GRID_PROPOSALS = 10_000  # GridSearchProposer's MAX_PROPOSALS
MIN_COLUMN_SHARD = 128  # TorchRec's MIN_CW_DIM
COLUMN_SHARD_MULTIPLE = 4
SHARDING_TYPE_ORDER: tuple[ShardingType, ...] = (
    ShardingType.DATA_PARALLEL, ShardingType.TABLE_WISE, ShardingType.COLUMN_WISE, ShardingType.ROW_WISE,
    ShardingType.TABLE_ROW_WISE,
)  # the EmbeddingBagCollectionSharder's order on cuda
KERNEL_ORDER: tuple[ComputeKernel, ...] = (ComputeKernel.FUSED, ComputeKernel.FUSED_UVM_CACHING)
UNIFORM_TYPES = frozenset({ShardingType.ROW_WISE, ShardingType.DATA_PARALLEL})
DEVICE_TYPES = frozenset({ShardingType.TABLE_WISE, ShardingType.COLUMN_WISE})
PERF_PARTS = 5  # fwd_compute, bwd_compute, fwd_comms, bwd_comms, prefetch_compute: Perf.total's order


@dataclass(frozen=True)
class ReplayOption:
    """One of TorchRec's sharding options of a table, estimated: its placement before ranks are chosen
    (``proto``: uniform and table-row-wise options on devices 0.., the others on device 0), and per shard the
    perf parts, the perf total and the HBM / DDR bytes; with what the proposers and the partitioner compare."""

    table: int
    proto: TablePlacement
    parts: np.ndarray  # [S, PERF_PARTS]
    totals: tuple[float, ...]
    hbm: np.ndarray  # [S] int64
    ddr: np.ndarray  # [S] int64
    storage: tuple[int, int] = field(init=False)  # TorchRec's total_storage (HBM, DDR): the sum over shards
    greedy_storage: tuple[int, int, int, int] = field(init=False)  # max and sum of HBM, max and sum of DDR
    depth_score: float = field(init=False)  # the proposers' score with use_depth: the largest shard total
    sum_score: float = field(init=False)  # without use_depth: the shard totals summed left to right

    def __post_init__(self) -> None:
        hbm, ddr = int(self.hbm.sum()), int(self.ddr.sum())
        object.__setattr__(self, "storage", (hbm, ddr))
        object.__setattr__(self, "greedy_storage", (int(self.hbm.max()), hbm, int(self.ddr.max()), ddr))
        object.__setattr__(self, "depth_score", max(self.totals))
        object.__setattr__(self, "sum_score", sum(self.totals))

    @property
    def sharding_type(self) -> ShardingType:
        return self.proto.sharding_type


def column_shard_width(dim: int) -> int:
    """TorchRec's column shard width: the first b in [128, dim) dividing dim with b % 4 == 0, else dim."""
    for width in range(MIN_COLUMN_SHARD, dim):
        if dim % width == 0 and width % COLUMN_SHARD_MULTIPLE == 0:
            return width
    return dim


def torchrec_estimator(oracle: CostOracle) -> TorchRecOracle:
    """``oracle`` when it is a TorchRecOracle, else one on the same hardware profile (TorchRec's bandwidths)."""
    if isinstance(oracle, TorchRecOracle):
        return oracle
    profile = getattr(oracle, "profile", None)
    return TorchRecOracle(profile) if profile is not None else TorchRecOracle()


def _prototypes(task: ShardingTask, index: int, local: int) -> Iterator[TablePlacement]:
    table = task.tables[index]
    for kind in SHARDING_TYPE_ORDER:
        if kind is ShardingType.DATA_PARALLEL:
            yield TablePlacement.data_parallel(task.num_devices)
            continue
        if kind is ShardingType.TABLE_ROW_WISE and task.num_hosts is None:
            continue
        for kernel in KERNEL_ORDER:
            if kind is ShardingType.TABLE_WISE:
                yield TablePlacement.table_wise(0, kernel)
            elif kind is ShardingType.COLUMN_WISE:
                width = column_shard_width(table.dim)
                count = table.dim // width
                yield TablePlacement.column_wise(table, [0] * count, [width] * count, kernel)
            elif kind is ShardingType.ROW_WISE:
                yield TablePlacement.row_wise(table, task.num_devices, kernel)
            else:
                yield TablePlacement.table_row_wise(table, 0, local, kernel)


def enumerate_options(task: ShardingTask, estimator: TorchRecOracle) -> list[list[ReplayOption]]:
    """Per table, TorchRec's sharding options in its enumeration order, each estimated (module docstring)."""
    local = estimator.topology(task).local_world_size
    out = []
    for index, table in enumerate(task.tables):
        options = []
        for proto in _prototypes(task, index, local):
            stats = estimator.table_cache_stats(task, index, proto)
            parts, totals, hbm, ddr = [], [], [], []
            for shard in proto.shards:
                perf = estimator.shard_perf(task, index, proto, shard.cols(table), stats)
                storage = estimator.shard_storage(task, index, proto, shard.rows(table), shard.cols(table))
                parts.append((perf.fwd_compute, perf.bwd_compute, perf.fwd_comms, perf.bwd_comms,
                              perf.prefetch_compute))
                totals.append(perf.total)
                hbm.append(storage.hbm)
                ddr.append(storage.ddr)
            options.append(ReplayOption(index, proto, np.array(parts, dtype=np.float64), tuple(totals),
                                        np.array(hbm, dtype=np.int64), np.array(ddr, dtype=np.int64)))
        out.append(options)
    return out


# ------------------------------------------------------------------------------------------------ proposers
def _sorted_indices(options: Sequence[ReplayOption], depth: bool) -> list[int]:
    """Option indices by score, ties in enumeration order (a stable sort)."""
    return sorted(range(len(options)), key=lambda k: options[k].depth_score if depth else options[k].sum_score)


def grid_proposals(space: Sequence[Sequence[ReplayOption]]) -> Iterator[tuple[int, ...]]:
    """GridSearchProposer: every combination (options by depth score), or none above the cap."""
    if math.prod(len(options) for options in space) > MAX_GRID_PROPOSALS:
        return
    orders = [_sorted_indices(options, True) for options in space]
    for combination in itertools.product(*orders):
        yield tuple(combination)


def greedy_proposals(space: Sequence[Sequence[ReplayOption]], depth: bool) -> Iterator[tuple[int, ...]]:
    """GreedyProposer: each table's best option first; after each proposal, advance the table (the first in
    table order on ties) whose current option has the largest greedy storage, among tables with options left
    and storage above zero."""
    orders = [_sorted_indices(options, depth) for options in space]
    position = [0] * len(space)
    heap: list[tuple[tuple[int, ...], int]] = []

    def push(t: int) -> None:
        if position[t] + 1 < len(orders[t]):
            storage = space[t][orders[t][position[t]]].greedy_storage
            if storage > (0, 0, 0, 0):
                heapq.heappush(heap, (tuple(-v for v in storage), t))

    for t in range(len(space)):
        push(t)
    while True:
        yield tuple(order[p] for order, p in zip(orders, position))
        if not heap:
            return
        _, largest = heapq.heappop(heap)
        position[largest] += 1
        push(largest)


def uniform_proposals(space: Sequence[Sequence[ReplayOption]]) -> Iterator[tuple[int, ...]]:
    """UniformProposer: per sharding type (first-seen order) that every table has, each table's best option
    of that type by depth score."""
    kinds: list[ShardingType] = []
    for options in space:
        for option in options:
            if option.sharding_type not in kinds:
                kinds.append(option.sharding_type)
    for kind in kinds:
        chosen = []
        for options in space:
            of_kind = [k for k in range(len(options)) if options[k].sharding_type is kind]
            if not of_kind:
                break
            chosen.append(min(of_kind, key=lambda k: options[k].depth_score))
        else:
            yield tuple(chosen)


def default_proposals(space: Sequence[Sequence[ReplayOption]]) -> Iterator[tuple[int, ...]]:
    """TorchRec's default proposers in order: grid search, greedy by depth, greedy by sum, uniform."""
    yield from grid_proposals(space)
    yield from greedy_proposals(space, True)
    yield from greedy_proposals(space, False)
    yield from uniform_proposals(space)


# ------------------------------------------------------------------------------------------------ partitioner
class _Unpartitionable(Exception):
    """A shard of the proposal fits no device (TorchRec's PlannerError of the partitioner)."""


class _Devices:
    """Each device's accumulated perf parts and total, and its free HBM and DDR, after the uniform options."""

    def __init__(self, uniform: Sequence[ReplayOption], num_devices: int, capacity: tuple[int, int],
                 local: int) -> None:
        self.hbm = np.full(num_devices, capacity[0], dtype=np.int64)
        self.ddr = np.full(num_devices, capacity[1], dtype=np.int64)
        self.parts = np.zeros((num_devices, PERF_PARTS), dtype=np.float64)
        if uniform:  # shard i on device i; storage only shrinks, so the sums decide whether each step fits
            self.hbm -= np.sum([o.hbm for o in uniform], axis=0)
            self.ddr -= np.sum([o.ddr for o in uniform], axis=0)
            if (self.hbm < 0).any() or (self.ddr < 0).any():
                raise _Unpartitionable
            self.parts = np.cumsum([o.parts for o in uniform], axis=0)[-1]  # added one option after another
        p = self.parts
        self.totals = (((p[:, 0] + p[:, 1]) + p[:, 2]) + p[:, 3]) + p[:, 4]  # Perf.total's order
        self.tiebreak = np.arange(num_devices) % local

    def place_shard(self, option: ReplayOption, shard: int) -> int:
        """The device of least (perf total, rank mod L, rank) that holds the shard; it is placed there."""
        fits = np.flatnonzero((option.hbm[shard] <= self.hbm) & (option.ddr[shard] <= self.ddr))
        if not fits.size:
            raise _Unpartitionable
        totals = self.totals[fits]
        best = fits[totals == totals.min()]
        device = int(best[np.lexsort((best, self.tiebreak[best]))[0]]) if best.size > 1 else int(best[0])
        self.hbm[device] -= option.hbm[shard]
        self.ddr[device] -= option.ddr[shard]
        p = self.parts[device]
        p += option.parts[shard]
        self.totals[device] = (((p[0] + p[1]) + p[2]) + p[3]) + p[4]
        return device

    def place_on_host(self, option: ReplayOption, local: int) -> int:
        """The first host (by its devices' summed perf totals) that holds the option: its first device."""
        hosts = len(self.totals) // local
        sums = []
        for h in range(hosts):
            perf = 0.0
            for total in self.totals[h * local:(h + 1) * local]:
                perf += float(total)
            sums.append(perf)
        need_hbm, need_ddr = option.storage
        for h in sorted(range(hosts), key=lambda k: sums[k]):
            span = slice(h * local, (h + 1) * local)
            if need_hbm > int(self.hbm[span].sum()) or need_ddr > int(self.ddr[span].sum()):
                continue
            if (option.hbm > self.hbm[span]).any() or (option.ddr > self.ddr[span]).any():
                continue
            self.hbm[span] -= option.hbm
            self.ddr[span] -= option.ddr
            self.parts[span] += option.parts
            p = self.parts[span]
            self.totals[span] = (((p[:, 0] + p[:, 1]) + p[:, 2]) + p[:, 3]) + p[:, 4]
            return h * local
        raise _Unpartitionable


def partition(proposal: Sequence[ReplayOption], num_devices: int, capacity: tuple[int, int],
              local: int) -> list[tuple[int, ...]] | None:
    """GreedyPerfPartitioner on one proposal: each option's shard devices, or None when one fits nowhere."""
    uniform = [option.sharding_type in UNIFORM_TYPES for option in proposal]
    everywhere = tuple(range(num_devices))
    ranks: list[tuple[int, ...]] = [everywhere if u else () for u in uniform]
    try:
        devices = _Devices([o for o, u in zip(proposal, uniform) if u], num_devices, capacity, local)
        others = [t for t, u in enumerate(uniform) if not u]
        for t in sorted(others, key=lambda k: proposal[k].storage, reverse=True):
            option = proposal[t]
            if option.sharding_type in DEVICE_TYPES:
                ranks[t] = tuple(devices.place_shard(option, s) for s in range(len(option.hbm)))
            else:
                first = devices.place_on_host(option, local)
                ranks[t] = tuple(range(first, first + local))
    except _Unpartitionable:
        return None
    return ranks


def rate(proposal: Sequence[ReplayOption], ranks: Sequence[tuple[int, ...]], num_devices: int) -> float:
    """NoopPerfModel: the max over ranks of the summed shard totals (summed in plan order)."""
    per_rank = np.zeros(num_devices, dtype=np.float64)
    for option, devices in zip(proposal, ranks):
        if len(devices) == num_devices and option.sharding_type in UNIFORM_TYPES:
            per_rank += option.totals  # one shard per rank, in rank order
        else:
            np.add.at(per_rank, list(devices), option.totals)
    return float(per_rank.max())


# ------------------------------------------------------------------------------------------------ planner
@dataclass(frozen=True)
class ReplayOutcome:
    """The replay's plan, its rate under TorchRec's perf model, and how much it searched."""

    plan: ShardingPlan
    rate_ms: float
    proposals: int
    plans: int
    options: int


def _placement(task: ShardingTask, option: ReplayOption, devices: tuple[int, ...], local: int) -> TablePlacement:
    table, kernel = task.tables[option.table], option.proto.kernel
    kind = option.sharding_type
    if kind is ShardingType.TABLE_WISE:
        return TablePlacement.table_wise(devices[0], kernel)
    if kind is ShardingType.COLUMN_WISE:
        return TablePlacement.column_wise(table, devices, [s.cols(table) for s in option.proto.shards], kernel)
    if kind is ShardingType.TABLE_ROW_WISE:
        return TablePlacement.table_row_wise(table, devices[0] // local, local, kernel)
    return option.proto  # row-wise and data parallel: shard i on device i, as enumerated


def replay_torchrec_planner(task: ShardingTask, estimator: TorchRecOracle) -> ReplayOutcome:
    """TorchRec's planner replayed on ``task`` with ``estimator``'s estimates (module docstring); InputError
    when no proposal can be partitioned within TorchRec's storage budget."""
    local = estimator.topology(task).local_world_size
    capacity = estimator.capacity(task)
    space = enumerate_options(task, estimator)
    seen: set[tuple[int, ...]] = set()
    best: tuple[float, list[ReplayOption], list[tuple[int, ...]]] | None = None
    plans = 0
    for choice in default_proposals(space):
        if choice in seen:
            continue
        seen.add(choice)
        proposal = [space[t][k] for t, k in enumerate(choice)]
        ranks = partition(proposal, task.num_devices, capacity, local)
        if ranks is None:
            continue
        plans += 1
        rating = rate(proposal, ranks, task.num_devices)
        if best is None or rating < best[0]:
            best = (rating, proposal, ranks)
    if best is None:
        raise InputError(
            f"TorchRec's planner finds no plan: none of {len(seen)} proposals fits {task.num_devices} devices of "
            f"{capacity[0] / 2**30:.2f} GiB HBM and {capacity[1] / 2**30:.2f} GiB DDR left by its storage "
            f"reservation", field="memory", expected="more devices or more memory per device")
    rating, proposal, ranks = best
    plan = ShardingPlan(tuple(_placement(task, o, r, local) for o, r in zip(proposal, ranks)))
    return ReplayOutcome(plan, rating, len(seen), plans, sum(len(options) for options in space))


def tables_placed_differently(plan: ShardingPlan, other: ShardingPlan) -> list[int]:
    """Indices of the tables whose sharding type, compute kernel or shard ranks differ between the plans."""
    if len(plan.placements) != len(other.placements):
        raise InputError(f"plans of {len(plan.placements)} and {len(other.placements)} tables", field="plan",
                         expected="two plans of the same task")
    return [i for i, (a, b) in enumerate(zip(plan.placements, other.placements))
            if (a.sharding_type, a.kernel, a.devices) != (b.sharding_type, b.kernel, b.devices)]


def plan_torchrec_replay(task: ShardingTask, oracle: CostOracle) -> ShardingPlan:
    """The plan TorchRec's EmbeddingShardingPlanner makes for ``task``, estimated with ``oracle`` when it is a
    TorchRecOracle, else with a TorchRecOracle of the oracle's hardware profile."""
    return replay_torchrec_planner(task, torchrec_estimator(oracle)).plan


def plan_torchrec_planner(task: ShardingTask, oracle: CostOracle, budget: PlanBudget,
                          config: NoConfig) -> ShardingResult:
    """The ``torchrec-planner`` method: the replay's plan priced by ``oracle`` (``budget`` unused: the replay
    is deterministic and runs its whole search)."""
    start = time.perf_counter()
    outcome = replay_torchrec_planner(task, torchrec_estimator(oracle))
    wall = time.perf_counter() - start
    details = {"torchrec_rate_ms": outcome.rate_ms, "proposals": outcome.proposals, "plans": outcome.plans,
               "options": outcome.options, "sharding_types": outcome.plan.sharding_types()}
    return ShardingResult("torchrec-planner", outcome.plan, oracle.cost(task, outcome.plan), wall, details)


TORCHREC_PLANNER = Planner("torchrec-planner", plan_torchrec_planner,
                           help="TorchRec's EmbeddingShardingPlanner replayed: every sharding type and kernel")
