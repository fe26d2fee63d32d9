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
- **Arguments.** A constructor argument (or ``reset`` option) of the wrong type or outside its documented
  range raises :class:`mlopt.errors.InputError` (a ``ValueError``; one line naming the argument in ``field``)
  before any heavy work; the checks below (:func:`integer_argument`, :func:`number_argument`, ...) say what is
  accepted. Counts go up to :data:`MAX_COUNT`, time limits up to :data:`MAX_SECONDS` (as the command line's);
  NaN and infinities are rejected. An unknown keyword raises Python's ``TypeError``.
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Any, Sequence

import gymnasium
import numpy as np
from gymnasium import spaces

from mlopt.errors import InputError

MAX_ACTION_CHARS = 60  # an action's (or a rejected argument's) repr is cut to this length in an error message
MAX_COUNT = 1_000_000  # the largest count argument (tables, steps, destroy size) an env accepts
MAX_SECONDS = 7 * 24 * 3600.0  # the longest time limit an env accepts: one week


class InvalidActionError(ValueError):
    """An action outside the env's ``action_space``; raised before the step changes any state."""


def _describe(action: Any) -> str:
    """One line naming ``action`` (or an argument's value): its repr (whitespace collapsed, cut) and, for an
    array, its shape."""
    try:
        text = " ".join(repr(action).split())
    except ValueError:  # an int with more digits than Python converts to text (sys.get_int_max_str_digits)
        text = f"<{type(action).__name__} too large to print>"
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


# ---------------------------------------------------------------------------------------------- arguments


def bad_argument(value: Any, name: str, expected: str) -> InputError:
    """The InputError of argument ``name`` whose ``value`` (shown as one cut line) is not ``expected``."""
    return InputError(_describe(value), field=name, expected=expected)


def integer_argument(value: Any, name: str, low: int = 1, high: int = MAX_COUNT) -> int:
    """``value`` as an ``int`` if it is a Python or numpy integer (not a bool) in ``low..high``; else an
    InputError naming ``name``."""
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, np.integer)) or not low <= value <= high:
        raise bad_argument(value, name, f"an integer in {low}..{high}")
    return int(value)


def number_argument(value: Any, name: str, low: float, high: float, *, low_open: bool = False) -> float:
    """``value`` as a ``float`` if it is a finite real number (not a bool) in [``low``, ``high``] ((``low``,
    ``high``] when ``low_open``); else an InputError naming ``name``."""
    real = not isinstance(value, (bool, np.bool_)) and isinstance(value, (int, float, np.integer, np.floating))
    if not (real and (isinstance(value, (int, np.integer)) or math.isfinite(value))
            and (value > low if low_open else value >= low) and value <= high):
        raise bad_argument(value, name, f"a finite number {'>' if low_open else '>='} {low:g} and <= {high:g}")
    return float(value)


def choice_argument(value: Any, name: str, choices: Sequence[str | None]) -> Any:
    """``value`` if it is one of ``choices`` (strings, or None); else an InputError naming ``name``."""
    if not (value is None or isinstance(value, str)) or value not in choices:
        raise InputError(f"unknown {name} {_describe(value)}", field=name, expected=" or ".join(map(str, choices)))
    return value


def typed_argument(value: Any, name: str, kind: type | tuple[type, ...], expected: str) -> Any:
    """``value`` if it is an instance of ``kind``; else an InputError naming ``name`` that asks for ``expected``."""
    if not isinstance(value, kind):
        raise bad_argument(value, name, expected)
    return value


def flag_argument(value: Any, name: str) -> bool:
    """``value`` as a ``bool`` if it is a Python or numpy bool; else an InputError naming ``name``."""
    if not isinstance(value, (bool, np.bool_)):
        raise bad_argument(value, name, "True or False")
    return bool(value)


def path_argument(value: Any, name: str) -> Path:
    """``value`` as a :class:`Path` if it is a ``str`` or ``os.PathLike`` naming a path (not empty, no NUL
    character); else an InputError naming ``name``. Whether the file exists is the reader's check."""
    text = os.fspath(value) if isinstance(value, (str, os.PathLike)) else None
    if not isinstance(text, str) or not text or "\0" in text:
        raise bad_argument(value, name, "a file path")
    return Path(text)

