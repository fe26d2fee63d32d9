"""Fuzz tests of the three Gymnasium envs (issue 20): constructor arguments, actions and reset options of
``mlopt/Sharding-v0``, ``mlopt/LNS-v0`` and ``mlopt/PassOrdering-v0`` must end normally or in the error the env
documents (:mod:`mlopt.envs.conventions`), never in another exception.

- Constructor: the registered entry point called with one to three keyword arguments replaced by odd values
  (wrong types, NaN, infinities, negative, zero and huge numbers, empty lists, bad paths and strings), by
  values valid for the argument or at its limits, or by an unknown keyword. It raises ``InputError`` (one line
  naming the argument), ``TypeError`` for the unknown keyword (Python's own), PassOrdering-v0 also
  ``BackendUnavailable``; an env that is built then resets, steps once and renders in its render mode
  (``InputError`` allowed where the env documents it at reset: no placeable task, no initial solution).
- Actions: after ``reset(seed=...)``, in-space, out-of-space, wrong-shape, wrong-dtype, NaN, negative, huge,
  None and string actions either step normally (observation in ``observation_space``, finite float reward,
  bool flags, dict info) or raise ``InvalidActionError``; random valid actions (``action_space.sample`` with
  the action mask) keep every observation inside ``observation_space`` until the episode ends.
- Reset: random seeds and options (unknown keys, the env's own option with valid and odd values).

The envs are the smallest ones available: a few tables, ``mvc``/``tiny`` ILPs, small programs on the ``opt``
backend (PassOrdering-v0 is skipped without ``opt``; its ``"graph"`` observation, which imports torch, is left
to tests/envs). The number of examples per property is ``n x`` the profile's scale (tests/fuzz/conftest.py: 1
by default, 10 under ``pytest -m fuzz``).
"""

from __future__ import annotations

import math
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import gymnasium
import numpy as np
import pytest
from gymnasium import spaces
from gymnasium.envs.registration import load_env_creator
from hypothesis import event, given, settings
from hypothesis import strategies as st

from mlopt.datasets.embedding_tables import MAX_DEVICES, EmbeddingTable, ShardingTask, load_tables_csv
from mlopt.datasets.programs import load_program
from mlopt.datasets.programs.loader import corpus_dir
from mlopt.envs import LNS_ENV_ID, PASS_ORDERING_ENV_ID, SHARDING_ENV_ID, InvalidActionError
from mlopt.envs.conventions import MAX_COUNT, MAX_SECONDS
from mlopt.envs.passes import BackendUnavailable, OptBackend, find_opt
from mlopt.errors import InputError

pytestmark = pytest.mark.fuzz

REPO = Path(__file__).resolve().parents[2]
TABLES = REPO / "datasets" / "tables" / "dlrm_default.csv"
WORK = Path(tempfile.mkdtemp(prefix="mlopt-fuzz-envs-"))
INSTANCE = WORK / "mvc.mps"  # mvc/tiny: as many integer variables as the LNS envs below
OTHER_INSTANCE = WORK / "setcover.lp"  # setcover/tiny: another number of integer variables
TEXT = WORK / "notes.txt"
UNKNOWN = "no_such_argument"
NAN, INF = float("nan"), float("inf")
ODD_VALUES: tuple[Any, ...] = (
    None, True, False, 0, -1, 1, 2, 2**31, 2**63, 10**30, 10**5000, -0.0, 0.5, 1e-300, NAN, INF, -INF, "", " ",
    "abc", "\x00", "a\nb", "/nonexistent/x", b"x", [], [0], [1, 2], [[1]], [None], (2, 1), (1, 10**12), {},
    {"a": 1}, object(), np.int64(3), np.uint64(2**64 - 1), np.float32(NAN), np.array([1, 2]), np.zeros((2, 2)),
    Path("/nonexistent"), WORK, TEXT,
)
needs_opt = pytest.mark.skipif(find_opt() is None, reason="the -Oz reference needs opt: pip install 'mlopt[llvm]'")


def examples(n: int) -> int:
    """``n`` examples times the profile's scale (conftest.py)."""
    return n * settings.default.max_examples


def entry_point(env_id: str) -> Callable[..., gymnasium.Env]:
    """The class the registry builds ``env_id`` with (called directly: ``gymnasium.make`` checks
    ``render_mode`` itself before the env sees it)."""
    return load_env_creator(gymnasium.spec(env_id).entry_point)


@pytest.fixture(scope="module", autouse=True)
def files() -> None:
    """The instance and text files the LNS arguments name."""
    from mlopt.datasets.ilp import generate
    from mlopt.datasets.ilp.io import write_model_atomic

    write_model_atomic(generate("mvc", "tiny", 0), INSTANCE)
    write_model_atomic(generate("setcover", "tiny", 0), OTHER_INSTANCE)
    TEXT.write_text("not an instance\n")


# ---------------------------------------------------------------------------------------------- checks


def assert_documented(error: InputError) -> None:
    """An InputError as the conventions want it: one line naming the argument (or the file)."""
    assert "\n" not in str(error) and (error.field or error.file), str(error)


def check_step(env: gymnasium.Env, result: tuple[Any, ...]) -> bool:
    """A step's result is well-formed; whether the episode ended."""
    obs, reward, terminated, truncated, info = result
    assert env.observation_space.contains(obs), obs
    assert isinstance(reward, float) and math.isfinite(reward), reward
    assert isinstance(terminated, bool) and isinstance(truncated, bool)
    assert isinstance(info, dict)
    return terminated or truncated


def valid_action(env: gymnasium.Env, obs: Any) -> Any:
    """A random action inside the space, through the action mask when the observation has one."""
    mask = obs.get("action_mask") if isinstance(obs, dict) else None
    return env.action_space.sample(mask=mask)


def in_space(space: spaces.Space, action: Any) -> bool:
    """Membership as Gymnasium defines it (an array-like of 0/1 counts for MultiBinary)."""
    try:
        return bool(space.contains(np.asarray(action) if isinstance(space, spaces.MultiBinary) else action))
    except (TypeError, ValueError):
        return False


def check_construction(make: Callable[..., gymnasium.Env], kwargs: dict[str, Any],
                       also: tuple[type[Exception], ...] = ()) -> None:
    """Build, reset, step once and render: each ends normally or in a documented error."""
    try:
        env = make(**kwargs)
    except TypeError as error:
        assert UNKNOWN in kwargs and "unexpected keyword argument" in str(error), error
        event("constructor: TypeError (unknown keyword)")
        return
    except InputError as error:
        assert_documented(error)
        event(f"constructor: InputError ({error.field or 'file'})")
        return
    except also as error:
        event(f"constructor: {type(error).__name__}")
        return
    assert UNKNOWN not in kwargs
    try:
        obs, info = env.reset(seed=0)
        assert env.observation_space.contains(obs) and isinstance(info, dict)
        check_step(env, env.step(valid_action(env, obs)))
        if env.render_mode is not None:
            assert isinstance(env.render(), str)
        event("built, reset and stepped")
    except InputError as error:
        assert_documented(error)
        event("built; reset: InputError")
    except also as error:
        event(f"built; reset: {type(error).__name__}")
    finally:
        env.close()


def check_actions(env: gymnasium.Env, seed: int, actions: list[Any]) -> None:
    """From ``reset(seed)``, each action steps (in the space) or raises InvalidActionError (outside it)."""
    env.reset(seed=seed)
    for action in actions:
        if not in_space(env.action_space, action):
            with pytest.raises(InvalidActionError) as raised:
                env.step(action)
            assert "\n" not in str(raised.value)
            event("an action outside the space")
            continue
        event("an action in the space")
        if check_step(env, env.step(action)):
            env.reset(seed=seed)


def play(env: gymnasium.Env, seed: int) -> None:
    """One episode of random valid actions; every observation stays in ``observation_space``."""
    obs, _ = env.reset(seed=seed)
    assert env.observation_space.contains(obs), obs
    env.action_space.seed(seed)
    for _ in range(10_000):
        result = env.step(valid_action(env, obs))
        if check_step(env, result):
            return
        obs = result[0]
    raise AssertionError("the episode did not end")


def check_reset(env: gymnasium.Env, seed: int | None, options: dict[str, Any] | None, key: str,
                valid: tuple[Any, ...]) -> None:
    """``reset`` with ``options``: an observation in the space, or an InputError when ``options[key]`` is not a
    valid value."""
    given_value = (options or {}).get(key)
    try:
        obs, info = env.reset(seed=seed, options=options)
    except InputError as error:
        assert given_value is not None and not any(given_value is v for v in valid), error
        assert_documented(error)
        event("InputError")
        return
    assert env.observation_space.contains(obs) and isinstance(info, dict)
    event("reset" if given_value is None else f"reset with options[{key!r}]")


# ---------------------------------------------------------------------------------------------- strategies


def candidates(listed: tuple[Any, ...]) -> st.SearchStrategy[Any]:
    """One of ``listed`` (values that matter for one argument, valid or at a limit) or of the odd values, half
    and half."""
    return st.one_of(st.sampled_from(listed), st.sampled_from(ODD_VALUES)) if listed else st.sampled_from(ODD_VALUES)


def mutated_kwargs(base: dict[str, Any], values: dict[str, tuple[Any, ...]]) -> st.SearchStrategy[dict[str, Any]]:
    """``base`` with one to three arguments replaced by :func:`candidates` (an unknown keyword among them)."""
    names = sorted(values) + [UNKNOWN]
    change = st.sampled_from(names).flatmap(lambda name: st.tuples(st.just(name), candidates(values.get(name, ()))))
    return st.lists(change, min_size=1, max_size=3).map(lambda changes: {**base, **dict(changes)})


ODD_ACTIONS: tuple[Any, ...] = (None, "0", "a", b"\x00", 0.0, 1.0, NAN, INF, -INF, 2**63, 2**64, 10**30, -(10**30),
                                10**5000, [], [0], [[0]], {}, {0: 1}, object(), np.float64(0), np.array(0.0),
                                np.array([0]), np.array(["1"]), np.uint64(2**64 - 1), np.int8(-1), True, False)


def discrete_actions(n: int) -> st.SearchStrategy[Any]:
    """Actions for ``Discrete(n)``: ints in and around the space, numpy integers of several widths, 0-d and
    1-element arrays, and odd values."""
    near = st.integers(-2, n + 1)
    return st.one_of(
        near, st.integers(), st.sampled_from(ODD_ACTIONS),
        st.tuples(near, st.sampled_from([np.int8, np.uint8, np.int32, np.int64, np.uint64])).map(
            lambda a: a[1](a[0] % 256 if a[1] in (np.uint8, np.uint64) else a[0])),
        near.map(np.array), near.map(lambda a: np.array([a])),
    )


def multibinary_actions(n: int) -> st.SearchStrategy[Any]:
    """Actions for ``MultiBinary(n)``: 0/1 vectors as lists and arrays of several dtypes, the same with one
    entry set to an odd value, reshaped or cut to another length, and odd values."""
    bits = st.lists(st.sampled_from([0, 1]), min_size=n, max_size=n)
    dtypes = st.sampled_from([np.int8, np.int64, np.uint8, np.float32, np.float64, np.bool_, object])

    def spoil(vector: list[Any], index: int, value: Any) -> list[Any]:
        vector[index % n] = value
        return vector

    return st.one_of(
        bits, st.tuples(bits, dtypes).map(lambda a: np.array(a[0], dtype=a[1])),
        st.builds(spoil, bits, st.integers(0, n - 1), st.sampled_from([2, -1, 0.5, NAN, None, "1", 2**70])),
        st.builds(lambda v, k: np.array(v[:k]), bits, st.integers(0, n - 1)),
        st.builds(lambda v, extra: np.array(v + [0] * extra), bits, st.integers(1, 3)),
        bits.map(lambda v: np.array(v).reshape(1, n)), bits.map(lambda v: [v]),
        st.sampled_from(ODD_ACTIONS),
    )


def options(key: str, values: tuple[Any, ...]) -> st.SearchStrategy[dict[str, Any] | None]:
    """``reset`` options: none, empty, unknown keys, or ``key`` with one of ``values`` or an odd value."""
    odd = st.dictionaries(st.text(max_size=6).filter(lambda k: k != key), st.sampled_from(ODD_VALUES), max_size=2)
    own = candidates(values).map(lambda value: {key: value})
    return st.one_of(st.none(), st.just({}), odd, own)


SEEDS = st.integers(0, 2**64)


# ---------------------------------------------------------------------------------------------- Sharding-v0

POOL = load_tables_csv(TABLES)
SMALL_TASK = ShardingTask(POOL[:4], 2, 2 * 2**30)
TIGHT_TASK = ShardingTask(POOL[:4], 1, max(t.size_bytes for t in POOL[:4]))  # every table fits, not all of them
SHARDING = dict(num_tables=4, num_devices=2, memory_gb=2.0)
SHARDING_VALUES: dict[str, tuple[Any, ...]] = {
    "tables": (TABLES, str(TABLES), list(POOL[:8]), POOL[:3], [EmbeddingTable("bad", -1, 4, 1.0)], [POOL[0], 1],
               "a\x00b"),
    "task": (SMALL_TASK, TIGHT_TASK, ShardingTask((EmbeddingTable("nan", 10, 4, NAN),), 1, 2**30)),
    "num_tables": (1, 3, (2, 5), [1, 4], range(1, 3), np.int64(2), np.array([2, 3]), MAX_COUNT + 1),
    "num_devices": (1, 3, (1, 3), [2, 4], MAX_DEVICES, MAX_DEVICES + 1, np.array([[2]])),
    "max_devices": (4, MAX_DEVICES, MAX_DEVICES + 1),
    "memory_gb": (0.001, 1, 5.0, 4096, 4096.5, np.float32(2.0)),
    "batch_size": (1, 512, 2**24, 2**24 + 1),
    "oracle": ("a100",),
    "hardware": ("a100", "h100", "cpu", " A100 ", "tpu"),
    "reward": ("cost", "normalized", "Cost"),
    "baseline": ("size-greedy", "round-robin", "nope"),
    "render_mode": ("ansi", "human", "rgb_array"),
}
make_sharding = entry_point(SHARDING_ENV_ID)


@pytest.fixture(scope="module")
def sharding() -> Iterator[gymnasium.Env]:
    env = make_sharding(num_tables=6, num_devices=3, memory_gb=1.0, max_devices=4)
    yield env
    env.close()


@settings(max_examples=examples(100))
@given(mutated_kwargs(SHARDING, SHARDING_VALUES))
def test_sharding_constructor(kwargs: dict[str, Any]) -> None:
    check_construction(make_sharding, kwargs)


@settings(max_examples=examples(80))
@given(SEEDS, st.lists(discrete_actions(4), min_size=1, max_size=8))
def test_sharding_actions(sharding: gymnasium.Env, seed: int, actions: list[Any]) -> None:
    check_actions(sharding, seed, actions)


@settings(max_examples=examples(60))
@given(st.fixed_dictionaries({
    "num_tables": st.one_of(st.integers(1, 12), st.tuples(st.integers(1, 4), st.integers(4, 12))),
    "num_devices": st.one_of(st.integers(1, 4), st.lists(st.integers(1, 6), min_size=1, max_size=3)),
    "memory_gb": st.sampled_from([0.25, 1.0, 2.0, 5.0]),
    "reward": st.sampled_from(["cost", "normalized"]),
    "max_devices": st.sampled_from([None, 8]),
}), SEEDS)
def test_sharding_valid_episodes(kwargs: dict[str, Any], seed: int) -> None:
    """Random configurations and seeds, random masked actions to the end (a reset finding no placeable task
    raises InputError, as documented)."""
    env = make_sharding(**kwargs)
    try:
        play(env, seed)
    except InputError as error:
        assert_documented(error)


@settings(max_examples=examples(40))
@given(st.none() | SEEDS, options("task", (SMALL_TASK, None)))
def test_sharding_reset(sharding: gymnasium.Env, seed: int | None, opts: dict[str, Any] | None) -> None:
    check_reset(sharding, seed, opts, "task", (SMALL_TASK,))


# ---------------------------------------------------------------------------------------------- LNS-v0

LNS = dict(family="mvc", size="tiny", time_limit=10.0, step_limit=0.05, init_limit=0.5, k0=10, max_steps=2,
           graph_observation=False)
LNS_VALUES: dict[str, tuple[Any, ...]] = {
    "instances": (INSTANCE, str(INSTANCE), [INSTANCE, str(INSTANCE)], [OTHER_INSTANCE], [TEXT], [WORK], ["a\x00b"],
                  "/nonexistent.mps", [INSTANCE, 3]),
    "family": ("mvc", "mis", "cfl", "setcover", "cauction", "MVC", "knapsack"),
    "size": ("tiny", "huge"),
    "time_limit": (1e-300, 5.0, MAX_SECONDS, MAX_SECONDS * 2),
    "step_limit": (1e-9, 0.01, 0.1),
    "init_limit": (1e-300, 0.01, 0.5),
    "k0": (1, 50, MAX_COUNT, MAX_COUNT + 1),
    "growth": (1.0, 1.5, 1e6, 1e6 + 1, 0.999),
    "max_steps": (1, 5),
    "graph_observation": (True, np.bool_(True), "yes"),
}
make_lns = entry_point(LNS_ENV_ID)


@pytest.fixture(scope="module")
def lns() -> Iterator[gymnasium.Env]:
    env = make_lns(**{**LNS, "graph_observation": True, "max_steps": 3})
    yield env
    env.close()


@settings(max_examples=examples(40))
@given(mutated_kwargs(LNS, LNS_VALUES))
def test_lns_constructor(kwargs: dict[str, Any]) -> None:
    check_construction(make_lns, kwargs)


@settings(max_examples=examples(30))
@given(SEEDS, st.lists(multibinary_actions(100), min_size=1, max_size=5))
def test_lns_actions(lns: gymnasium.Env, seed: int, actions: list[Any]) -> None:
    check_actions(lns, seed, actions)


@settings(max_examples=examples(15))
@given(SEEDS)
def test_lns_valid_episodes(lns: gymnasium.Env, seed: int) -> None:
    play(lns, seed)


@settings(max_examples=examples(15))
@given(st.none() | SEEDS, options("instance", (INSTANCE, str(INSTANCE), None)))
def test_lns_reset(lns: gymnasium.Env, seed: int | None, opts: dict[str, Any] | None) -> None:
    check_reset(lns, seed, opts, "instance", (INSTANCE, str(INSTANCE)))


# ---------------------------------------------------------------------------------------------- PassOrdering-v0

PROGRAMS = corpus_dir() / "ll"
CRC32, SIEVE = load_program(PROGRAMS / "crc32.ll"), load_program(PROGRAMS / "sieve.ll")
PASSES = dict(benchmark=CRC32, backend="opt", observation="instcount", max_steps=2)
PASSES_VALUES: dict[str, tuple[Any, ...]] = {
    "benchmark": (CRC32, PROGRAMS / "crc32.ll", str(PROGRAMS / "sieve.ll"), [CRC32, SIEVE], (), [CRC32, "x"],
                  TABLES, PROGRAMS / "missing.ll", "a\x00b"),
    "backend": ("opt", "llvmlite", "gcc"),
    "observation": ("autophase", "instcount", "ir", "Ir"),
    "reward": ("instruction_count", "text_size", "size"),
    "max_steps": (1, 45, MAX_COUNT, MAX_COUNT + 1),
    "render_mode": ("ansi", "human"),
    "opt_path": (str(find_opt()), "/nonexistent/opt"),
    "info_ir": (True, np.bool_(False), "yes"),
}
make_passes = entry_point(PASS_ORDERING_ENV_ID)


@pytest.fixture(scope="module")
def passes() -> Iterator[gymnasium.Env]:
    env = make_passes(**{**PASSES, "max_steps": 3})
    yield env
    env.close()


@needs_opt
@settings(max_examples=examples(50))
@given(mutated_kwargs(PASSES, PASSES_VALUES))
def test_pass_ordering_constructor(kwargs: dict[str, Any]) -> None:
    check_construction(make_passes, kwargs, also=(BackendUnavailable,))


@needs_opt
@settings(max_examples=examples(40))
@given(SEEDS, st.lists(discrete_actions(len(OptBackend.actions)), min_size=1, max_size=4))
def test_pass_ordering_actions(passes: gymnasium.Env, seed: int, actions: list[Any]) -> None:
    check_actions(passes, seed, actions)


@needs_opt
@settings(max_examples=examples(15))
@given(st.fixed_dictionaries({
    "benchmark": st.sampled_from([CRC32, [CRC32, SIEVE]]),
    "observation": st.sampled_from(["autophase", "instcount", "ir"]),
    "reward": st.sampled_from(["instruction_count", "text_size"]),
    "max_steps": st.integers(1, 3),
}), SEEDS)
def test_pass_ordering_valid_episodes(kwargs: dict[str, Any], seed: int) -> None:
    env = make_passes(backend="opt", **kwargs)
    try:
        play(env, seed)
    finally:
        env.close()


@needs_opt
@settings(max_examples=examples(20))
@given(st.none() | SEEDS, options("program", (CRC32, SIEVE, None)))
def test_pass_ordering_reset(passes: gymnasium.Env, seed: int | None, opts: dict[str, Any] | None) -> None:
    check_reset(passes, seed, opts, "program", (CRC32, SIEVE))
