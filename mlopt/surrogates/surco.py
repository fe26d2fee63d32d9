"""SurCo (Ferber et al., "SurCo: Learning Linear Surrogates for Combinatorial Nonlinear Optimization
Problems", ICML 2023): to minimize a nonlinear differentiable f(x) over a combinatorial set X, learn
linear surrogate costs c so that ``x*(c) = argmin_{x in X} c.x`` minimizes f, differentiating
``f(x*(c))`` through a :class:`SolverLayer` (the paper uses CVXPylayers / blackbox differentiation).

- :func:`surco_zero`: optimize c for one instance, ``min_c f(x*(c))`` (the paper's eq. 2), by Adam;
- :func:`surco_zero_perturbed`: the same problem with the perturbed optimizer's gradient of the smoothed
  objective (Berthet et al., NeurIPS 2020) in place of the solver's differentiation, every sampled solution
  a candidate;
- :class:`SurCoPrior`: a network ``c = h_theta(features)`` trained over a distribution of instances,
  ``min_theta E_y f_y(x*(h_theta(y)))`` (eq. 3);
- :func:`surco_hybrid`: :func:`surco_zero` started from the prior's costs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import torch
from scipy.stats import rankdata
from torch import nn

from mlopt.errors import InputError
from mlopt.nn import mlp
from mlopt.solvers.linear import LinearSolver
from mlopt.surrogates.layers import SolverLayer


@dataclass(frozen=True)
class SurCoResult:
    """Best solution found, the surrogate costs that give it, and f of the solver's x at every step."""

    x: torch.Tensor
    c: torch.Tensor
    history: list[float]


def surco_zero(
    f: Callable[[torch.Tensor], torch.Tensor],
    solver: LinearSolver,
    c0: torch.Tensor | np.ndarray,
    steps: int = 50,
    lr: float = 0.1,
    *,
    grad: str = "dbb",
    seed: int | np.random.Generator = 0,
    **layer_kwargs: float,
) -> SurCoResult:
    """SurCo-zero: Adam on c to minimize ``f(layer(c))``, keeping the best hard solution ``x*(c)``.

    Each step costs the layer's solves (DBB: 2; perturbed: ``num_samples`` + 1 for the hard x;
    identity: 1). ``history[t]`` is f of the hard solution at step t (t = 0 is ``x*(c0)``).
    """
    c = torch.as_tensor(c0, dtype=torch.float64).detach().clone().requires_grad_(True)
    layer = SolverLayer(solver, grad, seed=seed, **layer_kwargs)
    optimizer = torch.optim.Adam([c], lr=lr)
    best: tuple[float, torch.Tensor, torch.Tensor] | None = None
    history: list[float] = []
    for _ in range(steps):
        x = layer(c)
        hard = x.detach() if grad != "perturbed" else torch.from_numpy(solver.solve(c.detach().numpy())[0])
        with torch.no_grad():
            value = float(f(hard))
        history.append(value)
        if best is None or value < best[0]:
            best = (value, hard.clone(), c.detach().clone())
        optimizer.zero_grad()
        f(x).backward()
        optimizer.step()
    assert best is not None, "steps must be >= 1"
    return SurCoResult(best[1], best[2], history)


def perturbed_gradient(values: np.ndarray, noise: np.ndarray, sigma: float) -> np.ndarray:
    """Monte-Carlo gradient of the smoothed objective ``F(theta) = E_Z f(theta + sigma Z)``, Z ~ N(0, I), from
    ``values [M]`` of f at ``theta + sigma noise [M, n]``: Gaussian integration by parts (Berthet et al.,
    NeurIPS 2020, the identity behind their eq. 4) gives ``grad F = E[f Z] / sigma``. The values enter as
    centred ranks in [-1/2, 1/2] (fitness shaping, Wierstra et al., "Natural Evolution Strategies", JMLR 2014,
    sec. 3.1), which keeps the step's scale independent of f's and of its outliers; our choice, not SurCo's."""
    ranks = rankdata(values) - 1.0  # tied values share their mean rank
    utility = ranks / max(len(values) - 1, 1) - 0.5
    return (utility[:, None] * noise).mean(axis=0) / sigma


def surco_zero_perturbed(
    f: Callable[[torch.Tensor], torch.Tensor],
    solver: LinearSolver,
    c0: torch.Tensor | np.ndarray,
    calls: int,
    *,
    sigma: float = 0.3,
    lr: float = 0.3,
    batch: int = 10,
    seed: int | np.random.Generator = 0,
) -> SurCoResult:
    """SurCo-zero (the paper's eq. 2) by perturbed gradients: costs ``c = c0 * exp(theta)``, descent on the
    smoothed objective ``E_Z f(x*(c0 * exp(theta + sigma Z)))`` by :func:`perturbed_gradient` (the
    multiplicative perturbation of Dalle et al. 2022, which keeps every cost's sign), ``batch`` antithetic
    draws per step, plain gradient steps of ``lr`` on theta; the solution of lowest f among all ``calls``
    sampled ones is returned.

    A simplification of the paper, which differentiates through the solver (:func:`surco_zero`): here f is
    only evaluated, never differentiated, and every solve doubles as a candidate. The first draw is ``c0``
    itself, so with ``lr = 0`` this is :func:`mlopt.surrogates.compare.random_search` at the same scale.
    ``history`` holds f of every sampled solution in order (``history[0]`` is f of ``x*(c0)``); ``c`` is
    the costs of the best one.
    """
    if calls < 1 or batch < 2 or sigma <= 0:
        raise InputError(f"surco_zero_perturbed: calls must be >= 1, batch >= 2 and sigma > 0 "
                         f"(got {calls}, {batch}, {sigma})")
    rng = np.random.default_rng(seed)
    base = torch.as_tensor(c0, dtype=torch.float64).numpy()
    theta = np.zeros_like(base)
    history: list[float] = []
    best: tuple[float, np.ndarray, np.ndarray] | None = None
    while len(history) < calls:
        size = min(batch, calls - len(history))
        half = rng.standard_normal(((size + 1) // 2, base.size))
        noise = np.concatenate([half, -half])[:size]
        if not history:
            noise[0] = 0.0
        costs = base * np.exp(theta + sigma * noise)
        solutions = np.asarray(solver.solve(costs), dtype=np.float64)
        with torch.no_grad():
            values = f(torch.from_numpy(solutions)).numpy().astype(np.float64)
        history.extend(values.tolist())
        i = int(values.argmin())
        if best is None or values[i] < best[0]:
            best = (float(values[i]), solutions[i], costs[i])
        if size >= 2:
            theta = theta - lr * perturbed_gradient(values, noise, sigma)
    assert best is not None
    return SurCoResult(torch.from_numpy(best[1].copy()), torch.from_numpy(best[2].copy()), history)


class SurCoPrior(nn.Module):
    """Per-variable MLP from features ``[B, n, d]`` to surrogate costs ``[B, n]`` (SurCo-prior).

    ``fit`` minimizes ``mean_i f(x*(h(features_i)), i)`` over the training instances through a
    :class:`SolverLayer`; ``f(x [B, n], index [B]) -> [B]`` evaluates each instance's objective.
    """

    def __init__(self, in_features: int, hidden: int = 32, *, seed: int = 0) -> None:
        super().__init__()
        generator = torch.Generator().manual_seed(seed)
        self.net = mlp([in_features, hidden, 1], dtype=torch.float64)
        with torch.no_grad():
            for p in self.net.parameters():
                p.copy_(torch.randn(p.shape, generator=generator, dtype=p.dtype) * 0.3)

    def forward(self, features: torch.Tensor) -> torch.Tensor:
        return self.net(features).squeeze(-1)

    def fit(self, features: torch.Tensor, f: Callable[[torch.Tensor, torch.Tensor], torch.Tensor],
            solver: LinearSolver, *, epochs: int = 20, lr: float = 0.01, batch_size: int = 16,
            grad: str = "dbb", seed: int = 0, **layer_kwargs: float) -> list[float]:
        """Train on ``features [N, n, d]``; returns the mean training objective per epoch."""
        layer = SolverLayer(solver, grad, seed=seed, **layer_kwargs)
        optimizer = torch.optim.Adam(self.parameters(), lr=lr)
        generator = torch.Generator().manual_seed(seed)
        losses = []
        for _ in range(epochs):
            order = torch.randperm(len(features), generator=generator)
            total = 0.0
            for start in range(0, len(order), batch_size):
                index = order[start : start + batch_size]
                values = f(layer(self(features[index])), index)
                optimizer.zero_grad()
                values.mean().backward()
                optimizer.step()
                total += float(values.detach().sum())
            losses.append(total / len(features))
        return losses


def surco_hybrid(prior: SurCoPrior, features: torch.Tensor, f: Callable[[torch.Tensor], torch.Tensor],
                 solver: LinearSolver, steps: int = 20, lr: float = 0.05, **kwargs: object) -> SurCoResult:
    """SurCo-hybrid: :func:`surco_zero` on one instance (``features [n, d]``) from the prior's costs."""
    with torch.no_grad():
        c0 = prior(features.double())
    return surco_zero(f, solver, c0, steps, lr, **kwargs)  # type: ignore[arg-type]
