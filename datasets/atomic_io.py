"""Atomic file writes: every file mlopt writes goes through a temporary file in the target folder and
an ``os.replace``, so a reader never sees a half-written file and a crash leaves the old one intact.
A path that cannot be written (a folder, under a file, no permission, a read-only or full file system) is
a one-line :class:`mlopt.errors.InputError` naming it."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Callable

from mlopt.errors import InputError


def atomic_write(path: str | os.PathLike[str], write: Callable[[str], None]) -> None:
    """Call ``write(tmp_path)`` on a temporary file beside ``path``, then rename it onto ``path``.

    The temporary file keeps ``path``'s suffix (some writers pick the format from it) and gets the
    usual permissions (mkstemp creates 0600); it is removed if ``write`` fails. Missing parent folders are
    created; an OSError on the way (``path`` a folder, a parent a file, no permission, a read-only or full
    file system) becomes an InputError naming ``path``.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=f".tmp{path.suffix}", dir=path.parent)
    except OSError as error:
        raise _unwritable(path, error) from None
    os.close(fd)
    try:
        write(tmp)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except OSError as error:
        Path(tmp).unlink(missing_ok=True)
        raise _unwritable(path, error) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _unwritable(path: Path, error: OSError) -> InputError:
    return InputError(f"cannot write it ({error.strerror or type(error).__name__})", file=path,
                      expected="a writable file path")


def write_text_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically, flushed to disk before the rename."""
    write_bytes_atomic(path, text.encode("utf-8"))


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, flushed to disk before the rename."""

    def write(tmp: str) -> None:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())

    atomic_write(path, write)
