"""Tests of the DreamShard MDP env, its task sampler and the 21 table features."""

from __future__ import annotations

import subprocess
import sys

import gymnasium
import numpy as np
import pytest
from gymnasium.utils.env_checker import check_env

import mlopt.envs  # noqa: F401 - registers mlopt/Sharding-v0
from mlopt.envs import InvalidActionError
from mlopt.datasets.embedding_tables import EmbeddingTable, ShardingPlan, ShardingTask
from mlopt.envs.oracles.base import COMPONENTS, DeviceCost, PlanCost
from mlopt.envs.sharding import ShardingEnv, TaskSampler, raw_table_features, table_features
from mlopt.envs.sharding.env import NUM_DEVICE_FEATURES
from mlopt.envs.sharding.features import ABSOLUTE, DIM_SCALE, LOG_SCALE, NUM_FEATURES, Z_NORMALIZED
from mlopt.errors import InputError

GIB = 2**30


def synthetic_tables(n: int, seed: int = 0) -> list[EmbeddingTable]:
    rng = np.random.default_rng(seed)
    tables = []
    for i in range(n):
        bins = rng.dirichlet(np.ones(17)) if i % 3 == 0 else None
        tables.append(EmbeddingTable(
            f"t{i}", int(rng.integers(1_000, 1_000_000)), int(rng.choice([4, 8, 16, 32, 64, 128])),
            float(rng.uniform(1, 40)), access_alpha=float(rng.uniform(0.6, 1.4)) if i % 3 == 1 else None,
            distribution=None if bins is None else tuple(float(b) for b in bins),
        ))
    return tables


def equal_tables(n: int, rows: int = 1_000_000, dim: int = 64) -> tuple[EmbeddingTable, ...]:
    """``n`` tables of the same size (rows * dim * 4 bytes) with different pooling factors."""
    return tuple(EmbeddingTable(f"e{i}", rows, dim, 1.0 + i) for i in range(n))


class SizeOracle:
    """Additive toy oracle: each table costs its size in GiB in every component (order = by size)."""

    name = "size"

    def table_costs(self, task: ShardingTask) -> np.ndarray:
        return np.repeat(task.sizes()[:, None] / GIB, len(COMPONENTS), axis=1)

    def cost(self, task: ShardingTask, plan: ShardingPlan) -> PlanCost:
        per_device = np.zeros((task.num_devices, len(COMPONENTS)))
        np.add.at(per_device, plan.as_array(), self.table_costs(task))
        return PlanCost(tuple(DeviceCost(*row) for row in per_device))

    def device_overhead_ms(self, task: ShardingTask) -> float:
        return 0.0


def first_legal(obs: dict[str, np.ndarray]) -> int:
    return int(np.flatnonzero(obs["action_mask"])[0])


@pytest.fixture(scope="module")
def pool() -> list[EmbeddingTable]:
    return synthetic_tables(40)


def make_env(pool, **kwargs) -> ShardingEnv:
    args = dict(tables=pool, num_tables=12, num_devices=4, memory_gb=2.0)
    args.update(kwargs)
    return ShardingEnv(**args)


# ------------------------------------------------------------------------------------------ features


def test_features_shape_normalization_and_bins(pool):
    raw = raw_table_features(pool)
    feats = table_features(pool)
    assert raw.shape == (40, 21) and feats.shape == (40, 24)
    np.testing.assert_allclose(raw[:, 3], raw[:, 1] * raw[:, 0])
    np.testing.assert_allclose(raw[:, 0], [t.dim for t in pool])
    np.testing.assert_allclose(raw[:, 4:].sum(axis=1), 1.0, atol=1e-9)
    np.testing.assert_allclose(raw[0, 4:], pool[0].distribution)  # given bins are used as they are
    for col in Z_NORMALIZED:
        assert abs(feats[:, col].mean()) < 1e-9
        assert feats[:, col].std() == pytest.approx(1.0)
    np.testing.assert_allclose(feats[:, 0], raw[:, 0] / DIM_SCALE)
    np.testing.assert_allclose(feats[:, 4:21], raw[:, 4:])
    # the absolute columns: log1p of rows, pooling and size over LOG_SCALE, the same whatever the task
    np.testing.assert_allclose(feats[:, list(ABSOLUTE)], np.log1p(raw[:, [1, 2, 3]]) / LOG_SCALE)
    np.testing.assert_allclose(table_features(pool[:5])[:, list(ABSOLUTE)], feats[:5, list(ABSOLUTE)])
    # Zipf bins depend on the table's alpha: a steeper table has more rows in hot bins.
    flat, steep = (EmbeddingTable("a", 100_000, 16, 5.0, access_alpha=a) for a in (0.6, 1.4))
    b = raw_table_features([flat, steep])[:, 4:]
    assert (b[1] * np.arange(17)).sum() != pytest.approx((b[0] * np.arange(17)).sum())


def test_features_constant_column_and_large_pool():
    same = equal_tables(5)
    feats = table_features(same)
    assert np.all(feats[:, 1] == 0.0) and np.all(np.isfinite(feats))  # std 0 -> centered only
    assert table_features(synthetic_tables(1000, seed=1)).shape == (1000, NUM_FEATURES)


# ------------------------------------------------------------------------------------------ sampler


def test_task_sampler_draws_without_replacement_and_is_seeded(pool):
    sampler = TaskSampler(pool, (5, 8), [2, 3], 2 * GIB, seed=3)
    tasks = [sampler.sample() for _ in range(20)]
    assert all(5 <= t.num_tables <= 8 and t.num_devices in (2, 3) for t in tasks)
    assert all(len({x.name for x in t.tables}) == t.num_tables for t in tasks)
    assert len({t.num_devices for t in tasks}) == 2
    again = TaskSampler(pool, (5, 8), [2, 3], 2 * GIB, seed=3)
    assert [again.sample() for _ in range(20)] == tasks
    small = TaskSampler(pool[:3], 6, 4, 2 * GIB, seed=0).sample()  # pool too small: with replacement
    assert small.num_tables == 6


def test_task_sampler_rejects_impossible_tasks_and_fixed_mode(pool):
    big = equal_tables(4)  # 256 MB each
    with pytest.raises(InputError):
        TaskSampler(big, 4, 1, 600 * 2**20, seed=0).sample()  # only two fit on the single device
    task = ShardingTask(big, 2, 600 * 2**20)
    assert TaskSampler.fixed(task).sample() is task
    with pytest.raises(InputError):
        TaskSampler.fixed(ShardingTask(big, 1, 600 * 2**20))


# ---------------------------------------------------------------------------------------------- env


def test_check_env_passes(pool):
    check_env(make_env(pool, render_mode="ansi").unwrapped)
    check_env(make_env(pool, num_devices=[2, 3], max_devices=5, reward="normalized").unwrapped,
              skip_render_check=True)


def test_gymnasium_make_and_cheap_import(pool):
    env = gymnasium.make("mlopt/Sharding-v0", tables=pool, num_tables=6, num_devices=2, memory_gb=2.0)
    obs, info = env.reset(seed=0)
    assert isinstance(env.unwrapped, ShardingEnv)
    assert obs["devices"].shape == (2, NUM_DEVICE_FEATURES)
    code = "import sys, mlopt.envs; assert 'torch' not in sys.modules; assert 'mlopt/Sharding-v0' in " \
           "__import__('gymnasium').registry"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_episode_reward_is_minus_oracle_cost_and_obs_in_space(pool):
    env = make_env(pool, render_mode="ansi")
    obs, info = env.reset(seed=1)
    task = env.task
    rng = np.random.default_rng(0)
    costs = env.oracle.table_costs(task).sum(axis=1)
    seen = []
    for step in range(task.num_tables):
        assert env.observation_space.contains(obs)
        assert obs["tables_left"][0] == pytest.approx((task.num_tables - step) / task.num_tables)
        np.testing.assert_array_equal(info["action_mask"], obs["action_mask"])
        np.testing.assert_allclose(obs["table"], table_features(task.tables)[env.current_table], rtol=1e-6)
        seen.append(env.current_table)
        obs, reward, terminated, truncated, info = env.step(int(rng.choice(np.flatnonzero(obs["action_mask"]))))
        assert not truncated
        assert terminated == (step == task.num_tables - 1)
        if not terminated:
            assert reward == 0.0
    assert env.observation_space.contains(obs)
    assert sorted(seen) == list(range(task.num_tables))
    assert np.all(np.diff(costs[seen]) <= 0)  # descending single-table cost
    plan = ShardingPlan.from_array(info["plan"])
    expected = env.oracle.cost(task, plan).total_ms
    assert reward == pytest.approx(-expected, rel=1e-12)
    assert info["cost_ms"] == pytest.approx(expected)
    assert max(d["total_ms"] for d in info["breakdown"].values()) == pytest.approx(expected)
    used = obs["devices"][:, 2 * NUM_FEATURES]
    assert used @ np.full(4, task.memory_bytes) == pytest.approx(task.sizes().sum(), rel=1e-6)
    assert "device" in env.render()


def test_device_state_sums_features_and_tracks_cost(pool):
    env = make_env(pool)
    obs, _ = env.reset(seed=2)
    feats = table_features(env.task.tables)
    first = env.current_table
    obs, *_ = env.step(1)
    second = env.current_table
    obs, *_ = env.step(1)
    dev = obs["devices"][1]
    n = NUM_FEATURES
    np.testing.assert_allclose(dev[:n], feats[first] + feats[second], rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(dev[n:2 * n], np.maximum(feats[first], feats[second]), rtol=1e-5, atol=1e-6)
    assert dev[2 * n] + dev[2 * n + 1] == pytest.approx(1.0)
    assert dev[2 * n + 2:2 * n + 6].sum() > 0 and dev[2 * n + 6] == 1.0
    empty = np.zeros(NUM_DEVICE_FEATURES)
    empty[[2 * NUM_FEATURES + 1, NUM_DEVICE_FEATURES - 1]] = 1.0  # all memory free, present
    np.testing.assert_array_equal(obs["devices"][0], empty)


def test_action_mask_excludes_full_devices():
    tables = equal_tables(5)  # 256 MiB each; a device holds two
    task = ShardingTask(tables, 3, 2 * 256 * 2**20 + 1)
    env = ShardingEnv(task=task, max_devices=4)
    obs, info = env.reset(seed=0)
    np.testing.assert_array_equal(obs["action_mask"], [1, 1, 1, 0])
    obs, *_ = env.step(0)
    obs, *_, info = env.step(0)
    np.testing.assert_array_equal(obs["action_mask"], [0, 1, 1, 0])
    np.testing.assert_array_equal(info["action_mask"], [0, 1, 1, 0])
    obs, *_ = env.step(1)
    obs, *_ = env.step(1)
    np.testing.assert_array_equal(obs["action_mask"], [0, 0, 1, 0])
    obs, reward, terminated, _, info = env.step(2)
    assert terminated and reward < 0 and info["plan"].count(0) == 2


@pytest.mark.parametrize("action", [0, 3])  # a full device, a padded one: in the space, masked
def test_illegal_action_terminates_with_penalty(action):
    task = ShardingTask(equal_tables(5), 3, 2 * 256 * 2**20 + 1)
    env = ShardingEnv(task=task, max_devices=4)
    env.reset(seed=0)
    env.step(0)
    env.step(0)
    obs, reward, terminated, truncated, info = env.step(action)
    assert terminated and not truncated and info["illegal_action"] and not info["dead_end"]
    assert reward == env.penalty and reward < -env.oracle.cost(task, ShardingPlan((0, 0, 1, 1, 2))).total_ms
    assert not obs["action_mask"].any() and env.observation_space.contains(obs)
    with pytest.raises(RuntimeError):
        env.step(1)


@pytest.mark.parametrize("action", [4, -1, 1.0, np.array([1])])
def test_action_outside_the_space_raises_and_changes_nothing(action):
    # a device index past max_devices used to end the episode with the penalty; it is now outside the
    # action space, which raises in every mlopt env (mlopt.envs.conventions)
    env = ShardingEnv(task=ShardingTask(equal_tables(5), 3, 2 * 256 * 2**20 + 1), max_devices=4)
    env.reset(seed=0)
    env.step(0)
    before = env.assignment.copy()
    with pytest.raises(InvalidActionError, match=r"ShardingEnv: action .* outside the action space Discrete\(4\)"):
        env.step(action)
    np.testing.assert_array_equal(env.assignment, before)
    _, reward, terminated, _, info = env.step(1)  # the episode goes on
    assert not terminated and reward == 0.0 and not info["illegal_action"]


def test_memory_dead_end_terminates():
    unit = 2**28
    sizes = [5, 5, 4, 3, 3]  # first-fit-decreasing packs them in two devices of 10 units
    tables = tuple(EmbeddingTable(f"s{i}", s * unit // (4 * 16), 16, 2.0) for i, s in enumerate(sizes))
    task = ShardingTask(tables, 2, 10 * unit)
    env = ShardingEnv(task=task, oracle=SizeOracle())
    env.reset(seed=0)
    for action in (0, 1, 0):  # 5 | 5 | 4 -> free 1 and 5
        _, reward, terminated, _, info = env.step(action)
        assert not terminated and reward == 0.0
    _, reward, terminated, _, info = env.step(1)  # 3 -> free 1 and 2: the last 3 fits nowhere
    assert terminated and info["dead_end"] and not info["illegal_action"]
    assert reward == env.penalty == pytest.approx(-10 * 4 * 20 * unit / GIB)
    with pytest.raises(InputError):  # size-greedy gets stuck the same way: no normalized reward possible
        ShardingEnv(task=task, oracle=SizeOracle(), reward="normalized").reset(seed=0)


def test_size_greedy_plan_gets_zero_normalized_reward(pool):
    from mlopt.solvers.sharding.registry import HEURISTICS

    env = make_env(pool, reward="normalized", num_devices=[2, 3, 4])
    for seed in range(3):
        env.reset(seed=seed)
        plan = HEURISTICS["size-greedy"](env.task, 0).assignment
        terminated = False
        while not terminated:
            _, reward, terminated, _, info = env.step(plan[env.current_table])
        assert info["plan"] == list(plan)
        assert reward == pytest.approx(0.0, abs=1e-9)
        assert info["baseline_ms"] == pytest.approx(info["cost_ms"])


def test_variable_device_counts_are_padded(pool):
    env = make_env(pool, num_devices=[2, 3, 5], max_devices=6)
    counts = set()
    for seed in range(12):
        obs, info = env.reset(seed=seed)
        d = info["num_devices"]
        counts.add(d)
        assert obs["devices"].shape == (6, NUM_DEVICE_FEATURES)
        np.testing.assert_array_equal(obs["devices"][:, -1], [1.0] * d + [0.0] * (6 - d))
        assert not obs["devices"][d:].any() and not obs["action_mask"][d:].any()
        assert obs["action_mask"][:d].all()
        assert env.observation_space.contains(obs)
    assert counts == {2, 3, 5}


def test_reset_is_seeded_and_accepts_a_task_option(pool):
    env = make_env(pool)
    first, _ = env.reset(seed=7)
    task = env.task
    again, _ = env.reset(seed=7)
    assert env.task == task and all(np.array_equal(first[k], again[k]) for k in first)
    fixed = ShardingTask(tuple(pool[:3]), 2, 2 * GIB)
    env.reset(options={"task": fixed})
    assert env.task is fixed
    with pytest.raises(InputError):
        env.reset(options={"task": ShardingTask(tuple(pool[:6]), 5, 2 * GIB)})  # more than max_devices


def test_constructor_validates_arguments(pool, tmp_path):
    with pytest.raises(InputError):
        make_env(pool, reward="speed")
    with pytest.raises(InputError):
        make_env(pool, reward="normalized", baseline="no-such-heuristic")
    with pytest.raises(InputError):
        make_env(pool, num_devices=[2, 4], max_devices=3)
    from mlopt.datasets.embedding_tables import write_tables_csv

    write_tables_csv(tmp_path / "t.csv", [t for t in pool if t.distribution is None][:8])
    env = ShardingEnv(tables=tmp_path / "t.csv", num_devices=2, memory_gb=2.0)
    env.reset(seed=0)
    assert env.task.num_tables == 8
