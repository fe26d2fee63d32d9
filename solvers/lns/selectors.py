"""Destroy-set selectors for LNS behind one interface: ``Selector.select(state) -> variable indices``.

- :class:`RandomSelector`: k integer variables uniformly at random (the Random-LNS baseline of CL-LNS,
  Huang et al. ICML 2023).
- :class:`LocalBranchingSelector` (LB): solve the local branching ILP of Fischetti & Lodi (2003) with
  radius k around the incumbent; destroy the integer variables whose value changed (the expert of
  CL-LNS). The set may be smaller than k, and is empty when LB finds nothing better in its time.
- :class:`LBRelaxSelector` (LB-RELAX, Huang et al. CPAIOR 2023, Sec. 4): solve the LP relaxation of the
  same problem (one persistent, warm-started LP per run, :class:`LocalBranchingLP`); destroy the integer
  variables whose LP value differs from the incumbent (fractional, or integral and changed); sample down
  to k uniformly when larger, fill up to k with uniformly random other integer variables when smaller.
- :class:`ScoredSelector`: the hook for learned selectors (CL-LNS's GAT, IL): a callable scores every
  integer variable; take the top k (``topk``), sample k without replacement with probabilities
  proportional to sigmoid(score) (``sample``), or CL-LNS's rule (``greedy``): the top k at every new
  incumbent, sampling when the step before at the same incumbent failed (top-k would offer nearly the
  same set again).

Every selector returns sorted, distinct indices into ``state.model.getVars()``, all of integer
variables, at most ``state.k`` of them. Each is built from :class:`SelectorOptions` by the one registry
(:mod:`mlopt.solvers.lns.registry`); the classic ones here through their ``from_options``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Protocol

import numpy as np

from mlopt.solvers.lns.local_branching import LocalBranchingLP, solve_local_branching
from mlopt.solvers.lns.state import LNSState

INTEGRALITY_TOL = 1e-6


@dataclass(frozen=True)
class SelectorOptions:
    """What building a selector may use: ``step_limit``, the seconds of each sub-ILP, which LB and LB-RELAX
    also give their own solves; ``model``, the checkpoint of a learned selector."""

    step_limit: float = 5.0
    model: str | None = None


class Selector(Protocol):
    name: str

    def select(self, state: LNSState) -> np.ndarray:
        """Indices of the integer variables to destroy (free) in this step."""
        ...


def random_fill(chosen: np.ndarray, state: LNSState, rng: np.random.Generator | None = None) -> np.ndarray:
    """``chosen`` sampled down to k, or filled up to k with other integer variables, uniformly (drawn with
    ``rng``, default the run's own ``state.rng``)."""
    rng = state.rng if rng is None else rng
    k = min(state.k, len(state.integer))
    if len(chosen) > k:
        return np.sort(rng.choice(chosen, size=k, replace=False))
    rest = np.setdiff1d(state.integer, chosen)
    extra = rng.choice(rest, size=k - len(chosen), replace=False)
    return np.sort(np.concatenate([chosen, extra]).astype(np.int64))


class RandomSelector:
    """k integer variables uniformly at random."""

    name = "random"

    @classmethod
    def from_options(cls, options: SelectorOptions) -> RandomSelector:
        """Random needs no option."""
        return cls()

    def select(self, state: LNSState) -> np.ndarray:
        return random_fill(np.zeros(0, dtype=np.int64), state)


class LocalBranchingSelector:
    """LB: the integer variables changed by the best local branching solution within radius k."""

    name = "lb"

    def __init__(self, time_limit: float = 5.0) -> None:
        self.time_limit = time_limit

    @classmethod
    def from_options(cls, options: SelectorOptions) -> LocalBranchingSelector:
        """LB whose ILP solves get the sub-ILP limit."""
        return cls(options.step_limit)

    def select(self, state: LNSState) -> np.ndarray:
        values = solve_local_branching(state, state.k, self.time_limit, relax=False)
        if values is None:
            return np.zeros(0, dtype=np.int64)
        ints = state.integer
        changed = np.abs(np.round(values[ints]) - np.round(state.incumbent[ints])) > 0.5
        return np.sort(ints[changed])


class LBRelaxSelector:
    """LB-RELAX: the integer variables the relaxed local branching LP moves, k of them (see the module doc).

    The LP is built from the first state's model and reused (warm-started) while states share that model;
    ``time_limit`` bounds each LP solve (clipped to the run's time left); ``simplex`` picks GLOP's algorithm
    (:class:`~mlopt.solvers.lns.local_branching.LocalBranchingLP`). Without an LP optimum in time the
    destroy set is k uniformly random integer variables.
    """

    name = "lb-relax"

    def __init__(self, time_limit: float = 5.0, simplex: str = "auto") -> None:
        self.time_limit = time_limit
        self.simplex = simplex
        self.lp: LocalBranchingLP | None = None

    @classmethod
    def from_options(cls, options: SelectorOptions) -> LBRelaxSelector:
        """LB-RELAX whose LP solves get the sub-ILP limit."""
        return cls(options.step_limit)

    def relaxation(self, state: LNSState) -> np.ndarray | None:
        """Values of every variable at the optimum of the relaxed local branching LP of ``state``."""
        if self.lp is None or self.lp.model is not state.model:
            self.lp = LocalBranchingLP(state.model, self.simplex)
        return self.lp.solve(state.incumbent, state.k, min(self.time_limit, max(state.time_left, 0.0)))

    def select(self, state: LNSState) -> np.ndarray:
        values = self.relaxation(state)
        if values is None:
            return random_fill(np.zeros(0, dtype=np.int64), state)
        return random_fill(relax_moved(values, state), state)


def relax_moved(values: np.ndarray, state: LNSState) -> np.ndarray:
    """LB-RELAX's proposal before it is sampled to k: the integer variables whose value in the relaxed local
    branching LP's optimum ``values`` differs from the incumbent's (fractional ones included)."""
    ints = state.integer
    return ints[np.abs(values[ints] - np.round(state.incumbent[ints])) > INTEGRALITY_TOL]


SCORED_MODES: tuple[str, ...] = ("topk", "sample", "greedy")


class ScoredSelector:
    """A learned selector: ``score(state)`` gives one logit per entry of ``state.integer``."""

    def __init__(self, score: Callable[[LNSState], np.ndarray], mode: str = "topk", name: str = "scored") -> None:
        if mode not in SCORED_MODES:
            raise ValueError(f"mode must be one of {SCORED_MODES}, got {mode!r}")
        self.score = score
        self.mode = mode
        self.name = name
        self._last_incumbent: np.ndarray | None = None

    def select(self, state: LNSState) -> np.ndarray:
        logits = np.asarray(self.score(state), dtype=np.float64)
        if logits.shape != state.integer.shape:
            raise ValueError(f"score returned shape {logits.shape}, expected {state.integer.shape}")
        k = min(state.k, len(state.integer))
        retry = self._last_incumbent is not None and np.array_equal(self._last_incumbent, state.incumbent)
        self._last_incumbent = state.incumbent.copy()
        if self.mode == "topk" or (self.mode == "greedy" and not retry):
            picked = np.argsort(-logits, kind="stable")[:k]
        else:
            weights = 1.0 / (1.0 + np.exp(-np.clip(logits, -50, 50)))
            weights = np.maximum(weights, 1e-300)  # sigmoid underflow: still a valid, tiny probability
            picked = state.rng.choice(len(logits), size=k, replace=False, p=weights / weights.sum())
        return np.sort(state.integer[picked])

