"""The `mlopt` command: one typer app with a sub-app per area (`mlopt shard`, ...).

The one error boundary of every command:

- bad input anywhere surfaces as :class:`mlopt.errors.InputError` (also one raised in a worker process and
  wrapped in ``mlopt.parallel.TaskFailed``: :func:`mlopt.errors.user_error`) and is printed as one line on
  stderr with exit status 2 (a library parameter it names is shown as the flag that sets it,
  :data:`mlopt.cli.options.PARAMETER_FLAGS`); usage errors (an unknown option, a value of the wrong type)
  are one line and exit 2 as well;
- any other exception is a bug: one line (``mlopt: internal error: ...``) with a hint to rerun with
  ``--debug``, exit status 1; ``--debug`` (anywhere on the command line) shows its traceback instead;
- Ctrl-C prints one line, what was interrupted and what was kept (:mod:`mlopt.cli.interrupt`), and exits 130.

Usage errors are recognized by their ``show()`` / ``exit_code`` (click's ``ClickException`` protocol), not
by class: typer up to 0.2x raises click's classes, later typer releases raise those of their own
vendored copy of click and no longer install click at all.
"""

from __future__ import annotations

import importlib
import sys
import time

import typer

from mlopt import clock
from mlopt.cli import interrupt
from mlopt.cli.options import PARAMETER_FLAGS
from mlopt.errors import user_error

DEBUG_FLAG = "--debug"
# Each area's sub-app (module, attribute): only the one a command line names is imported, so a command's
# start-up (inside its --time-limit) does not pay for the others' imports.
SUB_APPS: dict[str, tuple[str, str]] = {
    "shard": ("mlopt.cli.shard", "shard_app"),
    "lns": ("mlopt.cli.lns", "lns_app"),
    "passes": ("mlopt.cli.passes", "passes_app"),
}


def make_app(args: list[str]) -> typer.Typer:
    """The `mlopt` app with the sub-app that ``args`` names (every one when it names none, e.g. ``--help``)."""
    app = typer.Typer(
        name="mlopt", no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
        help="Machine learning for combinatorial optimization in computer systems. Bad input gives one line and "
             f"exit status 2; {DEBUG_FLAG} anywhere on the command line shows the traceback of an internal error.",
    )
    named = [name for name in SUB_APPS if args[:1] == [name]] or list(SUB_APPS)
    for name in named:
        module, attribute = SUB_APPS[name]
        app.add_typer(getattr(importlib.import_module(module), attribute), name=name)
    return app


def command_name(args: list[str]) -> str:
    """``mlopt`` and its (sub)command words: the leading arguments before any option, at most two."""
    words: list[str] = []
    for arg in args[:2]:
        if arg.startswith("-"):
            break
        words.append(arg)
    return " ".join(["mlopt", *words])


def main(argv: list[str] | None = None) -> None:
    """Entry point of the console script: the error boundary of the module docstring. Time limits count from
    the process start (the console script, ``argv`` None) or from this call (``argv`` given, in-process)."""
    clock.start_command(clock.PROCESS_START if argv is None else time.monotonic())
    args = list(sys.argv[1:] if argv is None else argv)
    debug = DEBUG_FLAG in args
    args = [a for a in args if a != DEBUG_FLAG]
    interrupt.reset()
    try:
        with interrupt.solver_section():  # Ctrl-C held away from native solvers, raised here after them
            code = make_app(args)(args=args, prog_name="mlopt", standalone_mode=False)
    except (typer.Abort, KeyboardInterrupt):
        print(f"mlopt: interrupted {command_name(args)}: {interrupt.kept()}", file=sys.stderr)
        sys.exit(130)
    except Exception as error:
        found = user_error(error)
        if found is not None:
            print(f"mlopt: error: {found.renamed(PARAMETER_FLAGS)}", file=sys.stderr)
            sys.exit(2)
        show, exit_code = getattr(error, "show", None), getattr(error, "exit_code", None)
        message = getattr(error, "format_message", None)
        if callable(message) and exit_code == 2:  # a usage error: one line too, with where to find the usage
            ctx = getattr(error, "ctx", None)
            command = ctx.command_path if ctx is not None else "mlopt"
            print(f"mlopt: error: {' '.join(message().split())} (see '{command} --help')", file=sys.stderr)
            sys.exit(2)
        if callable(show) and isinstance(exit_code, int):  # click's other exits (help shown on no arguments)
            show()
            sys.exit(exit_code)
        if debug:
            raise
        message = " ".join(f"{type(error).__name__}: {error}".split())
        print(f"mlopt: internal error: {message} (a bug; rerun with {DEBUG_FLAG} for the traceback)", file=sys.stderr)
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
