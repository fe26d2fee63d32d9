"""SurCo (Ferber et al., "SurCo: Learning Linear Surrogates for Combinatorial Nonlinear Optimization
Problems", ICML 2023): to minimize a nonlinear differentiable f(x) over a combinatorial set X, learn
linear surrogate costs c so that ``x*(c) = argmin_{x in X} c.x`` minimizes f, differentiating
``f(x*(c))`` through a :class:`SolverLayer` (the paper uses CVXPylayers / blackbox differentiation).

- :func:`surco_zero`: optimize c for one instance, ``min_c f(x*(c))`` (the paper's eq. 2), by Adam;
- :class:`SurCoPrior`: a network ``c = h_theta(features)`` trained over a distribution of instances,
  ``min_theta E_y f_y(x*(h_theta(y)))`` (eq. 3);
- :func:`surco_hybrid`: :func:`surco_zero` started from the prior's costs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import torch
from torch import nn

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
