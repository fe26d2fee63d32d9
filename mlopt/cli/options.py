"""Validation of CLI option values shared by every `mlopt` command: each failure is an InputError
naming the flag, which the entry point prints as one line with exit status 2.

Every command checks all of its values here before any heavy work. Numbers must be finite (``nan``,
``inf`` and ``-inf`` are rejected) and within documented ranges: time limits in (0, :data:`MAX_SECONDS`],
counts in 1..:data:`MAX_COUNT`, workers in 1..:data:`MAX_WORKERS`, seeds in 0..:data:`MAX_SEED`. Output
paths are checked before the work that produces them (:func:`output_file`, :func:`output_folder`).
"""

from __future__ import annotations

import math
import os
import shlex
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional, Sequence

from mlopt.errors import InputError

if TYPE_CHECKING:  # the oracles (and OR-Tools) are imported where an oracle is built, not by every command
    from mlopt.envs.oracles import HardwareProfile
    from mlopt.envs.oracles.base import CostOracle

# Library errors name the parameter they reject; the CLI prints the flag that sets it instead.
PARAMETER_FLAGS: dict[str, str] = {
    "backend": "--backend",
    "budget": "--budget",
    "device": "--device",
    "memory": "--memory-gb",
    "memory_bytes": "--memory-gb",
    "method": "--method",
    "milp_backend": "--milp-backend",
    "model": "--model",
    "model_dir": "--model",
    "num_devices": "--devices",
    "num_hosts": "--hosts",
    "selector": "--selector",
    "split": "--split",
    "time_limit": "--time-limit",
    "time_limit_s": "--time-limit",
}

MAX_SECONDS = 7 * 24 * 3600.0  # the longest time limit any command accepts: one week
MAX_COUNT = 1_000_000  # the largest count (instances, samples, epochs, compilations ...) a command accepts
MAX_WORKERS = 1024
MAX_WIDTH = 4096  # the widest hidden layer (and most attention heads) a training command builds
MAX_LEARNING_RATE = 10.0
MAX_SEED = 2**32 - 1


def command_line(fallback: str) -> str:
    """This process's ``mlopt ...`` command line, shell-quoted, for the metadata of what it writes
    (``fallback`` when it was not started with arguments, e.g. called from Python)."""
    return " ".join(["mlopt", *map(shlex.quote, sys.argv[1:])]) if sys.argv[1:] else fallback


def choice(value: str, choices: Sequence[str], flag: str) -> str:
    """``value`` if it is one of ``choices``, else an InputError naming ``flag``."""
    if value not in choices:
        raise InputError(f"unknown value {value!r}", field=flag, expected="one of " + ", ".join(choices))
    return value


def _finite(value: float) -> bool:
    return isinstance(value, int) or math.isfinite(value)


def bounded(value: float, flag: str, low: float, high: float, *, strict: bool = False) -> float:
    """``value`` if it is finite and in [``low``, ``high``] ((``low``, ``high``] when ``strict``), else an
    InputError naming ``flag``."""
    if not (_finite(value) and (value > low if strict else value >= low) and value <= high):
        raise InputError(f"{value}", field=flag, expected=f"a number {'>' if strict else '>='} {low:g} and <= {high:g}")
    return value


def positive(value: float, flag: str, maximum: float = MAX_COUNT) -> float:
    """``value`` if it is finite, > 0 and <= ``maximum``, else an InputError naming ``flag``."""
    return bounded(value, flag, 0, maximum, strict=True)


def seconds(value: float, flag: str) -> float:
    """A time limit: in (0, :data:`MAX_SECONDS`] (``inf`` is rejected: every limit is a bound)."""
    return positive(value, flag, MAX_SECONDS)


def count(value: int, flag: str, low: int = 1, high: int = MAX_COUNT) -> int:
    """An integer option in ``low``..``high``."""
    if not low <= value <= high:
        raise InputError(f"{value}", field=flag, expected=f"an integer in {low}..{high}")
    return value


def seed_value(value: int, flag: str = "--seed") -> int:
    """A seed in 0..:data:`MAX_SEED`."""
    return count(value, flag, 0, MAX_SEED)


def _check_parent(path: Path, flag: str) -> None:
    """InputError unless the nearest existing ancestor of ``path`` is a folder this process may write in
    (missing folders between it and ``path`` are created when the output is written)."""
    ancestor = path.parent
    while not ancestor.exists() and ancestor != ancestor.parent:
        ancestor = ancestor.parent
    if not ancestor.is_dir():
        raise InputError(f"{ancestor} is a file, not a folder", file=path, field=flag, expected="a path in a folder")
    if not os.access(ancestor, os.W_OK | os.X_OK):
        raise InputError(f"no permission to write in {ancestor}", file=path, field=flag,
                         expected="a path in a writable folder")
    try:  # a probe: permissions do not tell about read-only or special file systems (/proc, /sys)
        tempfile.TemporaryFile(dir=ancestor).close()
    except OSError as error:
        raise InputError(f"cannot write in {ancestor} ({error.strerror})", file=path, field=flag,
                         expected="a path in a writable folder") from None


def output_file(path: Optional[Path], flag: str) -> None:
    """InputError (naming ``flag``) unless ``path`` can be written as a file: not a folder, in (or below) a
    writable folder. None (the output is not asked for) passes."""
    if path is None:
        return
    try:
        if path.is_dir():
            raise InputError("is a folder", file=path, field=flag, expected="a file path")
        _check_parent(path, flag)
    except OSError as error:
        raise InputError(f"unusable path ({error.strerror})", file=path, field=flag, expected="a writable file path") \
            from None


def output_folder(path: Path, flag: str) -> None:
    """InputError (naming ``flag``) unless ``path`` is a writable folder or can be created as one."""
    try:
        if path.exists() and not path.is_dir():
            raise InputError("is a file", file=path, field=flag, expected="a folder")
        if path.is_dir():
            if not os.access(path, os.W_OK | os.X_OK):
                raise InputError("no permission to write in it", file=path, field=flag, expected="a writable folder")
        else:
            _check_parent(path, flag)
    except OSError as error:
        raise InputError(f"unusable path ({error.strerror})", file=path, field=flag, expected="a writable folder") \
            from None


def input_file(path: Path, flag: Optional[str], expected: str) -> Path:
    """``path`` if it is a readable file, else an InputError naming it (``expected``: what it should be)."""
    try:
        if not path.exists():
            raise InputError("no such file", file=path, field=flag, expected=expected)
        if not path.is_file():
            raise InputError("not a file", file=path, field=flag, expected=expected)
        if not os.access(path, os.R_OK):
            raise InputError("no permission to read it", file=path, field=flag, expected=expected)
    except OSError as error:
        raise InputError(f"unusable path ({error.strerror})", file=path, field=flag, expected=expected) from None
    return path


def instance_folder(folder: Path) -> list[str]:
    """The MPS/LP instance files of ``folder``, sorted; an InputError when it is no folder or holds none."""
    if not folder.is_dir():
        raise InputError("not a folder", file=folder, expected="a folder of .mps/.lp instances")
    found = sorted(str(p) for p in folder.iterdir() if p.suffix in (".mps", ".lp") or p.name.endswith(".mps.gz"))
    if not found:
        raise InputError("no .mps or .lp files", file=folder, expected="instances from `mlopt lns generate`")
    return found


def cli_oracle(name: str, hardware: str | HardwareProfile, device: Optional[str], seed: int,
               **measured: Any) -> CostOracle:
    """The cost oracle of ``--oracle`` / ``--hardware`` (a profile name, or a profile with a topology's
    overrides; ``--device`` and the ``measured`` settings (MeasuredOracle's keyword arguments) for the measured
    one)."""
    from mlopt.envs.oracles import ORACLE_NAMES, PROFILE_NAMES, make_oracle

    choice(name, ORACLE_NAMES, "--oracle")
    if isinstance(hardware, str):
        choice(hardware, PROFILE_NAMES, "--hardware")
    options = {"device": device, **measured} if name == "measured" else {}
    return make_oracle(name, hardware, seed=seed, **options)
