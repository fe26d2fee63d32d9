"""Decision-focused losses on predicted costs ``c_hat [B, n]``, written in minimization form (for a
maximizing solver they are applied to ``-c``, so the loss values are the same and gradients flip sign).
Both return the batch mean.

- :class:`SPOPlusLoss` (Elmachtoub & Grigas, Management Science 2022, eq. 6):
  ``l(c_hat, c) = -min_x (2 c_hat - c).x + 2 c_hat.x*(c) - c.x*(c)``, a convex upper bound of the
  regret, with subgradient ``2 (x*(c) - x*(2 c_hat - c))``.
- :class:`PerturbedFenchelYoungLoss` (Berthet et al., NeurIPS 2020, sec. 4.1):
  ``l(c_hat, x_true) = c_hat.x_true - E_Z[min_x (c_hat + sigma Z).x] >= 0`` (the Fenchel-Young loss of
  the perturbed minimum, up to the regularizer's value at x_true), with gradient
  ``x_true - x_sigma(c_hat)``; Monte-Carlo over ``num_samples`` draws.
"""

from __future__ import annotations

import numpy as np
import torch
from torch import nn

from mlopt.solvers.linear import LinearSolver
from mlopt.surrogates.layers import like, sense_sign, to_numpy


class _SPOPlus(torch.autograd.Function):
    @staticmethod
    def forward(ctx, c_hat: torch.Tensor, c_true: torch.Tensor, x_true: torch.Tensor,  # type: ignore[override]
                solver: LinearSolver) -> torch.Tensor:
        sign = sense_sign(solver)
        ch, ct, xt = sign * to_numpy(c_hat), sign * to_numpy(c_true), to_numpy(x_true)
        x_spo = solver.solve(sign * (2 * ch - ct))
        loss = -np.einsum("bn,bn->b", 2 * ch - ct, x_spo) + np.einsum("bn,bn->b", 2 * ch - ct, xt)
        ctx.grad = sign * 2 * (xt - x_spo) / len(ch)
        return like(np.array(loss.mean()), c_hat)

    @staticmethod
    def backward(ctx, grad_loss: torch.Tensor):  # type: ignore[override]
        return grad_loss * like(ctx.grad, grad_loss), None, None, None


class SPOPlusLoss(nn.Module):
    """SPO+ loss ``loss(c_hat, c_true, x_true=None)``; ``x_true`` (= x*(c_true)) is solved when not given."""

    def __init__(self, solver: LinearSolver) -> None:
        super().__init__()
        self.solver = solver

    def forward(self, c_hat: torch.Tensor, c_true: torch.Tensor, x_true: torch.Tensor | None = None) -> torch.Tensor:
        if x_true is None:
            x_true = like(self.solver.solve(to_numpy(c_true)), c_true)
        return _SPOPlus.apply(c_hat, c_true, x_true, self.solver)


class _PerturbedFY(torch.autograd.Function):
    @staticmethod
    def forward(ctx, c_hat: torch.Tensor, x_true: torch.Tensor, solver: LinearSolver, sigma: float,  # type: ignore[override]
                num_samples: int, rng: np.random.Generator) -> torch.Tensor:
        sign = sense_sign(solver)
        c, xt = to_numpy(c_hat), to_numpy(x_true)
        perturbed = c[None] + sigma * rng.standard_normal((num_samples, *c.shape))
        xs = solver.solve(perturbed.reshape(-1, c.shape[1])).reshape(perturbed.shape)
        expected_min = sign * np.einsum("mbn,mbn->b", perturbed, xs) / num_samples
        loss = sign * np.einsum("bn,bn->b", c, xt) - expected_min
        ctx.grad = sign * (xt - xs.mean(axis=0)) / len(c)
        return like(np.array(loss.mean()), c_hat)

    @staticmethod
    def backward(ctx, grad_loss: torch.Tensor):  # type: ignore[override]
        return grad_loss * like(ctx.grad, grad_loss), None, None, None, None, None


class PerturbedFenchelYoungLoss(nn.Module):
    """Perturbed Fenchel-Young loss ``loss(c_hat, x_true)`` with noise scale ``sigma`` (module doc)."""

    def __init__(self, solver: LinearSolver, *, sigma: float = 1.0, num_samples: int = 8,
                 seed: int | np.random.Generator = 0) -> None:
        super().__init__()
        self.solver, self.sigma, self.num_samples = solver, sigma, num_samples
        self.rng = np.random.default_rng(seed)

    def forward(self, c_hat: torch.Tensor, x_true: torch.Tensor) -> torch.Tensor:
        return _PerturbedFY.apply(c_hat, x_true, self.solver, self.sigma, self.num_samples, self.rng)
