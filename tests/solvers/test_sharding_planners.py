"""Sharding planners: baselines, TorchRec-style, exact MILP (both backends) and local search."""

from __future__ import annotations

import itertools
import time

import numpy as np
import pytest

from mlopt.datasets.embedding_tables import EmbeddingTable, ShardingPlan, ShardingTask
from mlopt.errors import InputError
from mlopt.solvers.sharding import (
    HEURISTICS,
    dim_greedy_plan,
    greedy_plan,
    improve_plan,
    linearized_cost_ms,
    round_robin_plan,
    solve_sharding_milp,
    torchrec_plan,
    torchrec_table_perf,
)
from mlopt.solvers.sharding import milp as milp_module
from mlopt.solvers.sharding.greedy import dim_keys, lookup_keys, size_keys, size_lookup_keys

MIB = 2**20
GIB = 2**30
KEYS = {"dim-greedy": dim_keys, "size-greedy": size_keys, "lookup-greedy": lookup_keys,
        "size-lookup-greedy": size_lookup_keys}


def random_task(seed: int, num_tables: int, num_devices: int, slack: float = 1.5) -> ShardingTask:
    """Tables with sizes a multiple of 1 KiB (rows multiple of 256, fp32); memory = slack * mean load."""
    rng = np.random.default_rng(seed)
    tables = tuple(
        EmbeddingTable(f"t{i}", 256 * int(rng.integers(1, 400)), int(rng.choice([4, 8, 16, 32, 64, 128])),
                       float(rng.uniform(1.0, 50.0)))
        for i in range(num_tables)
    )
    total = sum(t.size_bytes for t in tables)
    largest = max(t.size_bytes for t in tables)
    return ShardingTask(tables, num_devices, max(int(slack * total / num_devices), largest))


def costs_of(task: ShardingTask, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return torchrec_table_perf(task).sum(axis=1) * rng.uniform(0.5, 1.5, task.num_tables)


def table(name: str, size_mib: float, dim: int = 16, pooling: float = 1.0) -> EmbeddingTable:
    """A fp32 table of ``size_mib`` MiB with the given dim."""
    return EmbeddingTable(name, int(size_mib * MIB) // (4 * dim), dim, pooling)


def brute_force_ms(task: ShardingTask, costs: np.ndarray, overhead: float) -> float:
    plans = np.array(list(itertools.product(range(task.num_devices), repeat=task.num_tables)), dtype=np.int8)
    sizes = task.sizes().astype(np.float64)
    loads = np.stack([(plans == d) @ costs for d in range(task.num_devices)], axis=1)
    memory = np.stack([(plans == d) @ sizes for d in range(task.num_devices)], axis=1)
    fits = np.all(memory <= task.memory_bytes, axis=1)
    return float(overhead + loads[fits].max(axis=1).min())


# ------------------------------------------------------------------------------------- heuristics


@pytest.mark.parametrize("name", sorted(HEURISTICS))
def test_every_heuristic_returns_a_plan_within_memory(name: str) -> None:
    assert set(HEURISTICS) == {"random", "round-robin", "dim-greedy", "size-greedy", "lookup-greedy",
                               "size-lookup-greedy", "torchrec"}
    for seed in range(3):
        task = random_task(seed, 40, 4, slack=1.3)
        plan = HEURISTICS[name](task, seed)
        assert len(plan.assignment) == task.num_tables
        plan.validate(task)
        assert plan.memory_per_device(task).max() <= task.memory_bytes


@pytest.mark.parametrize("name", sorted(KEYS))
def test_greedy_key_sum_is_balanced(name: str) -> None:
    # LPT bound: the last table put on the fullest device went to the least loaded one at that time.
    for seed in range(3):
        task = random_task(seed, 60, 4, slack=10.0)
        key = KEYS[name](task)
        sums = np.bincount(HEURISTICS[name](task, 0).as_array(), weights=key, minlength=task.num_devices)
        assert sums.max() <= key.max() + key.sum() / task.num_devices + 1e-9
    sizes = task.sizes()
    used = HEURISTICS["size-greedy"](task, 0).memory_per_device(task)
    assert used.max() <= sizes.max() + sizes.sum() / task.num_devices


def test_greedy_order_and_memory_fallback() -> None:
    tables = tuple(table(f"d{dim}_{i}", 1, dim) for i, dim in enumerate([5 * 4, 4 * 4, 3 * 4, 3 * 4, 3 * 4]))
    task = ShardingTask(tables, 2, 100 * MIB)
    # dims 20, 16, 12, 12, 12: 20->0, 16->1, 12->1 (28), 12->0 (32), 12->1 (40)
    assert dim_greedy_plan(task).assignment == (0, 1, 1, 0, 1)
    # device 1 has the lower key-sum but no room for the second table: it goes to device 0
    task = ShardingTask((table("a", 3), table("b", 2), table("c", 1)), 2, 5 * MIB)
    assert greedy_plan(task, np.array([3.0, 2.0, 1.0])).assignment == (0, 1, 1)
    task = ShardingTask((table("a", 3), table("b", 2), table("c", 5)), 2, 6 * MIB)
    # b->0, c->1, then a: device 1 has the lower key-sum (2 < 3) but 1 MiB free, so device 0
    assert greedy_plan(task, np.array([1.0, 3.0, 2.0])).assignment == (0, 0, 1)


def test_round_robin_cycles_and_skips_full_devices() -> None:
    task = random_task(0, 10, 3, slack=10.0)
    assert round_robin_plan(task).assignment == tuple(t % 3 for t in range(10))
    task = ShardingTask((table("a", 1), table("b", 3), table("c", 3), table("d", 3)), 2, 5 * MIB)
    # a->0, b->1, c->0 (1 MiB left), d->1 needs 3 MiB with 2 free and device 0 has 1
    with pytest.raises(InputError, match="round-robin packing failed at table 'd'"):
        round_robin_plan(task)
    task = ShardingTask((table("a", 4), table("b", 1), table("c", 2)), 2, 5 * MIB)
    # a->0, b->1, c->0 has 1 MiB free only, so c skips to device 1
    assert round_robin_plan(task).assignment == (0, 1, 1)


def test_random_plan_is_seeded() -> None:
    task = random_task(1, 50, 4, slack=3.0)
    a, b, c = (HEURISTICS["random"](task, s) for s in (7, 7, 8))
    assert a == b and a != c
    assert set(a.assignment) == {0, 1, 2, 3}


@pytest.mark.parametrize("name", sorted(HEURISTICS))
def test_table_larger_than_memory_is_named(name: str) -> None:
    task = ShardingTask((table("small", 1), table("huge_table", 64)), 4, 32 * MIB)
    with pytest.raises(InputError, match="huge_table"):
        HEURISTICS[name](task, 0)


def test_greedy_reports_where_packing_failed() -> None:
    task = ShardingTask((table("a", 6), table("b", 6), table("c", 6)), 2, 10 * MIB)
    with pytest.raises(InputError, match="size-greedy packing failed at table 'c'"):
        HEURISTICS["size-greedy"](task, 0)


# -------------------------------------------------------------------------------------- torchrec


def test_torchrec_perf_formula() -> None:
    task = ShardingTask((EmbeddingTable("t", 1000, 64, 10.0),), 1, GIB, batch_size=1024)
    perf = torchrec_table_perf(task, hbm_bandwidth_gbps=1.0, a2a_bandwidth_gbps=2.0)
    gb_ms = 2**30 / 1e3
    output = 1024 * 64 * 4
    lookup = 1024 * 10 * (8 + 64 * 4) + output
    fwd = lookup * 1.15 / gb_ms
    np.testing.assert_allclose(perf[0], [fwd, 2 * fwd, output / (2 * gb_ms), output / (2 * gb_ms)])
    small = ShardingTask((EmbeddingTable("t", 1000, 16, 10.0),), 1, GIB, batch_size=1024)
    lookup = 1024 * 10 * (8 + 32 * 4) + 1024 * 16 * 4  # max(dim, 32) rows, penalty 1.75
    np.testing.assert_allclose(torchrec_table_perf(small, hbm_bandwidth_gbps=1.0)[0, 0], lookup * 1.75 / gb_ms)


def test_torchrec_partitioner_balances_perf_and_reserves_storage() -> None:
    tables = tuple(EmbeddingTable(f"t{i}", 100, 128, p) for i, p in enumerate([10.0, 9.0, 6.0, 5.0, 1.0]))
    task = ShardingTask(tables, 2, GIB)
    # perf is proportional to pooling here: 10->0, 9->1, 6->1 (15), 5->0 (15), 1->0 (tie, device 0)
    assert torchrec_plan(task).assignment == (0, 1, 1, 0, 0)
    task = ShardingTask((table("fits_raw", 90), table("x", 1)), 2, 100 * MIB)
    with pytest.raises(InputError, match="fits_raw.*15% storage reservation"):
        torchrec_plan(task)
    assert torchrec_plan(task, storage_reservation=0.0).assignment == (0, 1)


# ------------------------------------------------------------------------------------------ MILP


@pytest.mark.parametrize("backend", ["cpsat", "scip"])
def test_milp_matches_brute_force(backend: str) -> None:
    for seed in (0, 1):
        task = random_task(seed, 12, 3, slack=1.08)
        costs = costs_of(task, seed)
        unconstrained = ShardingTask(task.tables, 3, 10 * task.memory_bytes)
        exact = brute_force_ms(task, costs, 0.5)
        assert exact > brute_force_ms(unconstrained, costs, 0.5) + 1e-6  # memory binds
        result = solve_sharding_milp(task, costs, 0.5, time_limit_s=20, backend=backend, num_workers=2)
        result.plan.validate(task)
        assert result.status == "optimal" and result.backend == backend
        assert result.objective_ms == pytest.approx(linearized_cost_ms(result.plan, costs, 0.5, 3))
        assert result.objective_ms == pytest.approx(exact, abs=12 * 1e-4)
        assert result.bound_ms <= exact + 1e-9
        assert 0.0 <= result.gap <= 1e-3


@pytest.mark.parametrize("backend", ["cpsat", "scip"])
def test_milp_beats_every_heuristic(backend: str) -> None:
    for seed in range(3):
        task = random_task(seed, 16, 4, slack=2.0)
        costs = costs_of(task, seed)
        plans = [HEURISTICS[name](task, seed) for name in HEURISTICS]
        result = solve_sharding_milp(task, costs, 1.0, time_limit_s=10, backend=backend, hints=plans[:2],
                                     num_workers=2)
        assert result.status == "optimal"
        assert 0.0 <= result.gap <= 1e-3 and result.bound_ms <= result.objective_ms
        for plan in plans:
            assert result.objective_ms <= linearized_cost_ms(plan, costs, 1.0, 4) + 1e-9


@pytest.mark.parametrize("backend", ["cpsat", "scip"])
def test_milp_honors_time_limit(backend: str) -> None:
    task = random_task(3, 300, 8, slack=1.05)
    costs = costs_of(task, 3)
    start = time.perf_counter()
    result = solve_sharding_milp(task, costs, 1.0, time_limit_s=3, backend=backend, num_workers=2)
    assert time.perf_counter() - start < 6
    result.plan.validate(task)
    assert result.status in ("optimal", "feasible")
    assert 0.0 <= result.gap <= 1.0 and result.bound_ms <= result.objective_ms
    greedy = greedy_plan(task, costs)
    assert result.objective_ms <= linearized_cost_ms(greedy, costs, 1.0, 8) + 1e-9


@pytest.mark.parametrize("backend", ["cpsat", "scip"])
def test_milp_infeasible_packing_and_oversized_table(backend: str) -> None:
    task = ShardingTask((table("a", 6), table("b", 6), table("c", 6)), 2, 10 * MIB)
    with pytest.raises(InputError, match="cannot be packed into 2 devices"):
        solve_sharding_milp(task, np.ones(3), time_limit_s=5, backend=backend)
    task = ShardingTask((table("a", 1), table("too_big", 20)), 2, 10 * MIB)
    with pytest.raises(InputError, match="too_big"):
        solve_sharding_milp(task, np.ones(2), time_limit_s=5, backend=backend)


def test_milp_without_any_plan_asks_for_more_time(monkeypatch: pytest.MonkeyPatch) -> None:
    # 5+5 | 4+3+3 fits two devices of 10 MiB, but the cost-greedy warm start gets stuck at table e
    task = ShardingTask(tuple(table(n, s) for n, s in zip("abcde", (5, 5, 4, 3, 3))), 2, 10 * MIB)
    with pytest.raises(InputError, match="table 'e'"):
        greedy_plan(task, np.ones(5))
    assert solve_sharding_milp(task, np.ones(5), time_limit_s=5).status == "optimal"
    monkeypatch.setattr(milp_module, "_solve_cpsat", lambda *args: ("unknown", None, 0.0))
    with pytest.raises(InputError, match="time_limit_s: .*a longer time limit"):
        solve_sharding_milp(task, np.ones(5), time_limit_s=1)


def test_milp_rejects_bad_costs() -> None:
    task = random_task(0, 5, 2)
    with pytest.raises(InputError, match="table_costs"):
        solve_sharding_milp(task, np.ones(4))
    with pytest.raises(InputError, match="backend"):
        solve_sharding_milp(task, np.ones(5), backend="gurobi")


# ---------------------------------------------------------------------------------- local search


def fused_cost(costs: np.ndarray, overhead: float = 0.3):
    """A non-additive device cost: overhead + (sum of table costs)^0.9 (empty device: 0)."""
    calls = []

    def device_total(indices: np.ndarray) -> float:
        calls.append(indices.size)
        return 0.0 if indices.size == 0 else overhead + float(costs[indices].sum()) ** 0.9

    return device_total, calls


def plan_cost(task: ShardingTask, plan: ShardingPlan, device_total) -> float:
    assignment = plan.as_array()
    return max(device_total(np.flatnonzero(assignment == d)) for d in range(task.num_devices))


def test_improve_plan_fixes_a_bad_plan() -> None:
    task = random_task(4, 30, 4, slack=4.0)  # memory holds every table on one device
    costs = costs_of(task, 4)
    device_total, calls = fused_cost(costs)
    bad = ShardingPlan.from_array(np.zeros(task.num_tables, dtype=np.int64))
    bad.validate(task)
    improved = improve_plan(task, bad, device_total, time_limit_s=10)
    improved.validate(task)
    before, after = plan_cost(task, bad, device_total), plan_cost(task, improved, device_total)
    assert after < 0.5 * before
    assert len(set(improved.assignment)) == 4


def test_improve_plan_never_worse_and_respects_memory() -> None:
    for seed in range(3):
        task = random_task(seed, 40, 4, slack=1.1)
        costs = costs_of(task, seed)
        device_total, _ = fused_cost(costs)
        for name in ("random", "size-greedy", "lookup-greedy"):
            start = HEURISTICS[name](task, seed)
            improved = improve_plan(task, start, device_total, time_limit_s=5)
            improved.validate(task)
            assert plan_cost(task, improved, device_total) <= plan_cost(task, start, device_total)
    start = HEURISTICS["random"](task, 0)
    assert improve_plan(task, start, device_total, max_rounds=0) == start


def test_improve_plan_uses_swaps_when_no_move_fits() -> None:
    # memory holds exactly two tables per device, so no move fits and only a swap can help
    task = ShardingTask(tuple(table(n, 2) for n in "abcd"), 2, 4 * MIB)
    costs = np.array([5.0, 4.0, 1.0, 1.0])
    device_total, _ = fused_cost(costs)
    start = ShardingPlan((0, 0, 1, 1))
    improved = improve_plan(task, start, device_total)
    assert plan_cost(task, improved, device_total) < plan_cost(task, start, device_total)
    assert improved.assignment[0] != improved.assignment[1]


def test_improve_plan_stops_at_time_limit() -> None:
    task = random_task(5, 200, 8, slack=5.0)
    costs = costs_of(task, 5)
    inner, _ = fused_cost(costs)

    def slow(indices: np.ndarray) -> float:
        time.sleep(0.002)
        return inner(indices)

    bad = ShardingPlan.from_array(np.arange(task.num_tables) % 2)
    start = time.perf_counter()
    improved = improve_plan(task, bad, slow, time_limit_s=0.5)
    assert time.perf_counter() - start < 2.0
    assert plan_cost(task, improved, inner) < plan_cost(task, bad, inner)
