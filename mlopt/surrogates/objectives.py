"""Differentiable torch versions of the nonlinear task objectives in ``mlopt.datasets.surrogate_tasks``
(the f that SurCo minimizes through a solver layer)."""

from __future__ import annotations

from collections.abc import Callable

import torch

from mlopt.datasets.surrogate_tasks import RiskShortestPath


def risk_shortest_path_objective(instance: RiskShortestPath) -> Callable[[torch.Tensor], torch.Tensor]:
    """f(x) for x ``[..., E]`` (relaxed paths allowed): the deadline-miss probability
    ``Phi(-(d - mean.x) / sqrt(var.x))`` or ``mean.x + k sqrt(var.x)``, as ``instance.objective`` says."""
    mean = torch.as_tensor(instance.mean)
    var = torch.as_tensor(instance.var)

    def f(x: torch.Tensor) -> torch.Tensor:
        mu = x @ mean.to(x.device, x.dtype)
        std = torch.sqrt((x @ var.to(x.device, x.dtype)).clamp_min(1e-12))
        if instance.objective == "mean_std":
            return mu + instance.k * std
        return torch.special.ndtr((mu - instance.deadline) / std)

    return f
