"""SurCo (Ferber et al., ICML 2023) against its baselines on a registered :class:`SurrogateTask`: the code
path that ``benchmarks/surrogates.py`` tabulates and the tests check, for any task with an objective and
linear costs.

- the linear baseline ``x*(c0)``, the oracle on the task's linear costs;
- SurCo-zero from ``c0`` (DBB at the task's ``dbb_lambda``, on the task's training objective);
- SurCo-zero by perturbed gradients (:func:`surco_zero_perturbed`, on the task's objective) at DBB's number
  of solver calls;
- :func:`random_search` at SurCo-zero's number of solver calls: ``c = c0 * exp(0.3 N(0, I))``, the first
  draw replaced by ``c0``, keeping the solution of lowest objective;
- :func:`prior_inputs`: SurCo-prior's training inputs over several instances of a task.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch

from mlopt.solvers.linear import BatchSolver, LinearSolver
from mlopt.surrogates.surco import SurCoResult, surco_zero, surco_zero_perturbed
from mlopt.surrogates.tasks import Objective, SurrogateTask


def random_search(f: Objective, solver: LinearSolver, c0: np.ndarray, calls: int,
                  seed: int | np.random.Generator, scale: float = 0.3) -> np.ndarray:
    """The solution of lowest ``f`` among ``x*(c)`` for ``calls`` log-normal perturbations
    ``c = c0 * exp(scale N(0, I))`` of the costs, the first of them ``c0`` itself (one batched solve)."""
    rng = np.random.default_rng(seed)
    costs = c0 * np.exp(scale * rng.standard_normal((calls, c0.size)))
    costs[0] = c0
    candidates = solver.solve(costs)
    with torch.no_grad():
        values = f(torch.from_numpy(candidates)).numpy()
    return candidates[int(values.argmin())]


@dataclass(frozen=True)
class SurCoComparison:
    """One instance's solutions ``[n]``: the linear baseline, SurCo-zero's result (DBB), SurCo-zero's by
    perturbed gradients and random search, the last two at ``solver_calls`` (the DBB run's solver calls)."""

    linear: np.ndarray
    zero: SurCoResult
    perturbed: SurCoResult
    random: np.ndarray
    solver_calls: int


def compare_surco_zero(task: SurrogateTask[Any], instance: Any, solver: BatchSolver | None = None, *,
                       steps: int = 50, lr: float = 0.05, seed: int = 0) -> SurCoComparison:
    """The linear baseline, SurCo-zero (``steps`` Adam steps at ``lr``), SurCo-zero by perturbed gradients
    (its defaults) and random search on ``instance`` (module doc); ``solver`` defaults to
    ``task.solver(instance)`` (pass one to share its cache and call count across instances). ``seed`` seeds
    random search and both SurCo runs (a DBB layer draws nothing)."""
    task.require("objective", "costs")
    solver = task.solver(instance) if solver is None else solver
    c0 = np.asarray(task.costs(instance), dtype=np.float64)  # type: ignore[misc]
    linear = solver.solve(c0)[0]
    before = solver.calls
    zero = surco_zero(task.surco_objective(instance), solver, c0, steps, lr, lambda_=task.dbb_lambda, seed=seed)
    calls = solver.calls - before
    objective = task.objective(instance)  # type: ignore[misc]
    perturbed = surco_zero_perturbed(objective, solver, c0, calls, seed=seed)
    random = random_search(objective, solver, c0, calls, seed)
    return SurCoComparison(linear, zero, perturbed, random, calls)


def prior_inputs(task: SurrogateTask[Any], instances: Sequence[Any]
                 ) -> tuple[torch.Tensor, Callable[[torch.Tensor, torch.Tensor], torch.Tensor]]:
    """``SurCoPrior.fit``'s inputs over ``instances`` of one size: their stacked per-variable features
    ``[N, n, d]`` and ``f(x [B, n], index [B]) -> [B]``, each row's objective on its own instance."""
    task.require("objective", "features")
    objectives = [task.objective(instance) for instance in instances]  # type: ignore[misc]
    features = torch.from_numpy(np.stack([task.features(instance) for instance in instances]))  # type: ignore[misc]

    def f(x: torch.Tensor, index: torch.Tensor) -> torch.Tensor:
        return torch.stack([objectives[i](row) for row, i in zip(x, index.tolist())])

    return features, f
