"""Solution pools: the distinct feasible solutions a training run has seen, and a solver that answers from them.

Mulamba et al. ("Contrastive Losses and Solution Caching for Predict-and-Optimize", IJCAI 2021, sec. 4)
observe that the feasible set X is fixed across instances, so every solution the solver returned for any
cost vector is a feasible point for all of them. Keeping those points in a pool S gives (a) the negative
samples of the contrastive and ranking losses (:mod:`mlopt.surrogates.contrastive`,
:mod:`mlopt.surrogates.ranking`) and (b) a cheap inner approximation of the oracle,
``x_S(c) = argmin_{x in S} c.x``, which replaces a share ``1 - solve_ratio`` of the solver calls.

:class:`PooledSolver` wraps any :class:`~mlopt.solvers.linear.LinearSolver` and is itself one, so every
layer and loss of :mod:`mlopt.surrogates` (DBB, perturbed, I-MLE, SPO+, PG, ...) can use the cache by
being handed the wrapper instead of the solver. Each :meth:`PooledSolver.solve` call draws once: with
probability ``solve_ratio`` it solves the whole batch and adds the solutions to the pool, otherwise it
answers every row with the pool's best member (when the pool is empty it always solves).
"""

from __future__ import annotations

import numpy as np
import torch
from torch import nn

from mlopt.errors import InputError
from mlopt.solvers.linear import LinearSolver
from mlopt.solvers.linear.base import as_cost_batch
from mlopt.surrogates.layers import like, to_numpy


def solution_key(solution: np.ndarray, decimals: int = 6) -> bytes:
    """A dictionary key under which solutions that agree to ``decimals`` places are equal (``-0.0`` and ``0.0``
    too: LP backends return both, and their bytes differ)."""
    return (np.round(solution, decimals) + 0.0).tobytes()


class SolutionPool:
    """The distinct solutions ``[K, n]`` seen so far, in insertion order.

    Two solutions are the same when they agree after rounding to ``decimals`` places (:func:`solution_key`; LP
    backends return vertices with float noise).
    """

    def __init__(self, num_vars: int, solutions: np.ndarray | None = None, *, decimals: int = 6) -> None:
        if num_vars < 1:
            raise InputError(f"num_vars {num_vars}", field="num_vars", expected=">= 1")
        self.num_vars, self.decimals = num_vars, decimals
        self._rows: list[np.ndarray] = []
        self._keys: set[bytes] = set()
        self._array: np.ndarray | None = None
        if solutions is not None:
            self.add(solutions)

    def __len__(self) -> int:
        return len(self._rows)

    @property
    def solutions(self) -> np.ndarray:
        """The pool as a float64 array ``[K, n]`` (read-only; rebuilt only after an :meth:`add`)."""
        if self._array is None:
            self._array = np.stack(self._rows) if self._rows else np.zeros((0, self.num_vars))
            self._array.flags.writeable = False
        return self._array

    def add(self, solutions: np.ndarray) -> int:
        """Add the rows of ``solutions`` ([B, n] or [n]) that are not in the pool yet; returns how many."""
        solutions = as_cost_batch(solutions, self.num_vars)
        added = 0
        rounded = np.round(solutions, self.decimals) + 0.0  # solution_key's rounding, once for the batch
        for row, key in zip(solutions, map(bytes, rounded)):
            if key not in self._keys:
                self._keys.add(key)
                self._rows.append(row.copy())
                added += 1
        if added:
            self._array = None
        return added

    def best(self, costs: np.ndarray, sense: str = "min") -> np.ndarray:
        """``argopt_{x in pool} c.x`` for each row of ``costs`` ([B, n] -> [B, n]); the pool must not be empty."""
        if not self._rows:
            raise InputError("the solution pool is empty", field="pool", expected="at least one solution")
        values = as_cost_batch(costs, self.num_vars) @ self.solutions.T
        index = values.argmin(1) if sense == "min" else values.argmax(1)
        return self.solutions[index].copy()


class PooledSolver:
    """``solver`` behind a :class:`SolutionPool` with a ``solve_ratio`` (module doc); a ``LinearSolver``.

    ``pool`` seeds the cache (usually the training set's optimal solutions ``x*(c_i)``, as in Mulamba et
    al.); ``seed`` drives the solve-or-cache draws. ``solves`` / ``pool_answers`` count the cost vectors
    answered each way.
    """

    def __init__(self, solver: LinearSolver, solve_ratio: float = 1.0, *,
                 pool: SolutionPool | np.ndarray | None = None, seed: int | np.random.Generator = 0) -> None:
        if not 0.0 <= solve_ratio <= 1.0:
            raise InputError(f"solve_ratio {solve_ratio}", field="solve_ratio", expected="a share in [0, 1]")
        if isinstance(solver, PooledSolver):
            raise InputError("the solver is already pooled", field="solver", expected="an unpooled LinearSolver")
        self.solver, self.solve_ratio = solver, solve_ratio
        self.pool = pool if isinstance(pool, SolutionPool) else SolutionPool(solver.num_vars, pool)
        if self.pool.num_vars != solver.num_vars:
            raise InputError(f"pool has {self.pool.num_vars} variables, the solver {solver.num_vars}", field="pool")
        self.rng = np.random.default_rng(seed)
        self.solves = 0
        self.pool_answers = 0

    @property
    def sense(self) -> str:
        return self.solver.sense

    @property
    def num_vars(self) -> int:
        return self.solver.num_vars

    def _draw_solve(self) -> bool:
        return len(self.pool) == 0 or self.rng.uniform() < self.solve_ratio

    def _solve_and_keep(self, costs: np.ndarray) -> np.ndarray:
        x = self.solver.solve(costs)
        self.solves += len(x)
        self.pool.add(x)
        return x

    def solve(self, costs: np.ndarray) -> np.ndarray:
        """``x*`` per row: solved (and pooled) with probability ``solve_ratio``, else the pool's best."""
        costs = as_cost_batch(costs, self.num_vars)
        if self._draw_solve():
            return self._solve_and_keep(costs)
        self.pool_answers += len(costs)
        return self.pool.best(costs, self.sense)

    def refresh(self, costs: np.ndarray) -> np.ndarray:
        """With probability ``solve_ratio``, solve ``costs`` and add the solutions; returns the pool ``[K, n]``
        (what the pool losses contrast against)."""
        if self._draw_solve():
            self._solve_and_keep(as_cost_batch(costs, self.num_vars))
        return self.pool.solutions


def pooled(solver: LinearSolver, pool: SolutionPool | np.ndarray | None, solve_ratio: float,
           seed: int | np.random.Generator) -> PooledSolver:
    """``solver`` itself when it is a :class:`PooledSolver` (its pool is shared), else a new wrapper."""
    if isinstance(solver, PooledSolver):
        if pool is not None:
            solver.pool.add(pool.solutions if isinstance(pool, SolutionPool) else pool)
        return solver
    return PooledSolver(solver, solve_ratio, pool=pool, seed=seed)


class PoolLoss(nn.Module):
    """Base of the losses that score predicted costs against a solution pool (contrastive and ranking).

    ``solver`` may be a :class:`PooledSolver` (its pool is shared) or a plain solver, wrapped with ``pool``
    (initial solutions, usually the training set's ``x*(c_i)``), ``solve_ratio`` and ``seed``. Each call
    refreshes the pool once from the detached predictions (:meth:`PooledSolver.refresh`), so the gradients
    are closed-form in the pool and need no solver call. Every loss is the batch mean, written for a
    minimizing solver and applied to ``s c`` with ``s = -1`` for a maximizing one.
    """

    def __init__(self, solver: LinearSolver, *, pool: SolutionPool | np.ndarray | None = None,
                 solve_ratio: float = 1.0, seed: int | np.random.Generator = 0) -> None:
        super().__init__()
        self.solver = pooled(solver, pool, solve_ratio, seed)
        self.sign = 1.0 if self.solver.sense == "min" else -1.0

    def pool_solutions(self, c_hat: torch.Tensor) -> torch.Tensor:
        """Refresh the pool from ``c_hat`` and return it ``[K, n]`` on ``c_hat``'s device and dtype."""
        return like(self.solver.refresh(to_numpy(c_hat)), c_hat)
