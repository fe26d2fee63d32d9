r"""Regularized optimizers solved by Frank-Wolfe with the linear oracle only: RFWO and RFY.

Dalle, Baty, Bouvier & Parmentier, "Learning with Combinatorial Optimization Layers: a Probabilistic
Approach" (2022, arXiv 2207.13513), sec. 2.3 and 4.2 ("regularized optimization layers" and the
"differentiable Frank-Wolfe"), with the Euclidean regularizer ``Omega(w) = (lambda / 2) ||w||^2``
(PyEPO's ``regularizedFrankWolfeOpt`` / ``regularizedFrankWolfeFenchelYoung``). For a minimizing oracle

    w_lambda(c) = argmin_{w in conv(X)} c.w + (lambda / 2) ||w||^2 = proj_{conv(X)}(-c / lambda),

a unique point that moves continuously with c (for a maximizing oracle, ``proj(c / lambda)``). The only access
to conv(X) is the :class:`~mlopt.solvers.linear.LinearSolver`, so the projection is computed by the away-step
Frank-Wolfe algorithm (Lacoste-Julien & Jaggi, "On the Global Linear Convergence of Frank-Wolfe Optimization
Variants", NeurIPS 2015, Algorithm 1), which keeps the iterate as a convex combination of the vertices it has
met and drops a vertex when its weight reaches zero, so the active set ends on the optimal face.

- :class:`RegularizedFWLayer` (RFWO) returns ``w_lambda(c)``. Its Jacobian: the projection onto a polytope
  is piecewise affine, and where the projection lies in the relative interior of a face F its derivative is
  the orthogonal projector ``P_F`` onto the directions of F's affine hull, which the active vertices span
  (Dalle et al. differentiate through the convex-combination weights instead; both give ``P_F`` at an
  exact solution). So ``dL/dc = -P_F g / lambda`` (``+`` for a maximizing oracle).
- :class:`RegularizedFYLoss` (RFY), the Fenchel-Young loss of the same regularizer (Blondel, Martins &
  Niculae, JMLR 2020, def. 2): in minimization form
  ``l(c, w*) = c.(w* - w_lambda) + (lambda / 2)(||w*||^2 - ||w_lambda||^2) >= 0`` with gradient
  ``w* - w_lambda(c)`` (Danskin); zero exactly when ``w_lambda(c) = w*``.

Each Frank-Wolfe iteration solves one batch, and instances whose Frank-Wolfe gap is below ``tol`` leave it,
so a batch costs at most ``max_iter`` oracle calls per instance. Simplification: iterations stop at
``max_iter`` (default 100) where PyEPO allows 10,000; the gap at the stop is kept in :attr:`last_gap`.
"""

from __future__ import annotations

import numpy as np
import torch
from torch import nn

from mlopt.errors import InputError
from mlopt.solvers.linear import LinearSolver
from mlopt.surrogates.layers import cost_batch, like, sense_sign, to_numpy

SAME_VERTEX_TOL = 1e-9


class _ActiveSet:
    """One instance's iterate as a convex combination: vertices [k, n] and weights [k]."""

    def __init__(self, vertex: np.ndarray) -> None:
        self.vertices = vertex[None].copy()
        self.weights = np.ones(1)

    def index_of(self, vertex: np.ndarray) -> int:
        distance = np.abs(self.vertices - vertex).max(axis=1)
        hits = np.flatnonzero(distance <= SAME_VERTEX_TOL)
        return int(hits[0]) if len(hits) else -1

    def add(self, vertex: np.ndarray, weight: float) -> None:
        index = self.index_of(vertex)
        if index >= 0:
            self.weights[index] += weight
        else:
            self.vertices = np.vstack([self.vertices, vertex])
            self.weights = np.append(self.weights, weight)

    def drop(self, index: int) -> None:
        keep = np.arange(len(self.weights)) != index
        self.vertices, self.weights = self.vertices[keep], self.weights[keep]


def project_onto_hull(solver: LinearSolver, theta: np.ndarray, *, max_iter: int = 100,
                      tol: float = 1e-6) -> tuple[np.ndarray, list[np.ndarray], np.ndarray]:
    """``proj_{conv(X)}(theta)`` per row of ``theta [B, n]`` by away-step Frank-Wolfe over ``solver``'s set X.

    Returns the projections ``[B, n]``, each row's active vertices ``[k_b, n]`` (the support of its convex
    combination) and the Frank-Wolfe gaps ``[B]`` at the stop (``<= tol`` for converged rows).
    """
    sign = sense_sign(solver)  # the oracle minimizes sign * c.x, so argmin_v g.v = solve(sign * g)
    mu = np.array(solver.solve(sign * -theta), dtype=np.float64)  # maximizes theta.v; a copy: updated in place
    active = [_ActiveSet(v) for v in mu]
    gaps = np.full(len(theta), np.inf)
    running = np.arange(len(theta))
    for _ in range(max_iter):
        grad = mu[running] - theta[running]
        toward = solver.solve(sign * grad)
        still = []
        for row, g, s in zip(running, grad, toward):
            gaps[row] = float(g @ (mu[row] - s))
            if gaps[row] <= tol:
                continue
            still.append(row)
            _away_step_update(active[row], mu, row, g, s, gaps[row])
        running = np.asarray(still, dtype=np.int64)
        if not len(running):
            break
    return mu, [a.vertices for a in active], gaps


def _away_step_update(active: _ActiveSet, mu: np.ndarray, row: int, grad: np.ndarray, toward: np.ndarray,
                      gap_toward: float) -> None:
    """One away-step Frank-Wolfe step of row ``row`` (exact line search of the quadratic), in place."""
    away_index = int(np.argmax(active.vertices @ grad))
    away, away_weight = active.vertices[away_index], active.weights[away_index]
    gap_away = float(grad @ (away - mu[row]))
    toward_step = gap_toward >= gap_away or len(active.weights) == 1
    if toward_step:
        direction, gap, step_max = toward - mu[row], gap_toward, 1.0
    else:
        direction, gap, step_max = mu[row] - away, gap_away, away_weight / max(1.0 - away_weight, 1e-15)
    step = min(gap / max(float(direction @ direction), 1e-15), step_max)
    mu[row] = mu[row] + step * direction
    if toward_step and step >= 1.0:
        active.vertices, active.weights = toward[None].copy(), np.ones(1)
    elif toward_step:
        active.weights *= 1.0 - step
        active.add(toward, step)
    else:
        active.weights *= 1.0 + step
        active.weights[away_index] -= step
        if step >= step_max or active.weights[away_index] <= 1e-12:
            active.drop(away_index)
    active.weights /= active.weights.sum()


def face_projector_apply(vertices: np.ndarray, g: np.ndarray) -> np.ndarray:
    """``P_F g``: ``g`` projected onto the directions spanned by ``vertices [k, n]`` minus their first row."""
    directions = vertices[1:] - vertices[0]
    if not len(directions):
        return np.zeros_like(g)
    coefficients, *_ = np.linalg.lstsq(directions.T, g, rcond=None)
    return directions.T @ coefficients


class _RegularizedFW(torch.autograd.Function):
    @staticmethod
    def forward(ctx, costs: torch.Tensor, layer: "RegularizedFWLayer") -> torch.Tensor:  # type: ignore[override]
        sign = sense_sign(layer.solver)
        mu, vertices, gaps = project_onto_hull(layer.solver, -sign * to_numpy(costs) / layer.lambda_,
                                               max_iter=layer.max_iter, tol=layer.tol)
        layer.last_gap = float(gaps.max())
        ctx.vertices, ctx.scale = vertices, -sign / layer.lambda_
        return like(mu, costs)

    @staticmethod
    def backward(ctx, grad_w: torch.Tensor):  # type: ignore[override]
        g = to_numpy(grad_w)
        grad_c = np.stack([face_projector_apply(v, row) for v, row in zip(ctx.vertices, g)]) * ctx.scale
        return like(grad_c, grad_w), None


class _FrankWolfeModule(nn.Module):
    """The oracle, ``lambda_``, the Frank-Wolfe budget and the largest gap of the last call (``last_gap``)."""

    def __init__(self, solver: LinearSolver, lambda_: float = 1.0, *, max_iter: int = 100, tol: float = 1e-6) -> None:
        super().__init__()
        if not lambda_ > 0 or max_iter < 1 or tol < 0:
            raise InputError(f"lambda_={lambda_}, max_iter={max_iter}, tol={tol}", field="lambda_/max_iter/tol",
                             expected="lambda_ > 0, max_iter >= 1, tol >= 0")
        self.solver, self.lambda_, self.max_iter, self.tol = solver, lambda_, max_iter, tol
        self.last_gap = 0.0


class RegularizedFWLayer(_FrankWolfeModule):
    """RFWO: ``w = layer(c)``, the L2-regularized solution ``w_lambda(c)`` (module docstring), differentiable."""

    def forward(self, costs: torch.Tensor) -> torch.Tensor:
        single, batch = cost_batch(costs, self.solver.num_vars)
        w = _RegularizedFW.apply(batch, self)
        return w[0] if single else w


class _RegularizedFY(torch.autograd.Function):
    @staticmethod
    def forward(ctx, c_hat: torch.Tensor, x_true: torch.Tensor,  # type: ignore[override]
                loss: "RegularizedFYLoss") -> torch.Tensor:
        sign = sense_sign(loss.solver)
        c, w_true = sign * to_numpy(c_hat), to_numpy(x_true)
        w_hat, _, gaps = project_onto_hull(loss.solver, -c / loss.lambda_, max_iter=loss.max_iter, tol=loss.tol)
        loss.last_gap = float(gaps.max())
        values = (np.einsum("bn,bn->b", c, w_true - w_hat)
                  + 0.5 * loss.lambda_ * ((w_true**2).sum(1) - (w_hat**2).sum(1)))
        ctx.grad = sign * (w_true - w_hat) / len(c)
        return like(np.array(values.mean()), c_hat)

    @staticmethod
    def backward(ctx, grad_loss: torch.Tensor):  # type: ignore[override]
        return grad_loss * like(ctx.grad, grad_loss), None, None


class RegularizedFYLoss(_FrankWolfeModule):
    """RFY: ``loss(c_hat, x_true)``, the Fenchel-Young loss of the L2 regularizer (module docstring), batch mean."""

    def forward(self, c_hat: torch.Tensor, x_true: torch.Tensor) -> torch.Tensor:
        _, c_batch = cost_batch(c_hat, self.solver.num_vars)
        _, x_batch = cost_batch(x_true, self.solver.num_vars)
        return _RegularizedFY.apply(c_batch, x_batch, self)
