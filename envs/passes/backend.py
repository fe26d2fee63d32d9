"""The ``CompilerBackend`` interface shared by the ``opt`` and llvmlite backends.

Modules travel between calls as IR text (the form both LLVM versions read), so a backend keeps no state
per program. A pass application never raises for a bad pass: it returns a :class:`PassResult` whose
status says what happened (CompilerGym's convention of ending the episode on a failed action, Cummins et
al., CGO 2022), and the caller keeps the previous IR.
"""

from __future__ import annotations

import enum
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from mlopt.envs.passes.ir import parse_for_features
from mlopt.envs.passes.observations import instruction_count


class PassStatus(str, enum.Enum):
    """Outcome of applying passes."""

    OK = "ok"
    INVALID = "invalid"  # the backend does not know the pass or pipeline
    CRASH = "crash"  # LLVM aborted or produced invalid IR
    UNREADABLE = "unreadable"  # the pass ran, but its output cannot be read back to be measured (kept as before)
    TIMEOUT = "timeout"


@dataclass(frozen=True)
class PassResult:
    """IR after the passes (the input IR unless ``status`` is OK) and a one-line message on failure."""

    ir: str
    status: PassStatus
    message: str = ""

    @property
    def ok(self) -> bool:
        return self.status is PassStatus.OK


class BackendUnavailable(RuntimeError):
    """A backend (or one of its features, e.g. llvmlite's missing -Oz) cannot be used here."""


class CompilerBackend(ABC):
    """Parse IR, apply passes, count instructions, measure .text size, run the -Oz / -O3 pipelines.

    ``actions`` are pass names in ``opt -passes=`` syntax; an action index of an env indexes this tuple.
    """

    name: str
    actions: tuple[str, ...]

    @abstractmethod
    def parse(self, source: str | bytes, name: str | Path = "<ir>") -> str:
        """Validated IR text of ``source`` (text or bitcode); ``InputError`` naming ``name`` if malformed."""

    @abstractmethod
    def apply(self, ir: str, passes: str | Sequence[str]) -> PassResult:
        """Run one pass or a sequence, in order, on ``ir``."""

    @abstractmethod
    def optimize(self, ir: str, level: str) -> str:
        """IR after the ``"Oz"`` (mlopt's pinned -Oz baseline) or ``"O3"`` pipeline."""

    @abstractmethod
    def text_size(self, ir: str) -> int:
        """Bytes of the ``.text`` sections of the object file the host target emits for ``ir``."""

    def instruction_count(self, ir: str) -> int:
        """All instructions of ``ir`` (CompilerGym's IrInstructionCount)."""
        return instruction_count(parse_for_features(ir))

    def close(self) -> None:
        """Release what the backend holds (worker processes); idempotent, and a later call may start them again.

        The default holds nothing: ``opt`` runs one subprocess per call.
        """


def as_sequence(passes: str | Sequence[str]) -> tuple[str, ...]:
    """One pass name or a sequence of them as a tuple."""
    return (passes,) if isinstance(passes, str) else tuple(passes)
