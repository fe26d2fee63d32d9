"""The MILP's placement options: table-row-wise options on other hosts are host 0's rolled, exactly as if
priced directly, for both oracles; cheaper-work splits are offered beyond the heavy tables."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from mlopt.datasets.embedding_tables import ShardingTask, load_tables_csv
from mlopt.datasets.sharding_plan import ShardingType, TablePlacement
from mlopt.envs.oracles import AnalyticalOracle
from mlopt.envs.oracles.torchrec_estimator import TorchRecOracle
from mlopt.sharding.core.placement_options import placement_options, plan_of
from mlopt.solvers.sharding.option_milp import OptionChoice

TABLES = load_tables_csv(Path(__file__).resolve().parents[2] / "datasets" / "tables" / "dlrm_default.csv")


@pytest.mark.parametrize("oracle", [AnalyticalOracle("a100"), TorchRecOracle("a100")], ids=["analytical", "torchrec"])
def test_table_row_wise_options_price_as_their_host_says(oracle: object) -> None:
    task = ShardingTask(TABLES[:12], 16, 80 * 2**30, 65536, "t", num_hosts=4, ddr_bytes=128 * 2**30)
    options = placement_options(task, oracle)  # type: ignore[arg-type]
    checked = 0
    for i, table_options in enumerate(options):
        for o, option in enumerate(table_options):
            if option.free:
                continue
            placement = option.label.make(())
            if placement.sharding_type is not ShardingType.TABLE_ROW_WISE:
                continue
            host = placement.shards[0].device // task.devices_per_host
            direct = oracle.placement_costs(task, i, TablePlacement.table_row_wise(  # type: ignore[attr-defined]
                task.tables[i], host, task.devices_per_host)).sum(axis=1)
            assert np.array_equal(option.pinned_cost_ms, direct)
            assert set(np.flatnonzero(option.pinned_hbm_bytes)) <= set(range(4 * host, 4 * host + 4))
            checked += 1
    assert checked >= 4 * 3  # several tables, every host


def test_every_choice_of_options_is_a_valid_plan() -> None:
    task = ShardingTask(TABLES[:12], 8, 80 * 2**30, 65536, "t", num_hosts=2, ddr_bytes=128 * 2**30)
    options = placement_options(task, TorchRecOracle("a100"))
    last = [OptionChoice(len(o) - 1, tuple(range(len(o[-1].free)))) for o in options]
    plan_of(options, last).validate(task)


def test_a_tight_pricing_budget_goes_to_data_parallel_options_before_row_splits_of_tables_that_are_not_hot() -> None:
    hot = TABLES[5].__class__(**{**TABLES[5].__dict__, "name": "hot", "num_embeddings": 2_000_000, "dim": 256,
                                 "pooling_factor": 400.0})
    task = ShardingTask((*TABLES[:99], hot), 8, 80 * 2**30, 65536, "t", num_hosts=2)
    oracle = AnalyticalOracle("a100")

    def kinds(options: list) -> list[set[ShardingType]]:
        return [{o.label.make(tuple(range(len(o.free))) if o.free else ()).sharding_type for o in table_options}
                for table_options in options]

    full = kinds(placement_options(task, oracle))
    tight = kinds(placement_options(task, oracle, max_priced=150))
    with_dp = lambda table_kinds: sum(ShardingType.DATA_PARALLEL in k for k in table_kinds)  # noqa: E731
    assert with_dp(tight) == with_dp(full)  # every small table still gets its data-parallel option
    assert {ShardingType.ROW_WISE, ShardingType.TABLE_ROW_WISE} <= tight[-1]  # the hot table keeps its row splits
    rows = lambda table_kinds: sum(ShardingType.TABLE_ROW_WISE in k for k in table_kinds)  # noqa: E731
    assert rows(tight) < rows(full)  # the others' row splits wait for what is left
