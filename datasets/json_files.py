"""Reading a user's JSON file with one-line errors (the writing side is :mod:`.atomic_io`)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from mlopt.errors import InputError


def read_json(path: str | os.PathLike[str], *, what: str, expected: str) -> Any:
    """The JSON value in ``path`` (UTF-8, a byte-order mark allowed); an InputError naming the file
    (``cannot read <what>``) when it cannot be read or parsed (also: nested too deep, an integer too long)."""
    try:
        return json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except (OSError, ValueError, RecursionError) as error:  # ValueError: JSONDecodeError, UnicodeDecodeError
        raise InputError(f"cannot read {what} ({type(error).__name__}: {error})", file=str(path),
                         expected=expected) from None
