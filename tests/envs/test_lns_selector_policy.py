"""A registered LNS selector drives mlopt/LNS-v0 through SelectorPolicy: its destroy sets are the env's."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import gymnasium
import numpy as np
import pytest

import mlopt.envs  # noqa: F401  (registers the environments)
from mlopt.envs.lns.selector_policy import SelectorPolicy, run_episode
from mlopt.solvers.lns import LBRelaxSelector, LNSState, register_selector, unregister_selector
from mlopt.solvers.lns.engine import LNSSearch
from mlopt.solvers.lns.selectors import SelectorOptions


class EveryThird:
    """A toy selector: every third integer variable from the step number on, k of them at most."""

    name = "every-third"

    def __init__(self, options: SelectorOptions) -> None:
        self.chosen: list[list[int]] = []

    def select(self, state: LNSState) -> np.ndarray:
        destroy = np.sort(state.integer[state.step % 3::3][:state.k])
        self.chosen.append(destroy.tolist())
        return destroy


@pytest.fixture
def every_third() -> Iterator[None]:
    register_selector("every-third", EveryThird, help="toy: every third integer variable")
    yield
    unregister_selector("every-third")


def make(**kwargs):  # type: ignore[no-untyped-def]
    config = dict(family="mvc", size="tiny", time_limit=10.0, step_limit=0.2, init_limit=0.05, k0=10, max_steps=4)
    return gymnasium.make("mlopt/LNS-v0", **{**config, **kwargs})


def test_a_registered_selector_drives_the_env_and_its_choices_are_destroyed(every_third: None,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    destroyed: list[list[int]] = []
    real_step = LNSSearch.step

    def spy(search: LNSSearch, destroy: np.ndarray, select_s: float = 0.0):  # type: ignore[no-untyped-def]
        destroyed.append(np.asarray(destroy).tolist())
        return real_step(search, destroy, select_s)

    monkeypatch.setattr(LNSSearch, "step", spy)
    policy = SelectorPolicy("every-third")
    env = make()
    total, info = run_episode(env, policy, seed=0)
    assert len(destroyed) == 4 and destroyed == policy.selector.chosen  # max_steps, each the toy's set
    assert len({tuple(d) for d in destroyed}) > 1  # the sets differ by step: not one constant mask
    values = [v for _, v in info["trajectory"]]
    assert total >= 0 and values == sorted(values, reverse=True)


def test_the_action_marks_the_chosen_integer_variables_in_model_order(every_third: None) -> None:
    env = make()
    _, info = env.reset(seed=1)
    state = info["state"]
    policy = SelectorPolicy("every-third")
    action = policy(info)
    assert env.action_space.contains(action)
    assert state.integer[action.astype(bool)].tolist() == policy.selector.chosen[-1]
    with pytest.raises(ValueError, match="no state"):
        policy({"state": None})


def test_options_reach_the_selector_the_policy_builds() -> None:
    policy = SelectorPolicy("lb-relax", SelectorOptions(step_limit=0.2))
    assert isinstance(policy.selector, LBRelaxSelector) and policy.selector.time_limit == 0.2
    _, info = make(max_steps=2).reset(seed=0)
    action = policy(info)
    assert action.dtype == np.int8 and int(action.sum()) == info["state"].k  # LB-RELAX picks exactly k


def test_a_selector_that_picks_a_continuous_variable_is_refused() -> None:
    class Wrong:
        name = "wrong"

        def select(self, state: LNSState) -> np.ndarray:
            continuous = np.setdiff1d(np.arange(state.model.getNVars()), state.integer)
            return continuous[:1] if len(continuous) else np.array([state.model.getNVars()])

    _, info = make(max_steps=1).reset(seed=0)
    with pytest.raises(ValueError, match="not integer variables"):
        SelectorPolicy(Wrong())(info)


def test_the_adapter_imports_no_torch() -> None:
    code = "import sys, mlopt.envs.lns.selector_policy; print('torch' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
