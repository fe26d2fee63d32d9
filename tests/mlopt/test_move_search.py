"""The learned planners' move search (mlopt.sharding.core.move_search) and its two cost-model adapters."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest
import torch

from mlopt.datasets.embedding_tables import ShardingPlan, ShardingTask, load_tables_csv
from mlopt.envs.oracles import AnalyticalOracle
from mlopt.sharding import PlanBudget, plan_sharding
from mlopt.sharding.core.move_search import (MoveModel, affordable_moves, move_search, refine_moves, refine_seconds,
                                             smooth_max)
from mlopt.sharding.dreamshard.moves import DreamShardMoves
from mlopt.sharding.dreamshard.policy import make_scorer, plan_with_dreamshard
from mlopt.sharding.dreamshard.weights import load_dreamshard
from mlopt.sharding.neuroshard.moves import NeuroShardMoves
from mlopt.sharding.neuroshard.search import plan_with_neuroshard
from mlopt.sharding.neuroshard.weights import load_neuroshard

ROOT = Path(__file__).resolve().parents[2]
TABLES = load_tables_csv(ROOT / "datasets" / "tables" / "dlrm_856.csv")


@pytest.fixture(autouse=True)
def one_thread() -> None:
    torch.set_num_threads(1)


def task_of(num_tables: int, num_devices: int, num_hosts: int = 1, slack: float = 2.0) -> ShardingTask:
    tables = TABLES[:num_tables]
    sizes = [t.size_bytes for t in tables]
    return ShardingTask(tables, num_devices, int(max(max(sizes), slack * sum(sizes) / num_devices)),
                        num_hosts=num_hosts)


class Additive:
    """A MoveModel whose device cost is the sum of its tables' weights (a makespan problem with a known bound)."""

    def __init__(self, weights: np.ndarray, num_devices: int) -> None:
        self.weights, self.num_devices = weights, num_devices

    def device_costs(self, plan: np.ndarray) -> np.ndarray:
        return np.bincount(plan, weights=self.weights, minlength=self.num_devices)

    def move_costs(self, plan: np.ndarray, tables: np.ndarray, targets: np.ndarray) -> np.ndarray:
        out = np.repeat(self.device_costs(plan)[None], len(tables), axis=0)
        out[np.arange(len(tables)), plan[tables]] -= self.weights[tables]
        out[np.arange(len(tables)), targets] += self.weights[tables]
        return out


def moved_plans(plan: np.ndarray, tables: np.ndarray, targets: np.ndarray) -> list[np.ndarray]:
    plans = []
    for table, target in zip(tables, targets):
        moved = plan.copy()
        moved[table] = target
        plans.append(moved)
    return plans


def random_moves(plan: np.ndarray, num_devices: int, count: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    tables, targets = rng.integers(0, len(plan), count), rng.integers(0, num_devices, count)
    keep = plan[tables] != targets
    return tables[keep], targets[keep]


@pytest.mark.parametrize("learned", ["neuroshard", "dreamshard"])
def test_move_costs_equal_the_device_costs_of_each_moved_plan(learned: str) -> None:
    task = task_of(120, 12, 2)
    if learned == "neuroshard":
        model: MoveModel = NeuroShardMoves(load_neuroshard(device="cpu"), task)
    else:
        model = DreamShardMoves(make_scorer(task, load_dreamshard().cost_net, "cpu"))
    plan = np.random.default_rng(0).integers(0, 12, 120)
    plan[:3] = 5  # a device with several tables, so a move off it reads its second-largest embedding values
    tables, targets = random_moves(plan, 12, 80, seed=1)
    expected = np.stack([model.device_costs(p) for p in moved_plans(plan, tables, targets)])
    got = model.move_costs(plan, tables, targets)
    assert got.shape == (len(tables), 12)
    np.testing.assert_allclose(got, expected, rtol=1e-5, atol=1e-5)


def test_move_search_balances_an_additive_load_and_keeps_memory() -> None:
    tables = TABLES[:60]
    plan = np.zeros(60, dtype=np.int64)
    plan[30:] = np.arange(30) % 6  # half the tables on device 0, which is badly overloaded
    sizes = np.array([t.size_bytes for t in tables])
    used = np.bincount(plan, weights=sizes, minlength=6)
    task = ShardingTask(tables, 6, int(used.max()))  # the start fits, and memory binds on the fullest devices
    weights = np.random.default_rng(3).uniform(1.0, 10.0, 60)
    model = Additive(weights, 6)
    result = move_search(task, plan, model, max_moves=500)
    loads = model.device_costs(result.plan)
    assert result.predicted_ms == pytest.approx(loads.max())
    assert result.start_predicted_ms == pytest.approx(model.device_costs(plan).max())
    assert loads.max() < 0.6 * result.start_predicted_ms
    assert 0 < result.moves <= 500
    assert (np.bincount(result.plan, weights=sizes, minlength=6) <= task.memory_bytes).all()
    ShardingPlan.from_array(result.plan).validate(task)
    roomy = ShardingTask(tables, 6, int(sizes.sum()))
    balanced = model.device_costs(move_search(roomy, plan, model, max_moves=500).plan)
    assert balanced.max() <= weights.sum() / 6 + weights.max()  # no single move lowers the max (list-scheduling bound)
    again = move_search(task, plan, model, max_moves=500)
    assert np.array_equal(again.plan, result.plan)  # deterministic
    assert np.array_equal(move_search(task, plan, model, max_moves=0).plan, plan)
    assert move_search(task, plan, model, 500, deadline=time.monotonic() - 1).moves == 0  # the guard


def test_smooth_max_lies_between_the_max_and_the_max_plus_tau_log_d() -> None:
    costs = np.array([[1.0, 2.0, 2.0, 0.5]])
    value = smooth_max(costs, 0.1)[0]
    assert 2.0 < value <= 2.0 + 0.1 * np.log(4)
    assert smooth_max(np.array([[1.0, 2.0]]), 0.1)[0] < smooth_max(np.array([[2.0, 2.0]]), 0.1)[0]


def test_move_budget_comes_from_the_limit_and_the_task_size_alone() -> None:
    small, large = task_of(100, 4), task_of(800, 32, 4)
    assert affordable_moves(large, 0.05) < affordable_moves(small, 0.05)
    assert affordable_moves(small, float("inf")) == small.num_tables
    assert affordable_moves(large, 0.0) == 0
    assert refine_moves(large, PlanBudget(time_limit_s=10)) < refine_moves(large, PlanBudget(time_limit_s=60))
    assert refine_moves(large, PlanBudget(time_limit_s=10, refine_moves=7)) == 7
    moves = refine_moves(large, PlanBudget(time_limit_s=10))
    assert refine_seconds(large, moves) <= 0.05 * 10 + 1e-9


@pytest.mark.parametrize("method", ["neuroshard", "dreamshard"])
def test_learned_planners_refine_their_own_plan_and_no_refine_gives_the_papers(method: str) -> None:
    task = task_of(240, 24, 3)
    oracle = AnalyticalOracle("a100")
    paper = plan_sharding(task, method, oracle, time_limit_s=10, refine=False)
    refined = plan_sharding(task, method, oracle, time_limit_s=10, data_parallel=False)  # the moves alone
    if method == "neuroshard":
        found = plan_with_neuroshard(task, load_neuroshard(device="cpu"), max_steps=paper.details["beam_steps"])
        assert paper.details["predicted_cost_ms"] == pytest.approx(found.predicted_cost_ms)
        assert refined.details["search_predicted_ms"] == pytest.approx(found.predicted_cost_ms)
    else:
        models = load_dreamshard()
        rollout = plan_with_dreamshard(task, models.policy, models.cost_net, device="cpu")
        assert paper.plan.assignment == rollout.assignment and "refine_moves" not in paper.details
        assert refined.details["rollout_predicted_ms"] > 0
    assert "refine_moves" not in paper.details
    assert 0 < refined.details["refine_moves"] <= refine_moves(task, PlanBudget(time_limit_s=10))
    start = refined.details.get("search_predicted_ms", refined.details.get("rollout_predicted_ms"))
    assert refined.details["predicted_cost_ms"] < start  # the moves lowered the predicted cost
    refined.plan.validate(task)
    assert refined.plan != paper.plan
