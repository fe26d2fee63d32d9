"""Local search over placement options: it keeps memory, never raises the max load, changes sharding types
when that relieves the bottleneck, and gives the same answer twice."""

from __future__ import annotations

import numpy as np
import pytest

from mlopt.solvers.sharding.option_milp import FreePart, OptionChoice, PlacementOption, device_loads, solve_option_milp
from mlopt.solvers.sharding.option_search import improve_choices, least_work_choices


def table_wise(cost: float, size: float, num_devices: int, label: str = "tw") -> PlacementOption:
    zero = np.zeros(num_devices)
    return PlacementOption(label, zero, zero, zero, (FreePart(cost, int(size)),))


def row_wise(cost: float, size: float, num_devices: int) -> PlacementOption:
    return PlacementOption("rw", np.full(num_devices, cost / num_devices + 0.05),
                           np.full(num_devices, size / num_devices), np.zeros(num_devices))


def column_wise(cost: float, size: float, num_devices: int, parts: int = 2) -> PlacementOption:
    zero = np.zeros(num_devices)
    return PlacementOption("cw", zero, zero, zero,
                           tuple(FreePart(cost / parts + 0.1, int(size // parts)) for _ in range(parts)))


def random_options(num_tables: int, num_devices: int, seed: int) -> list[list[PlacementOption]]:
    rng = np.random.default_rng(seed)
    costs = rng.lognormal(0.0, 1.0, num_tables)
    sizes = rng.integers(1, 50, num_tables) * 1000.0
    return [[table_wise(c, s, num_devices), row_wise(c, s, num_devices), column_wise(c, s, num_devices)]
            for c, s in zip(costs, sizes)]


def all_table_wise(options: list[list[PlacementOption]], num_devices: int) -> list[OptionChoice]:
    """Table t on device t mod D: a poor but feasible start."""
    return [OptionChoice(0, (t % num_devices,)) for t in range(len(options))]


def test_the_search_never_raises_the_max_load_and_keeps_memory() -> None:
    d = 4
    options = random_options(40, d, seed=1)
    start = all_table_wise(options, d)
    start_load, start_hbm, _ = device_loads(options, start, d)
    capacity = float(start_hbm.max()) * 1.05
    found = improve_choices(options, start, d, capacity, max_moves=3000, seed=0)
    load, hbm, ddr = device_loads(options, found, d)
    assert load.max() < 0.8 * start_load.max()
    assert hbm.max() <= capacity and ddr.max() == 0
    # The result is a local optimum: a pure descent from it (no kicks) finds no improving move.
    again = improve_choices(options, found, d, capacity, max_moves=500, kick_tables=0, seed=0)
    assert device_loads(options, again, d)[0].max() == pytest.approx(load.max())


def test_a_hot_table_leaves_table_wise_when_that_relieves_the_bottleneck() -> None:
    d = 4
    options = [[table_wise(8.0, 10, d), row_wise(8.0, 10, d)]] + [[table_wise(1.0, 10, d)] for _ in range(6)]
    start = [OptionChoice(0, (0,))] + [OptionChoice(0, (1 + t % 3,)) for t in range(6)]
    found = improve_choices(options, start, d, hbm_capacity=1e6, max_moves=500, seed=0)
    assert options[0][found[0].option].label == "rw"
    load, _, _ = device_loads(options, found, d)
    assert load.max() == pytest.approx(2.05 + 2.0)


def test_the_same_inputs_and_seed_give_the_same_choice() -> None:
    d = 8
    options = random_options(60, d, seed=2)
    start = all_table_wise(options, d)
    runs = [improve_choices(options, start, d, 1e9, max_moves=2000, seed=5) for _ in range(2)]
    assert runs[0] == runs[1]


def test_least_work_start_is_within_one_part_of_the_work_bound_and_the_milp_agrees() -> None:
    d = 4
    options = random_options(30, d, seed=3)
    start = least_work_choices(options, d, hbm_capacity=1e9)
    assert start is not None
    work = [min(float(o.pinned_cost_ms.sum()) + sum(p.cost_ms for p in o.free) for o in opts) for opts in options]
    largest_part = max(max([*o.pinned_cost_ms, *(p.cost_ms for p in o.free)]) for opts in options for o in opts)
    load, _, _ = device_loads(options, start, d)
    assert load.max() <= sum(work) / d + largest_part + 1e-9
    improved = improve_choices(options, start, d, 1e9, max_moves=5000, seed=0)
    searched = device_loads(options, improved, d)[0].max()
    milp = solve_option_milp(options, d, hbm_capacity=10**9, time_limit_s=20, num_workers=1, hint=improved)
    assert milp.bound_ms <= searched + 1e-6
    assert searched <= 1.05 * milp.objective_ms


def test_least_work_start_says_none_when_a_table_fits_nowhere() -> None:
    d = 2
    options = [[table_wise(1.0, 100, d)], [table_wise(1.0, 100, d)], [table_wise(1.0, 100, d)]]
    assert least_work_choices(options, d, hbm_capacity=150) is None
    assert least_work_choices(options, d, hbm_capacity=200) is not None


def test_tables_on_a_device_follow_every_move() -> None:
    """The search's per-device table order (its [T, D] contributions kept in step with each move) equals the
    order recomputed from the choices, after moves between options of every kind."""
    from mlopt.solvers.sharding.option_search import _Search

    d = 5
    options = random_options(30, d, 3)
    search = _Search(options, d, float("inf"), float("inf"), all_table_wise(options, d))
    rng = np.random.default_rng(0)
    for _ in range(40):
        t = int(rng.integers(30))
        o = int(rng.integers(3))
        devices = tuple(int(x) for x in rng.integers(d, size=len(options[t][o].free)))
        search.set(t, OptionChoice(o, devices))
    for device in range(d):
        expected = []
        for t, choice in enumerate(search.choices):
            option = options[t][choice.option]
            cost = option.pinned_cost_ms[device] + sum(p.cost_ms for p, dv in zip(option.free, choice.devices)
                                                       if dv == device)
            if cost > 0:
                expected.append((-cost, t))
        assert search.tables_on(device) == [t for _, t in sorted(expected)]
