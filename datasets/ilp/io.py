"""Reading and writing instance files through pyscipopt, quietly and atomically.

SCIP writes its reader messages and errors straight to the process's stdout / stderr file descriptors,
so :func:`quiet_fds` redirects those descriptors to a temporary file while SCIP reads or writes, and
:func:`load_instance` turns any failure into a one-line :class:`mlopt.errors.InputError` naming the file.
"""

from __future__ import annotations

import contextlib
import faulthandler
import os
import sys
import tempfile
from pathlib import Path
from typing import Iterator

from pyscipopt import Model

from mlopt.datasets.atomic_io import atomic_write
from mlopt.errors import InputError

SUFFIXES = (".mps", ".lp", ".mps.gz", ".lp.gz", ".cip")


@contextlib.contextmanager
def quiet_fds() -> Iterator[list[str]]:
    """Send fds 1 and 2 to a temporary file for the block; the yielded list gets its text lines."""
    captured: list[str] = []
    sys.stdout.flush()
    sys.stderr.flush()
    saved = [os.dup(1), os.dup(2)]
    with tempfile.TemporaryFile(mode="w+b") as sink:
        try:
            os.dup2(sink.fileno(), 1)
            os.dup2(sink.fileno(), 2)
            yield captured
        finally:
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            os.close(saved[0])
            os.close(saved[1])
            sink.seek(0)
            captured.extend(sink.read().decode("utf-8", "replace").splitlines())


def check_instance_path(path: str | os.PathLike[str]) -> Path:
    """``path`` if it is a readable file with an instance suffix (:data:`SUFFIXES`), else an InputError: the
    cheap checks of :func:`load_instance`, for a command to run before any heavy work."""
    path = Path(path)
    try:
        if not path.is_file():
            raise InputError("file not found", file=path, expected="an existing .mps or .lp file")
        if not os.access(path, os.R_OK):
            raise InputError("no permission to read it", file=path, expected="a readable .mps or .lp file")
    except OSError as error:
        raise InputError(f"unusable path ({error.strerror})", file=path, expected="an .mps or .lp file") from None
    if not path.name.lower().endswith(SUFFIXES):
        raise InputError("unknown instance format", file=path, expected="a file ending in " + ", ".join(SUFFIXES))
    return path


def _check_mps_rows(path: Path) -> None:
    """InputError unless every line of an MPS file's ROWS section is a row type (N, G, L, E) and a name.

    SCIP 10's MPS reader dereferences a missing row name (``" Gc307"``: type and name without a space) and
    crashes the process (found by tests/fuzz), so such a line is rejected before SCIP reads the file.
    """
    section = ""
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            if not line.strip() or line.startswith("*"):
                continue
            if not line[0].isspace():
                section = line.split()[0].upper()
                continue
            fields = line.split()
            if section == "ROWS" and (len(fields) < 2 or fields[0].upper() not in ("N", "G", "L", "E")):
                raise InputError(f"malformed ROWS line {line.strip()!r}", file=path, row=number,
                                 expected="a row type (N, G, L or E) and a row name")


def _crashes_scip(path: Path) -> bool:
    """True when SCIP's reader kills the process reading ``path`` (tried in a forked child first: SCIP 10's
    MPS reader dereferences NULL on some malformed files, found by tests/fuzz). False where fork is missing."""
    if not hasattr(os, "fork"):
        return False
    sys.stdout.flush()
    sys.stderr.flush()  # the child must not write this process's buffered output again
    pid = os.fork()
    if pid == 0:  # the child: read, and leave without running any of the parent's exit handlers
        faulthandler.disable()  # a crash here is expected: no dump on the parent's stderr
        try:
            with quiet_fds():
                model = Model()
                model.hideOutput()
                model.readProblem(str(path))
        finally:
            os._exit(0)
    _, status = os.waitpid(pid, 0)
    return os.WIFSIGNALED(status)


def load_instance(path: str | os.PathLike[str]) -> Model:
    """Read an MPS / LP (or gzipped, or CIP) file into a ``pyscipopt.Model`` with output hidden; a file SCIP
    cannot read, or would crash on, is an InputError."""
    path = check_instance_path(path)
    if path.name.lower().endswith(".mps"):
        _check_mps_rows(path)
    if _crashes_scip(path):
        raise InputError("SCIP's reader crashes on it", file=path, expected="a valid MPS or LP file")
    model = Model()
    model.hideOutput()
    failure: OSError | None = None
    with quiet_fds() as lines:
        try:
            model.readProblem(str(path))
        except OSError as exc:
            failure = exc
    if failure is not None:
        reason = next((line.split("ERROR:", 1)[1].strip() for line in lines if "ERROR:" in line), "read error")
        raise InputError(f"SCIP cannot read it: {reason}", file=path, expected="a valid MPS or LP file")
    if model.getNVars() == 0:
        raise InputError("no variables", file=path, expected="an instance with at least one variable")
    return model


def write_model_atomic(model: Model, path: str | os.PathLike[str]) -> None:
    """Write ``model`` (format from the suffix) through a temporary file in the same folder and a rename."""

    def write(tmp: str) -> None:
        with quiet_fds():
            model.writeProblem(tmp, trans=False, genericnames=False, verbose=False)

    atomic_write(path, write)
