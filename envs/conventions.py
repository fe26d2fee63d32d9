"""The conventions every mlopt environment follows (Sharding-v0, LNS-v0, PassOrdering-v0), after Gymnasium's own.

Gymnasium's (https://gymnasium.farama.org/introduction/create_custom_env/): each env is a
``gymnasium.Env[ObsType, ActType]`` with concrete type aliases, ``reset(*, seed, options) -> (observation,
info)`` and ``step(action) -> (observation, reward, terminated, truncated, info)`` typed as in
:class:`gymnasium.Env`, and a class docstring in Gymnasium's sections (Description, Action Space,
Observation Space, Rewards, Starting State, Episode End, Arguments). mlopt's own rules on top:

- **Invalid actions.** An action outside ``action_space`` raises :class:`InvalidActionError` (a
  ``ValueError``) and leaves the state unchanged; :func:`checked_action` makes that check before a step
  touches anything. Every action inside the space has a defined outcome, stated in the env's "Action Space"
  section (e.g. Sharding-v0 ends the episode with a penalty on a device that ``action_mask`` forbids).
  Actions are accepted as Gymnasium's spaces define membership: a Python or numpy integer (or 0-d integer
  array) for ``Discrete``, an array-like of 0/1 of the space's shape for ``MultiBinary``.
- **Episodes.** ``step`` before ``reset`` or after the episode ended (terminated or truncated) raises
  ``RuntimeError`` (:func:`require_running`).
- **State.** Every attribute is assigned in ``__init__``; ``reset`` and ``step`` only reassign.
- **close().** Releases what the env holds (backends and their worker processes, solver models); calling it
  twice is harmless, and ``step`` then raises until the next ``reset``.
- **info** carries small values; bulky data (IR text) only when a constructor argument asks for it.
"""

from __future__ import annotations

from typing import Any

import gymnasium
import numpy as np
from gymnasium import spaces

MAX_ACTION_CHARS = 60  # an action's repr is cut to this length in an error message


class InvalidActionError(ValueError):
    """An action outside the env's ``action_space``; raised before the step changes any state."""


def _describe(action: Any) -> str:
    """One line naming ``action``: its repr (whitespace collapsed, cut) and, for an array, its shape."""
    text = " ".join(repr(action).split())
    if len(text) > MAX_ACTION_CHARS:
        text = text[: MAX_ACTION_CHARS - 3] + "..."
    shape = getattr(action, "shape", None)
    return text if shape is None else f"{text} (shape {tuple(shape)})"


def checked_action(env: gymnasium.Env, action: Any) -> int | np.ndarray:
    """``action`` as the env uses it: an ``int`` for a ``Discrete`` space, a bool array for ``MultiBinary``.

    Raises :class:`InvalidActionError` (one line: the env, the action, the space) when ``action`` is not in
    ``env.action_space``; ``TypeError`` for another kind of space (no mlopt env has one).
    """
    space = env.action_space
    if isinstance(space, spaces.Discrete):
        if space.contains(action):
            return int(action)
    elif isinstance(space, spaces.MultiBinary):
        try:
            mask = np.asarray(action)
            inside = space.contains(mask)
        except (TypeError, ValueError):  # ragged nesting, values that do not compare with 0 and 1
            inside = False
        if inside:
            return mask.astype(bool)
    else:
        raise TypeError(f"{type(env).__name__}: checked_action handles Discrete and MultiBinary, not {space}")
    raise InvalidActionError(f"{type(env).__name__}: action {_describe(action)} is outside the action space {space}")


def require_running(env: gymnasium.Env, *, started: bool, ended: bool) -> None:
    """``RuntimeError`` unless an episode of ``env`` is running (``reset`` was called and it has not ended)."""
    if not started:
        raise RuntimeError(f"{type(env).__name__}: no episode (step() before reset() or after close()); call reset()")
    if ended:
        raise RuntimeError(f"{type(env).__name__}: the episode has ended (terminated or truncated); call reset()")
