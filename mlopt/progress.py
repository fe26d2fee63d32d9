"""Progress of long work on stderr (issue 20, item 3): seconds elapsed since the command started
(:func:`mlopt.clock.command_start`, so the number is what a ``--time-limit`` bounds), the current stage and
the best result so far.

On a terminal it is rich's live status line, rewritten in place and gone when the work ends. Otherwise (a
log file, a pipe, CI) it is plain lines, ``mlopt lns run: 12.0 s: LNS step 40 (k=61); best 912``, one
every ``interval`` seconds at most (default: $MLOPT_PROGRESS_INTERVAL, else 3), written by a daemon thread
so that the log shows the work is alive between updates too; work shorter than ``interval`` writes none. A
thread runs Python only when the GIL is free: during a native solver call that holds it (SCIP's
``optimize``), the next line waits for the call.
"""

from __future__ import annotations

import math
import os
import sys
import threading
import time
from types import TracebackType
from typing import TextIO

from rich.console import Console
from rich.status import Status

from mlopt import clock
from mlopt.errors import InputError

PLAIN_INTERVAL = 3.0  # seconds between two plain lines unless $MLOPT_PROGRESS_INTERVAL says otherwise
INTERVAL_VARIABLE = "MLOPT_PROGRESS_INTERVAL"
TERMINAL_REFRESH = 0.5  # seconds between two redraws of the terminal line (its elapsed time moves)


def plain_interval() -> float:
    """Seconds between two plain lines: $MLOPT_PROGRESS_INTERVAL (a number in [0.1, 3600]) or 3."""
    value = os.environ.get(INTERVAL_VARIABLE)
    if value is None:
        return PLAIN_INTERVAL
    try:
        seconds = float(value)
    except ValueError:
        seconds = math.nan
    if not 0.1 <= seconds <= 3600:
        raise InputError(f"{value!r}", field=INTERVAL_VARIABLE, expected="seconds in [0.1, 3600]")
    return seconds


class ProgressLine:
    """A context manager showing ``title``, elapsed seconds, :meth:`update`'s stage and best so far on
    ``stream`` (default: stderr at entry), as the module docstring says; ``quiet`` shows nothing."""

    def __init__(self, title: str, *, quiet: bool = False, interval: float | None = None,
                 stream: TextIO | None = None) -> None:
        self.title, self.quiet = title, quiet
        self.interval = plain_interval() if interval is None else interval
        self._stream = stream
        self._stage, self._best = "starting", ""
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._status: Status | None = None

    def update(self, stage: str | None = None, best: str | None = None) -> None:
        """Set the stage and / or the best result so far (shown at the next line or redraw)."""
        if stage is not None:
            self._stage = stage
        if best is not None:
            self._best = best
        if self._status is not None:
            self._status.update(self.text())

    def text(self) -> str:
        """The line as shown now."""
        best = f"; best {self._best}" if self._best else ""
        return f"{self.title}: {time.monotonic() - clock.command_start():.1f} s: {self._stage}{best}"

    def _run(self, stream: TextIO) -> None:
        wait = TERMINAL_REFRESH if self._status is not None else self.interval
        while not self._stop.wait(wait):
            if self._status is not None:
                self._status.update(self.text())
            else:
                print(self.text(), file=stream, flush=True)

    def __enter__(self) -> "ProgressLine":
        if self.quiet:
            return self
        stream = self._stream if self._stream is not None else sys.stderr
        if stream.isatty():
            self._status = Console(file=stream).status(self.text())
            self._status.start()
        self._thread = threading.Thread(target=self._run, args=(stream,), name="mlopt-progress", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        if self._status is not None:
            self._status.stop()
            self._status = None
