r"""Lowering of a :class:`ShardingPlan` of any sharding type and kernel to *derived tables*: one per shard,
placed on the shard's device, each an embedding table that the per-device fused-kernel model prices as it
prices a whole table (so fusion and cache sharing across the tables and shards of a device stay modelled),
plus the bytes each device puts into each collective (:class:`~mlopt.envs.oracles.collectives.CommBytes`).

For table t (N rows, d columns, pooling P, b bytes per element; global batch B, D devices) a shard of
n rows x c columns on device k becomes a derived table with:

* rows n, columns c, the table's Zipf exponent alpha: rows are hashed over row blocks (TorchRec's row
  blocks of ids that are themselves hashes), so a block holds a random n / N of the rows and the rank-r row
  of the block has rank about r N / n in the table: the block is again Zipf(alpha) over its n rows;
* lookup share n / N of the table's B P lookups (row-wise, table-row-wise: the block's share; table-wise
  and column-wise: all of them) and B bags (the kernel pools every sample's bag, partial for row blocks);
* data-parallel replica: the whole table, each device looking up its own B / D samples: lookup share and
  bag share 1 / D, and a dense gradient of N d b bytes (all-reduced; dense optimizer step);
* the kernel's HBM share: 1 for ``fused``; the cache load factor phi for ``fused_uvm_caching``.

Collective bytes per device (4-byte pooled outputs): all-to-all 4 B c (D - 1) / D per table-wise or
column-wise shard (what the device sends to the owners of the other samples); row-wise and table-row-wise
partial-sum buffers 4 B c per shard; data-parallel dense gradients N d b per replica.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from mlopt.datasets.embedding_tables import ShardingTask
from mlopt.datasets.sharding_plan import ShardingPlan, ShardingType, TablePlacement
from mlopt.envs.oracles.collectives import CommBytes
from mlopt.errors import InputError

OUTPUT_BYTES = 4  # fp32 pooled outputs and their gradients
TYPE_CODES: dict[ShardingType, int] = {kind: code for code, kind in enumerate(ShardingType)}
SPEC_FIELDS: tuple[str, ...] = ("table", "rows", "cols", "lookup_share", "bag_share", "hbm_share", "dense")


@dataclass(frozen=True)
class LoweredPlan:
    """E derived tables (one per shard; arrays of length E) and the devices' collective bytes."""

    table: np.ndarray  # int: the source table
    device: np.ndarray  # int: the device holding the shard
    kind: np.ndarray  # int: TYPE_CODES of the placement's sharding type
    rows: np.ndarray  # rows of the shard
    cols: np.ndarray  # columns of the shard
    lookup_share: np.ndarray  # share of the table's B P lookups the shard serves
    bag_share: np.ndarray  # bags of the shard's kernel as a share of B
    hbm_share: np.ndarray  # rows in HBM as a share of the shard's rows (1: fused; phi: UVM caching)
    dense: np.ndarray  # bool: a data-parallel replica
    elem: np.ndarray  # bytes per element of the source table
    comm: CommBytes

    def comm_by_group(self, task: ShardingTask, group: np.ndarray, num_groups: int) -> CommBytes:
        """The collective bytes of each group of shards (``group``: [E] ints in 0..num_groups-1, e.g. the
        placement each shard belongs to) separately: a CommBytes of [num_groups, D] arrays."""
        return _collective_bytes(task, self.device + task.num_devices * np.asarray(group, dtype=np.int64),
                                 num_groups, self.kind, self.rows, self.cols, self.elem)

    def specs(self) -> tuple[np.ndarray, np.ndarray]:
        """The distinct derived tables ([S, 7] in SPEC_FIELDS order) and each shard's row among them ([E])."""
        stacked = np.column_stack([getattr(self, name) for name in SPEC_FIELDS]).astype(np.float64)
        specs, inverse = np.unique(stacked, axis=0, return_inverse=True)
        return specs, inverse.reshape(-1)


def lower(task: ShardingTask, items: list[tuple[int, TablePlacement]]) -> LoweredPlan:
    """The derived tables of the placements ``(table index, placement)`` (module docstring)."""
    num_devices = task.num_devices
    columns: dict[str, list] = {name: [] for name in ("table", "device", "kind", "rows", "cols", "lookup_share",
                                                      "bag_share", "hbm_share", "dense", "elem")}
    for index, placement in items:
        table = task.tables[index]
        n, d = table.num_embeddings, table.dim
        count = len(placement.shards)
        rows = [n if s.num_rows is None else s.num_rows for s in placement.shards]
        dense = placement.sharding_type is ShardingType.DATA_PARALLEL
        columns["table"] += [index] * count
        devices = [s.device for s in placement.shards]
        if devices and (min(devices) < 0 or max(devices) >= num_devices):
            bad = min(devices) if min(devices) < 0 else max(devices)
            raise InputError(f"table {table.name!r} (#{index}): a shard on device {bad}", field="plan",
                             expected=f"devices 0..{num_devices - 1}")
        columns["device"] += devices
        columns["kind"] += [TYPE_CODES[placement.sharding_type]] * count
        columns["rows"] += rows
        columns["cols"] += [d if s.num_cols is None else s.num_cols for s in placement.shards]
        columns["lookup_share"] += [1.0 / num_devices] * count if dense else [r / n for r in rows]
        columns["bag_share"] += [1.0 / num_devices if dense else 1.0] * count
        columns["hbm_share"] += [float(placement.cache_load_factor) if placement.uvm else 1.0] * count
        columns["dense"] += [dense] * count
        columns["elem"] += [table.bytes_per_element] * count
    device = np.asarray(columns["device"], dtype=np.int64)
    kind = np.asarray(columns["kind"], dtype=np.int64)
    rows = np.asarray(columns["rows"], dtype=np.float64)
    cols = np.asarray(columns["cols"], dtype=np.float64)
    table = np.asarray(columns["table"], dtype=np.int64)
    elem = np.asarray(columns["elem"], dtype=np.float64)

    comm = _collective_bytes(task, device, 1, kind, rows, cols, elem)
    comm = CommBytes(*(part[0] for part in (comm.alltoall, comm.row_wise, comm.table_row_wise, comm.all_reduce)))
    return LoweredPlan(table=table, device=device, kind=kind, rows=rows, cols=cols,
                       lookup_share=np.asarray(columns["lookup_share"], dtype=np.float64),
                       bag_share=np.asarray(columns["bag_share"], dtype=np.float64),
                       hbm_share=np.asarray(columns["hbm_share"], dtype=np.float64),
                       dense=np.asarray(columns["dense"], dtype=bool), elem=elem, comm=comm)


def _collective_bytes(task: ShardingTask, cell: np.ndarray, num_groups: int, kind: np.ndarray, rows: np.ndarray,
                      cols: np.ndarray, elem: np.ndarray) -> CommBytes:
    """[num_groups, D] bytes per collective (module docstring) of shards in cells ``cell`` = group x D +
    device."""
    num_devices, batch = task.num_devices, float(task.batch_size)

    def per_cell(types: tuple[ShardingType, ...], weights: np.ndarray) -> np.ndarray:
        mask = np.logical_or.reduce([kind == TYPE_CODES[t] for t in types])
        counts = np.bincount(cell[mask], weights=weights[mask], minlength=num_groups * num_devices)
        return counts.astype(np.float64).reshape(num_groups, num_devices)

    alltoall = per_cell((ShardingType.TABLE_WISE, ShardingType.COLUMN_WISE), cols)
    alltoall *= batch * (num_devices - 1) / num_devices * OUTPUT_BYTES
    return CommBytes(
        alltoall=alltoall,
        row_wise=per_cell((ShardingType.ROW_WISE,), OUTPUT_BYTES * batch * cols),
        table_row_wise=per_cell((ShardingType.TABLE_ROW_WISE,), OUTPUT_BYTES * batch * cols),
        all_reduce=per_cell((ShardingType.DATA_PARALLEL,), rows * cols * elem),
    )


def lower_plan(task: ShardingTask, plan: ShardingPlan) -> LoweredPlan:
    """The derived tables of every shard of ``plan`` (InputError if it has the wrong number of placements or
    a device outside the task; :meth:`ShardingPlan.validate` is the full check)."""
    check_placement_count(task, plan)
    return lower(task, list(enumerate(plan.placements)))


def check_placement_count(task: ShardingTask, plan: ShardingPlan) -> None:
    """InputError unless ``plan`` has one placement per table of ``task``."""
    if len(plan.placements) != task.num_tables:
        raise InputError(f"plan has {len(plan.placements)} placements for {task.num_tables} tables", field="plan",
                         expected="one placement per table")
