"""Decision-focused losses on predicted costs ``c_hat [B, n]``, written in minimization form (for a
maximizing solver they are applied to ``-c``, so the loss values are the same and gradients flip sign).
Each returns the batch mean.

- :class:`SPOPlusLoss` (Elmachtoub & Grigas, Management Science 2022, eq. 6):
  ``l(c_hat, c) = -min_x (2 c_hat - c).x + 2 c_hat.x*(c) - c.x*(c)``, a convex upper bound of the
  regret, with subgradient ``2 (x*(c) - x*(2 c_hat - c))``.
- :class:`PerturbedFenchelYoungLoss` (Berthet et al., NeurIPS 2020, sec. 4.1):
  ``l(c_hat, x_true) = c_hat.x_true - E_Z[min_x (c_hat + sigma Z).x] >= 0`` (the Fenchel-Young loss of
  the perturbed minimum, up to the regularizer's value at x_true), with gradient
  ``x_true - x_sigma(c_hat)``; Monte-Carlo over ``num_samples`` draws. With ``multiplicative=True``
  (Dalle et al. 2022, sec. 3.2; PyEPO's ``perturbedFenchelYoungMul``) the perturbation is
  ``c_hat * W``, ``W = exp(sigma Z - sigma^2 / 2)``: ``l = c_hat.x_true - E[min_x (c_hat * W).x]``,
  gradient ``x_true - E[W * x*(c_hat * W)]``.
- :class:`PGLoss`, perturbation gradient (Huang & Gupta, "Decision-Focused Learning with Directional
  Gradients", NeurIPS 2024, sec. 3): with the plug-in value ``V(c') = min_x c'.x``, whose gradient is
  ``x*(c')``, the finite difference of V along the true costs approximates the decision's true cost
  ``c.x*(c_hat)`` by a Lipschitz function of c_hat with informative gradients: backward
  ``l = (V(c_hat) - V(c_hat - h c)) / h``, gradient ``(x*(c_hat) - x*(c_hat - h c)) / h``; or central
  (``two_sided``) ``l = (V(c_hat + h c) - V(c_hat - h c)) / (2 h)``. It needs c, not x*(c).
- :func:`regret_loss` ``|c.(x_hat - x*)|``: the task loss of the solution layers' recipes (DBB, NID,
  I-MLE). Taking the difference of solutions *before* the product makes it exactly 0, with gradient 0, at
  an optimal decision; the L1 loss on objective values, ``|c.x_hat - z*|``, has a kink there whose side,
  and so the gradient's sign, float round-off decides.
"""

from __future__ import annotations

import numpy as np
import torch
from torch import nn

from mlopt.errors import InputError
from mlopt.solvers.linear import LinearSolver
from mlopt.surrogates.layers import like, perturb, sense_sign, to_numpy


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
                num_samples: int, rng: np.random.Generator, multiplicative: bool) -> torch.Tensor:
        sign = sense_sign(solver)
        c, xt = to_numpy(c_hat), to_numpy(x_true)
        noise = rng.standard_normal((num_samples, *c.shape))
        perturbed = perturb(c, noise, sigma, multiplicative)
        xs = solver.solve(perturbed.reshape(-1, c.shape[1])).reshape(perturbed.shape)
        expected_min = sign * np.einsum("mbn,mbn->b", perturbed, xs) / num_samples
        loss = sign * np.einsum("bn,bn->b", c, xt) - expected_min
        weighted = xs * np.exp(sigma * noise - 0.5 * sigma**2) if multiplicative else xs
        ctx.grad = sign * (xt - weighted.mean(axis=0)) / len(c)
        return like(np.array(loss.mean()), c_hat)

    @staticmethod
    def backward(ctx, grad_loss: torch.Tensor):  # type: ignore[override]
        return grad_loss * like(ctx.grad, grad_loss), None, None, None, None, None, None


class PerturbedFenchelYoungLoss(nn.Module):
    """Perturbed Fenchel-Young loss ``loss(c_hat, x_true)`` with noise scale ``sigma``, additive or
    ``multiplicative`` (module doc)."""

    def __init__(self, solver: LinearSolver, *, sigma: float = 1.0, num_samples: int = 8,
                 multiplicative: bool = False, seed: int | np.random.Generator = 0) -> None:
        super().__init__()
        self.solver, self.sigma, self.num_samples, self.multiplicative = solver, sigma, num_samples, multiplicative
        self.rng = np.random.default_rng(seed)

    def forward(self, c_hat: torch.Tensor, x_true: torch.Tensor) -> torch.Tensor:
        return _PerturbedFY.apply(c_hat, x_true, self.solver, self.sigma, self.num_samples, self.rng,
                                  self.multiplicative)


class PGLoss(nn.Module):
    """Perturbation-gradient loss ``loss(c_hat, c_true)`` with finite-difference step ``h`` (module doc)."""

    def __init__(self, solver: LinearSolver, *, h: float = 0.1, two_sided: bool = False) -> None:
        super().__init__()
        if h <= 0:
            raise InputError(f"h {h}", field="h", expected="> 0")
        self.solver, self.h, self.two_sided = solver, h, two_sided

    def value(self, costs: torch.Tensor) -> torch.Tensor:
        """``V(c') = opt_x c'.x`` per row, differentiable (its gradient is ``x*(c')``)."""
        x = like(self.solver.solve(to_numpy(costs)), costs)
        return (costs * x).sum(-1)

    def forward(self, c_hat: torch.Tensor, c_true: torch.Tensor) -> torch.Tensor:
        step = self.h * c_true
        upper = c_hat + step if self.two_sided else c_hat
        width = 2 * self.h if self.two_sided else self.h
        # V of a maximizing solver is -V of the minimizing one on -c, hence the sign
        return (sense_sign(self.solver) * (self.value(upper) - self.value(c_hat - step)) / width).mean()


def regret_loss(x_hat: torch.Tensor, c_true: torch.Tensor, x_true: torch.Tensor) -> torch.Tensor:
    """``mean_b |c_b.(x_hat_b - x*_b)|``: the regret of decisions ``x_hat`` for either sense, exactly 0 (and
    flat) where ``x_hat == x*`` (module doc)."""
    return (c_true * (x_hat - x_true)).sum(-1).abs().mean()
