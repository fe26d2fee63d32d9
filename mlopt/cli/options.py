"""Validation of CLI option values shared by every `mlopt` command: each failure is an InputError
naming the flag, which the entry point prints as one line with exit status 2."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path
from typing import Optional, Sequence

from mlopt.envs.oracles import ORACLE_NAMES, PROFILE_NAMES, HardwareProfile, make_oracle
from mlopt.envs.oracles.base import CostOracle
from mlopt.errors import InputError

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


def command_line(fallback: str) -> str:
    """This process's ``mlopt ...`` command line, shell-quoted, for the metadata of what it writes
    (``fallback`` when it was not started with arguments, e.g. called from Python)."""
    return " ".join(["mlopt", *map(shlex.quote, sys.argv[1:])]) if sys.argv[1:] else fallback


def choice(value: str, choices: Sequence[str], flag: str) -> str:
    """``value`` if it is one of ``choices``, else an InputError naming ``flag``."""
    if value not in choices:
        raise InputError(f"unknown value {value!r}", field=flag, expected="one of " + ", ".join(choices))
    return value


def positive(value: float, flag: str) -> float:
    """``value`` if it is > 0, else an InputError naming ``flag``."""
    if not value > 0:
        raise InputError(f"{value}", field=flag, expected="a positive number")
    return value


def instance_folder(folder: Path) -> list[str]:
    """The MPS/LP instance files of ``folder``, sorted; an InputError when it is no folder or holds none."""
    if not folder.is_dir():
        raise InputError("not a folder", file=folder, expected="a folder of .mps/.lp instances")
    found = sorted(str(p) for p in folder.iterdir() if p.suffix in (".mps", ".lp") or p.name.endswith(".mps.gz"))
    if not found:
        raise InputError("no .mps or .lp files", file=folder, expected="instances from `mlopt lns generate`")
    return found


def cli_oracle(name: str, hardware: str | HardwareProfile, device: Optional[str], seed: int) -> CostOracle:
    """The cost oracle of ``--oracle`` / ``--hardware`` (a profile name, or a profile with a topology's
    overrides; ``--device`` for the measured one)."""
    choice(name, ORACLE_NAMES, "--oracle")
    if isinstance(hardware, str):
        choice(hardware, PROFILE_NAMES, "--hardware")
    options = {"device": device} if name == "measured" else {}
    return make_oracle(name, hardware, seed=seed, **options)
