"""The conventions of :mod:`mlopt.envs.conventions`, checked on all three envs (Sharding-v0, LNS-v0,
PassOrdering-v0 on the llvmlite backend), each with a configuration small enough to step in milliseconds."""

from __future__ import annotations

import typing
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, SupportsFloat

import gymnasium
import numpy as np
import pytest
from gymnasium.utils.env_checker import check_env

from mlopt.datasets.embedding_tables import EmbeddingTable, ShardingTask
from mlopt.datasets.programs import load_program
from mlopt.datasets.programs.loader import corpus_dir
from mlopt.envs import LNS_ENV_ID, PASS_ORDERING_ENV_ID, SHARDING_ENV_ID, InvalidActionError
from mlopt.envs.lns.env import LNSEnv
from mlopt.envs.passes import LlvmliteBackend, OptBackend, find_opt
from mlopt.envs.passes.env import PassOrderingEnv
from mlopt.envs.sharding.env import ShardingEnv

SECTIONS = ("Description", "Action Space", "Observation Space", "Rewards", "Starting State", "Episode End",
            "Arguments")
GYMNASIUM_RNG = {"_np_random", "_np_random_seed"}  # gymnasium.Env's own, created by reset(seed=...)
needs_opt = pytest.mark.skipif(find_opt() is None, reason="the -Oz reference needs opt: pip install 'mlopt[llvm]'")


def crc32():
    return load_program(corpus_dir() / "ll" / "crc32.ll")


@dataclass(frozen=True)
class Case:
    """How to build one env small, pick an in-space action, read its state, and see that close() released it."""

    make: Callable[[], gymnasium.Env]
    action: Callable[[gymnasium.Env, Any], Any]  # (env, last observation) -> an action inside the space
    outside: tuple[Any, ...]  # actions outside the space
    state: Callable[[gymnasium.Env], Any]  # comparable snapshot of the episode
    released: Callable[[gymnasium.Env], bool]


def _mask(env: LNSEnv, obs: dict[str, np.ndarray]) -> np.ndarray:
    mask = np.zeros(env.num_integer, dtype=np.int8)
    mask[: int(obs["k"][0])] = 1
    return mask


CASES = {
    "sharding": Case(
        make=lambda: gymnasium.make(SHARDING_ENV_ID, num_tables=4, num_devices=2, memory_gb=2.0).unwrapped,
        action=lambda env, obs: int(np.flatnonzero(obs["action_mask"])[0]),
        outside=(2, -1, 1.0, np.array([0]), "0"),
        state=lambda env: (env.assignment.tolist(), env.used.tolist(), env.placed, env.done),
        released=lambda env: env.task is None,
    ),
    "lns": Case(
        make=lambda: gymnasium.make(LNS_ENV_ID, family="mvc", size="tiny", time_limit=10.0, step_limit=0.1,
                                    init_limit=0.05, k0=10, max_steps=2).unwrapped,
        action=_mask,
        outside=(np.zeros(3), np.full(100, 2), np.zeros((1, 100)), [[0, 1], [1]]),
        state=lambda env: (env.search.incumbent.tolist(), env.search.objective, len(env.search.steps), env.search.k),
        released=lambda env: env.search is None and env.featurizer is None,
    ),
    "passes": Case(
        make=lambda: gymnasium.make(PASS_ORDERING_ENV_ID, benchmark=crc32(), backend="llvmlite",
                                    observation="instcount", max_steps=2).unwrapped,
        action=lambda env, obs: env.backend.actions.index("sroa"),
        outside=(len(LlvmliteBackend.actions), -1, "sroa", 2.0),
        state=lambda env: (env.ir, env.value, env.steps, env.done),
        released=lambda env: env.program is None and env.backend._worker is None,
    ),
}
ENVS = [pytest.param(name, marks=[needs_opt] if name == "passes" else [], id=name) for name in CASES]
CLASSES = [ShardingEnv, LNSEnv, PassOrderingEnv]


@pytest.fixture
def case(request) -> typing.Iterator[tuple[Case, gymnasium.Env]]:
    spec = CASES[request.param]
    env = spec.make()
    yield spec, env
    env.close()


@pytest.mark.parametrize("case", ENVS, indirect=True)
def test_action_outside_the_space_raises_and_leaves_the_state(case):
    spec, env = case
    obs, _ = env.reset(seed=0)
    before = spec.state(env)
    for action in spec.outside:
        with pytest.raises(InvalidActionError, match=f"^{type(env).__name__}: action .* outside the action space"):
            env.step(action)
        assert spec.state(env) == before, action
    env.step(spec.action(env, obs))  # the episode goes on
    assert spec.state(env) != before


@pytest.mark.parametrize("case", ENVS, indirect=True)
def test_step_outside_an_episode_raises(case):
    spec, env = case
    with pytest.raises(RuntimeError, match="before reset"):
        env.step(env.action_space.sample())
    obs, _ = env.reset(seed=0)
    terminated = truncated = False
    while not (terminated or truncated):
        obs, _, terminated, truncated, _ = env.step(spec.action(env, obs))
    with pytest.raises(RuntimeError, match="episode has ended"):
        env.step(env.action_space.sample())
    obs, _ = env.reset(seed=1)  # a new episode steps again
    env.step(spec.action(env, obs))


@pytest.mark.parametrize("case", ENVS, indirect=True)
def test_close_releases_and_is_idempotent(case):
    spec, env = case
    obs, _ = env.reset(seed=0)
    env.step(spec.action(env, obs))
    worker = getattr(env.backend, "_worker", None) if isinstance(env, PassOrderingEnv) else None
    assert not spec.released(env)
    env.close()
    env.close()
    assert spec.released(env)
    if isinstance(env, PassOrderingEnv):
        assert worker is not None and not worker.is_alive()  # llvmlite's worker process is gone
    with pytest.raises(RuntimeError, match="after close"):
        env.step(env.action_space.sample())


@pytest.mark.parametrize("case", ENVS, indirect=True)
def test_all_state_is_declared_in_init(case):
    spec, env = case
    declared = set(vars(env))
    obs, _ = env.reset(seed=0)
    for _ in range(2):
        obs, _, terminated, truncated, _ = env.step(spec.action(env, obs))
        if terminated or truncated:
            break
    env.close()
    assert set(vars(env)) - GYMNASIUM_RNG == declared


@pytest.mark.parametrize("cls", CLASSES)
def test_reset_and_step_are_typed_with_the_generic_parameters(cls):
    (base,) = [b for b in cls.__orig_bases__ if typing.get_origin(b) is gymnasium.Env]
    obs_type, act_type = typing.get_args(base)
    assert typing.get_type_hints(cls.reset) == {"seed": int | None, "options": dict[str, Any] | None,
                                                "return": tuple[obs_type, dict[str, Any]]}
    assert typing.get_type_hints(cls.step) == {
        "action": act_type, "return": tuple[obs_type, SupportsFloat, bool, bool, dict[str, Any]]}
    assert typing.get_type_hints(cls.close) == {"return": type(None)}


@pytest.mark.parametrize("cls", CLASSES)
def test_class_docstring_has_gymnasium_sections_and_the_action_rule(cls):
    doc = cls.__doc__
    positions = [doc.find(f"\n    ## {name}\n") for name in SECTIONS]
    assert -1 not in positions and positions == sorted(positions), dict(zip(SECTIONS, positions))
    action_section = doc[positions[1]:positions[2]]
    assert "InvalidActionError" in action_section and "mlopt.envs.conventions" in action_section


@pytest.mark.filterwarnings("ignore:.*infinity")
@pytest.mark.parametrize("case", ENVS, indirect=True)
def test_check_env_passes(case):
    _, env = case
    check_env(env, skip_render_check=True)


def test_sharding_masked_device_in_the_space_ends_with_the_penalty():
    table = EmbeddingTable("t", 1_000_000, 64, 2.0)  # 256 MB; a device holds one
    env = ShardingEnv(task=ShardingTask((table, table), 2, 300 * 2**20), max_devices=3)
    env.reset(seed=0)
    with pytest.raises(InvalidActionError):  # outside Discrete(3)
        env.step(3)
    _, reward, terminated, truncated, info = env.step(2)  # a padded device: in the space, masked
    assert terminated and not truncated and info["illegal_action"] and reward == env.penalty < 0
    env.reset(seed=0)
    env.step(0)
    _, reward, terminated, _, info = env.step(0)  # a full device: in the space, masked
    assert terminated and info["illegal_action"] and reward == env.penalty


@needs_opt
def test_pass_ordering_ir_in_info_only_on_request():
    backend = LlvmliteBackend(reference=OptBackend())
    sroa = backend.actions.index("sroa")
    quiet = PassOrderingEnv(crc32(), backend=backend, observation="instcount", max_steps=2)
    verbose = PassOrderingEnv(crc32(), backend=backend, observation="instcount", max_steps=2, info_ir=True)
    assert "ir" not in quiet.reset(seed=0)[1] and "ir" not in quiet.step(sroa)[4]
    assert verbose.reset(seed=0)[1]["ir"] == crc32().ir
    info = verbose.step(sroa)[4]
    assert info["ir"] == verbose.ir != crc32().ir
    worker = backend._worker
    quiet.close()
    verbose.close()
    assert worker.is_alive() and backend.apply(crc32().ir, "sroa").ok  # a caller's backend stays open
    backend.close()
    assert not worker.is_alive()
