"""GenCO (Ferber et al., "GenCO: Generating Diverse Designs with Combinatorial Constraints", ICML 2024),
VAE variant: a generator whose outputs are *cost vectors* for a combinatorial solver, so that every
generated object ``x*(c) = argmin_{x in X} c.x`` is feasible by construction, trained with a generative
loss taken on the solver's feasible outputs (the paper's framework with a VAE as the generative model):

    L(x_data) = R(c, x_data) + beta KL(q(z | x_data) || N(0, I)) + objective_weight * f(layer(c)),
    c = decode(z),  z ~ q(z | x_data) (reparameterized),

with the reconstruction R one of

- ``"fenchel_young"`` (default): the perturbed Fenchel-Young loss ``c.x_data - E_Z[min_x (c + sigma Z).x]``
  (Berthet et al., NeurIPS 2020, sec. 4.1), the surrogate negative log-likelihood of x_data under the
  perturbed solver's distribution over *feasible* designs, with gradient ``x_data - E[x*(c + sigma Z)]``
  (for unconstrained 0/1 tiles and logistic noise it would be exactly the Bernoulli cross-entropy of a
  plain VAE, since ``E[max(0, t + L)] = softplus(t)``; the noise here is Gaussian);
- ``"squared"``: ``||layer(c) - x_data||^2`` (the Hamming distance for 0/1 designs) through a
  :class:`SolverLayer` with the ``grad`` estimator (DBB, perturbed or identity).

f is an optional differentiable design objective (GenCO's "objective loss") evaluated on ``layer(c)``.
Sampling decodes ``z ~ N(0, I)`` and solves. Simplification: the paper pairs the solver layer with GANs and
VQ-VAEs on larger designs; here encoder and decoder are one-hidden-layer MLPs.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import torch
from torch import nn

from mlopt.errors import InputError
from mlopt.nn import mlp
from mlopt.solvers.linear import LinearSolver
from mlopt.surrogates.layers import SolverLayer
from mlopt.surrogates.losses import PerturbedFenchelYoungLoss

RECONSTRUCTIONS: tuple[str, ...] = ("fenchel_young", "squared")


class GenCO(nn.Module):
    """VAE whose decoder emits costs for ``solver`` (module doc); ``solver.num_vars`` is the design size.

    ``sigma`` / ``num_samples`` are the Fenchel-Young perturbation; ``grad`` and ``layer_kwargs`` configure
    the :class:`SolverLayer` of the squared reconstruction and of the objective; ``beta`` weighs the KL
    term; ``objective(x [B, n]) -> [B]`` with ``objective_weight`` is the optional design objective.
    """

    def __init__(self, solver: LinearSolver, latent_dim: int = 8, hidden: int = 128, *,
                 reconstruction: str = "fenchel_young", sigma: float = 1.0, num_samples: int = 4,
                 grad: str = "dbb", beta: float = 1.0, objective: Callable[[torch.Tensor], torch.Tensor] | None = None,
                 objective_weight: float = 0.0, seed: int = 0, **layer_kwargs: float) -> None:
        super().__init__()
        if reconstruction not in RECONSTRUCTIONS:
            raise InputError(f"unknown reconstruction {reconstruction!r}", field="reconstruction",
                             expected=" or ".join(RECONSTRUCTIONS))
        self.generator = torch.Generator().manual_seed(seed)
        n = solver.num_vars
        self.encoder = mlp([n, hidden, 2 * latent_dim], dtype=torch.float64, generator=self.generator)
        self.decoder = mlp([latent_dim, hidden, n], dtype=torch.float64, generator=self.generator)
        self.solver, self.latent_dim, self.beta = solver, latent_dim, beta
        self.reconstruction = reconstruction
        self.objective, self.objective_weight = objective, objective_weight
        self.layer = SolverLayer(solver, grad, seed=seed, **layer_kwargs)
        self.fenchel_young = PerturbedFenchelYoungLoss(solver, sigma=sigma, num_samples=num_samples, seed=seed)

    def encode(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Mean and log-variance of ``q(z | x)``."""
        mean, log_var = self.encoder(x).chunk(2, dim=-1)
        return mean, log_var

    def decode(self, z: torch.Tensor) -> torch.Tensor:
        """Costs ``[B, n]`` for the solver."""
        return self.decoder(z)

    def loss(self, x: torch.Tensor) -> torch.Tensor:
        """The batch mean of the module doc's L on feasible designs ``x [B, n]``."""
        mean, log_var = self.encode(x)
        noise = torch.randn(mean.shape, generator=self.generator, dtype=mean.dtype)
        costs = self.decode(mean + (0.5 * log_var).exp() * noise)
        kl = 0.5 * (mean.square() + log_var.exp() - 1.0 - log_var).sum(-1).mean()
        use_objective = self.objective is not None and self.objective_weight != 0
        design = self.layer(costs) if self.reconstruction == "squared" or use_objective else None
        if self.reconstruction == "squared":
            total = (design - x).square().sum(-1).mean() + self.beta * kl
        else:
            total = self.fenchel_young(costs, x) + self.beta * kl
        if use_objective:
            total = total + self.objective_weight * self.objective(design).mean()  # type: ignore[misc]
        return total

    def fit(self, data: torch.Tensor | np.ndarray, *, epochs: int = 30, batch_size: int = 32,
            lr: float = 3e-3) -> list[float]:
        """Adam on ``data [N, ...]`` (feasible designs, flattened to ``[N, n]``); the mean loss per epoch."""
        data = torch.as_tensor(data, dtype=torch.float64).reshape(len(data), -1)
        optimizer = torch.optim.Adam(self.parameters(), lr=lr)
        losses = []
        for _ in range(epochs):
            total = 0.0
            for index in torch.randperm(len(data), generator=self.generator).split(batch_size):
                loss = self.loss(data[index])
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()
                total += float(loss.detach()) * len(index)
            losses.append(total / len(data))
        return losses

    @torch.no_grad()
    def reconstruct(self, x: torch.Tensor | np.ndarray) -> np.ndarray:
        """``x*(decode(mean of q(z | x)))`` for designs ``x [B, n]``."""
        mean, _ = self.encode(torch.as_tensor(x, dtype=torch.float64).reshape(len(x), -1))
        return self.solver.solve(self.decode(mean).numpy())

    @torch.no_grad()
    def sample(self, num_samples: int, seed: int = 0) -> np.ndarray:
        """``[num_samples, n]`` designs ``x*(decode(z))``, ``z ~ N(0, I)``: feasible by construction."""
        generator = torch.Generator().manual_seed(seed)
        z = torch.randn(num_samples, self.latent_dim, generator=generator, dtype=torch.float64)
        return self.solver.solve(self.decode(z).numpy())
