"""Ctrl-C in the CLI: one line saying what was interrupted and what was kept, exit status 130 (the error
boundary of :mod:`mlopt.cli.main` prints it), and no output written after the interrupt.

Outputs are written atomically (:mod:`mlopt.datasets.atomic_io`), so an interrupt leaves no partial file and
an existing one intact. Commands that keep work across runs (data collection, training) say what they keep
with :func:`keep`. Native solvers catch SIGINT themselves (CP-SAT stops its search and then leaves SIGINT's
default action installed; SCIP stops with status ``userinterrupt``): :func:`solver_section` holds SIGINT
away from them and raises KeyboardInterrupt once they return, before anything is written.
"""

from __future__ import annotations

import _thread
import signal
import sys
import threading
from contextlib import contextmanager
from typing import Iterator

NOTHING_KEPT = "no output written (existing output files are unchanged)"
_kept = [NOTHING_KEPT]


def keep(note: str) -> None:
    """Say what an interruption of the running command keeps (e.g. the data of finished instances)."""
    _kept[0] = note


def kept() -> str:
    """What an interruption of the running command keeps (:func:`keep`; nothing by default)."""
    return _kept[0]


def reset() -> None:
    """Forget what a previous command kept (the CLI's entry point calls it per command)."""
    _kept[0] = NOTHING_KEPT


@contextmanager
def solver_section() -> Iterator[None]:
    """Run native solver calls with SIGINT blocked in this thread and in the threads they start; a watcher
    thread takes a Ctrl-C with ``sigwait`` and interrupts the main thread, so Python code stops at once and
    a solver call when it returns (within its own time limit); an interrupt that lands where Python cannot raise
    it (a weakref callback of ``logging``, a ``__del__``) prints nothing and is raised on the way out. Leaves
    SIGINT's Python handler re-installed (CP-SAT resets it) and raises KeyboardInterrupt on the way out when one
    came. A no-op off the main thread."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    interrupted, closing = threading.Event(), threading.Event()

    def watch() -> None:
        signal.sigwait({signal.SIGINT})
        if not closing.is_set():
            interrupted.set()
            _thread.interrupt_main()

    def quiet_interrupt(unraisable: "sys.UnraisableHookArgs") -> None:
        if isinstance(unraisable.exc_value, KeyboardInterrupt) and interrupted.is_set():
            return  # it landed where Python cannot raise (a weakref callback, __del__); raised on the way out
        previous_hook(unraisable)

    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    previous_hook, sys.unraisablehook = sys.unraisablehook, quiet_interrupt
    watcher = threading.Thread(target=watch, name="mlopt-sigint", daemon=True)
    watcher.start()
    try:
        yield
    except KeyboardInterrupt:
        interrupted.set()
    finally:
        sys.unraisablehook = previous_hook
        closing.set()
        if watcher.is_alive():
            signal.pthread_kill(watcher.ident, signal.SIGINT)  # wakes the watcher; it records nothing
        watcher.join()
        handler = signal.getsignal(signal.SIGINT)
        if handler is not None:
            signal.signal(signal.SIGINT, handler)
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
    if interrupted.is_set():
        raise KeyboardInterrupt
