"""``torchrec-planner``: TorchRec's EmbeddingShardingPlanner replayed (mlopt.sharding.core.torchrec_planner).

CPU-only tests always run: the enumeration's options and shard shapes, the proposers' order, the partitioner's
tie order, plans that are valid, within TorchRec's storage budget and deterministic, the sharding types the
real planner chose on the same inputs (pinned from runs of torchrec 1.9.2), and bad inputs. When
``MLOPT_TORCHREC_PYTHON`` names a python with torchrec, the replay is compared with the real planner table by
table (sharding type, kernel and ranks) and must place every table as it does.
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from mlopt.datasets.embedding_tables import EmbeddingTable, ShardingTask, load_tables_csv
from mlopt.datasets.sharding_plan import ComputeKernel, ShardingType
from mlopt.datasets.synth_tables import synthesize_tables
from mlopt.envs.oracles import AnalyticalOracle, TorchRecOracle
from mlopt.errors import InputError
from mlopt.sharding import plan_sharding
from mlopt.sharding.core.torchrec_planner import (
    MAX_GRID_PROPOSALS, ReplayOption, column_shard_width, enumerate_options, greedy_proposals, partition,
    plan_torchrec_replay, replay_torchrec_planner, tables_placed_differently, uniform_proposals,
)
from mlopt.sharding.registry import get_planner

GiB = 2**30
ROOT = Path(__file__).resolve().parents[1]
DLRM = load_tables_csv(ROOT / "datasets" / "tables" / "dlrm_default.csv")
UVM = ComputeKernel.FUSED_UVM_CACHING


def dlrm(devices: int, tables=DLRM) -> ShardingTask:
    return ShardingTask(tuple(tables), devices, 80 * GiB, 65_536, "dlrm_default", num_hosts=2, ddr_bytes=128 * GiB)


def tight_synth() -> ShardingTask:
    """40 synthesized fp32 tables (14.2 GiB, the largest 5.4 GiB) on 4 devices of 3.5 GiB HBM: only 2 of the
    planner's 647 proposals fit, and 3 tables must go to host memory (UVM caching)."""
    tables = synthesize_tables(40, 40, dtype="fp32", max_table_gib=6.0)
    return ShardingTask(tables, 4, int(3.5 * GiB), 65_536, "synth40", num_hosts=2, ddr_bytes=128 * GiB)


CASES = {"dlrm_default 4x2": lambda: dlrm(4), "dlrm_default 8x2": lambda: dlrm(8),
         "synth40 tight 4x2": tight_synth, "dlrm_default[:4] 4x2 (grid search)": lambda: dlrm(4, DLRM[:4])}


# ------------------------------------------------------------------------------------------------ enumerate
def test_enumeration_follows_torchrecs_types_kernels_and_shard_shapes():
    tables = (EmbeddingTable("a", 1003, 256, 2.0), EmbeddingTable("b", 10, 64, 1.0))
    task = ShardingTask(tables, 4, 80 * GiB, 4096, num_hosts=2, ddr_bytes=GiB)
    space = enumerate_options(task, TorchRecOracle())
    kinds = [(o.sharding_type.value, o.proto.kernel.value) for o in space[0]]
    assert kinds == [("data_parallel", "fused"), ("table_wise", "fused"), ("table_wise", "fused_uvm_caching"),
                     ("column_wise", "fused"), ("column_wise", "fused_uvm_caching"), ("row_wise", "fused"),
                     ("row_wise", "fused_uvm_caching"), ("table_row_wise", "fused"),
                     ("table_row_wise", "fused_uvm_caching")]
    a, b = tables
    by_kind = {(o.sharding_type, o.proto.kernel): o.proto for o in space[0]}
    cw = by_kind[ShardingType.COLUMN_WISE, ComputeKernel.FUSED]
    assert [(s.col_offset, s.cols(a)) for s in cw.shards] == [(0, 128), (128, 128)]
    rw = by_kind[ShardingType.ROW_WISE, ComputeKernel.FUSED]
    assert [(s.row_offset, s.rows(a)) for s in rw.shards] == [(0, 251), (251, 251), (502, 251), (753, 250)]
    twrw = by_kind[ShardingType.TABLE_ROW_WISE, UVM]
    assert [(s.device, s.rows(a)) for s in twrw.shards] == [(0, 502), (1, 501)]
    assert len(by_kind[ShardingType.DATA_PARALLEL, ComputeKernel.FUSED].shards) == 4
    assert len([o for o in space[1] if o.sharding_type is ShardingType.COLUMN_WISE][0].hbm) == 1  # dim 64
    # rows 10 over 4 devices: blocks of 3, the last one empty (TorchRec's ceil split)
    assert [s.rows(b) for s in [o for o in space[1] if o.sharding_type is ShardingType.ROW_WISE][0].proto.shards] \
        == [3, 3, 3, 1]
    no_hosts = ShardingTask(tables, 4, 80 * GiB, 4096, ddr_bytes=GiB)
    kinds_without_hosts = {o.sharding_type for o in enumerate_options(no_hosts, TorchRecOracle())[0]}
    assert ShardingType.TABLE_ROW_WISE not in kinds_without_hosts and len(kinds_without_hosts) == 4


def test_column_shard_width_is_torchrecs_rule():
    assert [column_shard_width(d) for d in (64, 128, 192, 256, 384, 1000, 520)] == [64, 128, 192, 128, 128, 200, 260]


def test_options_carry_the_oracles_estimates_per_shard():
    task = dlrm(8)
    oracle = TorchRecOracle()
    option = enumerate_options(task, oracle)[3][5]  # table 3 row-wise, fused
    table = task.tables[3]
    assert option.sharding_type is ShardingType.ROW_WISE and len(option.totals) == 8
    for k, shard in enumerate(option.proto.shards):
        perf = oracle.shard_perf(task, 3, option.proto, table.dim)
        storage = oracle.shard_storage(task, 3, option.proto, shard.rows(table), table.dim)
        assert option.totals[k] == perf.total and (option.hbm[k], option.ddr[k]) == (storage.hbm, storage.ddr)


# ------------------------------------------------------------------------------------------------ propose
def _option(table: int, total: float, hbm: int, ddr: int = 0, kind=ShardingType.TABLE_WISE) -> ReplayOption:
    from mlopt.datasets.sharding_plan import TablePlacement

    return ReplayOption(table, TablePlacement(kind, (TablePlacement.table_wise(0).shards[0],)),
                        np.array([[total, 0, 0, 0, 0]]), (total,), np.array([hbm]), np.array([ddr]))


def test_greedy_proposer_advances_the_table_of_largest_storage():
    space = [[_option(0, 1.0, 10), _option(0, 2.0, 4)], [_option(1, 1.0, 7), _option(1, 3.0, 1), _option(1, 5.0, 1)]]
    # start at the fastest options; table 0's (10 bytes) is the largest, then table 1's 7, then table 1's 1
    assert list(greedy_proposals(space, True)) == [(0, 0), (1, 0), (1, 1), (1, 2)]


def test_uniform_proposer_takes_each_tables_best_option_of_a_type_every_table_has():
    space = [[_option(0, 2.0, 1), _option(0, 1.0, 1), _option(0, 1.0, 1, kind=ShardingType.ROW_WISE)],
             [_option(1, 3.0, 1)]]
    assert list(uniform_proposals(space)) == [(1, 0)]  # table 0 has no row-wise counterpart in table 1


def test_grid_search_runs_only_under_its_cap():
    four = replay_torchrec_planner(dlrm(4, DLRM[:4]), TorchRecOracle())
    five = replay_torchrec_planner(dlrm(4, DLRM[:5]), TorchRecOracle())
    assert 9**4 <= MAX_GRID_PROPOSALS < 9**5
    assert four.proposals == 9**4  # the grid covers every combination; the greedy proposals repeat some
    assert five.proposals < 9 * 5 * 3  # greedy twice and uniform only


# ------------------------------------------------------------------------------------------------ partition
def test_partitioner_breaks_perf_ties_by_rank_within_host_then_rank():
    options = [_option(t, 1.0, 1) for t in range(4)]
    assert partition(options, 4, (100, 0), 2) == [(0,), (2,), (1,), (3,)]
    assert partition([_option(0, 1.0, 101)], 4, (100, 0), 2) is None


def test_partitioner_places_larger_storage_first_and_skips_devices_without_room():
    options = [_option(0, 1.0, 35), _option(1, 5.0, 60), _option(2, 1.0, 70)]
    # by storage: table 2 (70) on device 0, table 1 (60) on device 1; table 0 (35) skips device 0, whose perf is
    # lower but which has 30 bytes left
    assert partition(options, 2, (100, 0), 2) == [(1,), (1,), (0,)]


# ------------------------------------------------------------------------------------------------ plans
@pytest.mark.parametrize("case, types, uvm", [
    ("dlrm_default 4x2", {"data_parallel": 42, "table_row_wise": 33, "table_wise": 25}, 0),
    ("dlrm_default 8x2", {"data_parallel": 40, "table_wise": 38, "table_row_wise": 22}, 0),
    ("synth40 tight 4x2", {"table_row_wise": 12, "data_parallel": 24, "row_wise": 3, "column_wise": 1}, 3),
])
def test_plan_is_valid_fits_and_has_the_types_the_real_planner_chose(case, types, uvm):
    task = CASES[case]()
    oracle = TorchRecOracle()
    outcome = replay_torchrec_planner(task, oracle)
    outcome.plan.validate(task)
    oracle.check_storage(task, outcome.plan)
    assert outcome.plan.sharding_types() == types  # torchrec 1.9.2's plan of the same task
    assert sum(p.kernel is UVM for p in outcome.plan.placements) == uvm
    assert outcome.rate_ms == pytest.approx(oracle.cost(task, outcome.plan).total_ms, rel=1e-12)
    assert outcome.plans <= outcome.proposals


def test_replay_is_deterministic_and_the_planner_prices_with_the_users_oracle():
    task = dlrm(8)
    first, second = plan_torchrec_replay(task, TorchRecOracle()), plan_torchrec_replay(task, TorchRecOracle())
    assert first == second and tables_placed_differently(first, second) == []
    analytical = AnalyticalOracle("a100")
    result = plan_sharding(task, "torchrec-planner", analytical)
    assert result.plan == first  # estimated with a TorchRecOracle of the analytical oracle's profile
    assert result.cost.total_ms == analytical.cost(task, first).total_ms
    assert result.details["torchrec_rate_ms"] == pytest.approx(TorchRecOracle().cost(task, first).total_ms)
    assert get_planner("torchrec-planner").name == "torchrec-planner"


def test_tables_placed_differently_compares_type_kernel_and_ranks():
    task = dlrm(4)
    plan = plan_torchrec_replay(task, TorchRecOracle())
    first_tw = next(i for i, p in enumerate(plan.placements) if p.sharding_type is ShardingType.TABLE_WISE)
    from dataclasses import replace

    moved = list(plan.placements)
    moved[first_tw] = replace(moved[first_tw], shards=(replace(moved[first_tw].shards[0],
                                                               device=(moved[first_tw].devices[0] + 1) % 4),))
    moved[0] = replace(moved[0], kernel=UVM, cache_load_factor=0.2)
    assert tables_placed_differently(plan, type(plan)(tuple(moved))) == sorted({0, first_tw})
    with pytest.raises(InputError, match="plans of 100 and 1 tables"):
        tables_placed_differently(plan, type(plan)((moved[0],)))


def test_no_plan_that_fits_is_one_input_error():
    task = ShardingTask(tight_synth().tables, 4, 3 * GiB, 65_536, num_hosts=2, ddr_bytes=128 * GiB)
    with pytest.raises(InputError, match=r"TorchRec's planner finds no plan: none of 647 proposals fits 4 devices "
                                         r"of 1\.58 GiB HBM") as error:
        plan_torchrec_replay(task, TorchRecOracle())
    assert "\n" not in str(error.value) and error.value.field == "memory"


# ------------------------------------------------------------------------------------------------ the real planner
needs_torchrec = pytest.mark.skipif(not os.environ.get("MLOPT_TORCHREC_PYTHON"),
                                    reason="MLOPT_TORCHREC_PYTHON (a python with torchrec 1.9.2) is not set")


@needs_torchrec
@pytest.mark.parametrize("case", list(CASES))
def test_replay_places_every_table_as_the_real_planner(case):
    from mlopt.sharding.torchrec_bridge import plan_with_torchrec

    task = CASES[case]()
    oracle = TorchRecOracle()
    real = plan_with_torchrec(task, oracle)
    outcome = replay_torchrec_planner(task, oracle)
    assert tables_placed_differently(real.plan, outcome.plan) == []
    assert outcome.rate_ms == real.rate_ms
    assert Counter(p.kernel for p in outcome.plan.placements) == Counter(p.kernel for p in real.plan.placements)
