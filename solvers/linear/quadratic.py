"""A solver with the ``LinearSolver`` interface whose objective adds a fixed quadratic risk term: the
mean-variance portfolio ``x*(c) = argmax_{x in simplex} c.x - alpha x' Sigma x`` (``sense="max"``; for
``"min"``, ``argmin c.x + alpha x' Sigma x``). It lets LANCER and the layers treat a QP as a black box
mapping a cost vector to a decision (LANCER's portfolio task).
"""

from __future__ import annotations

import numpy as np

from mlopt.errors import InputError
from mlopt.solvers.linear.base import BatchSolver


def project_to_simplex(v: np.ndarray) -> np.ndarray:
    """Euclidean projection of each row of ``v [B, n]`` onto ``{x >= 0, sum x = 1}`` (Duchi et al., ICML 2008,
    fig. 1: sort, find the largest k with ``u_k > (sum_{j<=k} u_j - 1) / k``, shift and clip)."""
    u = -np.sort(-v, axis=1)
    cumulative = np.cumsum(u, axis=1) - 1.0
    k = np.arange(1, v.shape[1] + 1)
    rho = (u - cumulative / k > 0).sum(axis=1)
    theta = cumulative[np.arange(len(v)), rho - 1] / rho
    return np.maximum(v - theta[:, None], 0.0)


class SimplexQP(BatchSolver):
    """Mean-variance weights on the simplex by accelerated projected gradient (FISTA; Beck & Teboulle 2009),
    vectorized over the batch, with step ``1/L``, ``L = 2 alpha lambda_max(Sigma)``.

    Stops when no row moves more than ``tol`` (max-norm) in an iteration or after ``max_iter``; the
    result is feasible always and optimal to about ``tol``. With ``alpha = 0`` it returns the best vertex.
    """

    def __init__(self, covariance: np.ndarray, alpha: float, *, sense: str = "max", cache_size: int = 4096,
                 max_iter: int = 2000, tol: float = 1e-9) -> None:
        covariance = np.asarray(covariance, dtype=np.float64)
        if covariance.ndim != 2 or covariance.shape[0] != covariance.shape[1] or not np.allclose(covariance, covariance.T):
            raise InputError(f"covariance of shape {covariance.shape}", field="covariance", expected="a symmetric [n, n] matrix")
        if alpha < 0:
            raise InputError(f"risk aversion {alpha}", field="alpha", expected=">= 0")
        super().__init__(len(covariance), sense=sense, cache_size=cache_size)
        self.covariance, self.alpha = covariance, float(alpha)
        self.max_iter, self.tol = max_iter, tol
        self._lipschitz = 2.0 * self.alpha * float(np.linalg.eigvalsh(covariance)[-1])

    def _solve_one(self, costs: np.ndarray) -> np.ndarray:
        return self._solve_batch(costs[None])[0]

    def _solve_batch(self, costs: np.ndarray) -> np.ndarray:
        gain = costs if self.sense == "max" else -costs  # maximize gain.x - alpha x' Sigma x
        if self._lipschitz == 0.0:
            return np.eye(self.num_vars)[gain.argmax(1)]
        step = 1.0 / self._lipschitz
        x = np.full_like(gain, 1.0 / self.num_vars)
        y, t = x.copy(), 1.0
        for _ in range(self.max_iter):
            gradient = gain - 2.0 * self.alpha * y @ self.covariance
            x_next = project_to_simplex(y + step * gradient)
            t_next = (1.0 + np.sqrt(1.0 + 4.0 * t * t)) / 2.0
            y = x_next + (t - 1.0) / t_next * (x_next - x)
            moved = np.abs(x_next - x).max()
            x, t = x_next, t_next
            if moved < self.tol:
                break
        return x
