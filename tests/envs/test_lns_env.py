"""LNSEnv (mlopt/LNS-v0): spaces, stepping, truncation, instance files."""

from __future__ import annotations

import gymnasium
import numpy as np
import pytest
from gymnasium.utils.env_checker import check_env

import mlopt.envs  # noqa: F401  (registers the environments)
from mlopt.datasets.ilp import write_instances
from mlopt.envs import InvalidActionError
from mlopt.errors import InputError


def make(**kwargs):
    config = dict(family="mvc", size="tiny", time_limit=10.0, step_limit=0.2, init_limit=0.05, k0=10, max_steps=4)
    return gymnasium.make("mlopt/LNS-v0", **{**config, **kwargs}).unwrapped


def test_episode_improves_monotonically_and_truncates_at_max_steps() -> None:
    env = make()
    obs, info = env.reset(seed=0)
    assert env.observation_space.contains(obs) and env.action_space.n == 100
    assert info["state"].k == 10 and obs["k"][0] == 10
    rng = np.random.default_rng(0)
    rewards, truncated, steps = [], False, 0
    while not truncated:
        mask = np.zeros(env.num_integer, dtype=np.int8)
        mask[rng.choice(env.num_integer, size=int(obs["k"][0]), replace=False)] = 1
        obs, reward, terminated, truncated, info = env.step(mask)
        assert not terminated and env.observation_space.contains(obs) and reward >= 0
        rewards.append(reward)
        steps += 1
    assert steps == 4
    with pytest.raises(RuntimeError, match="episode has ended"):  # no stepping past truncation
        env.step(mask)
    values = [v for _, v in info["trajectory"]]
    assert values == sorted(values, reverse=True) and obs["objective"][0] == pytest.approx(values[-1])
    assert (sum(r > 0 for r in rewards) > 0) == any(s.improved for s in env.search.steps)


@pytest.mark.filterwarnings("ignore:.*infinity")
def test_env_checker_and_seeded_instances() -> None:
    env = make(max_steps=2)
    check_env(env, skip_render_check=True)
    env.reset(seed=3)
    first = env.instance
    env.reset(seed=3)
    assert env.instance == first


def test_instance_files_and_size_mismatch(tmp_path) -> None:
    paths = write_instances("mis", "tiny", 2, tmp_path, seed=0)
    env = make(instances=paths)
    env.reset(seed=0)
    assert env.instance == str(paths[0])
    env.reset()
    assert env.instance == str(paths[1])
    (other,) = write_instances("cfl", "tiny", 1, tmp_path, seed=0)
    with pytest.raises(InputError, match="integer variables"):
        env.reset(options={"instance": other})
    with pytest.raises(InvalidActionError, match="outside the action space MultiBinary"):
        env.step(np.zeros(3))


def test_graph_observation_is_the_bipartite_graph_of_the_state() -> None:
    from mlopt.envs.lns.features import CONS_FEATURES, VAR_FEATURES

    env = make(max_steps=2)
    obs, info = env.reset(seed=1)
    graph = obs["graph"]
    model_vars = len(env.featurizer.lb)
    cons_rows = int((graph.nodes[:, -1] == 1).sum())
    assert graph.nodes.shape == (model_vars + cons_rows, len(VAR_FEATURES) + len(CONS_FEATURES) + 1)
    assert (graph.edge_links[:, 0] < model_vars).all() and (graph.edge_links[:, 1] >= model_vars).all()
    assert len(graph.edges) == len(graph.edge_links) > 0
    incumbent = VAR_FEATURES.index("incumbent")
    np.testing.assert_allclose(graph.nodes[:model_vars, incumbent], env.featurizer.scale(env.search.incumbent), atol=1e-6)
    assert not graph.nodes[model_vars:, :len(VAR_FEATURES)].any()  # constraint nodes carry only their own part
    mask = np.zeros(env.num_integer, dtype=np.int8)
    mask[:10] = 1
    obs2, *_ = env.step(mask)
    previous = VAR_FEATURES.index("incumbent_prev1")
    if not np.array_equal(obs2["incumbent"], obs["incumbent"]):  # an improvement shifts the history
        np.testing.assert_allclose(obs2["graph"].nodes[:model_vars, previous], graph.nodes[:model_vars, incumbent])
    assert "graph" not in make(graph_observation=False).reset(seed=1)[0]
