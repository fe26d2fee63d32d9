"""UVM caching in the planners that place fused tables (issue 18, item 3): the memory stage, the pre-trained UVM
net, and tasks whose tables do not fit the devices' memory in every planner and the CLI."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import torch

from mlopt.datasets.embedding_tables import EmbeddingTable, ShardingTask, load_tables_csv, write_tables_csv
from mlopt.envs.oracles import AnalyticalOracle
from mlopt.errors import InputError
from mlopt.sharding import plan_sharding
from mlopt.sharding.core.metrics import ranking_accuracy
from mlopt.sharding.core.uvm_net import kernel_ms, load_uvm, micro_tables, predicted_uvm_ms, train_uvm, uvm_samples
from mlopt.sharding.core.uvm_stage import (BULKY_SHARE, CACHE, FILL, _cache_in_order, cacheable, check_memory,
                                           choose_uvm, cold_first_prices, needs_uvm, plan_with_uvm)
from mlopt.sharding.pretrained import PRETRAINED_DIR, split_tables, weights_dir

ROOT = Path(__file__).resolve().parents[2]
POOL = split_tables(load_tables_csv(ROOT / "datasets" / "tables" / "dlrm_856.csv"), "test")
GIB = 2**30


def table(name: str, rows: int, pooling: float = 1.0) -> EmbeddingTable:
    """An fp32 table of 64 columns: 256 bytes per row."""
    return EmbeddingTable(name, rows, 64, pooling)


def tight_task(num_tables: int = 60, devices: int = 4, factor: float = 1.2, ddr_gib: int = 128) -> ShardingTask:
    """Held-out tables whose bytes are ``factor`` x the devices' memory."""
    tables = POOL[:num_tables]
    memory = int(sum(t.size_bytes for t in tables) / (devices * factor))
    return ShardingTask(tables, devices, memory, ddr_bytes=ddr_gib * GIB)


def test_the_stage_runs_only_when_the_tables_overfill_memory_and_there_is_host_memory() -> None:
    task = tight_task()
    assert needs_uvm(task)
    assert not needs_uvm(replace(task, ddr_bytes=0))
    assert not needs_uvm(replace(task, memory_bytes=task.memory_bytes * 2))
    assert choose_uvm(replace(task, memory_bytes=task.memory_bytes * 2), np.ones(task.num_tables)).tables.size == 0


def test_choose_uvm_caches_the_least_extra_cost_per_byte_until_the_rest_fits() -> None:
    tables = tuple(table(f"t{i}", 1_000_000) for i in range(8))  # 256 MB each
    task = ShardingTask(tables, 2, memory_bytes=1_000_000_000, ddr_bytes=GIB)  # 2.05 GB on 2 GB
    extra = np.array([5.0, 1.0, 7.0, 0.5, 9.0, 9.0, 9.0, 9.0])
    choice = choose_uvm(task, extra)
    assert choice.tables.tolist() == [1, 3]  # the two cheapest per byte
    assert sorted(choice.devices.tolist()) == [0, 1]  # one cache per device
    sizes = task.sizes()
    assert choice.reserved == np.ceil(CACHE * sizes[1])
    assert sizes.sum() - sizes[[1, 3]].sum() <= FILL * 2 * (task.memory_bytes - choice.reserved)
    assert sizes.sum() - sizes[3] > FILL * 2 * (task.memory_bytes - choice.reserved)  # one would not do
    small = tuple(table(f"s{i}", 390_625) for i in range(10))  # 100 MB each
    bulky = ShardingTask((*small, table("bulky", 2_343_750)), 2, memory_bytes=800_000_000, ddr_bytes=GIB)  # 600 MB
    assert choose_uvm(bulky, np.append(np.ones(10), 100.0)).tables.tolist() == [10]  # first, though the dearest


def test_a_task_that_no_caching_can_fit_is_refused_in_one_line_naming_the_table() -> None:
    tables = (table("huge", 40 * GIB // 256), *(table(f"t{i}", 1_000_000) for i in range(4)))
    task = ShardingTask(tables, 2, memory_bytes=8 * GIB, ddr_bytes=16 * GIB)  # huge: 40 GiB > 16 GiB of DDR
    with pytest.raises(InputError, match="huge") as info:
        check_memory(task)
    assert "\n" not in str(info.value)
    with pytest.raises(InputError, match="host memory"):
        check_memory(replace(task, tables=tables[1:], memory_bytes=100_000_000, ddr_bytes=300_000_000))


def test_where_its_order_leaves_no_room_the_stage_caches_the_largest_first_and_more_until_the_rest_packs() -> None:
    task = tight_task(factor=1.5)
    task = replace(task, ddr_bytes=task.memory_bytes)  # host memory as small as device memory
    sizes = task.sizes().astype(np.float64)
    candidates = cacheable(task)
    extra, _ = cold_first_prices(task)
    key = extra[candidates] / sizes[candidates]
    bulky = sizes[candidates] > BULKY_SHARE * task.memory_bytes
    assert _cache_in_order(task, candidates[np.lexsort((-sizes[candidates], key, ~bulky))], sizes, FILL) is None
    check_memory(task)  # the largest first fit
    assert len(choose_uvm(task, extra).tables) > 0
    result = plan_sharding(task, "dim-greedy", AnalyticalOracle("a100"), time_limit_s=3)  # cannot pack at FILL
    result.plan.validate(task)
    assert result.details["uvm_tables"] > len(choose_uvm(task, extra).tables)  # it cached more (RETRY_FILLS)


def test_plan_with_uvm_places_the_cached_tables_last_on_the_cheapest_devices_where_they_fit() -> None:
    tables = tuple(table(f"t{i}", 1_000_000) for i in range(8))
    task = ShardingTask(tables, 2, memory_bytes=1_000_000_000, ddr_bytes=GIB)
    seen = []

    def plan_rest(sub: ShardingTask):
        from mlopt.datasets.sharding_plan import ShardingPlan, TablePlacement

        seen.append(sub)
        plan = ShardingPlan(tuple(TablePlacement.table_wise(i % 2) for i in range(sub.num_tables)))
        return plan, np.array([5.0, 1.0])  # device 1 is the cheaper

    plan, cached = plan_with_uvm(task, plan_rest, np.array([5.0, 1.0, 7.0, 0.5, 9.0, 9.0, 9.0, 9.0]),
                                 np.ones(8))
    assert cached == 2 and seen[0].num_tables == 6 and seen[0].ddr_bytes == 0
    assert seen[0].memory_bytes < task.memory_bytes  # room kept for a cache
    plan.validate(task)
    assert [p.uvm for p in plan.placements] == [False, True, False, True, False, False, False, False]
    assert plan.placements[1].devices == (1,)  # the costliest cached table to the cheaper device
    assert (plan.hbm_per_device(task) <= task.memory_bytes).all()


@pytest.mark.parametrize("method", ["dim-greedy", "dreamshard", "neuroshard", "milp"])
def test_every_planner_plans_tables_over_memory_with_uvm_caching(method: str) -> None:
    task = tight_task()
    with pytest.raises(InputError):
        task.check_fits()  # more bytes than the devices hold: refused before the memory stage
    oracle = AnalyticalOracle("a100")
    result = plan_sharding(task, method, oracle, time_limit_s=3)
    result.plan.validate(task)
    assert any(p.uvm for p in result.plan.placements)
    assert (result.plan.hbm_per_device(task) <= task.memory_bytes).all()
    if method != "milp":
        assert result.details["uvm_tables"] == sum(p.uvm for p in result.plan.placements)


def test_learned_prices_beat_the_cold_first_rule_in_the_learned_planners(tmp_path: Path) -> None:
    for path in PRETRAINED_DIR.glob("*.pt"):
        if path.name != "uvm.pt":
            (tmp_path / path.name).symlink_to(path)
            (tmp_path / path.with_suffix(".json").name).symlink_to(path.with_suffix(".json"))
    picks = sorted(np.random.default_rng([0, 60, 4]).choice(len(POOL), size=60, replace=False))
    tables = tuple(POOL[i] for i in picks)  # the quick suite of benchmarks/sharding_uvm.py
    task = ShardingTask(tables, 4, int(sum(t.size_bytes for t in tables) / (4 * 1.2)), ddr_bytes=128 * GIB)
    oracle = AnalyticalOracle("a100")
    for method in ("dreamshard", "neuroshard"):
        learned = plan_sharding(task, method, oracle, time_limit_s=3)
        cold = plan_sharding(task, method, oracle, time_limit_s=3, model_dir=tmp_path)
        assert learned.cost.total_ms < 0.8 * cold.cost.total_ms


def test_uvm_micro_benchmark_and_the_shipped_net_on_held_out_tables() -> None:
    oracle = AnalyticalOracle("a100")
    cold, hot = table("cold", 10_000_000, pooling=0.5), table("hot", 10_000_000, pooling=50.0)
    (cold_fused, cold_uvm), (hot_fused, hot_uvm) = kernel_ms(oracle, cold, 65_536), kernel_ms(oracle, hot, 65_536)
    assert cold_uvm >= cold_fused and hot_uvm - hot_fused > 10 * (cold_uvm - cold_fused)
    net = load_uvm(str(weights_dir(None)))
    assert net is not None
    tables = [replace(t, pooling_factor=t.pooling_factor * s) for t, s in zip(POOL[:200], np.linspace(0.2, 5, 200))]
    truth = np.array([kernel_ms(oracle, t, 65_536) for t in tables])  # held-out tables: never in its training
    predicted = predicted_uvm_ms(net, tables, 65_536)
    assert np.median(np.abs(predicted.sum(axis=1) - truth[:, 1]) / truth[:, 1]) < 0.15
    extra = truth[:, 1] - truth[:, 0]
    order_right = ranking_accuracy(torch.as_tensor(predicted[:, 1]), torch.as_tensor(extra), torch.zeros(len(tables)))
    assert order_right > 0.9


def test_train_uvm_learns_from_a_few_micro_benchmarks() -> None:
    train = split_tables(load_tables_csv(ROOT / "datasets" / "tables" / "dlrm_856.csv"), "train")
    samples = uvm_samples(AnalyticalOracle("a100"), train, 800, seed=1)
    tables, batches = micro_tables(train, 5, 0)
    assert len(tables) == len(batches) == 5 and (samples.uvm_ms >= samples.fused_ms).all()
    with pytest.raises(InputError, match="empty"):
        micro_tables((), 5, 0)
    _, short = train_uvm(samples, seed=0, epochs=1)
    _, longer = train_uvm(samples, seed=0, epochs=100)
    assert longer["uvm_relative_error"] < 0.2 * short["uvm_relative_error"]
    assert longer["extra_pair_order_accuracy"] > max(0.75, short["extra_pair_order_accuracy"] + 0.2)


def test_cli_plans_tables_over_memory_with_uvm_shards(tmp_path: Path, run_cli) -> None:
    path = tmp_path / "tables.csv"
    tables = POOL[:40]
    write_tables_csv(path, tables)
    memory_gb = sum(t.size_bytes for t in tables) / (4 * 1.2) / GIB
    code, out, err = run_cli(["shard", "--tables", str(path), "--devices", "4", "--memory-gb", f"{memory_gb:.3f}",
                              "--method", "neuroshard", "--quiet", "--out", str(tmp_path / "plan.json")])
    assert code == 0 and float(out) > 0, err
    document = json.loads((tmp_path / "plan.json").read_text())
    kernels = [entry["compute_kernel"] for entry in document["plan"].values()]
    assert "fused_uvm_caching" in kernels and "fused" in kernels


def test_cli_trains_the_uvm_net(tmp_path: Path, run_cli) -> None:
    tables = str(ROOT / "datasets" / "tables" / "dlrm_default.csv")
    code, _, err = run_cli(["shard", "train", "--method", "uvm", "--samples", "100", "--epochs", "2", "--out",
                            str(tmp_path), "--quiet"])
    assert code == 2 and "--tables" in err and len(err.strip().splitlines()) == 1
    code, _, err = run_cli(["shard", "train", "--method", "uvm", "--tables", tables, "--samples", "100", "--epochs",
                            "2", "--out", str(tmp_path), "--quiet"])
    assert code == 0, err
    assert load_uvm(str(tmp_path)) is not None and (tmp_path / "uvm.json").is_file()
