"""Local search on plans of mixed sharding types under the true analytical cost: it balances the table-wise
tables around the sharded ones, never worsens a plan, keeps memory and leaves sharded tables alone."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from mlopt.datasets.embedding_tables import ShardingPlan, ShardingTask, load_tables_csv
from mlopt.datasets.sharding_plan import ShardingType, TablePlacement
from mlopt.envs.oracles import AnalyticalOracle
from mlopt.solvers.sharding.local_search import improve_mixed_plan

TABLES = load_tables_csv(Path(__file__).resolve().parents[2] / "datasets" / "tables" / "dlrm_default.csv")
GIB = 2**30


def lopsided_plan(task: ShardingTask) -> ShardingPlan:
    """The first 8 tables data-parallel, the rest table-wise, crowded on devices 0 and 1."""
    placements = [TablePlacement.data_parallel(task.num_devices) for _ in range(8)]
    placements += [TablePlacement.table_wise(i % 2) for i in range(8, task.num_tables)]
    return ShardingPlan(tuple(placements))


def test_the_table_wise_tables_are_balanced_around_the_sharded_ones() -> None:
    task = ShardingTask(TABLES[:40], 4, 80 * GIB, 65536, "t", num_hosts=2, ddr_bytes=128 * GIB)
    oracle = AnalyticalOracle("a100")
    start = lopsided_plan(task)
    costs = lambda plan: oracle.device_costs(task, plan).sum(axis=1)  # noqa: E731
    found = improve_mixed_plan(task, start, costs, task.memory_bytes, task.ddr_bytes, max_evaluations=400)
    balanced = costs(found)
    assert balanced.max() < 0.85 * costs(start).max()
    assert balanced.max() - balanced.min() < 0.02 * balanced.max()
    assert found.placements[:8] == start.placements[:8]
    assert all(p.sharding_type is ShardingType.TABLE_WISE for p in found.placements[8:])
    # Never worse, and a budget of zero evaluations changes nothing.
    again = improve_mixed_plan(task, found, costs, task.memory_bytes, task.ddr_bytes, max_evaluations=50)
    assert costs(again).max() <= costs(found).max()
    assert improve_mixed_plan(task, start, costs, task.memory_bytes, task.ddr_bytes, max_evaluations=0) == start


def test_memory_bounds_the_moves() -> None:
    task = ShardingTask(TABLES[:40], 4, 80 * GIB, 65536, "t", num_hosts=2, ddr_bytes=128 * GIB)
    oracle = AnalyticalOracle("a100")
    start = lopsided_plan(task)
    hbm = start.hbm_per_device(task)
    capacity = float(hbm.max())  # the crowded devices are full: moves may only go where room is left
    costs = lambda plan: oracle.device_costs(task, plan).sum(axis=1)  # noqa: E731
    found = improve_mixed_plan(task, start, costs, capacity, task.ddr_bytes, max_evaluations=400)
    assert np.all(found.hbm_per_device(task) <= capacity)
    assert costs(found).max() <= costs(start).max()


def test_pricing_the_two_changed_devices_is_the_same_search() -> None:
    """With the oracle's device_costs_on (two devices priced per change) the search takes the same steps and
    returns the same plan as with whole-plan pricing; device_costs_on gives device_costs' rows exactly."""
    task = ShardingTask(TABLES[:40], 8, 80 * GIB, 65536, "t", num_hosts=2, ddr_bytes=128 * GIB)
    oracle = AnalyticalOracle("a100")
    start = ShardingPlan(tuple([TablePlacement.row_wise(TABLES[0], 8), TablePlacement.table_row_wise(TABLES[1], 1, 4)]
                               + [TablePlacement.data_parallel(8) for _ in range(6)]
                               + [TablePlacement.table_wise(i % 3) for i in range(8, 40)]))
    full = oracle.device_costs(task, start)
    assert np.array_equal(oracle.device_costs_on(task, start, [5, 1]), full[[5, 1]])
    costs = lambda plan: oracle.device_costs(task, plan).sum(axis=1)  # noqa: E731
    on = lambda plan, devices: oracle.device_costs_on(task, plan, devices).sum(axis=1)  # noqa: E731
    plain = improve_mixed_plan(task, start, costs, task.memory_bytes, task.ddr_bytes, max_evaluations=200)
    local = improve_mixed_plan(task, start, costs, task.memory_bytes, task.ddr_bytes, max_evaluations=200,
                               device_costs_on=on)
    assert local == plain and costs(plain).max() < costs(start).max()
