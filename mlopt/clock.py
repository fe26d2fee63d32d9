"""Wall-clock budgets counted from the start of the process, so that a ``--time-limit`` bounds everything a
command does: interpreter start-up, imports (torch alone takes seconds on a loaded machine), model loading,
input parsing, set-up and the work itself.

Times are ``time.monotonic()`` values. On Linux the monotonic clock is shared by all processes of the
machine, so a deadline computed here can be handed to local worker processes as it is. The process start is
read from ``/proc/self/stat`` (field 22, clock ticks since boot) against ``CLOCK_BOOTTIME``; elsewhere it
is the moment this module was first imported (the console script imports it first).

A command run inside a longer-lived process (``mlopt.cli.main.main(argv)`` called from Python, e.g. a test)
counts from its own start instead: the CLI marks it with :func:`start_command`, and every command deadline
is :func:`command_deadline`.
"""

from __future__ import annotations

import math
import os
import time

_IMPORTED_AT = time.monotonic()


def _read_process_start() -> float:
    try:
        with open("/proc/self/stat", "rb") as stat:
            fields = stat.read().rsplit(b")", 1)[1].split()
        ticks = int(fields[19])  # field 22 of the whole line; fields 1-2 (pid, comm) are cut off above
        since_boot = time.clock_gettime(time.CLOCK_BOOTTIME) - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError, AttributeError):
        return _IMPORTED_AT
    start = time.monotonic() - since_boot
    return start if start <= _IMPORTED_AT else _IMPORTED_AT


PROCESS_START = _read_process_start()
_command_start = [PROCESS_START]


def elapsed() -> float:
    """Seconds since this process started."""
    return time.monotonic() - PROCESS_START


def deadline(seconds: float, *, since: float | None = None) -> float:
    """The monotonic time ``seconds`` after ``since`` (default: the process start); inf for an unbounded
    budget."""
    if math.isinf(seconds):
        return math.inf
    return (PROCESS_START if since is None else since) + seconds


def remaining(at: float) -> float:
    """Seconds left until the monotonic time ``at`` (never negative)."""
    return max(0.0, at - time.monotonic())


def start_command(at: float) -> None:
    """Count :func:`command_start` and :func:`command_deadline` from the monotonic time ``at`` (the CLI's
    entry point: :data:`PROCESS_START` for the console script, its own call time when called in-process)."""
    _command_start[0] = at


def command_start() -> float:
    """When the running command started (:func:`start_command`; the process start by default)."""
    return _command_start[0]


def command_deadline(seconds: float) -> float:
    """The monotonic time ``seconds`` after the running command's start: what a ``--time-limit`` bounds."""
    return deadline(seconds, since=command_start())
