"""Only correct wins count: the differential check of an optimized program against its -O0 build.

A pass sequence can shrink a program by breaking it: a miscompiling pass (LLVM 23's ``attributor`` changes
the printed checksum of some generated programs), or a program whose -O0 build never ends, where passes
that assume forward progress delete ``main``'s body. :class:`DifferentialCheck` runs the -O0 program once
(its *reference*, :class:`~mlopt.envs.passes.execute.ProgramRunner`) and every optimized version of it,
and accepts a version only when its exit status and standard output equal the reference's.

A library without ``main`` is checked through its test driver (``drivers/<name>.c`` beside the corpus,
:attr:`mlopt.datasets.programs.Program.driver`). A program is *checkable* when it defines ``main`` or has a
driver, builds, and its -O0 run ends within the limit; for any
other program (a library without ``main``, or one that does not terminate) :meth:`DifferentialCheck.agrees`
answers None: not checked, so callers can tell checked results from unchecked ones. Verdicts are cached
per (input IR, output IR): many sequences produce the same IR, which is built and run once.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from mlopt.envs.passes.execute import Behaviour, ProgramRunner, has_main


def _digest(ir: str, driver: Path | None = None) -> str:
    return hashlib.sha256(ir.encode() + str(driver or "").encode()).hexdigest()


class DifferentialCheck:
    """Compares optimized programs with their -O0 build (module docstring).

    Args:
        runner: builds and runs IR (its ``timeout_s`` bounds each run).

    ``runs`` counts the programs built and run; ``rejected`` the distinct optimized programs found to behave
    differently from their reference.
    """

    def __init__(self, runner: ProgramRunner) -> None:
        self.runner = runner
        self._reference: dict[str, Behaviour | None] = {}
        self._verdicts: dict[tuple[str, str], bool] = {}
        self.runs = 0
        self.rejected = 0

    def _run(self, ir: str, driver: Path | None) -> Behaviour:
        self.runs += 1
        return self.runner.run(ir, driver)

    def reference(self, ir: str, driver: Path | None = None) -> Behaviour | None:
        """The -O0 behaviour of the program ``ir`` (run through ``driver`` when given), or None when it is not
        checkable (no ``main`` and no driver, not built, or no end within the runner's limit)."""
        key = _digest(ir, driver)
        if key not in self._reference:
            behaviour = self._run(ir, driver) if driver is not None or has_main(ir) else None
            self._reference[key] = behaviour if behaviour is not None and behaviour.terminated else None
        return self._reference[key]

    def checkable(self, ir: str, driver: Path | None = None) -> bool:
        """True when optimized versions of ``ir`` can be checked (:meth:`reference` is not None)."""
        return self.reference(ir, driver) is not None

    def agrees(self, source_ir: str, optimized_ir: str, driver: Path | None = None) -> bool | None:
        """Whether ``optimized_ir`` behaves as the -O0 program ``source_ir`` (same exit status and output);
        None when ``source_ir`` is not checkable. Identical IR agrees without a run."""
        reference = self.reference(source_ir, driver)
        if reference is None:
            return None
        if optimized_ir == source_ir:
            return True
        key = (_digest(source_ir, driver), _digest(optimized_ir))
        if key not in self._verdicts:
            same = self._run(optimized_ir, driver).same_as(reference)
            self._verdicts[key] = same
            self.rejected += not same
        return self._verdicts[key]
