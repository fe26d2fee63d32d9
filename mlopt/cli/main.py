"""The `mlopt` command: one typer app with a sub-app per area (`mlopt shard`, ...).

Bad input anywhere surfaces as :class:`mlopt.errors.InputError` and is printed as one line on stderr
with exit status 2 (a library parameter it names is shown as the flag that sets it,
:data:`mlopt.cli.options.PARAMETER_FLAGS`); usage errors exit 2 as well. A traceback from this command is a bug.

Usage errors are recognized by their ``show()`` / ``exit_code`` (click's ``ClickException`` protocol), not
by class: typer up to 0.2x raises click's classes, later typer releases raise those of their own
vendored copy of click and no longer install click at all.
"""

from __future__ import annotations

import sys

import typer

from mlopt.cli.lns import lns_app
from mlopt.cli.options import PARAMETER_FLAGS
from mlopt.cli.passes import passes_app
from mlopt.cli.shard import shard_app
from mlopt.errors import InputError

app = typer.Typer(
    name="mlopt", no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
    help="Machine learning for combinatorial optimization in computer systems.",
)
app.add_typer(shard_app, name="shard")
app.add_typer(lns_app, name="lns")
app.add_typer(passes_app, name="passes")


def main(argv: list[str] | None = None) -> None:
    """Entry point of the console script; exits 2 with one line on bad input."""
    try:
        code = app(args=argv, prog_name="mlopt", standalone_mode=False)
    except InputError as error:
        print(f"mlopt: error: {error.renamed(PARAMETER_FLAGS)}", file=sys.stderr)
        sys.exit(2)
    except (typer.Abort, KeyboardInterrupt):
        print("mlopt: interrupted", file=sys.stderr)
        sys.exit(130)
    except Exception as error:
        show, exit_code = getattr(error, "show", None), getattr(error, "exit_code", None)
        if not callable(show) or not isinstance(exit_code, int):
            raise
        show()
        sys.exit(exit_code)
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
