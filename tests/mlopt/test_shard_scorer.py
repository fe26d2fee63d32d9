"""ShardPlanScorer (issue 18, item 5): plans of any sharding types scored in one batched pass, the same as the
cost net's forward pass plan by plan, and the same as BatchedPlanScorer on table-wise plans."""

from __future__ import annotations

import numpy as np
import torch

from mlopt.datasets.embedding_tables import ShardingPlan, ShardingTask
from mlopt.datasets.sharding_plan import TablePlacement, random_placement
from mlopt.datasets.synth_tables import synthesize_tables
from mlopt.nn import seeded
from mlopt.sharding.core.topology import topology_features
from mlopt.sharding.dreamshard.cost_net import DreamShardCostNet
from mlopt.sharding.dreamshard.scorer import BatchedPlanScorer
from mlopt.sharding.dreamshard.shard_scorer import ShardPlanScorer, derived_table, score_plan_loop, shard_keys

GIB = 2**30


def mixed_plans(task: ShardingTask, count: int, seed: int) -> list[ShardingPlan]:
    """Random plans mixing every sharding type and the UVM kernel."""
    rng = np.random.default_rng(seed)
    return [ShardingPlan(tuple(random_placement(t, task.num_devices, task.devices_per_host, rng) for t in task.tables))
            for _ in range(count)]


def test_mixed_plans_score_as_the_per_plan_forward_pass() -> None:
    with seeded(0):
        model = DreamShardCostNet()
    task = ShardingTask(synthesize_tables(14, 3), 8, 80 * GIB, num_hosts=2, ddr_bytes=256 * GIB)
    plans = mixed_plans(task, 12, 1)
    scorer = ShardPlanScorer(model, task, "cpu")
    batched = scorer(plans)
    assert batched.shape == (12,) and bool(torch.all(batched > 0))
    assert torch.allclose(batched, score_plan_loop(model, task, plans), rtol=1e-5, atol=1e-6)
    # a second batch reuses the cached embeddings and gives the same scores
    assert torch.allclose(scorer(plans[::-1]), batched.flip(0), rtol=1e-6, atol=1e-7)
    # different plans of the same tables get different scores
    assert len(set(np.round(batched.numpy(), 6).tolist())) > 1


def test_table_wise_plans_score_as_batched_plan_scorer() -> None:
    with seeded(1):
        model = DreamShardCostNet()
    task = ShardingTask(synthesize_tables(20, 4), 4, 80 * GIB)
    assignments = torch.randint(0, 4, (16, 20), generator=torch.Generator().manual_seed(0))
    plans = [ShardingPlan.from_array(a.numpy()) for a in assignments]
    table_wise = BatchedPlanScorer(model, task.tables, 4, "cpu", topology=topology_features(task))
    assert torch.allclose(ShardPlanScorer(model, task, "cpu")(plans), table_wise(assignments), rtol=1e-5, atol=1e-6)


def test_a_row_block_is_the_table_with_its_rows_and_lookups() -> None:
    task = ShardingTask(synthesize_tables(3, 5), 4, 80 * GIB)
    table = task.tables[1]
    plan = ShardingPlan((TablePlacement.table_wise(0), TablePlacement.row_wise(table, 4),
                         TablePlacement.data_parallel(4)))
    keys, devices = shard_keys(task, plan)
    assert devices.tolist() == [0, 0, 1, 2, 3, 0, 1, 2, 3]
    block = derived_table(task, keys[1])
    assert block.num_embeddings == keys[1][1] < table.num_embeddings and block.dim == table.dim
    assert np.isclose(block.pooling_factor, table.pooling_factor * keys[1][1] / table.num_embeddings)
    replica = derived_table(task, keys[5])
    assert replica.num_embeddings == task.tables[2].num_embeddings
    assert np.isclose(replica.pooling_factor, task.tables[2].pooling_factor / 4)
