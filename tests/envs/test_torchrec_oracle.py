"""The ``torchrec`` oracle: TorchRec's perf and storage estimators, hand-computed per sharding type and kernel
from the module docstring's formulas; and, when ``MLOPT_TORCHREC_PYTHON`` names a python with torchrec, the
real estimators and planner through the bridge."""

from __future__ import annotations

import math
import os
import sys
import time

import numpy as np
import pytest

from mlopt.datasets.embedding_tables import EmbeddingTable, ShardingPlan, ShardingTask
from mlopt.datasets.sharding_plan import ComputeKernel, TablePlacement
from mlopt.envs.oracles import ORACLE_NAMES, TorchRecOracle, load_profile, make_oracle
from mlopt.envs.oracles.base import CostOracle
from mlopt.envs.oracles.torchrec_estimator import CacheStats, ShardPerf, TorchRecBandwidths, zipf_cache_stats
from mlopt.errors import InputError

GiB = 2**30
GB = 2**30 / 1e3  # TorchRec's "GB/s" in bytes per ms
HBM, H2D, INTRA, CROSS = 897 * GB, 32 * GB, 600 * GB, 12.5 * GB
UVM = ComputeKernel.FUSED_UVM_CACHING

# One table for the hand computations: 1000 rows x 64 fp16 columns, pooling 3 (S = 128,000 bytes).
T = EmbeddingTable("t", 1000, 64, 3.0, "fp16")


def task(devices: int, hosts: int | None, batch: int, tables=(T,), memory: int = 80 * GiB) -> ShardingTask:
    return ShardingTask(tuple(tables), devices, memory, batch, num_hosts=hosts, ddr_bytes=256 * GiB)


def perf(oracle: TorchRecOracle, t: ShardingTask, placement: TablePlacement) -> list[ShardPerf]:
    others = tuple(TablePlacement.table_wise(0) for _ in t.tables[1:])
    return oracle.shard_perfs(t, ShardingPlan((placement, *others)))[0]


def close(actual: ShardPerf, fwd: float, fwd_comms: float, bwd_comms: float, input_dist: float,
          prefetch: float = 0.0) -> None:
    assert actual.fwd_compute == pytest.approx(fwd, rel=1e-12)
    assert actual.bwd_compute == pytest.approx(2 * fwd, rel=1e-12)
    assert actual.fwd_comms == pytest.approx(fwd_comms, rel=1e-12, abs=1e-15)
    assert actual.bwd_comms == pytest.approx(bwd_comms, rel=1e-12)
    assert actual.input_dist_comms == pytest.approx(input_dist, rel=1e-12, abs=1e-15)
    assert actual.prefetch_compute == pytest.approx(prefetch, rel=1e-12, abs=1e-15)


# ---------------------------------------------------------------------------------------- perf per type


def test_table_wise_on_one_host():
    # W = 4, L = 4, B = 4096 / 4 = 1024: I = 3072, O = 1024; dim 64 pays the half-block penalty 1.15.
    [shard] = perf(TorchRecOracle(), task(4, 1, 4096), TablePlacement.table_wise(2))
    output = 1024 * 4 * 64 * 2
    close(shard, fwd=(8 * 3072 * 4 + 3072 * 4 * 64 * 2 + output) * 1.15 / HBM, fwd_comms=output / INTRA,
          bwd_comms=output / INTRA, input_dist=8 * 3072 * 4 / INTRA)
    assert shard.total == pytest.approx(3 * shard.fwd_compute + 2 * shard.fwd_comms)  # no input dist in the total


def test_column_shards_reread_every_index_and_read_at_least_32_columns():
    # Four 16-column shards: each re-reads the whole index stream, looks up max(16, 32) = 32 columns and pays
    # the quarter-block penalty 1.75.
    shards = perf(TorchRecOracle(), task(4, 1, 4096), TablePlacement.column_wise(T, [0, 1, 2, 3]))
    output = 1024 * 4 * 16 * 2
    for shard in shards:
        close(shard, fwd=(8 * 3072 * 4 + 3072 * 4 * 32 * 2 + output) * 1.75 / HBM, fwd_comms=output / INTRA,
              bwd_comms=output / INTRA, input_dist=8 * 3072 * 4 / INTRA)


def test_row_wise_across_two_hosts_uses_the_cross_host_bandwidth():
    # W = 8 > L = 4; B = 8192 / 8 = 1024, I = 3072: each rank reads I / W x W indices; no block penalty.
    shards = perf(TorchRecOracle(), task(8, 2, 8192), TablePlacement.row_wise(T, 8))
    output = 1024 * 8 * 64 * 2
    assert len(shards) == 8
    for shard in shards:
        close(shard, fwd=(8 * 3072 + 3072 * 64 * 2 + output) / HBM, fwd_comms=output / CROSS,
              bwd_comms=output / CROSS + 2.455 * output / HBM, input_dist=8 * 3072 * 8 / CROSS)


def test_table_row_wise_reduces_inside_the_host_and_exchanges_across_hosts():
    # L = 4 ranks of host 1 each look up I / L x W; reduce-scatter inside the host, all-to-all over H = 2 hosts.
    shards = perf(TorchRecOracle(), task(8, 2, 8192), TablePlacement.table_row_wise(T, 1, 4))
    output, cross = 1024 * 8 * 64 * 2, 1024 * 2 * 64 * 2 / CROSS
    assert shards == [shards[0]] * 4
    close(shards[0], fwd=(8 * 3072 / 4 * 8 + 3072 / 4 * 8 * 64 * 2 + output) / HBM,
          fwd_comms=output / INTRA + cross, bwd_comms=cross + output / INTRA + 2.455 * output / HBM,
          input_dist=8 * 3072 * 8 / CROSS)


def test_data_parallel_runs_the_dense_kernel_and_all_reduces_gradients():
    # Dense kernel at HBM / 2; all-reduce of S = 128,000 gradient bytes at CROSS x L with m = min(W / L, 2).
    shards = perf(TorchRecOracle(), task(8, 2, 8192), TablePlacement.data_parallel(8))
    table_bytes = 1000 * 64 * 2
    close(shards[0], fwd=(8 * 3072 + 3072 * 64 * 2 + 1024 * 64 * 2) / (HBM / 2), fwd_comms=0.0,
          bwd_comms=table_bytes * (2 * 2 - 1) / 2 / (CROSS * 4) + table_bytes * 9.22 / (HBM / 2), input_dist=0.0)
    # 12 ranks on 3 hosts of 4: W > 2 L doubles the all-reduce (B = 12288 / 12 = 1024 again).
    [first, *_] = perf(TorchRecOracle(), task(12, 3, 12288), TablePlacement.data_parallel(12))
    assert first.bwd_comms == pytest.approx(2 * table_bytes * 3 / 2 / (CROSS * 4) + table_bytes * 9.22 / (HBM / 2))


def test_uvm_caching_kernel_bandwidth_and_prefetch():
    # Cache load factor 0.25: K = (0.25 HBM + 0.75 HBM_DDR) / 10; the prefetch moves miss x U / g rows.
    oracle, t = TorchRecOracle(), task(8, 2, 8192)
    stats = CacheStats(expected_lookups=5000.0, miss_rate=0.4)
    kernel = (0.25 * HBM + 0.75 * H2D) / 10
    output = 1024 * 8 * 64 * 2
    tw = oracle.shard_perf(t, 0, TablePlacement.table_wise(0, UVM, 0.25), 64, stats)
    close(tw, fwd=(8 * 3072 * 8 + 3072 * 8 * 64 * 2 + output) * 1.15 / kernel, fwd_comms=output / CROSS,
          bwd_comms=output / CROSS, input_dist=8 * 3072 * 8 / CROSS, prefetch=0.4 * 5000 * 64 * 2 / H2D)
    rw = oracle.shard_perf(t, 0, TablePlacement.row_wise(T, 8, UVM, 0.25), 64, stats)
    close(rw, fwd=(8 * 3072 + 3072 * 64 * 2 + output) / kernel, fwd_comms=output / CROSS,
          bwd_comms=output / CROSS + 2.455 * output / kernel, input_dist=8 * 3072 * 8 / CROSS,
          prefetch=0.4 * 5000 / 8 * 64 * 2 / H2D)
    twrw = oracle.shard_perf(t, 0, TablePlacement.table_row_wise(T, 0, 4, UVM, 0.25), 64, stats)
    assert twrw.prefetch_compute == pytest.approx(0.4 * 5000 / 4 * 64 * 2 / H2D)
    # TorchRec's default planner gives no cache statistics: no prefetch; cache_stats=True takes the Zipf model's.
    plan = ShardingPlan((TablePlacement.table_wise(0, UVM, 0.25),))
    assert oracle.shard_perfs(t, plan)[0][0].prefetch_compute == 0.0
    zipf = zipf_cache_stats(T, 8192, 0.25)
    with_stats = TorchRecOracle(cache_stats=True).shard_perfs(t, plan)[0][0]
    assert with_stats.prefetch_compute == pytest.approx(zipf.miss_rate * zipf.expected_lookups * 64 * 2 / H2D)
    assert with_stats.prefetch_compute > 0


def test_zipf_cache_stats_bounds_and_monotone_miss_rate():
    table = EmbeddingTable("z", 100_000, 32, 5.0, access_alpha=1.1)
    rates = [zipf_cache_stats(table, 4096, c).miss_rate for c in (0.0, 0.01, 0.2, 0.5, 1.0)]
    assert rates[0] == pytest.approx(1.0) and rates[-1] == pytest.approx(0.0, abs=1e-12)
    assert all(a > b for a, b in zip(rates, rates[1:]))
    stats = zipf_cache_stats(table, 4096, 0.2)
    assert 0 < stats.expected_lookups < 4096 * 5  # skew: fewer distinct rows than lookups
    small = EmbeddingTable("s", 50, 32, 5.0, access_alpha=1.1)
    assert zipf_cache_stats(small, 4096, 0.2).expected_lookups == pytest.approx(50)  # every row touched


# ---------------------------------------------------------------------------------------- plan cost


def test_plan_cost_is_the_max_over_ranks_of_summed_shards_with_prefetch_in_forward_compute():
    tables = (T, EmbeddingTable("u", 5000, 128, 2.0, "fp32"), EmbeddingTable("v", 200, 16, 1.0, "fp16"))
    t = task(4, 1, 4096, tables)
    oracle = TorchRecOracle(cache_stats=True)
    plan = ShardingPlan((TablePlacement.table_wise(1, UVM, 0.5), TablePlacement.row_wise(tables[1], 4),
                         TablePlacement.table_wise(1)))
    perfs = oracle.shard_perfs(t, plan)
    expected = np.zeros((4, 4))
    for placement, shards in zip(plan.placements, perfs):
        for device, p in zip(placement.devices, shards):
            expected[device] += [p.fwd_compute + p.prefetch_compute, p.bwd_compute, p.fwd_comms, p.bwd_comms]
    np.testing.assert_allclose(oracle.device_costs(t, plan), expected, rtol=1e-12)
    cost = oracle.cost(t, plan)
    rank_totals = [sum(p.total for pl, shards in zip(plan.placements, perfs) for d, p in zip(pl.devices, shards)
                       if d == rank) for rank in range(4)]
    assert cost.total_ms == pytest.approx(max(rank_totals)) and int(np.argmax(rank_totals)) == 1
    assert perfs[0][0].prefetch_compute > 0 and expected[1, 0] > perfs[0][0].fwd_compute


def test_table_wise_linearization_is_exact():
    tables = tuple(EmbeddingTable(f"t{i}", 1000 * (i + 1), 16 * (i % 4 + 1), 1.0 + i, "fp16") for i in range(9))
    t = task(3, None, 6000, tables)
    oracle = make_oracle("torchrec", "a100", seed=7)
    assignment = np.array([0, 1, 2, 2, 1, 0, 0, 1, 1])
    cost = oracle.cost(t, ShardingPlan.from_array(assignment))
    linear = oracle.table_costs(t)
    for d in range(3):
        assert cost.devices[d].total_ms == pytest.approx(linear[assignment == d].sum())
        assert oracle.device_total_ms(t, np.flatnonzero(assignment == d)) == pytest.approx(cost.devices[d].total_ms)
    assert oracle.device_overhead_ms(t) == 0.0


def test_any_device_count_and_the_profile_node_size():
    t1 = task(1, None, 1024)
    [shard] = perf(TorchRecOracle(), t1, TablePlacement.table_wise(0))
    assert shard.fwd_comms == pytest.approx(1024 * 64 * 2 / INTRA)  # W = 1 <= L: intra-host
    big = task(1024, 128, 65_536, tuple(EmbeddingTable(f"t{i}", 10_000, 32, 2.0, "fp16") for i in range(20)))
    start = time.perf_counter()
    cost = TorchRecOracle().cost(big, ShardingPlan(tuple(TablePlacement.row_wise(tb, 1024) for tb in big.tables)))
    assert len(cost.devices) == 1024 and cost.total_ms > 0 and time.perf_counter() - start < 5
    # No hosts in the task: the profile's node size (8 on the a100 profile) is the local world size.
    assert TorchRecOracle("a100").topology(task(16, None, 1024)).local_world_size == 8
    assert TorchRecOracle("a100").topology(task(4, None, 1024)).local_world_size == 4


def test_bandwidths_default_to_torchrec_and_can_follow_a_profile():
    assert TorchRecOracle().bandwidths == TorchRecBandwidths(HBM, 51 * GB, H2D, INTRA, CROSS)
    h100 = TorchRecOracle("h100", bandwidths="profile").bandwidths
    assert h100.hbm == load_profile("h100").dram_bandwidth_gbps * 1e6 and h100.hbm_to_ddr == H2D
    with pytest.raises(InputError, match="bandwidths"):
        TorchRecOracle(bandwidths="fast")
    with pytest.raises(InputError, match="rowwise_adagrad"):
        TorchRecOracle(optimizer="lion")


def test_registered_as_torchrec():
    assert "torchrec" in ORACLE_NAMES
    oracle = make_oracle("torchrec", "h100", seed=3)
    assert isinstance(oracle, TorchRecOracle) and isinstance(oracle, CostOracle) and oracle.name == "torchrec"


def test_a_plan_that_does_not_cover_its_table_is_refused():
    t = task(4, 1, 4096)
    bad = TablePlacement(TablePlacement.row_wise(T, 4).sharding_type, TablePlacement.row_wise(T, 4).shards[:3])
    with pytest.raises(InputError, match="row"):
        TorchRecOracle().cost(t, ShardingPlan((bad,)))


# ---------------------------------------------------------------------------------------- storage


def test_shard_storage_by_kernel_and_type():
    oracle, t = TorchRecOracle(), task(8, 2, 8192)  # I = 3072, O = 1024, W = 8, L = 4
    table_bytes = 1000 * 64 * 2
    tw_io = 8 * 3072 * 8 + 1024 * 8 * 64 * 2
    [tw] = oracle.shard_storages(t, ShardingPlan((TablePlacement.table_wise(0),)))[0]
    assert (tw.hbm, tw.ddr) == (table_bytes + table_bytes // 64 + tw_io, 0)  # weights + row-wise Adagrad + io
    [uvm] = oracle.shard_storages(t, ShardingPlan((TablePlacement.table_wise(0, UVM, 0.25),)))[0]
    cache = 32_000  # round(128,000 x 0.25)
    assert uvm.hbm == cache + cache // 64 + 1000 * (4 + 0.25 * 16) + tw_io
    assert uvm.ddr == table_bytes + table_bytes // 64
    rw = oracle.shard_storages(t, ShardingPlan((TablePlacement.row_wise(T, 8),)))[0]
    block = 125 * 64 * 2  # ceil(1000 / 8) = 125 rows
    assert rw[0].hbm == block + math.ceil(block / 64) + 8 * 3072 + 1024 * 8 * 64 * 2
    tiny = EmbeddingTable("tiny", 10, 64, 3.0, "fp16")  # blocks of 2 rows: the last three are empty
    sizes = oracle.shard_storages(task(8, 2, 8192, (tiny,)), ShardingPlan((TablePlacement.row_wise(tiny, 8),)))[0]
    assert [s.hbm for s in sizes[5:]] == [0, 0, 0] and sizes[0].hbm > 0
    dp = oracle.shard_storages(t, ShardingPlan((TablePlacement.data_parallel(8),)))[0]
    assert all(s.hbm == table_bytes + table_bytes // 64 + 8 * 3072 + 1024 * 64 * 2 for s in dp)
    # TorchRec trains an int8 table in fp16: 2 bytes per weight.
    int8 = EmbeddingTable("q", 1000, 64, 3.0, "int8")
    [[q]] = oracle.shard_storages(task(8, 2, 8192, (int8,)), ShardingPlan((TablePlacement.table_wise(0),)))
    assert q == tw
    adam = TorchRecOracle(optimizer="adam").shard_storages(t, ShardingPlan((TablePlacement.table_wise(0),)))[0][0]
    assert adam.hbm == 3 * table_bytes + tw_io


def test_storage_reservation_and_the_fit_check():
    # HBM kept: int(0.85 x memory) - 20 ceil(8 sum_t P_t B); B = 4096 / 4 = 1024, one table of pooling 3.
    memory = 2 * GiB
    t = task(4, 1, 4096, memory=memory)
    oracle = TorchRecOracle()
    hbm, ddr = oracle.capacity(t)
    assert hbm == int(0.85 * memory) - 20 * 8 * 3 * 1024 and ddr == 256 * GiB
    assert TorchRecOracle(storage_reservation=0.0).capacity(t)[0] == memory - 20 * 8 * 3 * 1024
    big = EmbeddingTable("big", 1_000_000, 512, 1.0, "fp32")  # 1.91 GiB: fits the plan model, not TorchRec
    t = task(4, 1, 4096, (big,), memory=memory)
    plan = ShardingPlan.from_array([0])
    plan.validate(t)
    used = oracle.storage(t, plan)
    assert used.hbm[0] > used.hbm_capacity and used.hbm[1:].sum() == 0
    assert not oracle.fits(t, plan)
    with pytest.raises(InputError, match="device 0 needs .* GiB of HBM"):
        oracle.check_storage(t, plan)
    spread = ShardingPlan((TablePlacement.row_wise(big, 4),))
    assert oracle.fits(t, spread)
    oracle.check_storage(t, spread)
    uvm = ShardingPlan((TablePlacement.table_wise(0, UVM, 0.1),))
    assert oracle.fits(t, uvm) and oracle.storage(t, uvm).ddr[0] > 0


# ---------------------------------------------------------------------------------------- the real TorchRec

needs_torchrec = pytest.mark.skipif(not os.environ.get("MLOPT_TORCHREC_PYTHON"),
                                    reason="MLOPT_TORCHREC_PYTHON (a python with torchrec 1.9.2) is not set")


def test_bridge_without_torchrec_is_one_input_error(monkeypatch):
    from mlopt.sharding.torchrec_bridge import estimate_with_torchrec

    monkeypatch.delenv("MLOPT_TORCHREC_PYTHON", raising=False)
    t = task(4, 1, 4096)
    with pytest.raises(InputError, match="MLOPT_TORCHREC_PYTHON is not set"):
        estimate_with_torchrec(t, [ShardingPlan.from_array([0])])
    with pytest.raises(InputError, match="No module named 'torchrec'") as error:  # this python has no torchrec
        estimate_with_torchrec(t, [ShardingPlan.from_array([0])], python=sys.executable)
    assert "\n" not in str(error.value)


@needs_torchrec
def test_real_estimators_agree_on_every_shard_of_every_type_and_kernel():
    from mlopt.sharding.torchrec_bridge import estimate_with_torchrec

    tables = (T, EmbeddingTable("u", 50_000, 128, 7.5, "fp32", access_alpha=1.2),
              EmbeddingTable("v", 301, 24, 0.5, "fp16"), EmbeddingTable("w", 7, 8, 20.0, "int8"))
    t = task(8, 2, 6000, tables)  # B = 750 per rank
    plans = []
    for kernel, factor in ((ComputeKernel.FUSED, None), (UVM, 0.3)):
        kw = {"kernel": kernel, "cache_load_factor": factor}
        plans += [
            ShardingPlan(tuple(TablePlacement.table_wise(i, **kw) for i in range(4))),
            ShardingPlan(tuple(TablePlacement.column_wise(tb, [i, i + 3], **kw) for i, tb in enumerate(tables))),
            ShardingPlan(tuple(TablePlacement.row_wise(tb, 8, **kw) for tb in tables)),
            ShardingPlan(tuple(TablePlacement.table_row_wise(tb, i % 2, 4, **kw) for i, tb in enumerate(tables))),
        ]
    plans.append(ShardingPlan(tuple(TablePlacement.data_parallel(8) for _ in tables)))
    for oracle in (TorchRecOracle(), TorchRecOracle(cache_stats=True, optimizer="adam")):
        answers = estimate_with_torchrec(t, plans, oracle)
        compared = 0
        for plan, real in zip(plans, answers):
            for mine, theirs, store, their_store in zip(oracle.shard_perfs(t, plan), real.perfs,
                                                        oracle.shard_storages(t, plan), real.storages):
                for a, b, s, u in zip(mine, theirs, store, their_store):
                    for name in ("fwd_compute", "fwd_comms", "bwd_compute", "bwd_comms", "input_dist_comms",
                                 "prefetch_compute"):
                        assert getattr(a, name) == pytest.approx(getattr(b, name), rel=0.01, abs=1e-12), name
                    assert s.hbm == pytest.approx(u.hbm, rel=0.01) and s.ddr == pytest.approx(u.ddr, rel=0.01)
                    compared += 1
            assert oracle.cost(t, plan).total_ms == pytest.approx(real.rate_ms, rel=0.01)
        assert compared == 2 * (4 + 8 + 32 + 16) + 32
        assert answers[0].hbm_capacity == oracle.capacity(t)[0]
        if oracle.cache_stats:
            assert any(p.prefetch_compute > 0 for real in answers for shards in real.perfs for p in shards)


@needs_torchrec
def test_the_real_planner_plan_reads_back_and_reprices_the_same():
    from mlopt.datasets.synth_tables import synthesize_tables
    from mlopt.sharding.torchrec_bridge import plan_with_torchrec

    t = task(4, 2, 8192, synthesize_tables(12, seed=3), memory=16 * GiB)
    oracle = TorchRecOracle()
    real = plan_with_torchrec(t, oracle)
    real.plan.validate(t)
    assert oracle.cost(t, real.plan).total_ms == pytest.approx(real.rate_ms, rel=1e-9)
    assert oracle.fits(t, real.plan)
    for mine, theirs in zip(oracle.shard_perfs(t, real.plan), real.perfs):
        assert [p.total for p in mine] == pytest.approx([p.total for p in theirs], rel=1e-9)
