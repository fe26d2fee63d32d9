"""Coreset of pass sequences by greedy submodular maximization (Liang et al., ICML 2023, Sec. 4.1).

Given the normalized values ``R[i, j] = r(p_i, s_j)`` (Eq. 1 of :mod:`.evaluate`) of candidate
sequences on training programs, the coreset ``S`` (``|S| <= K``) maximizes the coverage objective

    J(S) = sum_i max_{j in S} R[i, j]                                                        (Eq. 2)

greedily: start from ``S = {-Oz}`` (its column is 0, so ``J`` never drops below -Oz on any program and
the gains of every later pick are >= 0), then repeatedly add the column with the largest marginal gain
``J(S + {j}) - J(S)``. ``J`` with the -Oz floor is a facility-location function, monotone and
submodular, so the greedy set is within ``1 - 1/e`` of the best ``K``-set (Nemhauser et al., 1978).
Ties (e.g. every gain 0 once each program's best candidate is in) are broken by the larger mean value
over programs, a choice of mlopt (the paper does not say), so the remaining slots go to sequences that
are good on average rather than to the first column.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from mlopt.datasets.atomic_io import write_text_atomic
from mlopt.datasets.programs import Program
from mlopt.errors import InputError
from mlopt.passes.evaluate import OZ_SEQUENCE, PassSequence, SequenceEvaluator

FORMAT_VERSION = 1


def value_matrix(evaluator: SequenceEvaluator, programs: Sequence[Program],
                 sequences: Sequence[PassSequence]) -> np.ndarray:
    """``R[i, j]``: normalized value (Eq. 1) of ``sequences[j]`` on ``programs[i]``, float64 [P, S]."""
    return np.array([[evaluator.value(p, s) for s in sequences] for p in programs], dtype=np.float64).reshape(
        len(programs), len(sequences))


def coverage(values: np.ndarray, chosen: Sequence[int]) -> float:
    """Eq. 2: ``sum_i max_{j in chosen} values[i, j]`` (0 for an empty set; -Oz's value is 0)."""
    if not len(chosen):
        return 0.0
    return float(values[:, list(chosen)].max(axis=1).sum())


def greedy_coreset(values: np.ndarray, k: int, start: Sequence[int] = ()) -> tuple[list[int], list[float]]:
    """Greedy maximization of Eq. 2: column indices (``start`` first) and ``J`` after each pick.

    ``values`` [P, S]; at most ``k`` columns in all. ``start`` columns are forced in (e.g. -Oz).
    """
    if k < 1:
        raise InputError(f"k = {k}", field="k", expected="at least 1 sequence")
    chosen = list(start)[:k]
    best = values[:, chosen].max(axis=1) if chosen else np.full(values.shape[0], -np.inf)
    trace = [coverage(values, chosen[: i + 1]) for i in range(len(chosen))]
    means = values.mean(axis=0)
    while len(chosen) < min(k, values.shape[1]):
        gains = np.maximum(values, best[:, None]).sum(axis=0)  # J(S + {j}) for every j
        gains[chosen] = -np.inf
        top = np.flatnonzero(gains == gains.max())
        j = int(top[np.argmax(means[top])])
        chosen.append(j)
        best = np.maximum(best, values[:, j])
        trace.append(float(best.sum()))
    return chosen, trace


@dataclass
class Coreset:
    """K pass sequences (``sequences[0]`` is -Oz) with their values on the training programs.

    ``values[i][j]`` is the normalized value of ``sequences[j]`` on ``programs[i]``; ``objective[k]``
    is Eq. 2 for the first ``k + 1`` sequences; ``metadata`` holds the search config and command.
    """

    sequences: list[PassSequence]
    programs: list[str]
    values: np.ndarray
    objective: list[float]
    metadata: dict[str, Any] = field(default_factory=dict)

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the JSON document atomically."""
        doc = {"format_version": FORMAT_VERSION, "sequences": [list(s) for s in self.sequences],
               "programs": self.programs, "values": self.values.round(6).tolist(),
               "objective": [round(v, 6) for v in self.objective], "metadata": self.metadata}
        write_text_atomic(path, json.dumps(doc, indent=1) + "\n")

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Coreset:
        """Read a document written by :meth:`save`; ``InputError`` when it is not one."""
        try:
            doc = json.loads(Path(path).read_text())
            if doc.get("format_version") != FORMAT_VERSION:
                raise ValueError(f"format_version {doc.get('format_version')}")
            sequences = [tuple(str(p) for p in s) for s in doc["sequences"]]
            values = np.asarray(doc["values"], dtype=np.float64).reshape(len(doc["programs"]), len(sequences))
            if not sequences or sequences[0] != OZ_SEQUENCE:
                raise ValueError("the first sequence is not -Oz")
            return cls(sequences, list(doc["programs"]), values, list(doc["objective"]), doc.get("metadata", {}))
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise InputError(f"cannot read coreset ({type(exc).__name__}: {exc})", file=str(path),
                             expected="a JSON coreset written by `mlopt passes coreset`") from None


def build_coreset(evaluator: SequenceEvaluator, programs: Sequence[Program], candidates: Sequence[PassSequence],
                  k: int = 50, metadata: dict[str, Any] | None = None) -> Coreset:
    """Value matrix of ``candidates`` on ``programs`` and the greedy coreset of ``k`` (-Oz forced first).

    With a checking evaluator (:mod:`mlopt.passes.verify`), a candidate that miscompiled any program it was
    run on (in the search or here) is excluded: only correct sequences can enter the coreset.
    """
    candidates = list(candidates)
    if OZ_SEQUENCE not in candidates:
        candidates.insert(0, OZ_SEQUENCE)
    values = value_matrix(evaluator, programs, candidates)
    miscompiling = {sequence for _, sequence in evaluator.rejected}
    return coreset_from_values(candidates, values, [p.name for p in programs], k, miscompiling, metadata)


def coreset_from_values(candidates: Sequence[PassSequence], values: np.ndarray, programs: Sequence[str], k: int,
                        miscompiling: set[PassSequence] | frozenset[PassSequence] = frozenset(),
                        metadata: dict[str, Any] | None = None) -> Coreset:
    """The greedy coreset of ``k`` (-Oz, which ``candidates`` must hold, forced first) from the value matrix
    ``values`` [programs, candidates], leaving out the ``miscompiling`` sequences (-Oz is never left out)."""
    miscompiling = set(miscompiling) - {OZ_SEQUENCE}
    keep = [j for j, sequence in enumerate(candidates) if sequence not in miscompiling]
    candidates, values = [candidates[j] for j in keep], values[:, keep]
    chosen, trace = greedy_coreset(values, k, start=[candidates.index(OZ_SEQUENCE)])
    meta = {"candidates": len(candidates), "excluded_miscompiling": len(miscompiling), **(metadata or {})}
    return Coreset([candidates[j] for j in chosen], list(programs), values[:, chosen], trace, meta)
