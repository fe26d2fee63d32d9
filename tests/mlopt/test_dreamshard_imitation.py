"""DreamShard's imitation warm start: the teacher's trajectory, the loss over it, and a policy that learns it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import torch

from mlopt.datasets.embedding_tables import load_tables_csv
from mlopt.envs.oracles import AnalyticalOracle
from mlopt.envs.sharding.features import table_features
from mlopt.envs.sharding.task_sampler import TaskSampler
from mlopt.errors import InputError
from mlopt.sharding.dreamshard.imitation import demonstrate, imitation_loss, trajectory_logits
from mlopt.sharding.dreamshard.policy import DeviceCostTracker, DreamShardPolicy, make_scorer
from mlopt.sharding.dreamshard.train import DreamShardConfig, train_dreamshard_policy

TABLES = Path(__file__).resolve().parents[2] / "datasets" / "tables" / "dlrm_856.csv"


@pytest.fixture(scope="module")
def pools():
    torch.set_num_threads(1)
    tables = load_tables_csv(TABLES)
    return tables[::2], tables[1::2]


@pytest.fixture(scope="module")
def runs(pools):
    """The small setting with and without the warm start (same seed, so the same initial weights)."""
    base = replace(DreamShardConfig.small(), iterations=1, policy_batches=0)
    return {n: train_dreamshard_policy(pools[0], num_tables=(20, 40), num_devices=[4, 6], memory_factor=1.5,
                                       config=replace(base, imitation_tasks=n), seed=0, quiet=True)
            for n in (0, 60)}


def tasks(pool, count: int, seed: int):
    sampler = TaskSampler(pool, (20, 40), [4, 6, 12], 1, seed=seed, memory_factor=1.3)
    return [sampler.sample() for _ in range(count)]


def agreement(policy: DreamShardPolicy, task, demo) -> float:
    """Share of the teacher's steps where the policy's argmax is one of the tied targets."""
    with torch.no_grad():
        picked = trajectory_logits(policy, task, demo).argmax(-1)
    return float(demo.targets[torch.arange(len(picked)), picked].float().mean())


def test_teacher_places_each_table_on_a_least_loaded_legal_device(runs, pools):
    net = runs[0].cost_net
    for task in tasks(pools[1], 3, seed=1):
        scorer = make_scorer(task, net, "cpu")
        demo = demonstrate(scorer, task)
        assert sorted(demo.order.tolist()) == list(range(task.num_tables))
        steps = torch.arange(task.num_tables)
        assert bool(demo.targets[steps, demo.actions].all()) and not bool((demo.targets & ~demo.legal).any())
        tracker = DeviceCostTracker(scorer, 1)  # replay the actions: the features are the costs before each step
        scale = net.component_scale
        for step, table in enumerate(demo.order.tolist()):
            load = tracker.costs()[0] / scale
            assert torch.allclose(demo.cost_features[step], load, atol=1e-6)
            raw = (load * scale).sum(-1)
            assert raw[demo.actions[step]] <= raw[demo.legal[step]].min() + 1e-5 * float(raw.max().clamp_min(1e-9))
            tracker.place(demo.actions[step:step + 1], table)
        used = np.bincount(demo.actions.numpy(), weights=task.sizes()[demo.order.numpy()], minlength=task.num_devices)
        assert (used <= task.memory_bytes).all()


def test_loss_is_the_stepwise_negative_log_probability_of_the_targets(runs, pools):
    policy, net = runs[0].policy, runs[0].cost_net
    task = tasks(pools[1], 1, seed=2)[0]
    demo = demonstrate(make_scorer(task, net, "cpu"), task)
    emb = policy.embed_tables(torch.as_tensor(table_features(task.tables, task.batch_size), dtype=torch.float32))
    sums = torch.zeros(task.num_devices, emb.shape[1])
    terms = []
    for step, table in enumerate(demo.order.tolist()):  # the rollout's own step-by-step table sums
        logits = policy(sums, demo.cost_features[step]).masked_fill(~demo.legal[step], -np.inf)
        terms.append(-torch.log(torch.softmax(logits, -1)[demo.targets[step]].sum()))
        sums = sums.clone()
        sums[demo.actions[step]] += emb[table]
    assert torch.allclose(imitation_loss(policy, task, demo), torch.stack(terms).mean(), atol=1e-5)


def test_warm_start_teaches_the_teacher_and_helps_on_unseen_device_counts(runs, pools):
    oracle = AnalyticalOracle("a100")
    net = runs[60].cost_net
    held_out = tasks(pools[1], 6, seed=3)
    demos = [demonstrate(make_scorer(t, net, "cpu"), t) for t in held_out]
    before = np.mean([agreement(runs[0].policy, t, d) for t, d in zip(held_out, demos)])
    after = np.mean([agreement(runs[60].policy, t, d) for t, d in zip(held_out, demos)])
    assert after > max(2 * before, 0.6)
    from mlopt.sharding.dreamshard.policy import plan_with_dreamshard
    cost = {n: np.mean([oracle.cost(t, plan_with_dreamshard(t, runs[n].policy, net)).total_ms for t in held_out])
            for n in runs}
    assert cost[60] < cost[0]


def test_a_negative_count_is_refused():
    with pytest.raises(InputError, match="imitation_tasks"):
        DreamShardConfig(imitation_tasks=-1)
