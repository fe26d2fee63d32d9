"""The MILP over placement options: it picks sharding types as well as devices, and with one table-wise
option per table it is the table-wise MILP."""

from __future__ import annotations

import numpy as np
import pytest

from mlopt.datasets.embedding_tables import EmbeddingTable, ShardingTask
from mlopt.errors import InputError
from mlopt.solvers.sharding import solve_sharding_milp
from mlopt.solvers.sharding.option_milp import FreePart, OptionChoice, PlacementOption, device_loads, solve_option_milp

D = 2
ZERO = np.zeros(D)


def table_wise(cost: float, size: int = 1, label: str = "tw") -> PlacementOption:
    return PlacementOption(label, ZERO, ZERO, ZERO, (FreePart(cost, size),))


def pinned(cost_per_device: float, size_per_device: int, label: str) -> PlacementOption:
    return PlacementOption(label, np.full(D, cost_per_device), np.full(D, float(size_per_device)), ZERO)


def test_a_hot_table_goes_row_wise_when_that_balances_best() -> None:
    # TW only: the 10 ms table alone bounds the plan at 10. Row-wise it costs 5.5 on each device, and the
    # 4 ms table joins one of them: 9.5.
    options = [[table_wise(10.0), pinned(5.5, 1, "rw")], [table_wise(4.0)]]
    result = solve_option_milp(options, D, hbm_capacity=10**6, time_limit_s=10, num_workers=1)
    assert [options[t][c.option].label for t, c in enumerate(result.choices)] == ["rw", "tw"]
    assert result.objective_ms == pytest.approx(9.5) and result.status == "optimal"
    assert result.bound_ms == pytest.approx(9.5, abs=1e-3) and result.gap < 1e-3


def test_memory_forces_uvm_and_column_shards_spread() -> None:
    big = 1 << 20
    # The big table does not fit HBM fused, so it goes UVM-cached (1 ms); the other table then balances best
    # as two column shards of 2 ms (3 and 2 ms) rather than table-wise (1 and 4 ms).
    uvm = PlacementOption("uvm", ZERO, ZERO, ZERO, (FreePart(1.0, big // 5, big),))
    fused = table_wise(0.5, big, "fused")
    halves = PlacementOption("cw", ZERO, ZERO, ZERO, (FreePart(2.0, 1024), FreePart(2.0, 1024)))
    options = [[fused, uvm], [table_wise(4.0, 1024), halves]]
    result = solve_option_milp(options, D, hbm_capacity=big // 2, ddr_capacity=big, time_limit_s=10, num_workers=1)
    labels = [options[t][c.option].label for t, c in enumerate(result.choices)]
    assert labels == ["uvm", "cw"] and len(set(result.choices[1].devices)) == 2
    cost, hbm, ddr = device_loads(options, result.choices, D)
    assert cost.max() == pytest.approx(result.objective_ms) == pytest.approx(3.0)
    assert hbm.max() <= big // 2 and ddr.sum() == big
    with pytest.raises(InputError, match="proved by CP-SAT"):
        solve_option_milp(options, D, hbm_capacity=big // 2, ddr_capacity=0, time_limit_s=10, num_workers=1)


def test_one_table_wise_option_per_table_is_the_table_wise_milp() -> None:
    rng = np.random.default_rng(0)
    costs = rng.uniform(0.1, 2.0, 14)
    sizes = rng.integers(1, 5, 14) * 2**20
    task = ShardingTask(tuple(EmbeddingTable(f"t{i}", int(s) // 16, 4, 1.0) for i, s in enumerate(sizes)), 4,
                        int(sizes.sum() // 3))
    exact = solve_sharding_milp(task, costs, 0.05, time_limit_s=20, num_workers=1)
    zeros = np.zeros(4)
    options = [[PlacementOption("tw", zeros, zeros, zeros, (FreePart(c, int(s)),))] for c, s in zip(costs, task.sizes())]
    result = solve_option_milp(options, 4, task.memory_bytes, device_overhead_ms=0.05, time_limit_s=20, num_workers=1)
    assert exact.status == result.status == "optimal"
    assert result.objective_ms == pytest.approx(exact.objective_ms, abs=2e-4)


def test_a_hint_that_does_not_fit_is_ignored_and_bad_options_are_input_errors() -> None:
    options = [[table_wise(1.0, 10)], [table_wise(1.0, 10)]]
    wrong = [OptionChoice(0, (0,)), OptionChoice(0, (0,))]  # both on device 0: over its 15 bytes
    result = solve_option_milp(options, D, hbm_capacity=15 * 1024, time_limit_s=5, hint=wrong, num_workers=1)
    assert sorted(c.devices[0] for c in result.choices) == [0, 1]
    with pytest.raises(InputError, match="no placement option"):
        solve_option_milp([[]], D, 10)
    with pytest.raises(InputError, match="candidates"):
        solve_option_milp([[PlacementOption("x", ZERO, ZERO, ZERO, (FreePart(1.0, 1, candidates=(5,)),))]], D, 10)


def test_the_greedy_start_fits_memory_and_picks_the_balancing_option() -> None:
    from mlopt.solvers.sharding.option_milp import greedy_choices

    options = [[table_wise(10.0), pinned(5.5, 1, "rw")], [table_wise(4.0)], [table_wise(3.0)]]
    choices = greedy_choices(options, D, hbm_capacity=10**6)
    assert [options[t][c.option].label for t, c in enumerate(choices)] == ["rw", "tw", "tw"]
    assert device_loads(options, choices, D)[0].max() == pytest.approx(9.5)  # 5.5 + 4 and 5.5 + 3
    one = np.zeros(1)
    alone = [[PlacementOption("tw", one, one, one, (FreePart(1.0, 10),))] for _ in range(2)]
    assert greedy_choices(alone, 1, hbm_capacity=15) is None  # the second table fits nowhere


def test_a_model_that_cannot_be_built_in_time_returns_the_hint_or_says_so() -> None:
    d = 4
    zero = np.zeros(d)
    options = [[PlacementOption("tw", zero, zero, zero, (FreePart(1.0, 1),))] for _ in range(200)]
    hint = [OptionChoice(0, (t % d,)) for t in range(200)]
    result = solve_option_milp(options, d, hbm_capacity=10**6, time_limit_s=1e-6, hint=hint, num_workers=1)
    assert result.status == "time_limit" and list(result.choices) == hint
    assert result.objective_ms == pytest.approx(50.0) and result.bound_ms == pytest.approx(50.0)
    with pytest.raises(InputError, match="could not be built"):
        solve_option_milp(options, d, hbm_capacity=10**6, time_limit_s=1e-6, num_workers=1)
