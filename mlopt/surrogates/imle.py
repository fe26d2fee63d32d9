"""Implicit maximum-likelihood estimation through a linear solver: I-MLE and its adaptive variant AI-MLE.

- :class:`IMLELayer`: Niepert, Minervini & Franceschi, "Implicit MLE: Backpropagating Through Discrete
  Exponential Family Distributions" (NeurIPS 2021). The forward pass is perturb-and-MAP,
  ``x = 1/M sum_m x*(c + sigma eps_m)`` with Sum-of-Gamma noise (sec. 5, eq. 10:
  ``eps = 1/kappa (sum_{i=1}^{s} Gamma(1/kappa, kappa/i) - log s)``, whose sum over kappa variables is
  Gumbel-distributed). The backward pass (Algorithm 2, the perturbation-based implicit differentiation of
  eq. 6) moves to the target distribution ``c' = c + lambda dL/dx`` with the *same* noise and returns
  ``dL/dc = 1/M sum_m (x*(c' + sigma eps_m) - x*(c + sigma eps_m)) / lambda``, or with ``two_sided`` the
  central difference ``(x*(c + lambda g + sigma eps) - x*(c - lambda g + sigma eps)) / (2 lambda)``.
- :class:`AIMLELayer`: Minervini, Franceschi & Niepert, "Adaptive Perturbation-Based Gradient Estimation
  for Discrete Latent Variable Models" (AAAI 2023, sec. 4). The step is scaled to the costs,
  ``lambda = beta ||c|| / ||dL/dx||`` (norms over the batch), and beta is adapted after each backward pass
  so that a moving average (decay 0.9) of the number of non-zero gradient entries per sample reaches
  ``target_nonzeros``: ``beta += step`` below the target, ``beta -= step`` (at least 0) above it.

Formulas are for a minimizing solver; a maximizing one is handled on ``-c`` (so the gradient flips sign).
With ``sigma -> 0`` and one sample, I-MLE's gradient is DBB's (``SolverLayer(grad="dbb")``).
"""

from __future__ import annotations

import math

import numpy as np
import torch
from torch import nn

from mlopt.errors import InputError
from mlopt.solvers.linear import LinearSolver
from mlopt.surrogates.layers import cost_batch, like, sense_sign, to_numpy


def sum_of_gamma_noise(shape: tuple[int, ...], rng: np.random.Generator, *, kappa: float = 5.0,
                       terms: int = 10) -> np.ndarray:
    """Sum-of-Gamma samples ``1/kappa (sum_{i=1}^{terms} Gamma(1/kappa, kappa/i) - log terms)`` (module doc)."""
    if kappa <= 0 or terms < 1:
        raise InputError(f"kappa {kappa}, terms {terms}", field="kappa/terms", expected="kappa > 0, terms >= 1")
    total = sum(rng.gamma(1.0 / kappa, kappa / i, shape) for i in range(1, terms + 1))
    return (total - math.log(terms)) / kappa


class _IMLE(torch.autograd.Function):
    @staticmethod
    def forward(ctx, costs: torch.Tensor, layer: IMLELayer) -> torch.Tensor:  # type: ignore[override]
        sign, c = sense_sign(layer.solver), to_numpy(costs)
        noise = sum_of_gamma_noise((layer.num_samples, *c.shape), layer.rng, kappa=layer.kappa, terms=layer.terms)
        perturbed = sign * c[None] + layer.sigma * noise  # minimization form
        xs = layer.solve(perturbed)
        ctx.layer, ctx.c, ctx.perturbed, ctx.xs = layer, c, perturbed, xs
        return like(xs.mean(0), costs)

    @staticmethod
    def backward(ctx, grad_x: torch.Tensor):  # type: ignore[override]
        layer, g = ctx.layer, to_numpy(grad_x)
        lambda_ = layer.step_size(ctx.c, g)
        if lambda_ <= 0:
            return torch.zeros_like(grad_x), None
        if layer.two_sided:
            diff = (layer.solve(ctx.perturbed + lambda_ * g) - layer.solve(ctx.perturbed - lambda_ * g)) / 2
        else:
            diff = layer.solve(ctx.perturbed + lambda_ * g) - ctx.xs
        layer.observe(diff)
        return like(sense_sign(layer.solver) * diff.mean(0) / lambda_, grad_x), None


class IMLELayer(nn.Module):
    """``x = layer(c)`` for ``c [B, n]`` (or ``[n]``): the perturb-and-MAP mean, differentiable by I-MLE (module doc).

    ``lambda_`` is the step to the target distribution, ``sigma`` the noise temperature, ``num_samples`` the
    noise draws per instance, ``kappa`` / ``terms`` the Sum-of-Gamma shape, ``seed`` seeds the noise.
    """

    def __init__(self, solver: LinearSolver, *, lambda_: float = 10.0, sigma: float = 1.0, num_samples: int = 10,
                 kappa: float = 5.0, terms: int = 10, two_sided: bool = False,
                 seed: int | np.random.Generator = 0) -> None:
        super().__init__()
        if lambda_ <= 0 or sigma < 0 or num_samples < 1:
            raise InputError("lambda_ must be > 0, sigma >= 0, num_samples >= 1", field="lambda_/sigma/num_samples")
        self.solver, self.lambda_, self.sigma, self.num_samples = solver, lambda_, sigma, num_samples
        self.kappa, self.terms, self.two_sided = kappa, terms, two_sided
        self.rng = np.random.default_rng(seed)

    def solve(self, perturbed: np.ndarray) -> np.ndarray:
        """``x*`` of minimization-form costs ``[M, B, n]`` through the solver (in its own sense)."""
        flat = sense_sign(self.solver) * perturbed.reshape(-1, perturbed.shape[-1])
        return self.solver.solve(flat).reshape(perturbed.shape)

    def step_size(self, costs: np.ndarray, grad_x: np.ndarray) -> float:
        """The step lambda of this backward pass (fixed here; adaptive in :class:`AIMLELayer`)."""
        return self.lambda_

    def observe(self, differences: np.ndarray) -> None:
        """Called with the per-sample solution differences ``[M, B, n]`` of each backward pass."""

    def forward(self, costs: torch.Tensor) -> torch.Tensor:
        single, batch = cost_batch(costs, self.solver.num_vars)
        x = _IMLE.apply(batch, self)
        return x.squeeze(0) if single else x


class AIMLELayer(IMLELayer):
    """I-MLE with the adaptive step ``lambda = beta ||c|| / ||dL/dx||`` (module doc); ``beta`` starts at
    ``beta`` and moves by ``step`` per backward pass towards ``target_nonzeros`` non-zero gradient entries per
    sample (moving average ``nonzeros``)."""

    def __init__(self, solver: LinearSolver, *, beta: float = 1.0, target_nonzeros: float = 1.0,
                 step: float = 1e-3, sigma: float = 1.0, num_samples: int = 10, kappa: float = 5.0,
                 terms: int = 10, two_sided: bool = False, seed: int | np.random.Generator = 0) -> None:
        super().__init__(solver, sigma=sigma, num_samples=num_samples, kappa=kappa, terms=terms,
                         two_sided=two_sided, seed=seed)
        if beta < 0 or step < 0 or target_nonzeros < 0:
            raise InputError("beta, step and target_nonzeros must be >= 0", field="beta/step/target_nonzeros")
        self.beta, self.target_nonzeros, self.step = beta, target_nonzeros, step
        self.nonzeros = target_nonzeros

    def step_size(self, costs: np.ndarray, grad_x: np.ndarray) -> float:
        grad_norm = float(np.linalg.norm(grad_x))
        return self.beta * float(np.linalg.norm(costs)) / grad_norm if grad_norm > 0 else 0.0

    def observe(self, differences: np.ndarray) -> None:
        per_sample = np.count_nonzero(np.abs(differences) > 1e-12) / (differences.shape[0] * differences.shape[1])
        self.nonzeros = 0.9 * self.nonzeros + 0.1 * per_sample
        self.beta = max(0.0, self.beta + (self.step if self.nonzeros < self.target_nonzeros else -self.step))
