"""Sequence evaluation: IR instruction count of a program after a pass sequence, normalized by -Oz.

Liang et al. (ICML 2023, "Learning Compiler Pass Orders using Coreset and Normalized Value
Prediction"), Sec. 3: the normalized value of a sequence ``s`` on program ``p`` is

    r(p, s) = (IR_Oz(p) - IR_s(p)) / IR_Oz(p)                                              (Eq. 1)

where ``IR_x`` is the IR instruction count (CompilerGym's IrInstructionCount) after ``x``: 0 for a
sequence as good as -Oz, positive when smaller. The -Oz reference is mlopt's pinned baseline
(:meth:`mlopt.envs.passes.OptBackend.optimize`, what ``clang -Oz`` does at IR level).

A sequence is applied in **one** ``opt`` invocation as a ``-passes=`` pipeline
(``forceattrs,<p1>,...,<pn>``) on the program's -O0 IR, with the same ``minsize`` / ``optsize``
attributes the -Oz baseline gets (they are what ``clang -Oz``'s front end puts on every function: a
property of the program, not a pass, so every sequence is compared with -Oz on the same input).
Simplification / deviation: the RL env (``mlopt/PassOrdering-v0``) applies passes without these
attributes, so its episode counts differ from the ones here. The pipeline starts with a module pass,
so ``opt`` nests each function, loop or CGSCC pass in its adaptor; ``licm`` is spelled
``function(loop-mssa(licm))`` (it needs MemorySSA, which a module-level spelling does not set up).

The token :data:`OZ` (``"-Oz"``) in a sequence stands for the -Oz size pipeline, so
:data:`OZ_SEQUENCE` = ``("-Oz",)`` reproduces the baseline exactly and can sit in a candidate set (a
coreset that contains it is never worse than -Oz). A sequence whose ``opt`` run fails
(crash, timeout, or output that cannot be read back) keeps the input IR, i.e. counts as the unoptimized
program. Counts are cached per (IR, sequence).

With a :class:`~mlopt.passes.verify.DifferentialCheck` (``check=``), only correct wins count: an output
that builds and runs differently from the -O0 program (exit status or standard output) is *rejected* and
counts as the unoptimized program, like a failed run; :attr:`SequenceEvaluator.rejected` records every
rejected (program, sequence). Programs the check cannot run (no ``main`` and no driver, or no end at -O0)
are counted unchecked (:meth:`SequenceEvaluator.checked`).
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Sequence
from pathlib import Path

from mlopt.datasets.programs import Program
from mlopt.envs.passes.backend import PassResult
from mlopt.envs.passes.opt_backend import SIZE_ATTRIBUTES, OptBackend
from mlopt.errors import InputError
from mlopt.passes.verify import DifferentialCheck

OZ = "-Oz"
DEFAULT_BUDGET = 45  # Liang et al.'s budget; counted in compilations (sequences) here, see mlopt.passes.nvp
OZ_SEQUENCE: tuple[str, ...] = (OZ,)
PIPELINE_SPELLING: dict[str, str] = {"licm": "function(loop-mssa(licm))"}
PassSequence = tuple[str, ...]
OBJECTIVES = ("count", "text")  # what a normalized value measures: IR instructions, or the object's .text bytes


def normalized_value(count: int, oz_count: int) -> float:
    """Eq. 1: ``(IR_Oz - IR_s) / IR_Oz`` (0 for -Oz itself, > 0 when smaller than -Oz)."""
    return (oz_count - count) / max(oz_count, 1)


def geomean(values: Iterable[float]) -> float:
    """Geometric mean of positive numbers (e.g. instruction counts relative to -Oz)."""
    values = list(values)
    return math.exp(sum(math.log(v) for v in values) / len(values))


def _ir(program: Program | str) -> str:
    return program.ir if isinstance(program, Program) else program


def _driver(program: Program | str) -> Path | None:
    return program.driver if isinstance(program, Program) else None


def _key(ir: str, sequence: Sequence[str]) -> tuple[str, PassSequence]:
    return hashlib.sha256(ir.encode()).hexdigest(), tuple(sequence)


class SequenceEvaluator:
    """Counts instructions after pass sequences with ``opt``, one invocation per (program, sequence).

    Args:
        backend: the ``opt`` backend (default: a new :class:`OptBackend`, found by ``find_opt``).
        check: the differential check of every output (module docstring); None: counts only.
        objective: what :meth:`value` normalizes: ``count`` (IR instructions, Eq. 1) or ``text`` (``.text``
            bytes of the object ``llc`` makes; a coreset built on it targets object size).

    ``compilations`` counts the ``opt`` runs actually made (cache misses); ``rejected`` maps each
    (program name, sequence) whose output the check rejected to the program's -O0 count.
    """

    def __init__(self, backend: OptBackend | None = None, check: DifferentialCheck | None = None,
                 objective: str = "count") -> None:
        if objective not in OBJECTIVES:
            raise InputError(f"unknown objective {objective!r}", field="objective", expected=" or ".join(OBJECTIVES))
        self.backend = backend or OptBackend()
        self.check = check
        self.objective = objective
        self._cache: dict[tuple[str, PassSequence], int] = {}
        self._text_cache: dict[tuple[str, PassSequence], int] = {}
        self.compilations = 0
        self.rejected: dict[tuple[str, PassSequence], int] = {}

    def pipeline(self, sequence: Sequence[str]) -> list[str]:
        """The ``-passes=`` elements of ``sequence`` (module docstring)."""
        oz = self.backend.oz_pipeline()
        return ["forceattrs", *(oz if p == OZ else PIPELINE_SPELLING.get(p, p) for p in sequence)]

    def run(self, ir: str, sequence: Sequence[str]) -> PassResult:
        """``opt`` once on ``ir`` with the size attributes and ``sequence`` (uncached)."""
        self.compilations += 1
        return self.backend.apply(ir, self.pipeline(sequence), SIZE_ATTRIBUTES)

    def apply(self, program: Program | str, sequence: Sequence[str]) -> tuple[int, str]:
        """(instruction count, IR) of ``program`` after ``sequence``; one ``opt`` run, count cached.

        The IR is the input IR when the run fails, its output cannot be counted, or the differential check
        rejects it (module docstring).
        """
        ir = _ir(program)
        result = self.run(ir, sequence)
        out = result.ir
        try:
            count = self.backend.instruction_count(out)
        except InputError:  # e.g. LLVM 23 output that llvmlite's LLVM 22 cannot read back
            out = ir
            count = self._input_count(ir)
        if self.check is not None and self.check.agrees(ir, out, _driver(program)) is False:
            out = ir
            count = self._input_count(ir)
            name = program.name if isinstance(program, Program) else _key(ir, ())[0][:12]
            self.rejected[(name, tuple(sequence))] = count
        self._cache[_key(ir, sequence)] = count
        return count, out

    def _input_count(self, ir: str) -> int:
        """The instruction count of the unoptimized ``ir`` (cached as its empty sequence)."""
        key = _key(ir, ())
        if key not in self._cache:
            self._cache[key] = self.backend.instruction_count(ir)
        return self._cache[key]

    def checked(self, program: Program | str) -> bool | None:
        """Whether the outputs of ``program`` are differentially checked (None: no check configured)."""
        return None if self.check is None else self.check.checkable(_ir(program), _driver(program))

    def count(self, program: Program | str, sequence: Sequence[str]) -> int:
        """IR instruction count of ``program`` (a :class:`Program` or IR text) after ``sequence`` (cached)."""
        cached = self._cache.get(_key(_ir(program), sequence))
        return cached if cached is not None else self.apply(program, sequence)[0]

    def text_size(self, program: Program | str, sequence: Sequence[str]) -> int:
        """``.text`` bytes of the object ``llc`` makes of ``program`` after ``sequence`` (the IR :meth:`apply`
        returns: a rejected or failed output is the input program); cached."""
        key = _key(_ir(program), sequence)
        if key not in self._text_cache:
            self._text_cache[key] = self.backend.text_size(self.apply(program, sequence)[1])
        return self._text_cache[key]

    def o3_text_size(self, program: Program | str) -> int:
        """``.text`` bytes after ``default<O3>``."""
        return self.backend.text_size(self.backend.optimize(_ir(program), "O3"))

    def oz_count(self, program: Program | str) -> int:
        """IR instruction count after mlopt's -Oz baseline."""
        return self.count(program, OZ_SEQUENCE)

    def o3_count(self, program: Program | str) -> int:
        """IR instruction count after ``default<O3>`` (no size attributes, as ``clang -O3``)."""
        return self.backend.instruction_count(self.backend.optimize(_ir(program), "O3"))

    def value(self, program: Program | str, sequence: Sequence[str]) -> float:
        """Normalized value (Eq. 1) of ``sequence`` on ``program``: of the IR instruction count, or with the
        ``text`` objective of the object's ``.text`` bytes (:meth:`text_size`)."""
        if self.objective == "text":
            return normalized_value(self.text_size(program, sequence), self.text_size(program, OZ_SEQUENCE))
        return normalized_value(self.count(program, sequence), self.oz_count(program))
