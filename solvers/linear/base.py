"""The ``LinearSolver`` protocol and the batching / caching machinery its backends share.

A linear solver returns ``x*(c) = argmin_{x in X} c.x`` (or argmax when ``sense == "max"``) for each
row of a cost batch, over a feasible set X fixed at construction. This is the oracle that the
differentiable surrogate layers call (DESIGN.md, "Differentiable surrogate solvers").
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

import numpy as np

from mlopt.datasets.caching import LRUCache
from mlopt.errors import InputError

SENSES: tuple[str, ...] = ("min", "max")


@runtime_checkable
class LinearSolver(Protocol):
    """``solve(costs [B, n]) -> x [B, n]``: an optimal point of ``sense`` c.x over a fixed set, per row."""

    sense: str
    num_vars: int

    def solve(self, costs: np.ndarray) -> np.ndarray: ...


@dataclass(frozen=True)
class LinearModel:
    """Feasible set ``{x : A_ub x <= b_ub, A_eq x = b_eq, lb <= x <= ub, x_i integer where integrality}``.

    Missing constraint blocks are ``None``; ``lb``/``ub`` default to 0 and +inf; ``integrality`` is a
    bool per variable (default all continuous).
    """

    num_vars: int
    A_ub: np.ndarray | None = None
    b_ub: np.ndarray | None = None
    A_eq: np.ndarray | None = None
    b_eq: np.ndarray | None = None
    lb: np.ndarray | None = None
    ub: np.ndarray | None = None
    integrality: np.ndarray | None = None

    def __post_init__(self) -> None:
        n = self.num_vars
        for name_a, name_b in (("A_ub", "b_ub"), ("A_eq", "b_eq")):
            a, b = getattr(self, name_a), getattr(self, name_b)
            if (a is None) != (b is None):
                raise InputError(f"{name_a} and {name_b} must be given together", field=name_a)
            if a is not None:
                a, b = np.atleast_2d(np.asarray(a, dtype=np.float64)), np.atleast_1d(np.asarray(b, dtype=np.float64))
                if a.shape[1] != n or b.shape != (a.shape[0],):
                    raise InputError(f"{name_a} {a.shape} / {name_b} {b.shape} do not fit {n} variables", field=name_a,
                                     expected=f"[m, {n}] and [m]")
                object.__setattr__(self, name_a, a)
                object.__setattr__(self, name_b, b)
        lb = np.zeros(n) if self.lb is None else np.broadcast_to(np.asarray(self.lb, dtype=np.float64), (n,)).copy()
        ub = np.full(n, np.inf) if self.ub is None else np.broadcast_to(np.asarray(self.ub, dtype=np.float64), (n,)).copy()
        if np.any(lb > ub):
            raise InputError("a lower bound exceeds its upper bound", field="lb", expected="lb <= ub")
        integ = np.zeros(n, bool) if self.integrality is None else np.broadcast_to(np.asarray(self.integrality, bool), (n,)).copy()
        object.__setattr__(self, "lb", lb)
        object.__setattr__(self, "ub", ub)
        object.__setattr__(self, "integrality", integ)

    def relaxed(self) -> "LinearModel":
        """The same set with every integrality requirement dropped (the LP relaxation)."""
        return LinearModel(self.num_vars, self.A_ub, self.b_ub, self.A_eq, self.b_eq, self.lb, self.ub, None)


def as_cost_batch(costs: np.ndarray, num_vars: int) -> np.ndarray:
    """``costs`` as a C-contiguous float64 ``[B, num_vars]`` array (a single vector becomes B = 1)."""
    costs = np.ascontiguousarray(np.asarray(costs, dtype=np.float64))
    if costs.ndim == 1:
        costs = costs[None, :]
    if costs.ndim != 2 or costs.shape[1] != num_vars:
        raise InputError(f"cost batch has shape {costs.shape}", field="costs", expected=f"[B, {num_vars}]")
    if not np.all(np.isfinite(costs)):
        raise InputError("cost batch has non-finite entries", field="costs", expected="finite floats")
    return costs


class BatchSolver(ABC):
    """Base of every backend: dedupes a batch, answers repeats from an LRU cache keyed by the cost
    vector's bytes, and solves the misses with :meth:`_solve_batch` (by default, :meth:`_solve_one`
    over a thread pool of ``workers`` threads; the OR-Tools and SCIP solves release the GIL).

    ``calls`` counts the cost vectors asked for (cache hits included) and ``solves`` the ones actually
    solved, so that benchmarks can compare methods at equal solver calls.
    """

    sense: str = "min"
    num_vars: int

    def __init__(self, num_vars: int, *, sense: str = "min", workers: int = 1, cache_size: int = 4096) -> None:
        if sense not in SENSES:
            raise InputError(f"unknown sense {sense!r}", field="sense", expected="min or max")
        self.num_vars = num_vars
        self.sense = sense
        self.workers = max(1, workers)
        self.cache_size = max(0, cache_size)
        self.calls = 0
        self.solves = 0
        self._cache = LRUCache(self.cache_size)
        self._lock = threading.Lock()
        self._pool: ThreadPoolExecutor | None = None

    def solve(self, costs: np.ndarray) -> np.ndarray:
        """``x*`` per row of ``costs`` ([B, n] or [n] -> [B, n], float64)."""
        costs = as_cost_batch(costs, self.num_vars)
        out = np.empty_like(costs)
        keys = [row.tobytes() for row in costs]
        missing: dict[bytes, int] = {}
        with self._lock:
            self.calls += len(keys)
            for i, key in enumerate(keys):
                hit = self._cache.get(key)
                if hit is not None:
                    out[i] = hit
                elif key not in missing:
                    missing[key] = i
        if missing:
            rows = list(missing.values())
            solved = np.asarray(self._solve_batch(costs[rows]), dtype=np.float64).reshape(len(rows), self.num_vars)
            with self._lock:
                self.solves += len(rows)
                for key, x in zip(missing, solved):
                    if self.cache_size:
                        self._cache[key] = x.copy()  # a view would pin the whole batch array
            by_key = dict(zip(missing, solved))
            for i, key in enumerate(keys):
                if key in by_key:
                    out[i] = by_key[key]
        return out

    def _solve_batch(self, costs: np.ndarray) -> np.ndarray:
        if self.workers == 1 or len(costs) == 1:
            return np.stack([self._solve_one(c) for c in costs])
        if self._pool is None:
            self._pool = ThreadPoolExecutor(self.workers)
        return np.stack(list(self._pool.map(self._solve_one, costs)))

    @abstractmethod
    def _solve_one(self, costs: np.ndarray) -> np.ndarray:
        """An optimal x for one cost vector ``[n]``."""

    def clear_cache(self) -> None:
        with self._lock:
            self._cache.clear()

    def close(self) -> None:
        """Stop the thread pool (idempotent)."""
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None
