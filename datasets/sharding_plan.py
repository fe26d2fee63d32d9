"""The one plan model of embedding-table sharding: per table, a sharding type, its shards and a compute
kernel, in the vocabulary of TorchRec's planner (``torchrec.distributed.planner``: ``ShardingOption`` /
``ParameterSharding``), so any mlopt plan can be priced as TorchRec would and exported to it.

Sharding types (each table is split into shards; a shard is a block of rows x columns on one device):

- ``table_wise``: one shard, the whole table, on one device;
- ``column_wise``: column blocks (each all rows) on devices of the planner's choice;
- ``row_wise``: row blocks, one per device of the whole job (TorchRec: block = ceil(rows / world size),
  trailing blocks may be empty); lookups spread over the devices, pooled partial sums are reduced;
- ``table_row_wise``: row blocks over the devices of one host (block = ceil(rows / devices per host));
- ``data_parallel``: a full replica on every device; each device looks up its own samples and the
  gradients are all-reduced.

Compute kernels: ``fused`` (the table-batched kernel over rows in device memory, HBM) and
``fused_uvm_caching`` (rows in host memory, DDR, reached through unified memory, with an HBM cache of
``cache_load_factor`` x the shard's rows; TorchRec's default factor is 0.2).

A shard's ``num_rows`` / ``num_cols`` may be None, meaning "all of the table's rows / columns", so that a
table-wise or data-parallel placement needs no table to be written down (``ShardingPlan.from_array`` builds
a table-wise plan from a device per table, as every table-wise planner does);
:meth:`TablePlacement.resolved` fills them in from the table.

Memory: a fused shard takes its bytes (rows x columns x bytes per element) of its device's HBM; a UVM-cached
shard takes them in its device's host DDR and ``cache_load_factor`` x them in HBM
(:meth:`ShardingPlan.hbm_per_device`, :meth:`ShardingPlan.ddr_per_device`). Oracles may count more (optimizer
state, input and output buffers, TorchRec's storage reservation) in their own storage estimates.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, replace
from enum import Enum
from functools import cached_property
from operator import attrgetter
from typing import TYPE_CHECKING, Sequence

import numpy as np

from mlopt.errors import InputError

if TYPE_CHECKING:
    from mlopt.datasets.embedding_tables import EmbeddingTable, ShardingTask


class ShardingType(str, Enum):
    """How a table is split over devices (TorchRec's ``ShardingType`` values)."""

    TABLE_WISE = "table_wise"
    COLUMN_WISE = "column_wise"
    ROW_WISE = "row_wise"
    TABLE_ROW_WISE = "table_row_wise"
    DATA_PARALLEL = "data_parallel"

    def __str__(self) -> str:
        return self.value


class ComputeKernel(str, Enum):
    """Where a table's rows live and how they are looked up (TorchRec's ``EmbeddingComputeKernel`` values)."""

    FUSED = "fused"
    FUSED_UVM_CACHING = "fused_uvm_caching"

    def __str__(self) -> str:
        return self.value


DEFAULT_CACHE_LOAD_FACTOR = 0.2  # TorchRec's UVM_CACHING_RATIO


@dataclass(frozen=True)
class Shard:
    """Rows ``[row_offset, row_offset + num_rows)`` x columns ``[col_offset, col_offset + num_cols)`` of a
    table on ``device``; a None size means all of the table's rows (columns)."""

    device: int
    row_offset: int = 0
    num_rows: int | None = None
    col_offset: int = 0
    num_cols: int | None = None

    def rows(self, table: EmbeddingTable) -> int:
        return table.num_embeddings if self.num_rows is None else self.num_rows

    def cols(self, table: EmbeddingTable) -> int:
        return table.dim if self.num_cols is None else self.num_cols

    def size_bytes(self, table: EmbeddingTable) -> int:
        """The shard's weight bytes."""
        return self.rows(table) * self.cols(table) * table.bytes_per_element

    def resolved(self, table: EmbeddingTable) -> "Shard":
        """The same shard with its sizes written out."""
        return replace(self, num_rows=self.rows(table), num_cols=self.cols(table))


def _even_blocks(total: int, parts: int) -> list[tuple[int, int]]:
    """(offset, size) of ``parts`` blocks of ``ceil(total / parts)`` (the last ones shorter, possibly 0),
    as TorchRec splits rows over ranks."""
    block = math.ceil(total / parts)
    return [(min(i * block, total), max(0, min(block, total - i * block))) for i in range(parts)]


@dataclass(frozen=True)
class TablePlacement:
    """How one table is placed: its sharding type, its shards and its compute kernel."""

    sharding_type: ShardingType
    shards: tuple[Shard, ...]
    kernel: ComputeKernel = ComputeKernel.FUSED
    cache_load_factor: float | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "sharding_type", ShardingType(self.sharding_type))
        object.__setattr__(self, "kernel", ComputeKernel(self.kernel))
        if self.kernel is ComputeKernel.FUSED_UVM_CACHING and self.cache_load_factor is None:
            object.__setattr__(self, "cache_load_factor", DEFAULT_CACHE_LOAD_FACTOR)

    # ------------------------------------------------------------------------------ constructors
    @classmethod
    def table_wise(cls, device: int, kernel: ComputeKernel = ComputeKernel.FUSED,
                   cache_load_factor: float | None = None) -> "TablePlacement":
        """The whole table on ``device``."""
        return cls(ShardingType.TABLE_WISE, (Shard(int(device)),), kernel, cache_load_factor)

    @classmethod
    def column_wise(cls, table: EmbeddingTable, devices: Sequence[int], num_cols: Sequence[int] | None = None,
                    kernel: ComputeKernel = ComputeKernel.FUSED,
                    cache_load_factor: float | None = None) -> "TablePlacement":
        """Column blocks of ``num_cols`` columns (default: ``dim / len(devices)`` each, which must divide) on
        ``devices`` in order."""
        if num_cols is None:
            if table.dim % len(devices):
                raise InputError(f"{table.dim} columns do not split into {len(devices)} equal shards",
                                 field="devices", expected="a number of shards that divides the dim")
            num_cols = [table.dim // len(devices)] * len(devices)
        offsets = np.concatenate([[0], np.cumsum(num_cols)[:-1]]).astype(int)
        shards = tuple(Shard(int(d), 0, None, int(o), int(c)) for d, o, c in zip(devices, offsets, num_cols))
        return cls(ShardingType.COLUMN_WISE, shards, kernel, cache_load_factor)

    @classmethod
    def row_wise(cls, table: EmbeddingTable, num_devices: int, kernel: ComputeKernel = ComputeKernel.FUSED,
                 cache_load_factor: float | None = None) -> "TablePlacement":
        """Row blocks of ``ceil(rows / num_devices)``, block i on device i."""
        blocks = _even_blocks(table.num_embeddings, num_devices)
        shards = tuple(Shard(d, offset, size) for d, (offset, size) in enumerate(blocks))
        return cls(ShardingType.ROW_WISE, shards, kernel, cache_load_factor)

    @classmethod
    def table_row_wise(cls, table: EmbeddingTable, host: int, devices_per_host: int,
                       kernel: ComputeKernel = ComputeKernel.FUSED,
                       cache_load_factor: float | None = None) -> "TablePlacement":
        """Row blocks of ``ceil(rows / devices_per_host)`` over the devices of ``host``."""
        first = host * devices_per_host
        blocks = _even_blocks(table.num_embeddings, devices_per_host)
        shards = tuple(Shard(first + i, offset, size) for i, (offset, size) in enumerate(blocks))
        return cls(ShardingType.TABLE_ROW_WISE, shards, kernel, cache_load_factor)

    @classmethod
    def data_parallel(cls, num_devices: int) -> "TablePlacement":
        """A full replica on each of ``num_devices`` devices (recorded with the fused kernel; TorchRec runs
        replicas with its dense kernel, which the TorchRec export writes)."""
        return cls(ShardingType.DATA_PARALLEL, tuple(Shard(d) for d in range(num_devices)))

    # ------------------------------------------------------------------------------ queries
    @property
    def devices(self) -> tuple[int, ...]:
        """The devices of the shards, in shard order."""
        return tuple(s.device for s in self.shards)

    @property
    def uvm(self) -> bool:
        return self.kernel is ComputeKernel.FUSED_UVM_CACHING

    def shard_memory(self, table: EmbeddingTable) -> list[tuple[float, float]]:
        """(HBM, DDR) bytes of each shard on its device: fused shards in HBM; a UVM-cached shard keeps its
        cache (``cache_load_factor`` of it) in HBM and all its rows in host DDR."""
        share = float(self.cache_load_factor) if self.uvm else 1.0
        return [(share * s.size_bytes(table), float(s.size_bytes(table)) if self.uvm else 0.0) for s in self.shards]

    def resolved(self, table: EmbeddingTable) -> "TablePlacement":
        """This placement with every shard's sizes written out."""
        return replace(self, shards=tuple(s.resolved(table) for s in self.shards))

    def shard_labels(self, table: EmbeddingTable) -> tuple[str, ...]:
        """One short name per shard: the table's name, with its rows or columns when it is split
        (``t3[r0:1250]``, ``t3[c32:64]``), ``[dp]`` for a replica, and ``*`` for a UVM-cached shard."""
        uvm = "*" if self.uvm else ""
        if self.sharding_type is ShardingType.TABLE_WISE:
            return (table.name + uvm,)
        if self.sharding_type is ShardingType.DATA_PARALLEL:
            return tuple(f"{table.name}[dp]" for _ in self.shards)
        if self.sharding_type is ShardingType.COLUMN_WISE:
            return tuple(f"{table.name}[c{s.col_offset}:{s.col_offset + s.cols(table)}]{uvm}" for s in self.shards)
        return tuple(f"{table.name}[r{s.row_offset}:{s.row_offset + s.rows(table)}]{uvm}" for s in self.shards)

    def validate(self, table: EmbeddingTable, task: ShardingTask, *, index: int | None = None) -> None:
        """InputError (naming the table) unless the shards cover ``table`` as the sharding type says, on
        devices of ``task``, with a consistent kernel."""
        where = f"table {table.name!r}" + (f" (#{index})" if index is not None else "")

        def bad(problem: str, expected: str) -> InputError:
            return InputError(f"{where}: {problem}", field="plan", expected=expected)

        if not self.shards:
            raise bad("no shards", "at least one shard")
        devices = self.devices
        if min(devices) < 0 or max(devices) >= task.num_devices:
            raise bad(f"device {max(devices) if max(devices) >= task.num_devices else min(devices)}",
                      f"devices 0..{task.num_devices - 1}")
        if self.kernel is ComputeKernel.FUSED and self.cache_load_factor is not None:
            raise bad("a cache load factor on the fused kernel", "cache_load_factor only with fused_uvm_caching")
        if self.uvm and not 0.0 <= float(self.cache_load_factor) <= 1.0:
            raise bad(f"cache load factor {self.cache_load_factor}", "a factor in [0, 1]")
        kind = self.sharding_type
        rows = [(s.row_offset, s.rows(table)) for s in self.shards]
        cols = [(s.col_offset, s.cols(table)) for s in self.shards]
        whole_rows = all(r == (0, table.num_embeddings) for r in rows)
        whole_cols = all(c == (0, table.dim) for c in cols)
        if kind is ShardingType.TABLE_WISE and (len(self.shards) != 1 or not (whole_rows and whole_cols)):
            raise bad("a table-wise placement that is not one whole-table shard", "one shard of the whole table")
        if kind is ShardingType.DATA_PARALLEL:
            if sorted(devices) != list(range(task.num_devices)) or not (whole_rows and whole_cols):
                raise bad("a data-parallel placement that is not a full replica per device",
                          "one whole-table shard on every device")
            if self.uvm:
                raise bad("data parallel with UVM caching", "the fused kernel")
        if kind is ShardingType.COLUMN_WISE:
            if not whole_rows or not _tiles(cols, table.dim):
                raise bad("column shards that do not tile the columns", "column blocks covering 0..dim once")
        if kind in (ShardingType.ROW_WISE, ShardingType.TABLE_ROW_WISE):
            if not whole_cols or not _tiles(rows, table.num_embeddings):
                raise bad("row shards that do not tile the rows", "row blocks covering 0..rows once")
            if len(set(devices)) != len(devices):
                raise bad("two row blocks on one device", "one block per device")
        if kind is ShardingType.ROW_WISE and sorted(devices) != list(range(task.num_devices)):
            raise bad("row-wise blocks not on every device", "one block per device of the job")
        if kind is ShardingType.TABLE_ROW_WISE:
            per_host = task.devices_per_host
            if per_host is None:
                raise bad("table-row-wise on a task without hosts", "a task with num_hosts")
            hosts = {d // per_host for d in devices}
            if len(hosts) != 1 or len(devices) != per_host:
                raise bad("table-row-wise blocks not on the devices of one host",
                          f"one block on each of the {per_host} devices of one host")


def _tiles(blocks: Sequence[tuple[int, int]], total: int) -> bool:
    """Whether (offset, size) blocks cover [0, total) exactly once (empty blocks allowed)."""
    covered = 0
    for offset, size in sorted(b for b in blocks if b[1] > 0):
        if offset != covered:
            return False
        covered += size
    return covered == total and all(size >= 0 for _, size in blocks)


@dataclass(frozen=True)
class ShardingPlan:
    """A plan: one :class:`TablePlacement` per table of the task, in task order.

    ``ShardingPlan.from_array(devices)`` (or ``ShardingPlan((d0, d1, ...))``: an int stands for a table-wise
    placement on that device) builds a table-wise plan; :attr:`assignment` is its device per table.
    """

    placements: tuple[TablePlacement, ...]

    def __post_init__(self) -> None:
        placements = tuple(p if isinstance(p, TablePlacement) else TablePlacement.table_wise(int(p))
                           for p in self.placements)
        object.__setattr__(self, "placements", placements)

    @classmethod
    def from_array(cls, assignment: Sequence[int] | np.ndarray) -> "ShardingPlan":
        """The table-wise plan putting table t on device ``assignment[t]``."""
        devices = np.asarray(assignment, dtype=np.int64)
        shared = {d: TablePlacement.table_wise(d) for d in set(devices.tolist())}  # immutable: one per device
        return cls(tuple(shared[d] for d in devices.tolist()))

    @cached_property
    def is_table_wise(self) -> bool:
        """Whether every table is placed whole on one device with the fused kernel."""
        return all(p.sharding_type is ShardingType.TABLE_WISE and not p.uvm for p in self.placements)

    @cached_property
    def assignment(self) -> tuple[int, ...]:
        """The device of each table of a table-wise plan (ValueError for any other plan)."""
        if not self.is_table_wise:
            raise ValueError("the plan is not table-wise (fused): it has no single device per table")
        return tuple(p.shards[0].device for p in self.placements)

    def as_array(self) -> np.ndarray:
        """:attr:`assignment` as an int64 array."""
        return np.asarray(self.assignment, dtype=np.int64)

    def sharding_types(self) -> dict[str, int]:
        """How many tables each sharding type places (types in use only)."""
        counts = Counter(map(attrgetter("sharding_type"), self.placements))  # first-seen order
        return {kind.value: count for kind, count in counts.items()}

    def resolved(self, task: ShardingTask) -> "ShardingPlan":
        """The plan with every shard's sizes written out."""
        return ShardingPlan(tuple(p.resolved(t) for p, t in zip(self.placements, task.tables)))

    def device_shards(self, task: ShardingTask) -> list[list[str]]:
        """For each device, the labels of the shards it holds (:meth:`TablePlacement.shard_labels`), in table
        order; empty row blocks are left out."""
        held: list[list[str]] = [[] for _ in range(task.num_devices)]
        if self.is_table_wise:  # one whole-table shard per table, labelled by the table's name
            for device, table in zip(self.assignment, task.tables):
                held[device].append(table.name)
            return held
        for p, table in zip(self.placements, task.tables):
            for shard, label in zip(p.shards, p.shard_labels(table)):
                if shard.rows(table) and shard.cols(table):
                    held[shard.device].append(label)
        return held

    def hbm_per_device(self, task: ShardingTask) -> np.ndarray:
        """[D] bytes of device memory (HBM) each device holds: fused shards, and the cache of UVM shards."""
        return self._memory_per_device(task, 0)

    def ddr_per_device(self, task: ShardingTask) -> np.ndarray:
        """[D] bytes of host memory (DDR) each device's UVM-cached shards hold."""
        return self._memory_per_device(task, 1)

    def _memory_per_device(self, task: ShardingTask, kind: int) -> np.ndarray:
        """[D] HBM (``kind`` 0) or DDR (1) bytes per device, from :meth:`TablePlacement.shard_memory`."""
        used = np.zeros(task.num_devices, dtype=np.float64)
        if self.is_table_wise:  # whole tables in HBM, nothing in DDR
            if kind == 0:
                used += np.bincount(self.as_array(), weights=task.sizes(), minlength=task.num_devices)
            return used
        for p, table in zip(self.placements, task.tables):
            for shard, memory in zip(p.shards, p.shard_memory(table)):
                used[shard.device] += memory[kind]
        return used

    def memory_per_device(self, task: ShardingTask) -> np.ndarray:
        """[D] HBM bytes per device (:meth:`hbm_per_device`; for a table-wise plan, the sum of its tables)."""
        return self.hbm_per_device(task)

    def validate(self, task: ShardingTask) -> None:
        """InputError if the plan does not match the task (:meth:`check_shape`) or breaks device memory (HBM,
        and host DDR for UVM-cached shards)."""
        self.check_shape(task)
        for memory, used, what in ((task.memory_bytes, self.memory_per_device(task), "memory"),
                                   (task.ddr_bytes, self.ddr_per_device(task), "host memory")):
            over = np.flatnonzero(used > memory)
            if over.size:
                raise InputError(f"device {int(over[0])} over {what}: {used[over[0]] / 2**30:.2f} GiB of "
                                 f"{memory / 2**30:.2f} GiB", field="plan", expected=f"a plan within {what}")

    def check_shape(self, task: ShardingTask) -> None:
        """InputError unless the plan has one placement per table of ``task``, each covering its table as its
        sharding type says, on devices of the task (memory aside)."""
        if len(self.placements) != task.num_tables:
            raise InputError(f"plan has {len(self.placements)} entries for {task.num_tables} tables", field="plan")
        simple = all(p.shards == (Shard(p.shards[0].device),) and p.sharding_type is ShardingType.TABLE_WISE
                     and p.kernel is ComputeKernel.FUSED and p.cache_load_factor is None for p in self.placements)
        if simple:  # one whole-table shard per table: only the devices can be wrong (the fast path)
            arr = self.as_array()
            bad = np.flatnonzero((arr < 0) | (arr >= task.num_devices))
            if bad.size:
                i = int(bad[0])
                raise InputError(f"table {task.tables[i].name!r} (#{i}): device {arr[i]}", field="plan",
                                 expected=f"devices 0..{task.num_devices - 1}")
        else:
            for i, (p, table) in enumerate(zip(self.placements, task.tables)):
                p.validate(table, task, index=i)


def random_placement(table: EmbeddingTable, num_devices: int, devices_per_host: int, rng: np.random.Generator,
                     ) -> TablePlacement:
    """One placement of ``table`` of a uniformly drawn kind (column-wise over two devices when its width allows,
    row-wise, table-row-wise on a random host, data parallel, table-wise UVM-cached or fused) on random devices:
    plans for benchmarks and tests of scorers, not good plans."""
    kind = int(rng.integers(6))
    device = int(rng.integers(num_devices))
    if kind == 0 and table.dim % 4 == 0 and num_devices > 1:
        return TablePlacement.column_wise(table, [device, (device + 1) % num_devices])
    if kind == 1:
        return TablePlacement.row_wise(table, num_devices)
    if kind == 2:
        host = int(rng.integers(max(num_devices // devices_per_host, 1)))
        return TablePlacement.table_row_wise(table, host, min(devices_per_host, num_devices))
    if kind == 3:
        return TablePlacement.data_parallel(num_devices)
    if kind == 4:
        return TablePlacement.table_wise(device, ComputeKernel.FUSED_UVM_CACHING)
    return TablePlacement.table_wise(device)
