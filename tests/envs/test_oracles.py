"""Cost oracles: hardware profiles, the analytical model's physics, and the measured oracle on CPU."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from mlopt.datasets.embedding_tables import EmbeddingTable, ShardingPlan, ShardingTask
from mlopt.envs.oracles import (
    PROFILE_NAMES, AnalyticalOracle, MeasuredOracle, load_profile, make_oracle,
)
from mlopt.envs.oracles.analytical import alltoall_ms
from mlopt.envs.oracles.base import CostOracle
from mlopt.errors import InputError

GiB = 2**30


def table(i: int = 0, rows: int = 1_000_000, dim: int = 64, pooling: float = 10.0, alpha: float = 1.05,
          dtype: str = "fp32") -> EmbeddingTable:
    return EmbeddingTable(f"t{i}", rows, dim, pooling, dtype, access_alpha=alpha)


def task_of(tables, devices: int = 1, batch: int = 65_536) -> ShardingTask:
    return ShardingTask(tuple(tables), devices, 80 * GiB, batch)


def random_tables(n: int, seed: int = 0) -> list[EmbeddingTable]:
    rng = np.random.default_rng(seed)
    return [table(i, int(10 ** rng.uniform(4, 7)), int(rng.choice([16, 32, 64, 128])), float(rng.uniform(1, 30)),
                  float(rng.uniform(0.8, 1.3))) for i in range(n)]


def single_device_ms(oracle: AnalyticalOracle, tables, **kw) -> float:
    task = task_of(tables, **kw)
    return oracle.cost(task, ShardingPlan.from_array([0] * len(tables))).total_ms


# -------------------------------------------------------------------------------------------- profiles


def test_profiles_load_with_positive_figures_and_sources():
    for name in PROFILE_NAMES:
        p = load_profile(name)
        assert p.name == name
        numbers = [v for v in dataclasses.asdict(p).values() if isinstance(v, (int, float))]
        assert numbers and all(v > 0 for v in numbers)
        assert len(p.sources) >= 3
    assert load_profile("h100").dram_bandwidth_gbps > load_profile("a100").dram_bandwidth_gbps \
        > load_profile("v100").dram_bandwidth_gbps > load_profile("cpu").dram_bandwidth_gbps


def test_profiles_give_host_memory_and_link_with_sources():
    for name in PROFILE_NAMES:
        p = load_profile(name)
        assert p.ddr_gb >= p.memory_gb and p.host_link_gbps > 0
        for field in ("ddr_gb", "host_link_gbps"):
            assert any(s.startswith(field + ":") for s in p.sources), (name, field)
    for name in ("v100", "a100", "h100"):  # PCIe to host memory is far slower than HBM
        p = load_profile(name)
        assert p.host_link_gbps < p.alltoall_intra_gbps < p.dram_bandwidth_gbps
    assert load_profile("h100").host_link_gbps > load_profile("a100").host_link_gbps \
        > load_profile("v100").host_link_gbps


def test_unknown_profile_and_oracle_names_raise_input_error():
    with pytest.raises(InputError, match="a100"):
        load_profile("tpu")
    with pytest.raises(InputError, match="analytical"):
        make_oracle("magic", "a100")
    with pytest.raises(InputError):
        AnalyticalOracle("b200")


def test_make_oracle_builds_both_kinds():
    analytical = make_oracle("analytical", "h100", noise=0.0)
    assert isinstance(analytical, AnalyticalOracle) and analytical.profile.name == "h100"
    measured = make_oracle("measured", "v100", device="cpu")
    assert isinstance(measured, MeasuredOracle) and measured.profile.name == "v100"
    assert isinstance(analytical, CostOracle) and isinstance(measured, CostOracle)


# -------------------------------------------------------------------------------------- analytical model


def test_cost_increases_with_batch_and_pooling():
    oracle = AnalyticalOracle("a100")
    by_batch = [single_device_ms(oracle, [table()], batch=b) for b in (1_024, 8_192, 65_536)]
    assert by_batch[0] < by_batch[1] < by_batch[2]
    by_pooling = [single_device_ms(oracle, [table(pooling=p)]) for p in (1.0, 5.0, 20.0)]
    assert by_pooling[0] < by_pooling[1] < by_pooling[2]


def test_fused_tables_cost_less_than_sum_of_singles_but_more_than_max():
    oracle = AnalyticalOracle("a100")
    tables = random_tables(12, seed=1)
    fused = single_device_ms(oracle, tables)
    singles = [single_device_ms(oracle, [t]) for t in tables]
    assert max(singles) < fused < sum(singles)


def test_more_skew_means_less_compute():
    oracle = AnalyticalOracle("a100")
    costs = []
    for alpha in (0.6, 1.0, 1.4):
        m = oracle.device_costs(task_of([table(alpha=alpha)]), ShardingPlan((0,)))
        costs.append(m[0, :2])
    assert np.all(costs[0] > costs[1]) and np.all(costs[1] > costs[2])


def test_smaller_cache_costs_more():
    tables = random_tables(8, seed=2)
    big = AnalyticalOracle("a100")
    small = AnalyticalOracle(dataclasses.replace(load_profile("a100"), cache_mb=4))
    assert single_device_ms(small, tables) > single_device_ms(big, tables)


def test_comm_proportional_to_dims_and_zero_on_one_device():
    oracle = AnalyticalOracle("a100")
    task = task_of([table(0, dim=32), table(1, dim=64), table(2, dim=128)], devices=4)
    m = oracle.device_costs(task, ShardingPlan((0, 1, 2)))
    latency = load_profile("a100").alltoall_latency_us * 1e-3
    bandwidth_part = m[:3, 2] - latency
    assert bandwidth_part[1] == pytest.approx(2 * bandwidth_part[0])
    assert bandwidth_part[2] == pytest.approx(4 * bandwidth_part[0])
    assert np.allclose(m[:, 2], m[:, 3]) and m[3].sum() == 0.0  # backward comm = forward; empty device
    one = oracle.device_costs(task_of(task.tables, devices=1), ShardingPlan((0, 0, 0)))
    assert one[0, 2] == 0.0 and one[0, 3] == 0.0


def test_alltoall_slower_across_nodes():
    p = load_profile("a100")
    send = np.array([1e9])
    assert alltoall_ms(p, send, 16)[0] > alltoall_ms(p, send, 8)[0] > 0
    assert alltoall_ms(p, send, 1)[0] == 0.0


def test_backward_compute_exceeds_forward():
    oracle = AnalyticalOracle("v100")
    task = task_of(random_tables(20, seed=3), devices=4)
    m = oracle.device_costs(task, ShardingPlan.from_array(np.arange(20) % 4))
    assert np.all(m[:, 1] > m[:, 0]) and np.all(m[:, 0] > 0)


def test_plan_cost_is_max_of_device_totals_and_matches_device_total_ms():
    oracle = AnalyticalOracle("a100")
    task = task_of(random_tables(30, seed=4), devices=4)
    assignment = np.random.default_rng(0).integers(0, 4, size=30)
    cost = oracle.cost(task, ShardingPlan.from_array(assignment))
    totals = cost.matrix().sum(axis=1)
    assert cost.total_ms == pytest.approx(totals.max())
    assert len(set(np.round(totals, 6))) == 4  # devices differ: the max is a real choice
    for d in range(4):
        assert oracle.device_total_ms(task, np.flatnonzero(assignment == d)) == pytest.approx(totals[d])
    assert oracle.device_total_ms(task, np.array([], dtype=np.int64)) == 0.0


def test_table_costs_linearize_average_shards():
    oracle = AnalyticalOracle("a100")
    task = task_of(random_tables(100, seed=5), devices=4)
    tc = oracle.table_costs(task)
    assert tc.shape == (100, 4) and np.all(tc > 0)
    overhead = oracle.device_overhead_ms(task)
    assert overhead > 0
    assignment = np.random.default_rng(1).permutation(np.arange(100) % 4)
    true = oracle.device_costs(task, ShardingPlan.from_array(assignment)).sum(axis=1)
    linear = np.array([overhead + tc[assignment == d].sum() for d in range(4)])
    assert np.all(np.abs(linear - true) <= 0.25 * true)
    assert 1.0 < true.max() < 100.0  # a plausible iteration time (ms) for 100 tables on 4 A100s


def test_noise_is_seeded_and_off_by_default():
    task = task_of(random_tables(10, seed=6), devices=2)
    plan = ShardingPlan.from_array(np.arange(10) % 2)
    clean = AnalyticalOracle("a100")
    assert np.array_equal(clean.device_costs(task, plan), clean.device_costs(task, plan))
    a = AnalyticalOracle("a100", noise=0.1, seed=7).device_costs(task, plan)
    b = AnalyticalOracle("a100", noise=0.1, seed=7).device_costs(task, plan)
    assert np.array_equal(a, b) and not np.allclose(a, clean.device_costs(task, plan))


# -------------------------------------------------------------------------------------- measured oracle


def test_measured_oracle_on_cpu_is_positive_and_cached():
    tables = [table(i, rows=2_000 + 500 * i, dim=16 if i % 2 else 32, pooling=3.0 + i) for i in range(4)]
    task = task_of(tables, devices=2, batch=4_096)
    oracle = MeasuredOracle(device="cpu", hardware="a100", max_rows_per_table=1_500, repeats=2, batch_size=256)
    plan = ShardingPlan((0, 1, 0, 1))
    m = oracle.device_costs(task, plan)
    assert m.shape == (2, 4) and np.all(np.isfinite(m)) and np.all(m > 0)
    count = oracle.measurements
    assert count == 2
    again = oracle.cost(task, plan)
    assert oracle.measurements == count and again.total_ms == pytest.approx(m.sum(axis=1).max())
    scales = next(iter(oracle.scales.values()))
    assert scales["batch_scale"] == 16 and max(scales["row_scale"]) > 1
    tc = oracle.table_costs(task)
    assert tc.shape == (4, 4) and np.all(np.isfinite(tc)) and np.all(tc >= 0)
    assert oracle.device_overhead_ms(task) > 0
    assert oracle.device_total_ms(task, np.array([0, 2])) == pytest.approx(m[0].sum())


def test_importing_the_oracles_does_not_import_torch():
    import subprocess
    import sys

    code = "import sys, mlopt.envs.oracles; print('torch' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
