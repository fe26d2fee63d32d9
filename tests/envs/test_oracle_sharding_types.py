"""The analytical oracle on every sharding type and kernel: hand-computed cases from the formulas of the
module docstrings (analytical.py, lowering.py, collectives.py), the topology, the linearization per
placement, and the measured oracle on general plans."""

from __future__ import annotations

import time

import numpy as np
import pytest

from mlopt.datasets.access import hot_access_share
from mlopt.datasets.embedding_tables import EmbeddingTable, ShardingTask
from mlopt.datasets.sharding_plan import ComputeKernel, ShardingPlan, TablePlacement
from mlopt.envs.oracles import AnalyticalOracle, HardwareProfile, MeasuredOracle, load_profile
from mlopt.envs.oracles.collectives import Topology, alltoall_ms, reduce_scatter_ms
from mlopt.errors import InputError

GiB = 2**30
UVM = ComputeKernel.FUSED_UVM_CACHING

# Round figures, and no device cache (every HBM lookup misses it), so that costs can be written by hand.
ROUND = HardwareProfile(
    name="round", description="round figures for hand-computed cases", dram_bandwidth_gbps=1000.0, cache_mb=0.0,
    cache_bandwidth_gbps=2000.0, kernel_launch_us=10.0, memory_gb=80.0, ddr_gb=512.0, host_link_gbps=20.0,
    parallel_lanes=1000, devices_per_node=4, alltoall_intra_gbps=100.0, alltoall_inter_gbps=10.0,
    alltoall_latency_us=10.0,
)
LAUNCH = LATENCY = 0.01  # ms
# The hand-computed table: 1024 rows x 64 fp32 columns (r = g = 256 bytes), pooling 32, alpha 1, batch 4000:
# L = 128,000 lookups, enough that every shard below touches all its rows (U = rows).
B, N, DIM, POOLING, R = 4000, 1024, 64, 32.0, 256
L = B * POOLING
TABLE = EmbeddingTable("h", N, DIM, POOLING, "fp32", access_alpha=1.0)


def ms(num_bytes: float, gbps: float) -> float:
    """Milliseconds to move ``num_bytes`` at ``gbps`` GB/s (1e6 bytes per ms)."""
    return num_bytes / (gbps * 1e6)


def occupancy(bags: float) -> float:
    waves = bags / ROUND.parallel_lanes
    return max(1.0, 1.0 / waves) + 0.5 * min(1.0, 1.0 / waves)


def fused_ms(lookups: float, rows: float, bags: float, cols: int = DIM) -> tuple[float, float]:
    """Forward and backward compute of one fused derived table alone on its device (no device cache)."""
    r = g = 32 * np.ceil(cols * 4 / 32)
    f = occupancy(bags)
    fwd = LAUNCH + ms(lookups * r + 8 * lookups + 8 * bags + 4 * bags * cols, 1000) * f
    bwd = 8 * LAUNCH + (ms(4 * bags * cols + 48 * lookups + rows * (2 * r + 64), 1000) + ms(lookups * g, 2000)) * f
    return fwd, bwd


def task_of(tables, devices: int, hosts: int | None = None, batch: int = B) -> ShardingTask:
    return ShardingTask(tuple(tables), devices, 80 * GiB, batch, num_hosts=hosts)


def costs(placement: TablePlacement, devices: int, hosts: int | None = None) -> np.ndarray:
    return AnalyticalOracle(ROUND).device_costs(task_of([TABLE], devices, hosts), ShardingPlan((placement,)))


# ---------------------------------------------------------------------------------- hand-computed cases


def test_table_wise_by_hand():
    m = costs(TablePlacement.table_wise(2), 4)
    fwd, bwd = fused_ms(L, N, B)
    comm = LATENCY + ms(B * 3 / 4 * 4 * DIM, 100)  # 4 devices on one host: all peers intra-host
    assert m[2] == pytest.approx([fwd, bwd, comm, comm], rel=1e-9)
    assert np.all(np.delete(m, 2, axis=0) == 0.0)


def test_column_wise_by_hand():
    m = costs(TablePlacement.column_wise(TABLE, [1, 3]), 4)
    fwd, bwd = fused_ms(L, N, B, cols=32)  # each block: every lookup, 32 columns (r = g = 128 bytes)
    comm = LATENCY + ms(B * 3 / 4 * 4 * 32, 100)
    for d in (1, 3):
        assert m[d] == pytest.approx([fwd, bwd, comm, comm], rel=1e-9)
    assert np.all(m[[0, 2]] == 0.0)


def test_row_wise_by_hand_on_two_hosts():
    m = costs(TablePlacement.row_wise(TABLE, 8), 8, hosts=2)
    fwd, bwd = fused_ms(L / 8, N / 8, B)  # a block: 128 rows, 1/8 of the lookups, every bag
    s = 4 * B * DIM  # partial sums of all B samples, reduce-scattered in the host then across the 2 hosts
    comm = LATENCY + ms(3 / 4 * s, 100) + LATENCY + ms(1 / 2 * s / 4, 10)
    assert m == pytest.approx(np.tile([fwd, bwd, comm, comm], (8, 1)), rel=1e-9)


def test_table_row_wise_by_hand():
    m = costs(TablePlacement.table_row_wise(TABLE, host=1, devices_per_host=4), 8, hosts=2)
    fwd, bwd = fused_ms(L / 4, N / 4, B)
    s = 4 * B * DIM  # reduce-scatter inside host 1, then each device's quarter to the other host
    comm = LATENCY + ms(3 / 4 * s, 100) + LATENCY + ms(1 / 2 * s / 4, 10)
    assert m[4:] == pytest.approx(np.tile([fwd, bwd, comm, comm], (4, 1)), rel=1e-9)
    assert np.all(m[:4] == 0.0)


def test_data_parallel_by_hand():
    m = costs(TablePlacement.data_parallel(4), 4)
    fwd, bwd = fused_ms(L / 4, N, B / 4)  # own B/4 samples over the whole replica
    bwd += ms(6 * N * DIM * 4, 1000) * occupancy(B / 4)  # dense optimizer step over the replica
    all_reduce = 2 * (LATENCY + ms(3 / 4 * N * DIM * 4, 100))  # reduce-scatter + all-gather on one host
    assert m == pytest.approx(np.tile([fwd, bwd, 0.0, all_reduce], (4, 1)), rel=1e-9)


def test_uvm_caching_by_hand():
    m = costs(TablePlacement.table_wise(0, UVM, 0.25), 1)
    hit = float(hot_access_share(1.0, N, 0.25 * N))  # HBM cache of the 256 hottest rows
    hits = L * hit
    f = occupancy(B)
    fwd = LAUNCH + (ms(hits * R + 8 * L + 8 * B + 4 * B * DIM, 1000) + ms((L - hits) * R, 20)) * f
    cold = N - 0.25 * N  # touched rows outside the cache, read, updated and written back over the link
    bwd = 8 * LAUNCH + (ms(4 * B * DIM + 48 * L + 0.25 * N * (2 * R + 64), 1000) + ms(L * R, 2000)
                        + ms(cold * (2 * R + 64), 20)) * f
    assert m[0] == pytest.approx([fwd, bwd, 0.0, 0.0], rel=1e-9)


def test_uvm_cache_load_factor_bounds():
    fused = costs(TablePlacement.table_wise(0), 1)
    assert np.array_equal(costs(TablePlacement.table_wise(0, UVM, 1.0), 1), fused)
    m = costs(TablePlacement.table_wise(0, UVM, 0.0), 1)
    f = occupancy(B)
    link_fwd, link_bwd = ms(L * R, 20), ms(N * (2 * R + 64), 20)  # every row read over the host link
    assert m[0, 0] == pytest.approx(LAUNCH + (ms(8 * L + 8 * B + 4 * B * DIM, 1000) + link_fwd) * f, rel=1e-9)
    assert m[0, 1] == pytest.approx(8 * LAUNCH + (ms(4 * B * DIM + 48 * L, 1000) + ms(L * R, 2000) + link_bwd) * f,
                                    rel=1e-9)
    # on a real profile the forward of an uncached table is its host-link traffic, a cache is in between
    a100 = AnalyticalOracle("a100")
    big = EmbeddingTable("big", 4_000_000, 128, 20.0, "fp32", access_alpha=1.05)
    task = task_of([big], 1, batch=65_536)
    by_factor = [a100.device_costs(task, ShardingPlan((TablePlacement.table_wise(0, UVM, c),)))[0, :2]
                 for c in (0.0, 0.2, 1.0)]
    link = ms(65_536 * 20.0 * 512, a100.profile.host_link_gbps)  # every lookup reads its 512-byte row
    assert link < by_factor[0][0] < 1.2 * link
    assert np.all(by_factor[0] > by_factor[1]) and np.all(by_factor[1] > by_factor[2])
    assert np.array_equal(by_factor[2], a100.device_costs(task, ShardingPlan((0,)))[0, :2])


# ---------------------------------------------------------------------------------- equivalences and scaling


def random_tables(n: int, seed: int) -> list[EmbeddingTable]:
    rng = np.random.default_rng(seed)
    return [EmbeddingTable(f"t{i}", int(10 ** rng.uniform(3, 7)), int(rng.choice([16, 32, 64, 128])),
                           float(rng.uniform(1, 30)), str(rng.choice(["fp32", "fp16"])),
                           access_alpha=float(rng.uniform(0.8, 1.3))) for i in range(n)]


@pytest.mark.parametrize("devices,hosts", [(1, None), (4, None), (12, None), (16, 4), (8, 8)])
def test_general_path_reproduces_the_table_wise_path(devices, hosts):
    oracle = AnalyticalOracle("a100")
    tables = random_tables(20, seed=devices)
    task = task_of(tables, devices, hosts, batch=65_536)
    assignment = np.random.default_rng(devices).integers(0, devices, size=20)
    fast = oracle.device_costs(task, ShardingPlan.from_array(assignment))
    one_block = ShardingPlan(tuple(TablePlacement.column_wise(t, [int(d)]) for t, d in zip(tables, assignment)))
    assert not one_block.is_table_wise
    assert np.allclose(oracle.device_costs(task, one_block), fast, rtol=1e-12, atol=0)


def test_row_wise_on_one_device_is_table_wise():
    oracle = AnalyticalOracle("h100")
    tables = random_tables(6, seed=3)
    task = task_of(tables, 1, batch=65_536)
    row_wise = ShardingPlan(tuple(TablePlacement.row_wise(t, 1) for t in tables))
    assert np.allclose(oracle.device_costs(task, row_wise), oracle.device_costs(task, ShardingPlan((0,) * 6)),
                       rtol=1e-12, atol=0)


def test_table_wise_figures_unchanged():
    """Figures of the table-wise oracle before other sharding types existed (the shipped models' data)."""
    tables = (EmbeddingTable("a", 2_000_000, 64, 12.0, "fp32", access_alpha=1.05),
              EmbeddingTable("b", 50_000, 128, 3.5, "fp16", access_alpha=0.9),
              EmbeddingTable("c", 700_000, 32, 25.0, "int8", access_alpha=1.3),
              EmbeddingTable("d", 10_000_000, 16, 1.0, "fp32", access_alpha=1.1),
              EmbeddingTable("e", 300, 256, 40.0, "fp32", access_alpha=1.0))
    task = ShardingTask(tables, 12, 80 * GiB, 65_536)
    oracle = AnalyticalOracle("a100")
    m = oracle.device_costs(task, ShardingPlan.from_array([0, 3, 0, 9, 11]))
    assert m[[0, 3, 9, 11]].tolist() == [
        [0.09988750615892412, 0.2643901372415854, 0.35554432, 0.35554432],
        [0.040645294989757046, 0.1098417323850382, 0.4673924266666667, 0.4673924266666667],
        [0.010122789456482522, 0.054880188567336737, 0.07592405333333334, 0.07592405333333334],
        [0.6215803272200162, 0.7176812701276717, 0.9147848533333334, 0.9147848533333334]]
    assert oracle.table_costs(task)[[0, 4]].tolist() == [
        [0.0749660257702491, 0.12797431686616298, 0.22369621333333334, 0.22369621333333334],
        [0.6155803272200162, 0.6696812701276716, 0.8947848533333334, 0.8947848533333334]]
    assert oracle.device_overhead_ms(task) == 0.094


def test_data_parallel_comm_grows_with_rows_row_wise_with_batch_and_dim():
    oracle = AnalyticalOracle("a100")
    latencies = 2 * oracle.profile.alltoall_latency_us * 1e-3  # 8 devices on one host: one stage per collective

    def comm(table: EmbeddingTable, placement, batch: int = 65_536) -> float:
        m = oracle.device_costs(task_of([table], 8, batch=batch), ShardingPlan((placement,)))
        return float(m[0, 2:].sum()) - latencies  # bandwidth part

    small, large = (EmbeddingTable("x", rows, 64, 5.0, access_alpha=1.0) for rows in (100_000, 400_000))
    wide = EmbeddingTable("x", 100_000, 128, 5.0, access_alpha=1.0)
    dp = TablePlacement.data_parallel(8)
    assert comm(large, dp) == pytest.approx(4 * comm(small, dp), rel=1e-12)  # all-reduce of the dense gradient
    assert comm(small, dp, batch=8_192) == comm(small, dp)
    rw = [TablePlacement.row_wise(t, 8) for t in (small, large, wide)]
    assert comm(large, rw[1]) == comm(small, rw[0])  # partial sums: batch x dim, whatever the rows
    assert comm(wide, rw[2]) == pytest.approx(2 * comm(small, rw[0]), rel=1e-12)
    assert comm(small, rw[0], batch=131_072) == pytest.approx(2 * comm(small, rw[0]), rel=1e-12)


def test_comm_across_hosts_costs_more():
    oracle = AnalyticalOracle("a100")
    tables = random_tables(16, seed=7)
    plans = {
        "table_wise": ShardingPlan.from_array(np.arange(16) % 8),
        "row_wise": ShardingPlan(tuple(TablePlacement.row_wise(t, 8) for t in tables)),
        "data_parallel": ShardingPlan(tuple(TablePlacement.data_parallel(8) for _ in tables)),
        "column_wise": ShardingPlan(tuple(TablePlacement.column_wise(t, [i % 8, (i + 3) % 8])
                                          for i, t in enumerate(tables))),
    }
    for kind, plan in plans.items():
        one_host = oracle.device_costs(task_of(tables, 8, hosts=1, batch=65_536), plan)
        two_hosts = oracle.device_costs(task_of(tables, 8, hosts=2, batch=65_536), plan)
        assert np.array_equal(one_host[:, :2], two_hosts[:, :2]), kind
        assert two_hosts[:, 2:].sum() > 1.5 * one_host[:, 2:].sum(), kind
    # a task without hosts takes the profile's node: 8 devices of an a100 node are one host
    no_hosts = oracle.device_costs(task_of(tables, 8, batch=65_536), plans["row_wise"])
    assert np.array_equal(no_hosts, oracle.device_costs(task_of(tables, 8, hosts=1, batch=65_536), plans["row_wise"]))


def test_collectives_by_hand():
    topology = Topology(num_devices=8, devices_per_host=4, intra_gbps=100.0, inter_gbps=10.0, latency_ms=0.01)
    assert topology.num_hosts == 2
    s = np.array([4e6, 0.0])
    two_stages = 0.01 + ms(3 / 4 * 4e6, 100) + 0.01 + ms(1 / 2 * 1e6, 10)
    assert reduce_scatter_ms(topology, s) == pytest.approx([two_stages, 0.0], rel=1e-12)
    ring = Topology(num_devices=4, devices_per_host=4, intra_gbps=100.0, inter_gbps=10.0, latency_ms=0.01)
    assert reduce_scatter_ms(ring, s, latency=False)[0] == pytest.approx(ms(3 / 4 * 4e6, 100), rel=1e-12)
    single = Topology(num_devices=1, devices_per_host=1, intra_gbps=100.0, inter_gbps=10.0, latency_ms=0.01)
    assert reduce_scatter_ms(single, s)[0] == 0.0
    # all-to-all: 3 of 7 peers on the host at 100, 4 on the other at 10, concurrently
    assert alltoall_ms(ROUND, s, 8)[0] == pytest.approx(0.01 + 4e6 * max(3 / 7 / 100, 4 / 7 / 10) / 1e6, rel=1e-12)
    a100 = load_profile("a100")
    assert Topology.of(a100, task_of([TABLE], 12)).devices_per_host == 8
    assert Topology.of(a100, task_of([TABLE], 12, hosts=3)).devices_per_host == 4
    assert Topology.of(a100, task_of([TABLE], 2)).devices_per_host == 2


# ---------------------------------------------------------------------------------- any size, bad input


def mixed_plan(tables, devices: int, hosts: int | None, seed: int) -> ShardingPlan:
    rng = np.random.default_rng(seed)
    per_host = devices // hosts if hosts else None
    placements = []
    for t in tables:
        kind = int(rng.integers(6 if per_host else 5))
        d = int(rng.integers(devices))
        placements.append([
            TablePlacement.table_wise(d),
            TablePlacement.row_wise(t, devices),
            TablePlacement.data_parallel(devices),
            TablePlacement.column_wise(t, sorted({d, (d + 1) % devices})) if t.dim % 2 == 0 or devices == 1
            else TablePlacement.table_wise(d),
            TablePlacement.table_wise(d, UVM, float(rng.uniform(0, 1))),
            TablePlacement.table_row_wise(t, int(rng.integers(hosts or 1)), per_host or 1, UVM),
        ][kind])
    return ShardingPlan(tuple(placements))


@pytest.mark.parametrize("devices,hosts", [(1, None), (2, None), (3, 3), (7, None), (9, None), (16, 2),
                                           (100, None), (1000, 125), (1024, None)])
def test_any_device_count_prices(devices, hosts):
    tables = random_tables(12, seed=devices)
    task = task_of(tables, devices, hosts, batch=65_536)
    m = AnalyticalOracle("v100").device_costs(task, mixed_plan(tables, devices, hosts, seed=devices))
    assert m.shape == (devices, 4) and np.all(np.isfinite(m)) and np.all(m >= 0) and m.sum() > 0


def test_1024_devices_100_tables_price_fast():
    tables = random_tables(100, seed=11)
    task = task_of(tables, 1024, 128, batch=65_536)
    plan = mixed_plan(tables, 1024, 128, seed=11)
    oracle = AnalyticalOracle("h100")
    start = time.perf_counter()
    m = oracle.device_costs(task, plan)
    assert time.perf_counter() - start < 2.0
    assert np.all(np.isfinite(m)) and (m.sum(axis=1) > 0).sum() == 1024


def test_bad_plans_raise_input_error():
    oracle = AnalyticalOracle("a100")
    task = task_of([TABLE, TABLE], 4)
    with pytest.raises(InputError, match="1 placements for 2 tables"):
        oracle.cost(task, ShardingPlan((TablePlacement.row_wise(TABLE, 4),)))
    with pytest.raises(InputError, match=r"table .h. \(#1\): a shard on device 7"):
        oracle.cost(task, ShardingPlan((TablePlacement.row_wise(TABLE, 4), TablePlacement.column_wise(TABLE, [0, 7]))))


# ---------------------------------------------------------------------------------- linearization


def test_placement_costs_of_a_table_wise_placement_are_its_table_costs():
    oracle = AnalyticalOracle("a100")
    tables = random_tables(10, seed=12)
    task = task_of(tables, 4, batch=65_536)
    table_costs = oracle.table_costs(task)
    for i in (0, 5, 9):
        m = oracle.placement_costs(task, i, TablePlacement.table_wise(i % 4))
        assert m[i % 4] == pytest.approx(table_costs[i], rel=1e-12)
        assert np.all(np.delete(m, i % 4, axis=0) == 0.0)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_placement_costs_sum_to_the_true_cost(seed):
    """Linearized costs of a mixed plan, plus the fixed overhead per device, are within 15% of each device's
    true cost and within 5% of the plan's cost (they leave out the latency of the extra collectives and
    price each shard's cache share and waves against an average device)."""
    oracle = AnalyticalOracle("a100")
    tables = random_tables(24, seed=seed)
    task = task_of(tables, 8, hosts=2, batch=65_536)
    plan = mixed_plan(tables, 8, 2, seed=seed)
    assert len(plan.sharding_types()) >= 4
    true = oracle.device_costs(task, plan).sum(axis=1)
    linear = sum(oracle.placement_costs(task, i, p) for i, p in enumerate(plan.placements)).sum(axis=1)
    linear += oracle.device_overhead_ms(task)
    assert np.all(np.abs(linear - true) <= 0.15 * true)
    assert abs(linear.max() - true.max()) <= 0.05 * true.max()


# ---------------------------------------------------------------------------------- measured oracle


def test_measured_oracle_prices_fused_plans_of_every_type():
    tables = [EmbeddingTable(f"m{i}", 1_000 + 500 * i, 16, 3.0 + i, access_alpha=1.05) for i in range(3)]
    oracle = MeasuredOracle(device="cpu", hardware="a100", repeats=1, batch_size=128)
    task = task_of(tables, 2, batch=1_024)
    plan = ShardingPlan((TablePlacement.row_wise(tables[0], 2), TablePlacement.column_wise(tables[1], [0, 1]),
                         TablePlacement.data_parallel(2)))
    m = oracle.device_costs(task, plan)
    assert m.shape == (2, 4) and np.all(np.isfinite(m)) and np.all(m[:, :2] > 0)
    assert oracle.measurements == 1  # both devices run the same derived tables: one measurement
    assert m[0, :2].tolist() == m[1, :2].tolist()
    assert np.all(m[:, 3] > m[:, 2]) and np.all(m[:, 2] > 0)  # the data-parallel all-reduce: backward only
    one = task_of(tables[:1], 1, batch=1_024)
    before = oracle.measurements
    table_wise = oracle.device_costs(one, ShardingPlan((0,)))
    assert np.array_equal(oracle.device_costs(one, ShardingPlan((TablePlacement.row_wise(tables[0], 1),))),
                          table_wise)
    assert oracle.measurements == before + 1  # the row-wise block over one device is the table itself
    with pytest.raises(InputError, match="fused_uvm_caching"):
        oracle.device_costs(task, ShardingPlan((0, TablePlacement.table_wise(1, UVM), 1)))


def test_placement_costs_many_is_one_placement_costs_call_each():
    """The vectorized pricing of many placements (what the MILP's options are built with) gives exactly what
    one call per placement gives, for every type and kernel, on two hosts."""
    from mlopt.datasets.synth_tables import synthesize_tables

    tables = synthesize_tables(12, 5)
    task = ShardingTask(tables, 8, 80 * GiB, num_hosts=2, ddr_bytes=512 * GiB)
    items = []
    for i, table in enumerate(tables):
        items += [(i, TablePlacement.table_wise(i % 8)), (i, TablePlacement.row_wise(table, 8)),
                  (i, TablePlacement.table_row_wise(table, i % 2, 4)), (i, TablePlacement.data_parallel(8)),
                  (i, TablePlacement.table_wise(3, UVM, 0.3))]
        if table.dim % 2 == 0:
            items.append((i, TablePlacement.column_wise(table, [1, 6])))
    oracle = AnalyticalOracle("a100")
    many = oracle.placement_costs_many(task, items)
    assert many.shape == (len(items), 8, 4)
    for (i, placement), priced in zip(items, many):
        assert np.array_equal(priced, oracle.placement_costs(task, i, placement))
