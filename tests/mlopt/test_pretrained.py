"""Shipped weights, learned methods in plan_sharding / `mlopt shard`, and `mlopt shard collect` + `train`."""

from __future__ import annotations

import time

import dataclasses
import json
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest
import torch

from mlopt.datasets.embedding_tables import ShardingTask, load_tables_csv
from mlopt.envs.oracles import AnalyticalOracle
from mlopt.errors import InputError
from mlopt.sharding import (PlanBudget, Planner, best_greedy, default_methods, get_planner, greedy_baselines,
                            plan_default, plan_sharding, register_planner)
from mlopt.sharding.core.move_search import refine_moves
from mlopt.sharding.neuroshard.planner import beam_steps, standalone_steps
from mlopt.sharding.planning import LEARNED_SHARE
from mlopt.sharding.dreamshard.policy import plan_with_dreamshard
from mlopt.sharding.dreamshard.weights import has_dreamshard_weights, load_dreamshard
from mlopt.sharding.neuroshard.beam import column_wise_plan
from mlopt.sharding.neuroshard.search import plan_with_neuroshard
from mlopt.sharding.neuroshard.weights import has_neuroshard_weights, load_neuroshard
from mlopt.sharding.plan_io import plan_document, read_plan_json, write_plan_json
from mlopt.sharding.pretrained import PRETRAINED_DIR, split_tables

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_TABLES = ROOT / "datasets" / "tables" / "dlrm_default.csv"
TABLES_856 = ROOT / "datasets" / "tables" / "dlrm_856.csv"


@pytest.fixture(autouse=True)
def one_thread() -> None:
    torch.set_num_threads(1)


def test_shipped_weights_are_small_and_load_weights_only() -> None:
    assert has_dreamshard_weights() and has_neuroshard_weights()
    assert not list(PRETRAINED_DIR.glob("*_d[0-9]*.pt"))  # one set of weights for every device count
    assert sum(p.stat().st_size for p in PRETRAINED_DIR.iterdir()) < 5 * 2**20
    for path in PRETRAINED_DIR.glob("*shard_*.pt"):
        assert isinstance(torch.load(path, weights_only=True), dict)
        metadata = json.loads(path.with_suffix(".json").read_text())["metadata"]
        assert metadata["command"].startswith("mlopt shard train") and metadata["training"]
    assert load_dreamshard().policy is not None


def test_split_is_disjoint_halves() -> None:
    tables = load_tables_csv(TABLES_856)
    train, test = split_tables(tables, "train"), split_tables(tables, "test")
    assert len(train) + len(test) == len(tables) and not {t.name for t in train} & {t.name for t in test}


@pytest.mark.parametrize("method", ["dreamshard", "neuroshard-tw"])
def test_table_wise_learned_methods_give_valid_plans(method: str) -> None:
    task = ShardingTask(load_tables_csv(DEFAULT_TABLES), 4, 40 * 2**30)
    result = plan_sharding(task, method, AnalyticalOracle("a100"), data_parallel=False)
    result.plan.validate(task)
    assert result.plan.is_table_wise and result.cost.total_ms > 0
    staged = plan_sharding(task, method, AnalyticalOracle("a100"))  # small tables may become data-parallel
    staged.plan.validate(task)
    assert set(staged.plan.sharding_types()) <= {"table_wise", "data_parallel"}


def test_neuroshards_column_splits_are_column_wise_placements(tmp_path: Path) -> None:
    task = ShardingTask(load_tables_csv(DEFAULT_TABLES)[:24], 4, 40 * 2**30)
    oracle = AnalyticalOracle("a100")
    result = plan_sharding(task, "neuroshard", oracle)
    result.plan.validate(task)
    split = [p for p in result.plan.placements if p.sharding_type.value == "column_wise"]
    assert split and result.details["num_shards"] == task.num_tables + sum(len(p.shards) - 1 for p in split)
    document = plan_document(task, result, None, {"name": "analytical"})
    assert set(document["plan"]) == {t.name for t in task.tables}
    assert document["result"]["sharding_types"]["column_wise"] == len(split)
    write_plan_json(tmp_path / "plan.json", document)
    assert read_plan_json(tmp_path / "plan.json") == (task, result.plan.resolved(task))


@pytest.mark.parametrize("method", ["dreamshard", "neuroshard"])
def test_cli_learned_methods(method: str, run_cli) -> None:
    code, out, err = run_cli(["shard", "--tables", str(DEFAULT_TABLES), "--devices", "4", "--method", method])
    assert code == 0, err
    assert f"{method} plan" in out


def test_cli_default_is_never_worse_than_best_greedy(tmp_path: Path, run_cli) -> None:
    out_file = tmp_path / "plan.json"
    code, _, err = run_cli(["shard", "--tables", str(DEFAULT_TABLES), "--devices", "4", "--out", str(out_file)])
    assert code == 0, err
    document = json.loads(out_file.read_text())
    assert document["result"]["cost_ms"] <= document["baseline"]["cost_ms"]


def test_default_portfolio_keeps_the_cheapest_plan_with_the_milps_bound() -> None:
    task = ShardingTask(load_tables_csv(DEFAULT_TABLES), 4, 80 * 2**30)
    oracle = AnalyticalOracle("a100")
    assert default_methods(4) == (("dreamshard", "neuroshard", "milp"), None)
    baseline = best_greedy(task, oracle)
    result, notes = plan_default(task, oracle, baseline, time_limit_s=3, learned_min_limit_s=0)
    details = result.details
    candidates = details["default_candidates"]
    assert notes == [] and set(candidates) == {"milp", "dreamshard", "neuroshard", baseline.method}
    steps = beam_steps(task, LEARNED_SHARE * 3 - get_planner("dreamshard").estimate_s(
        task, PlanBudget(time_limit_s=3, refine_moves=0)))
    assert candidates["dreamshard"] == pytest.approx(plan_sharding(task, "dreamshard", oracle).cost.total_ms)
    assert candidates["neuroshard"] == pytest.approx(
        plan_sharding(task, "neuroshard", oracle, search_steps=steps).cost.total_ms)
    assert result.cost.total_ms == pytest.approx(min(candidates.values()))
    assert candidates[result.method] == pytest.approx(result.cost.total_ms)
    assert result.cost.total_ms <= baseline.cost.total_ms
    assert 0 < details["milp_bound_ms"] <= result.cost.total_ms
    assert details["gap_to_bound"] == pytest.approx(1 - details["milp_bound_ms"] / result.cost.total_ms)


def test_default_portfolio_gives_the_same_plan_twice() -> None:
    task = ShardingTask(load_tables_csv(DEFAULT_TABLES), 8, 80 * 2**30, num_hosts=2)
    oracle = AnalyticalOracle("a100")
    baseline = best_greedy(task, oracle)
    first, _ = plan_default(task, oracle, baseline, time_limit_s=2, seed=3, learned_min_limit_s=0)
    second, _ = plan_default(task, oracle, baseline, time_limit_s=2, seed=3, learned_min_limit_s=0)
    assert first.plan == second.plan and first.cost.total_ms == second.cost.total_ms


@pytest.fixture
def swap_plan() -> Iterator[Callable[[str, Callable[..., Any]], None]]:
    """Replace a registered planner's plan function for one test (restored afterwards)."""
    originals: dict[str, Planner] = {}

    def swap(name: str, make: Callable[..., Any]) -> None:
        planner = originals.setdefault(name, get_planner(name))
        register_planner(dataclasses.replace(planner, plan=make(planner.plan)), replace=True)

    yield swap
    for planner in originals.values():
        register_planner(planner, replace=True)


def test_default_sizes_the_learned_budgets_from_the_limit_and_hints_the_milp(swap_plan) -> None:
    task = ShardingTask(load_tables_csv(DEFAULT_TABLES), 4, 80 * 2**30)
    oracle = AnalyticalOracle("a100")
    seen: dict[str, Any] = {}

    def recording(name: str) -> Callable[..., Any]:
        def make(real: Callable[..., Any]) -> Callable[..., Any]:
            def plan(task, oracle, budget, config):  # type: ignore[no-untyped-def]
                result = real(task, oracle, budget, config)
                seen[name] = (budget, config, result)
                return result
            return plan
        return make

    for name in ("neuroshard", "dreamshard", "milp"):
        swap_plan(name, recording(name))
    plan_default(task, oracle, best_greedy(task, oracle), time_limit_s=2.5, deadline=1e12, learned_min_limit_s=0)
    assert {budget.time_limit_s for budget, _, _ in seen.values()} == {2.5}
    assert {budget.deadline for budget, _, _ in seen.values()} == {1e12}
    assert seen["neuroshard"][0].search_steps == beam_steps(
        task, LEARNED_SHARE * 2.5 - get_planner("dreamshard").estimate_s(task, PlanBudget(refine_moves=0)))
    # the move searches get what the share has left after both searches, and no more than a plain run's count
    spent = sum(get_planner(name).estimate_s(task, seen[name][0]) for name in ("dreamshard", "neuroshard"))
    assert spent <= LEARNED_SHARE * 2.5 + 1e-9
    for name in ("dreamshard", "neuroshard"):
        moves = seen[name][0].refine_moves
        assert 0 < moves <= refine_moves(task, PlanBudget(time_limit_s=2.5))
        assert seen[name][2].details["refine_moves"] <= moves
    assert seen["milp"][1].hints == (seen["dreamshard"][2].plan, seen["neuroshard"][2].plan)
    assert plan_sharding(task, "neuroshard", oracle, search_steps=0).details["grid_searches"] == 1
    assert plan_sharding(task, "neuroshard", oracle).details["grid_searches"] > 1  # a plain --method: its limit's steps


def test_plain_neuroshard_sizes_its_beam_search_from_the_limit_and_the_task_alone() -> None:
    small = ShardingTask(load_tables_csv(DEFAULT_TABLES), 4, 80 * 2**30)
    large = ShardingTask(load_tables_csv(TABLES_856), 24, 80 * 2**30)
    assert standalone_steps(small, 20.0) == 10  # 100 x 4: the whole search fits
    assert 0 < standalone_steps(large, 20.0) < standalone_steps(large, 60.0) < 10  # 856 x 24: a part of it
    assert beam_steps(large, 1.0) == 0 and beam_steps(large, float("inf")) == 10
    oracle = AnalyticalOracle("a100")
    # the step count follows the limit, not the wall clock: a deadline far away changes nothing
    result = plan_sharding(small, "neuroshard", oracle, time_limit_s=2.0, deadline=time.monotonic() + 1e6)
    assert result.details["beam_steps"] == standalone_steps(small, 2.0) == 2
    assert result.details["grid_searches"] > 1


def test_default_skips_a_learned_planner_its_share_of_the_limit_cannot_pay_for() -> None:
    task = ShardingTask(load_tables_csv(DEFAULT_TABLES), 4, 80 * 2**30)
    oracle = AnalyticalOracle("a100")
    result, notes = plan_default(task, oracle, best_greedy(task, oracle), time_limit_s=0.5, learned_min_limit_s=0)
    assert set(result.details["default_candidates"]) - {"milp", "neuroshard"} <= set(greedy_baselines())
    assert "neuroshard" in result.details["default_candidates"]  # its table-wise grid search fits, no beam step
    assert len(notes) == 1 and notes[0].startswith("dreamshard skipped: about 0.3 s expected for 100 tables")


def test_default_skips_the_milp_once_the_deadline_has_passed_and_returns_the_cheapest_other_plan() -> None:
    task = ShardingTask(load_tables_csv(DEFAULT_TABLES), 4, 80 * 2**30)
    oracle = AnalyticalOracle("a100")
    baseline = best_greedy(task, oracle)
    result, notes = plan_default(task, oracle, baseline, time_limit_s=2, deadline=time.monotonic() - 1.0,
                                 learned_min_limit_s=0)
    candidates = result.details["default_candidates"]
    assert "milp" not in candidates and baseline.method in candidates
    assert result.cost.total_ms == min(candidates.values()) <= baseline.cost.total_ms
    assert result.details["milp_status"] == "skipped" and result.details["milp_bound_ms"] is None
    assert notes[-1].startswith("milp skipped: --time-limit 2 s was spent before it could start")


def test_default_keeps_the_other_plans_when_learned_methods_fail(swap_plan) -> None:
    task = ShardingTask(load_tables_csv(DEFAULT_TABLES), 4, 80 * 2**30)
    oracle = AnalyticalOracle("a100")

    def failing(real: Callable[..., Any]) -> Callable[..., Any]:
        def plan(*args):  # type: ignore[no-untyped-def]
            raise InputError("ran out of device memory", field="memory")
        return plan

    swap_plan("dreamshard", failing)
    result, notes = plan_default(task, oracle, best_greedy(task, oracle), time_limit_s=2, learned_min_limit_s=0)
    assert "neuroshard" in result.details["default_candidates"]
    assert len(notes) == 1 and "dreamshard found no plan" in notes[0]
    swap_plan("neuroshard", failing)
    result, notes = plan_default(task, oracle, best_greedy(task, oracle), time_limit_s=2, learned_min_limit_s=0)
    assert "milp" in result.details["default_candidates"] and len(notes) == 2


@pytest.mark.parametrize("num_devices", [5, 12, 32, 64])
def test_default_runs_the_learned_methods_for_any_device_count(num_devices: int) -> None:
    assert default_methods(num_devices) == (("dreamshard", "neuroshard", "milp"), None)


def test_default_without_a_comm_net_runs_dreamshard_and_says_so(tmp_path: Path) -> None:
    for name in ("dreamshard_policy", "dreamshard_cost", "neuroshard_compute"):
        for suffix in (".pt", ".json"):
            (tmp_path / f"{name}{suffix}").write_bytes((PRETRAINED_DIR / f"{name}{suffix}").read_bytes())
    methods, note = default_methods(32, tmp_path)
    assert methods == ("dreamshard", "milp") and note == f"no neuroshard weights in {tmp_path}"


@pytest.mark.parametrize("old", ["dreamshard_cost_d4.pt", "neuroshard_comm_d8.pt"])
def test_per_device_count_weights_are_refused_with_one_line(old: str, tmp_path: Path) -> None:
    (tmp_path / old).write_bytes(b"old weights")
    load = load_dreamshard if old.startswith("dream") else load_neuroshard
    with pytest.raises(InputError, match="per-device-count .* no longer supported") as error:
        load(tmp_path)
    assert "retrain" in str(error.value) and "\n" not in str(error.value)


@pytest.mark.parametrize("num_devices", [12, 48])
def test_shipped_weights_plan_device_counts_never_trained_on(num_devices: int) -> None:
    tables = split_tables(load_tables_csv(TABLES_856), "test")[: 2 * num_devices]
    sizes = [t.size_bytes for t in tables]
    task = ShardingTask(tables, num_devices, max(max(sizes), 2 * sum(sizes) // num_devices))
    models = load_dreamshard()
    plan_with_dreamshard(task, models.policy, models.cost_net, device="cpu").validate(task)
    found = plan_with_neuroshard(task, load_neuroshard(device="cpu"), beam_width=2, max_steps=1, num_candidates=2)
    found.plan.validate(found.shard_task)
    column_wise_plan(task, found.shards).validate(task)
    assert found.shard_task.num_devices == num_devices and found.predicted_cost_ms > 0


def test_missing_weights_fall_back_with_one_line(tmp_path: Path, run_cli) -> None:
    code, out, err = run_cli(["shard", "--tables", str(DEFAULT_TABLES), "--devices", "4", "--model", str(tmp_path),
                              "--time-limit", "1"])
    assert code == 0, err
    notes = [line for line in out.splitlines() if line.startswith("note:")]
    assert len(notes) == 1 and "no dreamshard or neuroshard weights in" in notes[0]
    assert "milp plan" in out


@pytest.mark.parametrize("method", ["dreamshard", "neuroshard"])
def test_bad_model_path_exits_2(method: str, tmp_path: Path, run_cli) -> None:
    for model in (tmp_path / "nowhere", tmp_path):  # no folder; a folder without weights
        code, out, err = run_cli(["shard", "--tables", str(DEFAULT_TABLES), "--devices", "4", "--method", method,
                                  "--model", str(model)])
        assert code == 2 and len(err.strip().splitlines()) == 1 and str(model) in err, err


def test_collect_and_train_round_trip(tmp_path: Path, run_cli) -> None:
    data, weights = tmp_path / "d4.pt", tmp_path / "weights"
    code, _, err = run_cli(["shard", "collect", "--tables", str(TABLES_856), "--split", "train", "--samples", "48",
                            "--devices", "4", "--max-tables", "20", "--keep-dim-prob", "0.5", "--out", str(data),
                            "--quiet"])
    assert code == 0, err
    code, _, err = run_cli(["shard", "train", "--method", "neuroshard", "--data", str(data), "--out", str(weights),
                            "--epochs", "2", "--quiet"])
    assert code == 0, err
    code, _, err = run_cli(["shard", "train", "--method", "dreamshard", "--data", str(data), "--out", str(weights),
                            "--epochs", "1", "--tables", str(TABLES_856), "--split", "train", "--preset", "small",
                            "--iterations", "1", "--num-tables", "10", "20", "--devices", "4", "--replay", "--imitation-tasks",
                            "3", "--quiet"])
    assert code == 0, err
    training = json.loads((weights / "dreamshard_policy.json").read_text())["metadata"]["training"]
    assert training["replay"] is True and training["policy"]["imitation_tasks"] == 3
    assert has_dreamshard_weights(weights) and has_neuroshard_weights(weights)
    for method in ("dreamshard", "neuroshard"):
        for devices in ("4", "12"):  # trained on 4 devices, the nets take the count as an input
            code, out, err = run_cli(["shard", "--tables", str(DEFAULT_TABLES), "--devices", devices, "--method",
                                      method, "--model", str(weights), "--quiet"])
            assert code == 0 and float(out) > 0, err


def test_train_bad_input_exits_2(tmp_path: Path, run_cli) -> None:
    bogus = tmp_path / "data.pt"
    bogus.write_text("not a dataset")
    for argv in (["--method", "autoshard", "--data", str(bogus)], ["--method", "neuroshard", "--data", str(bogus)],
                 ["--method", "dreamshard", "--data", str(bogus), "--imitation-tasks", "-1"], ["--method", "neuroshard"],
                 ["--method", "collectives", "--samples", "3"], ["--method", "collectives", "--epochs", "0"]):
        code, _, err = run_cli(["shard", "train", *argv, "--out", str(tmp_path / "w")])
        assert code == 2 and len(err.strip().splitlines()) == 1, err
