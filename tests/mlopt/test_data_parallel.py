"""Data-parallel tables in the learned planners (issue 18, item 3): the stage's choice, the all-reduce net and
both planners' plans with replicas."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch

from mlopt.datasets.embedding_tables import EmbeddingTable, ShardingTask, load_tables_csv
from mlopt.datasets.sharding_plan import ShardingPlan, ShardingType
from mlopt.envs.oracles import AnalyticalOracle
from mlopt.sharding import plan_sharding
from mlopt.sharding.core.collective_nets import (allreduce_ms, collective_samples, load_collective, predicted_ms,
                                                train_collective)
from mlopt.sharding.core.data_parallel import (DP_MEMORY_SHARE, NO_TABLES, candidates, choose_data_parallel, combine,
                                               replica_tables, rest_task)
from mlopt.sharding.core.topology import device_features
from mlopt.sharding.pretrained import weights_dir

ROOT = Path(__file__).resolve().parents[2]
TABLES = load_tables_csv(ROOT / "datasets" / "tables" / "dlrm_856.csv")


@pytest.fixture(autouse=True)
def one_thread() -> None:
    torch.set_num_threads(1)


def small_task(num_tables: int = 8, num_devices: int = 4) -> ShardingTask:
    tables = tuple(EmbeddingTable(f"t{i}", 1000 * (i + 1), 16, 2.0) for i in range(num_tables))
    return ShardingTask(tables, num_devices, memory_bytes=1 << 30)


def linear_allreduce(latency: float, per_byte: float):
    return lambda size: np.where(np.asarray(size) > 0, latency + per_byte * np.asarray(size), 0.0)


def test_choice_takes_the_best_prefix_by_gain_per_byte_and_nothing_that_does_not_pay() -> None:
    task = small_task()
    tables = np.arange(8)
    size = np.array([t.size_bytes for t in task.tables], dtype=float)
    gain = np.array([8.0, 0.0, 4.0, 0.4, 2.0, 0.0, 0.0, 0.0])  # removal gains; / D = 2, 0, 1, 0.1, 0.5
    compute = np.full(8, 0.05)
    choice = choose_data_parallel(task, tables, gain, compute, linear_allreduce(0.3, 0.0))
    # per table gain / D - compute: 1.95, -, 0.95, 0.05, 0.45; the latency 0.3 is paid once, so 0, 2, 4 and 3 pay
    assert choice.tables.tolist() == [0, 2, 3, 4]
    assert choice.predicted_delta_ms == pytest.approx(-(2 + 1 + 0.1 + 0.5) + 4 * 0.05 + 0.3)
    assert choice.replica_ms == pytest.approx(4 * 0.05 + 0.3)
    # a per-byte all-reduce that costs more than table 3 gains leaves it table-wise
    per_byte = 0.06 / size[3]
    assert 3 not in choose_data_parallel(task, tables, gain, compute, linear_allreduce(0.0, per_byte)).tables
    assert choose_data_parallel(task, tables, np.zeros(8), compute, linear_allreduce(0.0, 0.0)) is NO_TABLES
    assert choose_data_parallel(task, tables, gain, compute, linear_allreduce(10.0, 0.0)) is NO_TABLES  # latency
    one_device = ShardingTask(task.tables, 1, task.memory_bytes)
    assert choose_data_parallel(one_device, tables, gain, compute, linear_allreduce(0.0, 0.0)).empty


def test_choice_keeps_one_table_table_wise_and_the_replicas_within_their_memory_share() -> None:
    task = small_task(4)
    everything = choose_data_parallel(task, np.arange(4), np.full(4, 10.0), np.zeros(4), linear_allreduce(0.0, 0.0))
    assert len(everything.tables) == 3  # every table pays, but one stays table-wise
    tight = ShardingTask(task.tables, 4, memory_bytes=int(sum(t.size_bytes for t in task.tables[:2]) / DP_MEMORY_SHARE))
    chosen = choose_data_parallel(tight, np.arange(4), np.full(4, 10.0), np.zeros(4), linear_allreduce(0.0, 0.0))
    assert sum(task.tables[t].size_bytes for t in chosen.tables) <= DP_MEMORY_SHARE * tight.memory_bytes
    assert len(chosen.tables) >= 1


def test_rest_task_and_combine_give_a_valid_plan_with_replicas() -> None:
    task = small_task()
    choice = choose_data_parallel(task, np.arange(8), np.array([8.0, 0, 4, 0, 0, 0, 0, 0]), np.zeros(8),
                                  linear_allreduce(0.0, 0.0))
    sub, rest = rest_task(task, choice)
    assert rest.tolist() == [1, 3, 4, 5, 6, 7]
    assert sub.memory_bytes == task.memory_bytes - task.tables[0].size_bytes - task.tables[2].size_bytes
    plan = combine(task, choice, rest, ShardingPlan.from_array(np.arange(6) % 4))
    plan.validate(task)
    assert plan.sharding_types() == {"data_parallel": 2, "table_wise": 6}
    assert plan.placements[0].sharding_type is ShardingType.DATA_PARALLEL
    assert plan.placements[4].devices == (2,)  # rest table 4 is the sub-task's third table
    replicas = replica_tables(task, np.array([0, 2]))
    assert replicas[1].pooling_factor == pytest.approx(task.tables[2].pooling_factor / 4)
    assert replicas[1].num_embeddings == task.tables[2].num_embeddings
    big = ShardingTask(task.tables, 4, memory_bytes=task.tables[3].size_bytes * 100)
    assert candidates(big).tolist() == [0, 1, 2, 3]  # tables of at most 1% of a device's memory


def test_allreduce_micro_benchmark_is_the_oracles_and_a_small_net_fits_it() -> None:
    oracle = AnalyticalOracle("a100")
    small, large = allreduce_ms(oracle, 16, 2, 1e6)[1], allreduce_ms(oracle, 16, 2, 1e8)[1]
    assert 0 < small < large  # latency plus bytes over bandwidth
    assert allreduce_ms(oracle, 16, 2, 2e8)[1] - large == pytest.approx(large - allreduce_ms(oracle, 16, 2, 0)[1],
                                                                        rel=0.05)
    samples = collective_samples(oracle, "all_reduce", 600, seed=0)
    assert samples.ms.shape == (600,) and (samples.ms > 0).all()
    _, short = train_collective(samples, seed=0, epochs=20)
    _, metrics = train_collective(samples, seed=0, epochs=200)
    assert metrics["mean_relative_error"] < 0.15 < short["mean_relative_error"]


def test_shipped_allreduce_net_prices_unseen_device_counts_within_a_few_percent() -> None:
    net = load_collective(str(weights_dir(None)), "all_reduce")
    assert net is not None
    oracle = AnalyticalOracle("a100")
    for devices, hosts in ((12, 2), (24, 3), (48, 6), (96, 12)):  # never in its training topologies
        sizes = np.array([1e5, 1e7, 1e9])
        sizes, truth = np.array([allreduce_ms(oracle, devices, hosts, s) for s in sizes]).T
        got = predicted_ms(net, sizes, device_features(devices, hosts))
        np.testing.assert_allclose(got, truth, rtol=0.05)
    assert predicted_ms(net, np.array([0.0]), device_features(8, 1))[0] == 0.0
    assert load_collective(str(ROOT / "tests"), "all_reduce") is None  # no file: no data-parallel stage


def held_out_task(num_tables: int, num_devices: int, num_hosts: int) -> ShardingTask:
    tables = TABLES[1::2][:num_tables]
    sizes = [t.size_bytes for t in tables]
    return ShardingTask(tables, num_devices, int(max(max(sizes), 2.0 * sum(sizes) / num_devices)), num_hosts=num_hosts)


@pytest.mark.parametrize("method", ["dreamshard", "neuroshard"])
def test_learned_planners_replicate_small_tables_where_it_pays_under_the_oracle(method: str) -> None:
    task = held_out_task(300, 12, 2)  # 12 devices: a count the nets never saw
    oracle = AnalyticalOracle("a100")
    staged = plan_sharding(task, method, oracle, time_limit_s=10)
    paper = plan_sharding(task, method, oracle, time_limit_s=10, refine=False)  # table-wise / column-wise only
    staged.plan.validate(task)
    types = staged.plan.sharding_types()
    assert types.get("data_parallel", 0) == staged.details["data_parallel_tables"] > 0
    assert "data_parallel" not in paper.plan.sharding_types()
    assert staged.cost.total_ms < 0.9 * paper.cost.total_ms
    assert staged.details["replica_predicted_ms"] > 0


def test_train_collectives_cli_writes_nets_the_planners_load(tmp_path: Path, run_cli) -> None:
    code, out, err = run_cli(["shard", "train", "--method", "collectives", "--out", str(tmp_path), "--samples", "200",
                              "--epochs", "5", "--quiet"])
    assert code == 0, err
    assert "all_reduce weights written" in out and "row weights written" in out
    for kind in ("all_reduce", "row"):
        net = load_collective(str(tmp_path), kind)
        assert net is not None and predicted_ms(net, np.array([1e6]), device_features(8, 1))[0] > 0
