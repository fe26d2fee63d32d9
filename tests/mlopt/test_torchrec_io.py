"""mlopt plans in TorchRec's vocabulary: the JSON document always; TorchRec's own ShardingPlan objects, and
the round trip through them, where the torchrec extra is installed."""

from __future__ import annotations

import importlib.util

import pytest

from mlopt.datasets.embedding_tables import EmbeddingTable, ShardingTask
from mlopt.datasets.sharding_plan import ComputeKernel, ShardingPlan, TablePlacement
from mlopt.sharding.torchrec_io import from_torchrec, to_torchrec, torchrec_document

TABLES = (EmbeddingTable("a", 1000, 64, 2.0), EmbeddingTable("b", 10, 16, 1.0), EmbeddingTable("c", 999, 32, 4.0),
          EmbeddingTable("d", 500, 128, 1.0), EmbeddingTable("e", 100, 8, 3.0))
TASK = ShardingTask(TABLES, 4, 2**30, 4096, num_hosts=2, ddr_bytes=2**31)
PLAN = ShardingPlan((
    TablePlacement.row_wise(TABLES[0], 4),
    TablePlacement.data_parallel(4),
    TablePlacement.table_row_wise(TABLES[2], host=1, devices_per_host=2),
    TablePlacement.column_wise(TABLES[3], [3, 0], [96, 32]),
    TablePlacement.table_wise(2, ComputeKernel.FUSED_UVM_CACHING, 0.5),
))


def test_the_document_speaks_torchrecs_vocabulary() -> None:
    PLAN.validate(TASK)
    document = torchrec_document(TASK, PLAN)
    tables = document["plan"][""]
    assert document["world_size"] == 4 and document["local_world_size"] == 2
    assert tables["a"]["sharding_type"] == "row_wise" and tables["a"]["ranks"] == [0, 1, 2, 3]
    assert [m["shard_sizes"] for m in tables["a"]["sharding_spec"]] == [[250, 64]] * 4
    assert tables["b"]["sharding_spec"] is None and tables["b"]["ranks"] == [0, 1, 2, 3]  # data parallel
    assert tables["b"]["compute_kernel"] == "dense"  # as TorchRec runs replicas
    assert [m["placement"] for m in tables["c"]["sharding_spec"]] == ["rank:2/cuda:0", "rank:3/cuda:1"]
    assert [m["shard_offsets"] for m in tables["c"]["sharding_spec"]] == [[0, 0], [500, 0]]
    assert [(m["shard_offsets"], m["shard_sizes"]) for m in tables["d"]["sharding_spec"]] == \
        [([0, 0], [500, 96]), ([0, 96], [500, 32])]
    assert tables["e"]["compute_kernel"] == "fused_uvm_caching" and tables["e"]["cache_params"] == {"load_factor": 0.5}


@pytest.mark.skipif(importlib.util.find_spec("torchrec") is None,
                    reason="torchrec is not installed (the torchrec extra needs its own environment)")
def test_a_plan_round_trips_through_torchrecs_objects() -> None:
    from torchrec.distributed.types import ParameterSharding

    torchrec_plan = to_torchrec(TASK, PLAN)
    sharding = torchrec_plan.plan[""]["c"]
    assert isinstance(sharding, ParameterSharding) and sharding.sharding_type == "table_row_wise"
    assert [m.placement.rank() for m in sharding.sharding_spec.shards] == [2, 3]
    assert from_torchrec(TASK, torchrec_plan) == PLAN.resolved(TASK)
