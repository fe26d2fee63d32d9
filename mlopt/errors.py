"""Errors shared by every mlopt root (a leaf module: it imports nothing from mlopt).

`InputError` is raised for bad user input (files, CLI flags, tasks that cannot be solved as posed).
Its message is a single line naming the file, the row and field, and what was expected; the CLI
prints it without a traceback and exits with status 2 (the benchmark scripts too, through
:func:`run_script`). An InputError raised in a worker process arrives wrapped (``mlopt.parallel.TaskFailed``
raises ``from`` it); :func:`user_error` finds it in the chain of causes, so it is printed the same way.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable, Mapping


class InputError(ValueError):
    """Bad user input, reported as one line: ``file:row: field: problem (expected ...)``.

    Library code names the *parameter* in ``field`` (``time_limit_s``, ``num_devices``); a command line maps
    it to its own flag with :meth:`renamed` when it prints the error.
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | Path | None = None,
        row: int | None = None,
        field: str | None = None,
        expected: str | None = None,
    ) -> None:
        self.file = None if file is None else str(file)
        self.row = row
        self.field = field
        self.expected = expected
        self.detail = message
        super().__init__(self._format())

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle with every field (an error raised in a worker process keeps its file, row and field)."""
        return _rebuild_input_error, (self.detail, self.file, self.row, self.field, self.expected)

    def renamed(self, fields: Mapping[str, str]) -> "InputError":
        """The same error with ``field`` replaced by ``fields[field]`` (e.g. a parameter by the CLI flag that
        sets it); ``self`` when the field is not in ``fields``."""
        if self.field not in fields:
            return self
        return InputError(self.detail, file=self.file, row=self.row, field=fields[self.field], expected=self.expected)

    def _format(self) -> str:
        where = ""
        if self.file is not None:
            where = self.file
            if self.row is not None:
                where += f":{self.row}"
            where += ": "
        elif self.row is not None:
            where = f"row {self.row}: "
        field = f"{self.field}: " if self.field else ""
        expected = f" (expected {self.expected})" if self.expected else ""
        return " ".join(f"{where}{field}{self.detail}{expected}".split())


def _rebuild_input_error(detail: str, file: str | None, row: int | None, field: str | None,
                         expected: str | None) -> InputError:
    return InputError(detail, file=file, row=row, field=field, expected=expected)


def user_error(error: BaseException) -> InputError | None:
    """The InputError that ``error`` is, or that caused it through ``raise ... from`` (e.g. the one a worker
    process raised inside ``mlopt.parallel.TaskFailed``); None when there is none."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, InputError):
            return current
        seen.add(id(current))
        current = current.__cause__
    return None


def run_script(main: Callable[[], None]) -> None:
    """Run a script's ``main`` (the ``benchmarks/`` scripts) as the CLI runs its commands: an
    :class:`InputError` (also one raised in a worker, :func:`user_error`) is printed as one line on stderr
    (``<script>: error: ...``) and exits with status 2."""
    try:
        main()
    except Exception as error:
        found = user_error(error)
        if found is None:
            raise
        print(f"{Path(sys.argv[0]).name}: error: {found}", file=sys.stderr)
        sys.exit(2)
