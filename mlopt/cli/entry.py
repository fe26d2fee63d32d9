"""The ``mlopt`` console script: holds SIGINT (Ctrl-C) before anything is imported, so that every native
thread an import or a solver starts inherits the blocked signal and a Ctrl-C reaches only the watcher of
:func:`mlopt.cli.interrupt.solver_section`, never a solver's own handler (CP-SAT's would swallow it, or
abort once its solve has returned). Then runs :func:`mlopt.cli.main.main`."""

from __future__ import annotations

import signal

import mlopt.clock  # noqa: F401  (the process-start clock every --time-limit counts from)


def main() -> None:
    """Block SIGINT in this (the main) thread, then import and run the CLI."""
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    from mlopt.cli.main import main as run

    run()


if __name__ == "__main__":
    main()
