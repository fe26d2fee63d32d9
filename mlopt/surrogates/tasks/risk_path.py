"""The risk-averse shortest path as a SurCo task (Ferber et al., ICML 2023): instances from
``mlopt.datasets.surrogate_tasks.make_risk_shortest_path(rows, cols, seed, ...)``, the exact grid DP
``GridShortestPath(rows, cols)`` as the oracle (whose edge order the instance's per-edge arrays follow),
the deadline-miss probability (or mean + k std) as a torch objective, per-edge features for SurCo-prior,
and the mean edge times as the linear baseline that SurCo-zero starts from."""

from __future__ import annotations

import torch

from mlopt.datasets.surrogate_tasks import RiskShortestPath, make_risk_shortest_path
from mlopt.solvers.linear import GridShortestPath
from mlopt.surrogates.tasks.registry import Objective, SurrogateTask


def risk_shortest_path_objective(instance: RiskShortestPath) -> Objective:
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


RISK_SHORTEST_PATH: SurrogateTask[RiskShortestPath] = SurrogateTask(
    name="risk-shortest-path",
    generate=make_risk_shortest_path,
    solver=lambda instance: GridShortestPath(instance.rows, instance.cols),
    objective=risk_shortest_path_objective,
    features=RiskShortestPath.features,
    costs=lambda instance: instance.mean,
    evaluate=lambda instance, x: float(instance.evaluate(x)),
    dbb_lambda=100.0,
)
