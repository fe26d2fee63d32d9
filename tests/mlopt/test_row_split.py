"""Row-sharded tables in the table-wise planners (issue 18, item 3): row placements, tables larger than a device,
the learned planners' hot-table stage and the row reduce-scatter net."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import torch

from mlopt.datasets.embedding_tables import EmbeddingTable, ShardingTask, load_tables_csv, write_tables_csv
from mlopt.datasets.sharding_plan import ShardingType
from mlopt.envs.oracles import AnalyticalOracle
from mlopt.errors import InputError
from mlopt.sharding import best_greedy, plan_sharding
from mlopt.sharding.core.collective_nets import load_collective, predicted_ms, row_comm_ms
from mlopt.sharding.core.row_split import (check_row_fits, choose_hot, no_rows, oversized, place_rows,
                                           row_shard_tables)
from mlopt.sharding.core.topology import device_features
from mlopt.sharding.pretrained import weights_dir

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_TABLES = load_tables_csv(ROOT / "datasets" / "tables" / "dlrm_default.csv")
GIB = 2**30


@pytest.fixture(autouse=True)
def one_thread() -> None:
    torch.set_num_threads(1)


def table(name: str, rows: int, dim: int = 64, pooling: float = 1.0) -> EmbeddingTable:
    return EmbeddingTable(name, rows, dim, pooling)


def test_row_placements_are_row_wise_on_one_host_and_table_row_wise_balanced_over_hosts() -> None:
    tables = (table("a", 8000), table("b", 4000), table("c", 4000), table("d", 100))
    one_host = ShardingTask(tables, 4, memory_bytes=GIB)
    choice = place_rows(one_host, [1, 0])
    assert choice.tables.tolist() == [0, 1]
    assert all(p.sharding_type is ShardingType.ROW_WISE and p.devices == (0, 1, 2, 3) for p in choice.placements)
    assert choice.shard_bytes.sum() == tables[0].size_bytes + tables[1].size_bytes
    two_hosts = ShardingTask(tables, 4, memory_bytes=GIB, num_hosts=2)
    choice = place_rows(two_hosts, [0, 1, 2])
    hosts = [p.devices for p in choice.placements]
    assert all(p.sharding_type is ShardingType.TABLE_ROW_WISE for p in choice.placements)
    assert hosts[0] != hosts[1] == hosts[2]  # the largest alone on one host, the two others on the other
    for placement, index in zip(choice.placements, choice.tables):
        placement.validate(tables[index], two_hosts)
    assert place_rows(two_hosts, [0], by_host=False).placements[0].sharding_type is ShardingType.ROW_WISE


def test_row_shard_tables_take_a_share_of_rows_and_lookups() -> None:
    task = ShardingTask((table("a", 1001, pooling=8.0), table("b", 10)), 4, memory_bytes=GIB, num_hosts=2)
    shard = row_shard_tables(task, [0])[0]
    assert (shard.num_embeddings, shard.pooling_factor, shard.dim) == (501, 4.0, 64)  # a host's 2 devices


def test_tables_larger_than_a_device_are_planned_in_row_shards_by_table_wise_planners() -> None:
    giant = table("giant", 12 * GIB // 256, dim=64)  # 12 GiB of fp32 rows: more than an 8 GiB device
    task = ShardingTask((giant, *DEFAULT_TABLES[:30]), 4, memory_bytes=8 * GIB)
    assert oversized(task).tolist() == [0]
    with pytest.raises(InputError):
        task.check_fits()  # the table-wise rule refuses it
    check_row_fits(task)
    oracle = AnalyticalOracle("a100")
    for result in (best_greedy(task, oracle), plan_sharding(task, "dreamshard", oracle, time_limit_s=3),
                   plan_sharding(task, "neuroshard", oracle, time_limit_s=3)):
        result.plan.validate(task)
        assert result.plan.placements[0].sharding_type is ShardingType.ROW_WISE
        assert result.details["row_split_tables"] == 1
        assert (result.plan.hbm_per_device(task) <= task.memory_bytes).all()
    milp = plan_sharding(task, "milp", oracle, time_limit_s=3)  # splits rows itself
    assert milp.plan.placements[0].sharding_type is not ShardingType.TABLE_WISE
    assert "row_split_tables" not in milp.details


def test_a_table_whose_row_blocks_do_not_fit_is_refused_naming_it() -> None:
    giant = table("giant", 20 * GIB // 256, dim=64)  # 5 GiB per block on 4 devices of 4 GiB
    with pytest.raises(InputError, match="giant"):
        check_row_fits(ShardingTask((giant, table("b", 10)), 4, memory_bytes=4 * GIB))
    beside = ShardingTask((table("big", 12 * GIB // 256), table("mid", 3 * GIB // 256)), 4, memory_bytes=4 * GIB)
    with pytest.raises(InputError, match="mid.*beside the row blocks"):  # 3 GiB beside 3 GiB of blocks
        check_row_fits(beside)


def test_cli_plans_a_table_larger_than_a_device_and_names_one_that_cannot_fit(tmp_path: Path, run_cli) -> None:
    giant = table("giant", 100 * GIB // 256, dim=64)  # 100 GiB: more than an 80 GiB A100
    path = tmp_path / "tables.csv"
    write_tables_csv(path, (*DEFAULT_TABLES[:20], giant))
    code, out, err = run_cli(["shard", "--tables", str(path), "--devices", "4", "--method", "dim-greedy",
                              "--quiet", "--out", str(tmp_path / "plan.json")])
    assert code == 0 and float(out) > 0, err
    document = json.loads((tmp_path / "plan.json").read_text())
    assert document["plan"]["giant"]["sharding_type"] == "row_wise"
    write_tables_csv(path, (*DEFAULT_TABLES[:20], replace(giant, num_embeddings=400 * GIB // 256)))
    code, _, err = run_cli(["shard", "--tables", str(path), "--devices", "4", "--quiet"])
    assert code == 2 and "giant" in err and len(err.strip().splitlines()) == 1


def test_hot_stage_splits_a_table_heavier_than_a_device_only_when_it_pays() -> None:
    task = ShardingTask(tuple(table(f"t{i}", 1000) for i in range(5)), 4, memory_bytes=GIB)
    costs = np.array([10.0, 2.0, 2.0, 2.0])  # table 0 alone on device 0
    gains = np.array([9.0, 1.0])
    free = lambda size: np.zeros_like(np.asarray(size, dtype=np.float64))  # noqa: E731
    choice, added = choose_hot(task, costs, np.array([0, 1]), gains, np.array([2.0, 0.2]), free)
    assert choice.tables.tolist() == [0] and added == pytest.approx(2.0)  # after: (16 - 9) / 4 + 2 < 10
    dear = lambda size: np.full(len(size), 20.0)  # noqa: E731  # a reduce-scatter dearer than the gain
    assert choose_hot(task, costs, np.array([0, 1]), gains, np.array([2.0, 0.2]), dear)[0].empty
    balanced = np.array([4.0, 4.0, 4.0, 4.0])
    assert choose_hot(task, balanced, np.array([0]), np.array([1.0]), np.array([0.1]), free)[0].empty
    assert no_rows(4).empty


def hot_task() -> ShardingTask:
    hot = replace(DEFAULT_TABLES[4], name="hot", num_embeddings=2_000_000, dim=256, pooling_factor=400.0)
    return ShardingTask((*DEFAULT_TABLES[:39], hot), 8, memory_bytes=80 * GIB)


@pytest.mark.parametrize("method", ["dreamshard", "neuroshard"])
def test_learned_planners_row_shard_a_hot_table_and_the_oracle_agrees(method: str) -> None:
    task = hot_task()
    oracle = AnalyticalOracle("a100")
    staged = plan_sharding(task, method, oracle, time_limit_s=5)
    without = plan_sharding(task, method, oracle, time_limit_s=5, data_parallel=False)
    staged.plan.validate(task)
    assert staged.plan.placements[-1].sharding_type is ShardingType.ROW_WISE
    assert staged.details["row_sharded_tables"] == 1
    assert staged.cost.total_ms < 0.95 * without.cost.total_ms


def test_row_micro_benchmark_and_shipped_net_on_unseen_device_counts() -> None:
    oracle = AnalyticalOracle("a100")
    small, large = row_comm_ms(oracle, 16, 2, 1e6), row_comm_ms(oracle, 16, 2, 1e8)
    assert small[0] < large[0] and 0 < small[1] < large[1]
    net = load_collective(str(weights_dir(None)), "row")
    assert net is not None
    for devices, hosts in ((12, 2), (24, 3), (48, 6), (96, 12)):  # never in its training topologies
        sizes, truth = np.array([row_comm_ms(oracle, devices, hosts, s) for s in (1e5, 1e7, 1e9)]).T
        np.testing.assert_allclose(predicted_ms(net, sizes, device_features(devices, hosts)), truth, rtol=0.05)
