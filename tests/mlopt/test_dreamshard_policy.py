"""DreamShard policy: valid plans for unseen T and D, learning on small tasks, no oracle in the policy
update, checkpoints, and REINFORCE against the Gymnasium env."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
import torch

from mlopt.datasets.embedding_tables import EmbeddingTable, ShardingTask, load_tables_csv
from mlopt.envs.oracles import AnalyticalOracle
from mlopt.envs.sharding.task_sampler import TaskSampler
from mlopt.errors import InputError
from mlopt.sharding.dreamshard import train as ds_train
from mlopt.sharding.dreamshard.env_reinforce import train_on_env
from mlopt.sharding.dreamshard.policy import (DeviceCostTracker, DreamShardPolicy, load_policy, lookahead_mask,
                                               make_scorer, plan_with_dreamshard, save_policy)
from mlopt.sharding.dreamshard.train import DreamShardConfig, train_dreamshard_policy
from mlopt.solvers.sharding import HEURISTICS

TABLES = Path(__file__).resolve().parents[2] / "datasets" / "tables" / "dlrm_856.csv"
MEMORY = 5 * 2**30


@pytest.fixture(scope="module", autouse=True)
def one_thread():
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


class CountingOracle:
    """The analytical oracle, counting every call."""

    name = "counting"

    def __init__(self) -> None:
        self.inner = AnalyticalOracle("a100")
        self.calls = 0

    def cost(self, task, plan):
        self.calls += 1
        return self.inner.cost(task, plan)

    def table_costs(self, task):
        self.calls += 1
        return self.inner.table_costs(task)

    def device_overhead_ms(self, task):
        self.calls += 1
        return self.inner.device_overhead_ms(task)


@pytest.fixture(scope="module")
def pools():
    tables = load_tables_csv(TABLES)
    return tables[::2], tables[1::2]


@pytest.fixture(scope="module")
def trained(pools):
    """A small-setting run on 20-table / 4-device tasks, with oracle calls counted per phase."""
    oracle = CountingOracle()
    calls_in_policy_update = []
    step = ds_train.reinforce_step

    def counted(*args, **kwargs):
        before = oracle.calls
        out = step(*args, **kwargs)
        calls_in_policy_update.append(oracle.calls - before)
        return out

    mp = pytest.MonkeyPatch()
    mp.setattr(ds_train, "reinforce_step", counted)
    try:
        result = train_dreamshard_policy(pools[0], num_tables=20, num_devices=4, oracle=oracle,
                                         config=DreamShardConfig.small(), seed=0, quiet=True)
    finally:
        mp.undo()
    return result, oracle, calls_in_policy_update


def held_out_tasks(pool, num_tables: int, num_devices: int, count: int, seed: int) -> list[ShardingTask]:
    sampler = TaskSampler(pool, num_tables, num_devices, MEMORY, seed=seed)
    return [sampler.sample() for _ in range(count)]


def test_policy_update_uses_no_oracle_and_history_is_recorded(trained):
    result, oracle, per_update = trained
    config = DreamShardConfig.small()
    assert len(per_update) == config.iterations * config.policy_batches
    assert set(per_update) == {0}
    assert oracle.calls > 0  # the real evaluations do use it
    assert [h.iteration for h in result.history] == list(range(config.iterations))
    assert all(math.isfinite(h.mean_cost_ms) and h.ratio_to_greedy > 0 for h in result.history)
    assert result.history[-1].buffer_size > result.history[0].buffer_size
    assert result.cpu_s > 0


def test_trained_policy_beats_random_and_untrained(trained, pools):
    result, _, _ = trained
    oracle = AnalyticalOracle("a100")
    tasks = held_out_tasks(pools[1], 20, 4, 8, seed=7)
    with torch.random.fork_rng():
        torch.manual_seed(0)  # the same initial weights as the trained run
        untrained = DreamShardPolicy()
    net = result.cost_net
    trained_ms = np.mean([oracle.cost(t, plan_with_dreamshard(t, result.policy, net)).total_ms for t in tasks])
    untrained_ms = np.mean([oracle.cost(t, plan_with_dreamshard(t, untrained, net)).total_ms for t in tasks])
    random_ms = np.mean([oracle.cost(t, HEURISTICS["random"](t, i)).total_ms for i, t in enumerate(tasks)])
    assert trained_ms < random_ms
    assert trained_ms < untrained_ms


@pytest.mark.parametrize("num_tables,num_devices", [(20, 4), (7, 2), (35, 8), (60, 3)])
def test_plans_are_valid_for_seen_and_unseen_sizes(trained, pools, num_tables, num_devices):
    result, _, _ = trained
    for task in held_out_tasks(pools[1], num_tables, num_devices, 2, seed=num_tables):
        plan = plan_with_dreamshard(task, result.policy, result.cost_net)
        assert len(plan.assignment) == num_tables
        plan.validate(task)  # device range and memory


def test_plan_raises_input_error_when_nothing_fits(trained):
    result, _, _ = trained
    big = EmbeddingTable("big", 10_000_000, 128, 1.0)
    task = ShardingTask((big, big), 2, big.size_bytes + 1)
    task_too_small = ShardingTask((big,), 2, big.size_bytes - 1)
    plan_with_dreamshard(task, result.policy, result.cost_net).validate(task)
    with pytest.raises(InputError):
        plan_with_dreamshard(task_too_small, result.policy, result.cost_net)


def test_training_is_seeded(pools):
    config = DreamShardConfig(iterations=1, real_evals=2, cost_steps=3, cost_batch_size=4, policy_batches=2,
                              episodes_per_batch=3)
    runs = [train_dreamshard_policy(pools[0], num_tables=8, num_devices=(2, 3), config=config, seed=3, quiet=True)
            for _ in range(2)]
    for a, b in zip(runs[0].policy.state_dict().values(), runs[1].policy.state_dict().values()):
        assert torch.equal(a, b)
    for a, b in zip(runs[0].cost_net.state_dict().values(), runs[1].cost_net.state_dict().values()):
        assert torch.equal(a, b)  # one cost net for both device counts
    assert runs[0].history == runs[1].history


def test_policy_checkpoint_round_trip(trained, tmp_path):
    result, _, _ = trained
    path = tmp_path / "policy.pt"
    save_policy(result.policy, path, {"note": "test"})
    loaded, metadata = load_policy(path)
    assert metadata == {"note": "test"}
    for key, value in result.policy.state_dict().items():
        assert torch.equal(value, loaded.state_dict()[key])


def test_env_reinforce_runs_with_finite_rewards():
    policy, rewards = train_on_env("mlopt/Sharding-v0", episodes=6, batch_episodes=3, seed=0, quiet=True,
                                   env_kwargs={"num_tables": 6, "num_devices": (2, 3), "max_devices": 3})
    assert isinstance(policy, DreamShardPolicy)
    assert len(rewards) == 6 and all(math.isfinite(r) and r < 0 for r in rewards)



def _first_fit(sizes_desc: np.ndarray, free: np.ndarray) -> bool:
    free = free.copy()
    for size in sizes_desc:
        fits = np.flatnonzero(free >= size)
        if not fits.size:
            return False
        free[fits[0]] -= size
    return True


def test_lookahead_mask_equals_first_fit_per_device() -> None:
    rng = np.random.default_rng(0)
    for _ in range(30):
        b, d, memory = 3, int(rng.integers(2, 6)), 100
        used = torch.as_tensor(rng.integers(0, 80, size=(b, d)))
        size = int(rng.integers(1, 30))
        remaining = np.sort(rng.integers(1, 40, size=int(rng.integers(0, 8))))[::-1]
        legal = used + size <= memory
        got = lookahead_mask(legal, used, size, remaining, memory)
        for e in range(b):
            free = memory - used[e].numpy()
            want = np.array([bool(legal[e, j]) and _first_fit(remaining, free - size * (np.arange(d) == j))
                             for j in range(d)])
            expected = want if want.any() else legal[e].numpy()  # no packable device: plain memory mask
            assert (got[e].numpy() == expected).all()


def test_device_cost_tracker_equals_full_reduction(trained, pools) -> None:
    result = trained[0]
    task = held_out_tasks(pools[1], 30, 4, 1, seed=3)[0]
    scorer = make_scorer(task, result.cost_net, "cpu")
    tracker = DeviceCostTracker(scorer, 5)
    rng = np.random.default_rng(1)
    plans = torch.as_tensor(rng.integers(0, 4, size=(5, 30)))
    net = scorer.model
    for step in range(30):
        tracker.place(plans[:, step], step)
        if step in (0, 7, 29):
            rows = (plans[:, : step + 1] + 4 * torch.arange(5)[:, None]).reshape(-1)
            placed = scorer.embeddings[: step + 1].repeat(5, 1)
            h = net.device_repr(placed, rows, 5 * 4)
            with torch.no_grad():
                want = net.device_costs(h, torch.bincount(rows, minlength=20) > 0).view(5, 4, -1)
            assert torch.allclose(tracker.costs(), want, atol=1e-5)
