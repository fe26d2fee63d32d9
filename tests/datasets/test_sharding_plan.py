"""The plan model: placements of every sharding type and kernel, their validation and memory accounting."""

from __future__ import annotations

import numpy as np
import pytest

from mlopt.datasets.embedding_tables import EmbeddingTable, ShardingTask
from mlopt.datasets.sharding_plan import (
    ComputeKernel, Shard, ShardingPlan, ShardingType, TablePlacement,
)
from mlopt.errors import InputError

GIB = 2**30
BIG = EmbeddingTable("big", 10, 8, 2.0)  # 10 rows x 8 cols x 4 bytes = 320 bytes
SMALL = EmbeddingTable("small", 4, 4, 1.0)  # 64 bytes


def task(num_devices: int = 4, num_hosts: int | None = 2, memory: int = 1000, ddr: int = 1000) -> ShardingTask:
    return ShardingTask((BIG, SMALL), num_devices, memory, num_hosts=num_hosts, ddr_bytes=ddr)


def test_row_blocks_follow_torchrecs_ceil_split() -> None:
    rw = TablePlacement.row_wise(BIG, 4)
    assert [(s.device, s.row_offset, s.num_rows) for s in rw.shards] == [(0, 0, 3), (1, 3, 3), (2, 6, 3), (3, 9, 1)]
    tiny = TablePlacement.row_wise(EmbeddingTable("t", 2, 4, 1.0), 4)
    assert [s.num_rows for s in tiny.shards] == [1, 1, 0, 0]  # trailing blocks may be empty
    twrw = TablePlacement.table_row_wise(BIG, host=1, devices_per_host=2)
    assert [(s.device, s.row_offset, s.num_rows) for s in twrw.shards] == [(2, 0, 5), (3, 5, 5)]
    cw = TablePlacement.column_wise(BIG, [3, 1])
    assert [(s.device, s.col_offset, s.num_cols) for s in cw.shards] == [(3, 0, 4), (1, 4, 4)]


def test_every_type_validates_and_counts_its_memory() -> None:
    plan = ShardingPlan((TablePlacement.row_wise(BIG, 4), TablePlacement.data_parallel(4)))
    plan.validate(task())
    # row blocks of 3, 3, 3, 1 rows (96, 96, 96, 32 bytes) + a 64-byte replica everywhere
    np.testing.assert_array_equal(plan.hbm_per_device(task()), [160, 160, 160, 96])
    assert plan.sharding_types() == {"row_wise": 1, "data_parallel": 1}
    uvm = ShardingPlan((TablePlacement.table_wise(2, ComputeKernel.FUSED_UVM_CACHING, 0.25),
                        TablePlacement.table_row_wise(SMALL, 0, 2)))
    uvm.validate(task())
    np.testing.assert_array_equal(uvm.hbm_per_device(task()), [32, 32, 80, 0])  # the cache: 0.25 x 320
    np.testing.assert_array_equal(uvm.ddr_per_device(task()), [0, 0, 320, 0])
    assert TablePlacement.table_wise(0, ComputeKernel.FUSED_UVM_CACHING).cache_load_factor == 0.2  # TorchRec's


def test_a_table_wise_plan_keeps_its_array_form() -> None:
    plan = ShardingPlan.from_array(np.array([1, 3]))
    assert plan == ShardingPlan((1, 3)) and plan.is_table_wise and plan.assignment == (1, 3)
    np.testing.assert_array_equal(plan.memory_per_device(task()), [0, 320, 0, 64])
    mixed = ShardingPlan((TablePlacement.column_wise(BIG, [0, 1]), 2))
    assert not mixed.is_table_wise
    with pytest.raises(ValueError, match="not table-wise"):
        mixed.as_array()
    resolved = mixed.resolved(task()).placements[0].shards[0]
    assert (resolved.num_rows, resolved.num_cols) == (10, 4)


@pytest.mark.parametrize(("placement", "message"), [
    (TablePlacement(ShardingType.COLUMN_WISE, (Shard(0, 0, None, 0, 4), Shard(1, 0, None, 2, 6))), "tile the columns"),
    (TablePlacement(ShardingType.ROW_WISE, (Shard(0, 0, 5), Shard(1, 5, 5))), "not on every device"),
    (TablePlacement(ShardingType.TABLE_ROW_WISE, (Shard(1, 0, 5), Shard(2, 5, 5))), "devices of one host"),
    (TablePlacement(ShardingType.DATA_PARALLEL, (Shard(0), Shard(1), Shard(2))), "full replica per device"),
    (TablePlacement(ShardingType.TABLE_WISE, (Shard(0, 0, 5),)), "one whole-table shard"),
    (TablePlacement(ShardingType.TABLE_WISE, (Shard(4),)), "device 4"),
    (TablePlacement(ShardingType.TABLE_WISE, (Shard(0),), ComputeKernel.FUSED, 0.5), "cache load factor"),
    (TablePlacement(ShardingType.TABLE_WISE, (Shard(0),), ComputeKernel.FUSED_UVM_CACHING, 1.5), r"in \[0, 1\]"),
])
def test_invalid_placements_are_one_line_errors(placement: TablePlacement, message: str) -> None:
    with pytest.raises(InputError, match=message) as error:
        ShardingPlan((placement, 0)).validate(task())
    assert "table 'big'" in str(error.value) and "\n" not in str(error.value)


def test_memory_limits_count_hbm_and_ddr_apart() -> None:
    uvm = ShardingPlan((TablePlacement.table_wise(0, ComputeKernel.FUSED_UVM_CACHING, 0.5), 0))
    uvm.validate(task(memory=224, ddr=320))  # HBM: 160 cache + 64; DDR: 320
    with pytest.raises(InputError, match="over memory"):
        uvm.validate(task(memory=223, ddr=320))
    with pytest.raises(InputError, match="over host memory"):
        uvm.validate(task(memory=224, ddr=319))
    with pytest.raises(InputError, match="without hosts"):
        ShardingPlan((TablePlacement.table_row_wise(BIG, 0, 2), 0)).validate(task(num_hosts=None))
    with pytest.raises(InputError, match="num_hosts"):
        task(num_devices=4, num_hosts=3)
