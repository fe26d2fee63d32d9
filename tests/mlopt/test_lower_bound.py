"""The work bound under TorchRec's estimate: below every plan of every type, exact where it must be, and
refused for an oracle that is not additive."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from mlopt.datasets.embedding_tables import ShardingTask, load_tables_csv
from mlopt.datasets.sharding_plan import ShardingPlan, TablePlacement
from mlopt.envs.oracles import AnalyticalOracle
from mlopt.envs.oracles.torchrec_estimator import TorchRecOracle
from mlopt.errors import InputError
from mlopt.sharding import plan_sharding
from mlopt.sharding.core.lower_bound import table_placements, work_lower_bound

TABLES = load_tables_csv(Path(__file__).resolve().parents[2] / "datasets" / "tables" / "dlrm_default.csv")
GIB = 2**30


def task(num_tables: int, num_devices: int, num_hosts: int = 1) -> ShardingTask:
    return ShardingTask(TABLES[:num_tables], num_devices, 80 * GIB, 65536, "t", num_hosts=num_hosts,
                        ddr_bytes=128 * GIB)


def random_plan(t: ShardingTask, seed: int) -> ShardingPlan:
    """Each table by a random placement among those the bound ranges over, table-wise ones on random devices."""
    rng = np.random.default_rng(seed)
    placements = []
    for table in t.tables:
        options = list(table_placements(t, table))
        choice = options[int(rng.integers(len(options)))]
        if choice.sharding_type.value == "table_wise":
            choice = TablePlacement.table_wise(int(rng.integers(t.num_devices)), choice.kernel,
                                               choice.cache_load_factor)
        placements.append(choice)
    return ShardingPlan(tuple(placements))


def test_the_bound_is_below_every_plan_and_the_milp_comes_close() -> None:
    t = task(20, 4, num_hosts=2)
    oracle = TorchRecOracle("a100")
    bound = work_lower_bound(t, oracle)
    assert bound > 0
    for seed in range(20):
        assert oracle.cost(t, random_plan(t, seed)).total_ms >= bound - 1e-9
    milp = plan_sharding(t, "milp", oracle, time_limit_s=5, seed=0)
    assert bound <= milp.cost.total_ms <= 1.5 * bound


def test_on_one_device_the_bound_is_the_plan() -> None:
    # One device: every table is table-wise on it, and the fused kernel is the cheapest: the bound is exact.
    t = task(6, 1)
    oracle = TorchRecOracle("a100")
    plan = ShardingPlan(tuple(TablePlacement.table_wise(0) for _ in t.tables))
    assert work_lower_bound(t, oracle) == pytest.approx(oracle.cost(t, plan).total_ms)


def test_every_sharding_type_is_ranged_over() -> None:
    t = task(3, 8, num_hosts=2)
    kinds = {p.sharding_type.value for p in table_placements(t, t.tables[0])}
    assert kinds == {"table_wise", "column_wise", "row_wise", "table_row_wise", "data_parallel"}


def test_an_oracle_that_is_not_additive_is_refused() -> None:
    with pytest.raises(InputError, match="torchrec"):
        work_lower_bound(task(4, 2), AnalyticalOracle("a100"))
