"""The ``mlopt`` console script: holds SIGINT (Ctrl-C) before anything is imported, so that every native
thread an import or a solver starts inherits the blocked signal and a Ctrl-C reaches only the watcher of
:func:`mlopt.cli.interrupt.solver_section`, never a solver's own handler (CP-SAT's would swallow it, or
abort once its solve has returned). Then runs :func:`mlopt.cli.main.main`, and ends the process without the
interpreter's teardown (exit handlers run, output is flushed): finalizing torch's modules alone takes about a
second on a loaded machine, time that a ``--time-limit`` bounds too."""

from __future__ import annotations

import atexit
import os
import signal
import sys

import mlopt.clock  # noqa: F401  (the process-start clock every --time-limit counts from)


def main() -> None:
    """Block SIGINT in this (the main) thread, then import and run the CLI."""
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    from mlopt.cli.main import main as run

    try:
        run()
        code = 0
    except SystemExit as done:
        code = exit_status(done.code)
    atexit._run_exitfuncs()  # e.g. Ray's shutdown; only the module teardown is skipped
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (mlopt ... | head): nothing more to say
            code = code or 1
    os._exit(code)


def exit_status(code: object) -> int:
    """The process exit status of ``sys.exit(code)``: None is 0, an int itself, anything else printed and 1."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1


if __name__ == "__main__":
    main()
