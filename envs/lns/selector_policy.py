"""A registered LNS selector as a policy of ``mlopt/LNS-v0`` (:class:`mlopt.envs.lns.env.LNSEnv`).

The env's ``info["state"]`` is the :class:`mlopt.solvers.lns.state.LNSState` every selector reads; its
action is ``MultiBinary(n)`` over the n integer variables in model order (``state.integer``), 1 = destroy.
:class:`SelectorPolicy` builds a selector by name through the one registry
(:func:`mlopt.solvers.lns.registry.build_selector`) and turns its destroy set into that action, so any
registered selector -- Random, LB, LB-RELAX, CL-LNS, or one added with ``register_selector`` -- drives the
env as it drives ``mlopt lns run``. Only the env's public ``reset`` / ``step`` / ``info["state"]`` are used.
This module does not import torch (a learned selector's module is imported when it is built).
"""

from __future__ import annotations

from typing import Any, Mapping

import gymnasium
import numpy as np

from mlopt.solvers.lns.registry import build_selector
from mlopt.solvers.lns.selectors import Selector, SelectorOptions
from mlopt.solvers.lns.state import LNSState


class SelectorPolicy:
    """``policy(info) -> action``: the destroy set that ``selector`` (a registered name, built from
    ``options``, or a selector object) picks at ``info["state"]``, as the env's MultiBinary action."""

    def __init__(self, selector: str | Selector, options: SelectorOptions = SelectorOptions()) -> None:
        self.selector = build_selector(selector, options) if isinstance(selector, str) else selector

    def action(self, state: LNSState) -> np.ndarray:
        """One int8 entry per integer variable of ``state`` (model order), 1 where the selector destroys."""
        chosen = np.unique(np.asarray(self.selector.select(state), dtype=np.int64))
        action = np.isin(state.integer, chosen).astype(np.int8)
        if int(action.sum()) != len(chosen):
            raise ValueError(f"selector {self.selector.name!r} chose variables that are not integer variables")
        return action

    def __call__(self, info: Mapping[str, Any]) -> np.ndarray:
        state = info.get("state")
        if state is None:
            raise ValueError("info has no state: the episode found no incumbent, there is nothing to select")
        return self.action(state)


def run_episode(env: gymnasium.Env, policy: SelectorPolicy, *, seed: int | None = None,
                options: dict[str, Any] | None = None) -> tuple[float, dict[str, Any]]:
    """Reset ``env`` and step it with ``policy`` until the episode ends (truncated, terminated, or no
    incumbent at reset): the total reward and the last ``info``."""
    _, info = env.reset(seed=seed, options=options)
    total, done = 0.0, info.get("state") is None
    while not done:
        _, reward, terminated, truncated, info = env.step(policy(info))
        total += float(reward)
        done = terminated or truncated
    return total, info
