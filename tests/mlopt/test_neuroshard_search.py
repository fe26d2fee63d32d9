"""NeuroShard search (mlopt.sharding.neuroshard): greedy grid search, column-wise beam search, per-shard tasks, and the
cost-model adapters (true analytical oracle; learned nets with random weights for the batching checks)."""

from __future__ import annotations

import time

from pathlib import Path

import numpy as np
import pytest
import torch

from mlopt.datasets.embedding_tables import ShardingPlan, ShardingTask, load_tables_csv
from mlopt.envs.oracles import AnalyticalOracle
from mlopt.envs.sharding.features import raw_table_features
from mlopt.sharding.core.cost_data import CostBatch
from mlopt.sharding.neuroshard.beam import beam_search, can_halve, column_layout, shard_task
from mlopt.sharding.neuroshard.cost_model import OracleCostModel, ShardCostModel
from mlopt.sharding.neuroshard.grid import greedy_grid_search, grid_candidates, grid_search_many
from mlopt.sharding.neuroshard.nets import CommCostNet, ComputeCostNet, simulated_plan_costs
from mlopt.sharding.neuroshard.search import NeuroShardCostModel, plan_with_neuroshard
from mlopt.solvers.sharding import HEURISTICS
from mlopt.solvers.sharding.packing import still_packable

torch.set_num_threads(1)
POOL = load_tables_csv(Path(__file__).resolve().parents[2] / "datasets" / "tables" / "dlrm_856.csv")


def sampled_task(seed: int, num_tables: int = 40, num_devices: int = 4, slack: float = 1.5) -> ShardingTask:
    rng = np.random.default_rng(seed)
    tables = tuple(POOL[i] for i in rng.choice(len(POOL), num_tables, replace=False))
    sizes = np.array([t.size_bytes for t in tables])
    return ShardingTask(tables, num_devices, int(max(sizes.max(), slack * sizes.sum() / num_devices)))


def learned_model(num_devices: int, seed: int = 0) -> NeuroShardCostModel:
    torch.manual_seed(seed)
    return NeuroShardCostModel(ComputeCostNet(), CommCostNet(), device="cpu")  # any num_devices


@pytest.fixture(scope="module")
def oracle() -> AnalyticalOracle:
    return AnalyticalOracle("a100")


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_grid_plan_is_valid_and_beats_size_greedy(seed: int, oracle: AnalyticalOracle) -> None:
    task = sampled_task(seed)
    model = OracleCostModel(oracle)
    assert isinstance(model, ShardCostModel)
    result = greedy_grid_search(task, model)
    result.plan.validate(task)
    true = oracle.cost(task, result.plan).total_ms
    assert result.cost_ms == pytest.approx(true, rel=1e-9)
    assert result.cost_ms == pytest.approx(min(result.candidate_costs_ms))
    assert len(result.candidate_costs_ms) == 11 and 1.0 <= result.scale <= 1.5
    assert true <= oracle.cost(task, HEURISTICS["size-greedy"](task, seed)).total_ms


def test_batched_scoring_equals_one_by_one(oracle: AnalyticalOracle) -> None:
    task = sampled_task(3)
    model = OracleCostModel(oracle)
    plans, fitted = grid_candidates(task, model)
    assert fitted.all()
    grid = greedy_grid_search(task, model)
    one_by_one = [oracle.cost(task, ShardingPlan.from_array(p)).total_ms for p in plans]
    np.testing.assert_allclose(grid.candidate_costs_ms, one_by_one, rtol=1e-9)
    shards = [np.flatnonzero(plans[0] == d) for d in range(task.num_devices)]
    batched = model.shard_compute(task, np.concatenate(shards), plans[0][np.concatenate(shards)], task.num_devices)
    for d, tables in enumerate(shards):
        alone = model.shard_compute(task, tables, np.zeros(len(tables), dtype=np.int64), 1)
        assert batched[d] == pytest.approx(alone[0], rel=1e-9)
        assert batched[d] == pytest.approx(oracle.device_costs(task, ShardingPlan.from_array(plans[0]))[d, :2].sum())


def test_learned_adapter_batches_like_the_nets_module() -> None:
    task = sampled_task(4, num_tables=20)
    model = learned_model(task.num_devices)
    plans = np.random.default_rng(0).integers(0, task.num_devices, size=(5, task.num_tables))
    raw = torch.from_numpy(raw_table_features(task.tables, task.batch_size)).float()
    expected = []
    for plan in plans:
        batch = CostBatch(raw, raw, torch.as_tensor(plan), torch.zeros(task.num_devices, dtype=torch.long),
                          torch.zeros(task.num_devices, 4), 1, model.features(task).topology[None])
        with torch.no_grad():
            expected.append(float(simulated_plan_costs(model.compute, model.comm, batch)[0]))
    np.testing.assert_allclose(model.plan_costs(task, plans), expected, rtol=1e-5)
    result = plan_with_neuroshard(task, model, beam_width=2, max_steps=2, num_candidates=3)
    assert result.predicted_cost_ms <= result.table_wise_cost_ms
    alone = model.plan_costs(result.shard_task, result.plan.as_array()[None])[0]
    assert result.predicted_cost_ms == pytest.approx(float(alone), rel=1e-5)


@pytest.mark.parametrize("seed", [5, 6])
def test_beam_never_worse_than_grid(seed: int, oracle: AnalyticalOracle) -> None:
    task = sampled_task(seed)
    model = OracleCostModel(oracle)
    beam = beam_search(task, model, beam_width=3, max_steps=3, num_candidates=5)
    grid = greedy_grid_search(task, model)
    assert beam.table_wise.cost_ms == pytest.approx(grid.cost_ms)
    assert beam.cost_ms <= grid.cost_ms
    assert 1 < beam.evaluations <= 1 + 3 * 3 * 10
    beam.plan.validate(beam.shard_task)
    assert oracle.cost(beam.shard_task, beam.plan).total_ms == pytest.approx(beam.cost_ms, rel=1e-9)
    assert [s.device for s in beam.shards] == list(beam.plan.assignment)


def test_beam_starts_no_step_after_its_deadline(oracle: AnalyticalOracle) -> None:
    task = sampled_task(5)
    model = OracleCostModel(oracle)
    expired = beam_search(task, model, beam_width=3, max_steps=3, num_candidates=5, deadline=time.perf_counter())
    assert expired.evaluations == 1 and expired.levels == (0,) * task.num_tables
    assert expired.cost_ms == pytest.approx(expired.table_wise.cost_ms)
    later = beam_search(task, model, beam_width=3, max_steps=3, num_candidates=5, deadline=time.perf_counter() + 600)
    assert later.evaluations > 1


def test_column_splits_keep_dims_and_memory() -> None:
    task = sampled_task(7, num_tables=12)
    levels = tuple(next(k for k in (2, 1, 0) if k == 0 or can_halve(t.dim, k - 1)) for t in task.tables)
    assert any(levels)
    slices = column_layout(task, levels)
    per_shard = shard_task(task, slices)
    assert per_shard.num_tables == len(slices) == sum(2**k for k in levels)
    assert per_shard.sizes().sum() == task.sizes().sum()
    assert (per_shard.num_devices, per_shard.memory_bytes, per_shard.batch_size) == (
        task.num_devices, task.memory_bytes, task.batch_size)
    for i, table in enumerate(task.tables):
        mine = [s for s in slices if s.table == i]
        assert sum(s.dim for s in mine) == table.dim
        assert [s.offset for s in mine] == list(range(0, table.dim, table.dim >> levels[i]))
        assert all(s.dim % 4 == 0 for s in mine)
    split = next(i for i, k in enumerate(levels) if k)
    name = task.tables[split].name
    width = task.tables[split].dim >> levels[split]
    assert f"{name}[0:{width}]" in {t.name for t in per_shard.tables}
    assert shard_task(task, column_layout(task, (0,) * task.num_tables)) == task
    assert can_halve(8, 0) and not can_halve(4, 0) and not can_halve(12, 0)
    assert can_halve(24, 0) and not can_halve(24, 1) and can_halve(128, 4) and not can_halve(128, 5)
    with pytest.raises(ValueError):
        column_layout(task, (9,) * task.num_tables)


def test_per_shard_task_prices_like_the_table(oracle: AnalyticalOracle) -> None:
    task = sampled_task(8, num_tables=10)
    split = next(i for i, t in enumerate(task.tables) if can_halve(t.dim, 0))
    levels = tuple(int(i == split) for i in range(task.num_tables))
    slices = column_layout(task, levels)
    per_shard = shard_task(task, slices)
    plan = np.arange(task.num_tables) % task.num_devices
    both_halves_together = ShardingPlan.from_array([plan[s.table] for s in slices])
    whole, halves = oracle.device_costs(task, ShardingPlan.from_array(plan)), oracle.device_costs(
        per_shard, both_halves_together)
    np.testing.assert_allclose(halves[:, 2:], whole[:, 2:], rtol=1e-9)  # comm depends on the device's dim sum
    np.testing.assert_allclose(both_halves_together.memory_per_device(per_shard),
                               ShardingPlan.from_array(plan).memory_per_device(task))
    spread = list(both_halves_together.assignment)
    spread[split + 1] = (spread[split] + 1) % task.num_devices  # second half to the next device
    model = OracleCostModel(oracle)
    assert model.plan_costs(per_shard, np.array([spread]))[0] == pytest.approx(
        oracle.cost(per_shard, ShardingPlan.from_array(spread)).total_ms, rel=1e-9)


def test_table_wise_entry_point_has_one_shard_per_table(oracle: AnalyticalOracle) -> None:
    task = sampled_task(9, num_tables=20)
    result = plan_with_neuroshard(task, OracleCostModel(oracle), column_wise=False)
    assert result.shard_task == task and result.evaluations == 1
    assert [(s.table, s.offset, s.dim) for s in result.shards] == [(i, 0, t.dim) for i, t in enumerate(task.tables)]
    assert result.predicted_cost_ms == pytest.approx(oracle.cost(task, result.plan).total_ms)


def test_memory_lookahead_keeps_large_late_tables_placeable() -> None:
    free = np.array([[10, 10], [10, 4], [4, 4]])
    np.testing.assert_array_equal(still_packable(free, np.array([8, 4, 4])), [True, False, False])
    task = sampled_task(3)  # memory-tight: without the lookahead a large, late table no longer fits
    result = greedy_grid_search(task, OracleCostModel(AnalyticalOracle("a100")))
    result.plan.validate(task)


def first_fit_packs(free: np.ndarray, sizes_desc: np.ndarray) -> bool:
    """Plain first-fit simulation, the definition :func:`still_packable` must agree with when it says False."""
    free = free.copy()
    for size in sizes_desc:
        room = np.flatnonzero(free >= size)
        if not len(room):
            return False
        free[room[0]] -= size
    return True


def test_still_packable_per_group_matches_first_fit() -> None:
    rng = np.random.default_rng(0)
    groups = -np.sort(-rng.integers(1, 6, size=(3, 7)), axis=1)
    groups[rng.random(groups.shape) < 0.3] = 0  # placed tables leave zeros anywhere in a list
    free = rng.integers(0, 12, size=(300, 3))
    group = rng.integers(0, 3, size=300)
    got = still_packable(free, groups, group)
    expected = [first_fit_packs(free[row], groups[group[row]][groups[group[row]] > 0]) for row in range(300)]
    np.testing.assert_array_equal(got, expected)
    assert 0 < got.sum() < len(got)
    assert not still_packable(np.array([[3, 3, 3]]), np.array([[0, 5]]), np.array([0]))[0]  # a hole, then a misfit
    np.testing.assert_array_equal(still_packable(free, groups[0]), still_packable(free, groups, np.zeros(300, int)))


class EmbeddingFreeModel:
    """The learned adapter without its embedding shortcut: the grid search must reprice whole shards."""

    def __init__(self, model: NeuroShardCostModel) -> None:
        self.shard_compute, self.plan_costs = model.shard_compute, model.plan_costs


@pytest.mark.parametrize("learned", [False, True])
def test_lockstep_batch_equals_one_task_at_a_time(learned: bool, oracle: AnalyticalOracle) -> None:
    tasks = [sampled_task(seed, num_tables=25) for seed in (10, 11, 12)]
    tasks = [ShardingTask(t.tables, t.num_devices, max(u.memory_bytes for u in tasks)) for t in tasks]
    model = learned_model(4) if learned else OracleCostModel(oracle)
    batched = grid_search_many(tasks, model)
    for task, result in zip(tasks, batched, strict=True):
        alone = greedy_grid_search(task, model)
        assert result is not None and result.plan == alone.plan
        np.testing.assert_allclose(result.candidate_costs_ms, alone.candidate_costs_ms, rtol=1e-6)
    if learned:  # the incremental embedding sums give the same plans as repricing every shard
        slow = greedy_grid_search(tasks[0], EmbeddingFreeModel(model))
        assert slow.plan == batched[0].plan and slow.cost_ms == pytest.approx(batched[0].cost_ms, rel=1e-5)


@torch.no_grad()
def test_summed_head_projections_price_like_the_pooled_embeddings() -> None:
    torch.manual_seed(0)
    net = ComputeCostNet()
    net.output_scale.fill_(3.0)
    emb = torch.randn(6, 32)
    shards = [[0, 1, 2], [3], [4, 5]]
    pooled = torch.stack([emb[s].sum(0) for s in shards])
    projected = torch.stack([net.head_projection(emb[s]).sum(0) for s in shards])
    torch.testing.assert_close(net.projected_costs(projected), net.pooled_costs(pooled), rtol=1e-5, atol=1e-6)
