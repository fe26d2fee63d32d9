"""Build and run a program from its IR: what the differential check of optimized programs observes.

An optimized program is only a win when it still does what the unoptimized one did. Following the
differential testing of compilers (McKeeman 1998; Csmith, Yang et al., PLDI 2011, which checks that
every compiler and level prints the same checksum), a module that defines ``main`` is compiled to an
object file by ``llc`` (``-O0``: code generation is kept as plain as possible, the IR transformations are
what is checked), linked by the system C compiler (``$CC``, else ``cc``, ``gcc`` or ``clang`` on ``PATH``)
into a position-independent executable, and run with no input and no arguments in a scratch folder under
a wall-clock limit. A library without ``main`` is run through a test driver: a C file whose ``main``
calls the library's functions and prints their results, compiled at -O0 once per runner and linked with it. Its :class:`Behaviour` is the exit status (negative: the signal that ended it) and
its standard output; two runs agree when both are equal (:meth:`Behaviour.same_as`).

Simplification: one run with no input (Csmith's programs take none; a program that reads its input or
its environment is checked on that one run only), and standard error is not compared (it carries
addresses in sanitizer or assertion messages).
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from mlopt.datasets.programs.llvm_ir import first_error_line
from mlopt.envs.passes.opt_backend import OptBackend

DEFAULT_RUN_TIMEOUT_S = 10.0
LINKERS = ("cc", "gcc", "clang")
_MAIN = re.compile(r"^define\b[^@\n]*@main\(", re.MULTILINE)


def has_main(ir: str) -> bool:
    """True when the module defines a ``main`` function (it can be linked into a program and run)."""
    return _MAIN.search(ir) is not None


def find_linker() -> Path | None:
    """The C compiler that links object files: ``$CC``, else the first of :data:`LINKERS` on ``PATH``."""
    if os.environ.get("CC"):
        found = shutil.which(os.environ["CC"])
        return Path(found) if found else None
    for name in LINKERS:
        found = shutil.which(name)
        if found:
            return Path(found)
    return None


@dataclass(frozen=True)
class Behaviour:
    """What one run of a program did.

    ``built`` is False when the IR could not be compiled or linked (``message`` says why); ``exit_status``
    is None when the run did not finish within the limit; ``stdout_sha256`` digests its standard output.
    """

    built: bool
    exit_status: int | None = None
    stdout_sha256: str = ""
    message: str = ""

    @property
    def terminated(self) -> bool:
        """The program was built and ended by itself within the limit."""
        return self.built and self.exit_status is not None

    def same_as(self, other: Behaviour) -> bool:
        """Both terminated with the same exit status and the same standard output."""
        return (self.terminated and other.terminated and self.exit_status == other.exit_status
                and self.stdout_sha256 == other.stdout_sha256)

    def describe(self) -> str:
        """One line: how the run ended."""
        if not self.built:
            return f"not built ({self.message})"
        if self.exit_status is None:
            return self.message
        return f"exit status {self.exit_status}, stdout sha256 {self.stdout_sha256[:12]}"


class ProgramRunner:
    """Compiles IR with ``llc`` (through ``backend``), links it with the C compiler and runs it.

    Args:
        backend: the ``opt`` backend whose ``llc`` compiles the IR (default: a new :class:`OptBackend`).
        timeout_s: wall-clock limit of one run.
        linker: the C compiler that links (default :func:`find_linker`); RuntimeError when there is none.
    """

    def __init__(self, backend: OptBackend | None = None, timeout_s: float = DEFAULT_RUN_TIMEOUT_S,
                 linker: str | os.PathLike[str] | None = None) -> None:
        self.backend = backend or OptBackend()
        self.timeout_s = timeout_s
        found = Path(linker) if linker else find_linker()
        if found is None:
            raise RuntimeError("no C compiler to link programs (set CC, or install gcc or clang)")
        self.linker = found
        self._drivers: dict[Path, bytes] = {}

    def _driver_object(self, driver: Path, folder: Path) -> bytes | str:
        """The object file of a test driver (compiled at -O0 once per runner), or why it did not compile."""
        if driver not in self._drivers:
            try:
                built = subprocess.run([str(self.linker), "-O0", "-w", "-c", str(driver), "-o", "driver.o"],
                                       cwd=folder, capture_output=True, timeout=self.backend.timeout_s, check=False)
            except subprocess.TimeoutExpired:
                return "compiling the test driver timed out"
            if built.returncode != 0:
                return "test driver failed to compile: " + first_error_line(built.stderr.decode("utf-8", "replace"))
            self._drivers[driver] = (folder / "driver.o").read_bytes()
        return self._drivers[driver]

    def run(self, ir: str, driver: str | os.PathLike[str] | None = None) -> Behaviour:
        """Build ``ir`` and run it once (module docstring). ``ir`` defines ``main``, or ``driver`` names a C
        file that does (a test driver calling a library's functions, compiled at -O0 and linked with it)."""
        try:
            obj = self.backend.object_file(ir, level="-O0", relocation="pic")
        except RuntimeError as error:
            return Behaviour(False, message=str(error))
        with tempfile.TemporaryDirectory(prefix="mlopt-run-") as scratch:
            folder = Path(scratch)
            (folder / "program.o").write_bytes(obj)
            if driver is not None:
                driver_obj = self._driver_object(Path(driver).resolve(), folder)
                if isinstance(driver_obj, str):
                    return Behaviour(False, message=driver_obj)
                if not (folder / "driver.o").exists():  # compiled here just now, or an earlier run's object
                    (folder / "driver.o").write_bytes(driver_obj)
            try:
                objects = ["driver.o"] if driver is not None else []
                link = subprocess.run([str(self.linker), "program.o", *objects, "-o", "program", "-lm"], cwd=folder,
                                      capture_output=True, timeout=self.backend.timeout_s, check=False)
            except subprocess.TimeoutExpired:
                return Behaviour(False, message="linking timed out")
            if link.returncode != 0:
                return Behaviour(False, message="link failed: " + first_error_line(link.stderr.decode("utf-8",
                                                                                                    "replace")))
            try:
                proc = subprocess.run([str(folder / "program")], cwd=folder, stdin=subprocess.DEVNULL,
                                      capture_output=True, timeout=self.timeout_s, check=False)
            except subprocess.TimeoutExpired:
                return Behaviour(True, None, message=f"did not end within {self.timeout_s:g} s")
        return Behaviour(True, proc.returncode, hashlib.sha256(proc.stdout).hexdigest())
