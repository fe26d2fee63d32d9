"""The coreset's searches as executor jobs: one program per job (:mod:`mlopt.parallel`, local pool or Ray).

Candidate search and the value matrix (Liang et al., ICML 2023, Sec. 4.1) are independent per program, and on
a corpus of hundreds of programs they are most of the work (tens of compilations per program and candidate
sequence). Each job builds its own :class:`~mlopt.passes.evaluate.SequenceEvaluator` from an
:class:`EvaluatorSpec` (the ``opt`` binary and whether the differential check runs) and returns, beside its
result, the sequences the check rejected on its program, so the coreset can exclude them
(:func:`~mlopt.passes.coreset.coreset_from_values`). Results are those of the sequential functions
(:func:`~mlopt.passes.search.candidate_sequences`, :func:`~mlopt.passes.coreset.value_matrix`): the random
search of each program has its own seed (:func:`~mlopt.passes.search.program_seeds`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from mlopt.datasets.programs import Program
from mlopt.envs.passes.execute import DEFAULT_RUN_TIMEOUT_S
from mlopt.parallel import Executor
from mlopt.passes.coreset import value_matrix
from mlopt.passes.evaluate import PassSequence, SequenceEvaluator
from mlopt.passes.search import merge_candidates, program_candidates, program_seeds


@dataclass(frozen=True)
class EvaluatorSpec:
    """How a worker makes its evaluator: the ``opt`` path (None: :func:`~mlopt.envs.passes.find_opt`) and the
    differential check (``verify``, each run limited to ``run_timeout_s``) and the values' ``objective``."""

    opt: str | None = None
    verify: bool = False
    run_timeout_s: float = DEFAULT_RUN_TIMEOUT_S
    objective: str = "count"

    def make(self) -> SequenceEvaluator:
        from mlopt.envs.passes.execute import ProgramRunner
        from mlopt.envs.passes.opt_backend import OptBackend
        from mlopt.passes.verify import DifferentialCheck

        backend = OptBackend(self.opt)
        check = DifferentialCheck(ProgramRunner(backend, self.run_timeout_s)) if self.verify else None
        return SequenceEvaluator(backend, check, self.objective)


@dataclass(frozen=True)
class SearchJob:
    """:func:`~mlopt.passes.search.program_candidates` of one program."""

    spec: EvaluatorSpec
    program: Program
    n_random: int
    keep: int
    greedy_steps: int
    pass_greedy: bool
    seed: int


@dataclass(frozen=True)
class ValuesJob:
    """One program's row of the value matrix."""

    spec: EvaluatorSpec
    program: Program
    sequences: tuple[PassSequence, ...]


def _rejected(evaluator: SequenceEvaluator) -> list[PassSequence]:
    return sorted({sequence for _, sequence in evaluator.rejected})


def search_program(job: SearchJob) -> tuple[list[PassSequence], list[PassSequence]]:
    """(candidates found on the job's program, sequences the check rejected there)."""
    evaluator = job.spec.make()
    found = program_candidates(evaluator, job.program, job.n_random, job.keep, job.greedy_steps, job.seed,
                               job.pass_greedy)
    return found, _rejected(evaluator)


def program_values(job: ValuesJob) -> tuple[np.ndarray, list[PassSequence], bool]:
    """(the program's normalized values of every sequence [S], sequences the check rejected there, whether the
    check ran the program)."""
    evaluator = job.spec.make()
    values = value_matrix(evaluator, [job.program], job.sequences)[0]
    return values, _rejected(evaluator), bool(evaluator.checked(job.program))


def parallel_candidates(executor: Executor, spec: EvaluatorSpec, programs: Sequence[Program], n_random: int,
                        keep: int, greedy_steps: int, seed: int,
                        pass_greedy: bool) -> tuple[list[PassSequence], set[PassSequence]]:
    """:func:`~mlopt.passes.search.candidate_sequences` with one job per program, and the rejected sequences."""
    jobs = [SearchJob(spec, p, n_random, keep, greedy_steps, pass_greedy, s)
            for p, s in zip(programs, program_seeds(seed, len(programs)))]
    results = executor.map(search_program, jobs, description="searching candidates")
    return merge_candidates([found for found, _ in results]), {s for _, rejected in results for s in rejected}


def parallel_value_matrix(executor: Executor, spec: EvaluatorSpec, programs: Sequence[Program],
                          sequences: Sequence[PassSequence]) -> tuple[np.ndarray, set[PassSequence], int]:
    """:func:`~mlopt.passes.coreset.value_matrix` [P, S] with one job per program, the rejected sequences, and
    how many programs the check ran (0 without ``spec.verify``)."""
    results = executor.map(program_values, [ValuesJob(spec, p, tuple(sequences)) for p in programs],
                           description="valuing candidates")
    values = np.array([row for row, _, _ in results], dtype=np.float64).reshape(len(programs), len(sequences))
    return values, {s for _, rejected, _ in results for s in rejected}, sum(checked for _, _, checked in results)
