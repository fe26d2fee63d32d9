"""NVP inference (Liang et al., ICML 2023, Sec. 4.2: -Oz plus the best-ranked coreset sequences within a
compilation budget) that also ends by a wall-clock deadline, start-up included.

Ranking needs the NVP model, and importing torch and torch-geometric alone takes seconds (more on a loaded
machine) while a compilation of a small program takes a fraction of one. So the ranking runs in a spawned
child process while this one compiles -Oz (:func:`optimize_by`); the child is waited for until the deadline
and killed when it has not answered by then. Compilations are tried in order until the budget is used or
the deadline has passed (no new one starts after it; one that runs is finished), and the smallest result
wins, -Oz on ties, so the answer is never worse than -Oz. This module imports no torch.
"""

from __future__ import annotations

import math
import multiprocessing
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from mlopt.datasets.programs import Program
from mlopt.errors import InputError
from mlopt.datasets.spawn import spawn_context
from mlopt.passes.coreset import Coreset
from mlopt.passes.evaluate import OZ_SEQUENCE, PassSequence, SequenceEvaluator

OnTried = Callable[[list[tuple[PassSequence, int]], int], None]


@dataclass(frozen=True)
class Optimized:
    """Result of an NVP search: the chosen sequence, counts, IR, and every (sequence, count) tried."""

    sequence: PassSequence
    count: int
    oz_count: int
    ir: str
    tried: list[tuple[PassSequence, int]]

    @property
    def vs_oz(self) -> float:
        """Instruction count relative to -Oz (< 1: smaller)."""
        return self.count / max(self.oz_count, 1)


class Search:
    """Compiles ``program`` with sequence after sequence (-Oz first), keeping the smallest result;
    ``on_tried(tried, best count)`` is called after each compilation (e.g. a progress line)."""

    def __init__(self, evaluator: SequenceEvaluator, program: Program | str, on_tried: OnTried | None = None) -> None:
        self.evaluator, self.program, self.on_tried = evaluator, program, on_tried
        self.tried: list[tuple[PassSequence, int]] = []
        self._best: tuple[int, PassSequence, str] | None = None

    def run(self, sequences: Sequence[PassSequence], budget: int, deadline: float = math.inf) -> None:
        """Compile the ``sequences`` not tried yet, in order, until ``budget`` compilations are spent in all or
        ``deadline`` (a ``time.monotonic()`` value) has passed; -Oz is always compiled first."""
        done = {sequence for sequence, _ in self.tried}
        for sequence in [OZ_SEQUENCE, *sequences]:
            if len(self.tried) >= budget or (self.tried and time.monotonic() >= deadline):
                return
            if sequence in done:
                continue
            done.add(sequence)
            count, ir = self.evaluator.apply(self.program, sequence)
            self.tried.append((sequence, count))
            if self._best is None or count < self._best[0]:
                self._best = (count, sequence, ir)
            if self.on_tried is not None:
                self.on_tried(self.tried, self._best[0])

    def result(self) -> Optimized:
        """The smallest result so far (after at least -Oz: :meth:`run`)."""
        if self._best is None:
            raise RuntimeError("nothing compiled yet")
        count, sequence, ir = self._best
        return Optimized(sequence, count, self.tried[0][1], ir, list(self.tried))


def _rank(job: tuple[str, str]) -> list[int]:
    """In the child: the coreset indices ordered by the prediction of the NVP model file ``job[0]`` for the
    IR ``job[1]``, best first."""
    from mlopt.passes.nvp import load_ranker, rank

    model = load_ranker(job[0])
    return [int(j) for j in rank(model, job[1])]


def optimize_by(evaluator: SequenceEvaluator, program: Program, coreset: Coreset, model_file: Path, budget: int,
                deadline: float, on_tried: OnTried | None = None) -> tuple[Optimized, bool]:
    """NVP inference with the model ``model_file`` (an ``nvp.pt`` trained on ``coreset``) within ``budget``
    compilations and by ``deadline`` (module docstring): the result and whether the model's ranking arrived
    in time (when it did not, only -Oz was compiled). An error in the child (a bad model file) is raised here;
    a model that does not rank ``coreset`` is an InputError."""
    search = Search(evaluator, program, on_tried)
    if budget <= 1:
        search.run([], budget, deadline)
        return search.result(), True
    pool = spawn_context().Pool(1)
    try:
        pending = pool.apply_async(_rank, ((str(model_file), program.ir),))
        search.run([], 1, deadline)
        try:
            order = pending.get(timeout=None if math.isinf(deadline) else max(deadline - time.monotonic(), 0.0))
        except multiprocessing.TimeoutError:
            return search.result(), False
    finally:
        pool.terminate()
    if sorted(order) != list(range(len(coreset.sequences))):
        raise InputError(f"the model ranks {len(order)} sequences, the coreset has {len(coreset.sequences)}",
                         file=model_file,
                         expected="nvp.pt trained by `mlopt passes train` on this folder's coreset.json")
    search.run([coreset.sequences[j] for j in order], budget, deadline)
    return search.result(), True
