"""``SolverLayer``: a linear optimization oracle as a differentiable torch layer over cost batches.

The forward pass maps costs ``c [B, n]`` to solutions ``x*(c) = argopt_{x in X} c.x`` of a
:class:`mlopt.solvers.linear.LinearSolver` (solved on CPU, batched and cached by the solver; returned on
the input's device and dtype). The argopt is piecewise constant, so each ``grad`` mode defines a
useful surrogate gradient. Formulas are written for ``sense="min"``; for ``"max"`` the layer applies
them to ``-c`` (``sign`` below).

- ``"dbb"``, differentiable black-box (Vlastelica et al., ICLR 2020, eq. 7): with the incoming
  gradient g = dL/dx, solve ``x_lambda = argmin (c + lambda g).x`` and return
  ``dL/dc = -(x - x_lambda) / lambda``, the gradient of a piecewise-linear interpolation of L(x*(c)).
- ``"perturbed"``, perturbed optimizer (Berthet et al., NeurIPS 2020, eqs. 1 and 4): the forward is
  the Monte-Carlo mean ``x_sigma(c) = E_Z[x*(c + sigma Z)]``, Z ~ N(0, I), over ``num_samples``
  draws; by Gaussian integration by parts its Jacobian is ``E[x*(c + sigma Z) Z^T] / sigma``, so
  ``dL/dc = mean_m (x_m . g) Z_m / sigma``. With ``multiplicative=True`` (Dalle, Baty, Bouvier &
  Parmentier, "Learning with Combinatorial Optimization Layers: a Probabilistic Approach", 2022, sec. 3.2;
  PyEPO's ``perturbedOptMul``) the costs are perturbed as ``c * exp(sigma Z - sigma^2 / 2)``, which keeps
  each cost's sign (a shortest path stays free of negative cycles); that is Gaussian in ``log |c|``, so
  ``dL/dc = mean_m (x_m . g) Z_m / (sigma c)`` (elementwise; costs must be non-zero).
- ``"identity"``, negative identity, NID (Sahoo, Paulus, Vlastelica, Musil, Kuleshov & Martius,
  "Backpropagation through Combinatorial Algorithms: Identity with Projection Works", ICLR 2023, sec. 3:
  the solver's Jacobian replaced by ``-I``, DBB's direction without its second solve): ``dL/dc = -g``.
"""

from __future__ import annotations

import numpy as np
import torch
from torch import nn

from mlopt.errors import InputError
from mlopt.solvers.linear import LinearSolver

GRADS: tuple[str, ...] = ("dbb", "perturbed", "identity")


def sense_sign(solver: LinearSolver) -> float:
    """+1 for a minimizing solver, -1 for a maximizing one."""
    return 1.0 if solver.sense == "min" else -1.0


def to_numpy(costs: torch.Tensor) -> np.ndarray:
    return costs.detach().to("cpu", torch.float64).numpy()


def like(array: np.ndarray, reference: torch.Tensor) -> torch.Tensor:
    """``array`` as a tensor on ``reference``'s device and dtype (a read-only array, such as a solution pool's,
    is copied: torch cannot share it)."""
    array = np.ascontiguousarray(array)
    if not array.flags.writeable:
        array = array.copy()
    return torch.from_numpy(array).to(device=reference.device, dtype=reference.dtype)


class _DBB(torch.autograd.Function):
    @staticmethod
    def forward(ctx, costs: torch.Tensor, solver: LinearSolver, lambda_: float) -> torch.Tensor:  # type: ignore[override]
        c = to_numpy(costs)
        x = solver.solve(c)
        ctx.solver, ctx.lambda_, ctx.c, ctx.x = solver, lambda_, c, x
        return like(x, costs)

    @staticmethod
    def backward(ctx, grad_x: torch.Tensor):  # type: ignore[override]
        sign = sense_sign(ctx.solver)
        x_lambda = ctx.solver.solve(ctx.c + sign * ctx.lambda_ * to_numpy(grad_x))
        return like(-sign * (ctx.x - x_lambda) / ctx.lambda_, grad_x), None, None


def perturb(costs: np.ndarray, noise: np.ndarray, sigma: float, multiplicative: bool) -> np.ndarray:
    """Perturbed costs ``[M, B, n]`` from ``costs [B, n]`` and standard normal ``noise [M, B, n]``: additive
    ``c + sigma Z`` or multiplicative ``c * exp(sigma Z - sigma^2 / 2)`` (mean c either way)."""
    if multiplicative:
        return costs[None] * np.exp(sigma * noise - 0.5 * sigma**2)
    return costs[None] + sigma * noise


class _Perturbed(torch.autograd.Function):
    @staticmethod
    def forward(ctx, costs: torch.Tensor, solver: LinearSolver, sigma: float, num_samples: int,  # type: ignore[override]
                rng: np.random.Generator, multiplicative: bool, baseline: bool) -> torch.Tensor:
        c = to_numpy(costs)
        noise = rng.standard_normal((num_samples, *c.shape))
        xs = solver.solve(perturb(c, noise, sigma, multiplicative).reshape(-1, c.shape[1])).reshape(noise.shape)
        ctx.scale = sigma * c if multiplicative else sigma
        ctx.noise, ctx.xs, ctx.baseline = noise, xs, baseline and num_samples > 1
        return like(xs.mean(axis=0), costs)

    @staticmethod
    def backward(ctx, grad_x: torch.Tensor):  # type: ignore[override]
        g = to_numpy(grad_x)
        weight = np.einsum("mbn,bn->mb", ctx.xs, g)
        samples = len(ctx.xs)
        if ctx.baseline:  # leave-one-out: each draw's weight minus the others' mean (E[Z] = 0 keeps it unbiased)
            weight = (weight - weight.mean(axis=0, keepdims=True)) * samples / (samples - 1)
        grad_c = np.einsum("mb,mbn->bn", weight, ctx.noise) / (samples * ctx.scale)
        return like(grad_c, grad_x), None, None, None, None, None, None


class _Identity(torch.autograd.Function):
    @staticmethod
    def forward(ctx, costs: torch.Tensor, solver: LinearSolver) -> torch.Tensor:  # type: ignore[override]
        ctx.sign = sense_sign(solver)
        return like(solver.solve(to_numpy(costs)), costs)

    @staticmethod
    def backward(ctx, grad_x: torch.Tensor):  # type: ignore[override]
        return -ctx.sign * grad_x, None


def cost_batch(costs: torch.Tensor, num_vars: int) -> tuple[bool, torch.Tensor]:
    """Whether ``costs`` is a single vector, and it as a ``[B, num_vars]`` batch; InputError for another shape."""
    single = costs.dim() == 1
    batch = costs.unsqueeze(0) if single else costs
    if batch.dim() != 2 or batch.shape[1] != num_vars:
        raise InputError(f"costs have shape {tuple(costs.shape)}", field="costs",
                         expected=f"[B, {num_vars}] or [{num_vars}]")
    return single, batch


class SolverLayer(nn.Module):
    """``x = layer(c)`` for ``c`` of shape ``[B, n]`` (or ``[n]``), differentiable by ``grad`` (module doc).

    ``lambda_`` is DBB's interpolation strength (in units of cost per unit of dL/dx); ``sigma`` and
    ``num_samples`` the perturbation scale and Monte-Carlo draws, ``multiplicative`` the sign-keeping
    perturbation; ``baseline`` subtracts a leave-one-out baseline from each draw's weight in the perturbed
    backward (a control variate: unbiased since E[Z] = 0, lower variance; PyEPO's ``variance_reduction``);
    ``seed`` seeds the perturbations.
    """

    def __init__(self, solver: LinearSolver, grad: str = "dbb", *, lambda_: float = 10.0, sigma: float = 1.0,
                 num_samples: int = 8, multiplicative: bool = False, baseline: bool = False,
                 seed: int | np.random.Generator = 0) -> None:
        super().__init__()
        if grad not in GRADS:
            raise InputError(f"unknown solver-layer gradient {grad!r}", field="grad", expected=", ".join(GRADS))
        if lambda_ <= 0 or sigma <= 0 or num_samples < 1:
            raise InputError("lambda_, sigma must be > 0 and num_samples >= 1", field="lambda_/sigma/num_samples")
        self.solver, self.grad = solver, grad
        self.lambda_, self.sigma, self.num_samples, self.multiplicative = lambda_, sigma, num_samples, multiplicative
        self.baseline = baseline
        self.rng = np.random.default_rng(seed)

    def forward(self, costs: torch.Tensor) -> torch.Tensor:
        single, batch = cost_batch(costs, self.solver.num_vars)
        if self.grad == "dbb":
            x = _DBB.apply(batch, self.solver, self.lambda_)
        elif self.grad == "perturbed":
            x = _Perturbed.apply(batch, self.solver, self.sigma, self.num_samples, self.rng, self.multiplicative,
                                 self.baseline)
        else:
            x = _Identity.apply(batch, self.solver)
        return x.squeeze(0) if single else x
