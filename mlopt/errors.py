"""Errors shared by every mlopt root (a leaf module: it imports nothing from mlopt).

`InputError` is raised for bad user input (files, CLI flags, tasks that cannot be solved as posed).
Its message is a single line naming the file, the row and field, and what was expected; the CLI
prints it without a traceback and exits with status 2 (the benchmark scripts too, through
:func:`run_script`).
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


def run_script(main: Callable[[], None]) -> None:
    """Run a script's ``main`` (the ``benchmarks/`` scripts) as the CLI runs its commands: an
    :class:`InputError` is printed as one line on stderr (``<script>: error: ...``) and exits with status 2."""
    try:
        main()
    except InputError as error:
        print(f"{Path(sys.argv[0]).name}: error: {error}", file=sys.stderr)
        sys.exit(2)
