"""LANCER (Zharmagambetov et al., "Landscape Surrogate: Learning Decision Losses for Mathematical
Optimization Under Partial Information", NeurIPS 2023), in its predict-then-optimize (DFL) form.

A predictor ``c_hat = h_theta(y)`` feeds a solver ``g`` whose decision is scored by a decision loss
``f(g(c_hat), c)`` (here: regret against the true costs c). Instead of differentiating through g,
LANCER learns a smooth *landscape surrogate* ``M_w(c_hat, c) ~ f(g(c_hat), c)`` and solves the paper's
bilevel problem

    min_theta sum_i M_w(h_theta(y_i), c_i)   s.t.   w = argmin_w sum_{(c_hat, c) in D} (M_w(c_hat, c) - f(g(c_hat), c))^2

by alternating minimization (the paper's LANCER algorithm; arXiv 2307.08964):

1. solve ``x_i = g(h_theta(y_i))`` for every training instance (the only solver calls) and add the
   pairs ``(c_hat_i, c_i) -> f(x_i, c_i)`` to the buffer D;
2. w-step: regress ``M_w`` on D by mean squared error (the lower level above);
3. theta-step: minimize ``mean_i M_w(h_theta(y_i), c_i) + mse_weight * ||h_theta(y_i) - c_i||^2`` by
   gradient steps through M only (no solver in this gradient). The paper's upper level is M alone
   (``mse_weight = 0``, the default); the reference code's ``--z_regul`` adds the two-stage term. On the
   multidimensional knapsack the term held the predictor near its two-stage start (benchmarks/RESULTS.md).

The surrogate is an MLP with a softplus output (the reference implementation, facebookresearch/LANCER
``MLPLancer``, uses ReLU; both keep M >= 0 like the decision loss) on one of two inputs:

- ``"difference"`` (default): ``[c_hat - c, c]``, the paper's ``M_w(c_hat, z)`` with the problem
  descriptor z = c, written relative to c; the sign of an error can matter (over- vs under-valuing an
  item changes different decisions);
- ``"squared"``: ``(c_hat - c)^2``, the reference implementation's DFL input.

Simplifications: each w-/theta-step is a fixed number of Adam minibatch steps (as in the reference code)
rather than a solve to convergence, and c_hat is not perturbed to explore beyond the predictor's outputs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import torch
from torch import nn

from mlopt.errors import InputError
from mlopt.nn import mlp
from mlopt.solvers.linear import LinearSolver

DecisionLoss = Callable[[np.ndarray, np.ndarray, np.ndarray], np.ndarray]
SURROGATE_INPUTS: tuple[str, ...] = ("difference", "squared")


def normalized_regret_loss(sense: str) -> DecisionLoss:
    """``f(x_hat, c, x_opt) = s c.(x_hat - x_opt) / |c.x_opt|`` per row, ``s = +1`` for a minimizing
    solver and -1 for a maximizing one (so f >= 0, and 0 at the optimum)."""
    sign = 1.0 if sense == "min" else -1.0

    def f(x_hat: np.ndarray, costs: np.ndarray, x_opt: np.ndarray) -> np.ndarray:
        best = np.einsum("bn,bn->b", costs, x_opt)
        return sign * (np.einsum("bn,bn->b", costs, x_hat) - best) / np.maximum(np.abs(best), 1e-12)

    return f


@dataclass
class LancerHistory:
    """Per alternation (index 0 = before the first theta-step): the mean training decision loss of the
    predictor's decisions, the cumulative solver calls at that point (including the ``x_opt`` solves),
    and the surrogate's mean squared error on its buffer after the w-step."""

    decision_loss: list[float] = field(default_factory=list)
    solver_calls: list[int] = field(default_factory=list)
    surrogate_mse: list[float] = field(default_factory=list)


class Lancer:
    """Train ``predictor`` (features ``[B, p]`` -> costs ``[B, n]``) for ``solver`` by LANCER (module doc).

    ``decision_loss(x_hat, c, x_opt) -> [B]`` scores decisions (default :func:`normalized_regret_loss`);
    ``surrogate_steps`` / ``predictor_steps`` are the Adam minibatch steps of each w- / theta-step;
    ``replay=True`` keeps every past (c_hat, c, f) in the buffer (the reference's ``--use_buffer``),
    ``False`` keeps only the latest round; ``mse_weight`` adds the two-stage term to the theta-step (the
    reference's ``--z_regul``; 0, the paper's upper level, by default). ``solver_calls`` counts every cost
    vector sent to the solver.
    """

    def __init__(self, predictor: nn.Module, solver: LinearSolver, *, decision_loss: DecisionLoss | None = None,
                 surrogate_input: str = "difference", hidden: int = 128, layers: int = 2,
                 surrogate_lr: float = 1e-3, predictor_lr: float = 2e-3, surrogate_steps: int = 300,
                 predictor_steps: int = 20, batch_size: int = 64, mse_weight: float = 0.0,
                 weight_decay: float = 1e-4, replay: bool = True, seed: int = 0) -> None:
        if surrogate_input not in SURROGATE_INPUTS:
            raise InputError(f"unknown surrogate input {surrogate_input!r}", field="surrogate_input",
                             expected=" or ".join(SURROGATE_INPUTS))
        self.predictor, self.solver, self.surrogate_input = predictor, solver, surrogate_input
        self.decision_loss = decision_loss or normalized_regret_loss(solver.sense)
        self.surrogate_steps, self.predictor_steps = surrogate_steps, predictor_steps
        self.batch_size, self.mse_weight, self.replay = batch_size, mse_weight, replay
        self.generator = torch.Generator().manual_seed(seed)
        width = 2 * solver.num_vars if surrogate_input == "difference" else solver.num_vars
        self.surrogate = nn.Sequential(mlp([width, *[hidden] * layers, 1], dtype=torch.float64, generator=self.generator),
                                       nn.Softplus())
        self.surrogate_optimizer = torch.optim.Adam(self.surrogate.parameters(), lr=surrogate_lr, weight_decay=weight_decay)
        self.predictor_optimizer = torch.optim.Adam(self.predictor.parameters(), lr=predictor_lr)
        self.solver_calls = 0
        self._buffer: list[tuple[torch.Tensor, torch.Tensor, torch.Tensor]] = []

    def surrogate_loss(self, c_hat: torch.Tensor, costs: torch.Tensor) -> torch.Tensor:
        """``M_w(c_hat, c)`` per row, ``[B]``."""
        error = c_hat - costs
        inputs = torch.cat([error, costs], -1) if self.surrogate_input == "difference" else error.square()
        return self.surrogate(inputs).squeeze(-1)

    def _solve(self, costs: np.ndarray) -> np.ndarray:
        self.solver_calls += len(costs)
        return self.solver.solve(costs)

    def _steps(self, optimizer: torch.optim.Optimizer, size: int, steps: int,
               loss_fn: Callable[[torch.Tensor], torch.Tensor]) -> None:
        """``steps`` Adam steps on ``loss_fn(index)`` over shuffled minibatches of ``range(size)``."""
        done = 0
        while done < steps:
            for index in torch.randperm(size, generator=self.generator).split(self.batch_size):
                optimizer.zero_grad()
                loss_fn(index).backward()
                optimizer.step()
                done += 1
                if done == steps:
                    return

    def _fit_surrogate(self) -> float:
        """w-step on the buffer; returns the surrogate's mean squared error on it afterwards."""
        c_hat, costs, target = (torch.cat(parts) for parts in zip(*self._buffer))
        self._steps(self.surrogate_optimizer, len(target), self.surrogate_steps,
                    lambda i: (self.surrogate_loss(c_hat[i], costs[i]) - target[i]).square().mean())
        with torch.no_grad():
            return float((self.surrogate_loss(c_hat, costs) - target).square().mean())

    def _fit_predictor(self, features: torch.Tensor, costs: torch.Tensor) -> None:
        """theta-step: gradients reach the predictor through M_w only (w frozen, no solver)."""

        def loss(index: torch.Tensor) -> torch.Tensor:
            c_hat = self.predictor(features[index])
            value = self.surrogate_loss(c_hat, costs[index]).mean()
            return value + self.mse_weight * (c_hat - costs[index]).square().mean()

        self.surrogate.requires_grad_(False)
        self._steps(self.predictor_optimizer, len(features), self.predictor_steps, loss)
        self.surrogate.requires_grad_(True)

    def fit(self, features: torch.Tensor | np.ndarray, costs: torch.Tensor | np.ndarray, iterations: int = 10,
            x_opt: np.ndarray | None = None) -> LancerHistory:
        """Alternate ``iterations`` times (module doc) on ``features [N, p]`` and true ``costs [N, n]``;
        ``x_opt`` (the decisions under the true costs) is solved, and counted, when not given."""
        features = torch.as_tensor(features, dtype=torch.float64)
        costs_t = torch.as_tensor(costs, dtype=torch.float64)
        costs_np = costs_t.numpy()
        if x_opt is None:
            x_opt = self._solve(costs_np)
        history = LancerHistory()
        for step in range(iterations + 1):
            with torch.no_grad():
                c_hat = self.predictor(features)
            losses = self.decision_loss(self._solve(c_hat.numpy()), costs_np, x_opt)
            history.decision_loss.append(float(np.mean(losses)))
            history.solver_calls.append(self.solver_calls)
            if step == iterations:
                break
            sample = (c_hat, costs_t, torch.as_tensor(losses, dtype=torch.float64))
            self._buffer = [*self._buffer, sample] if self.replay else [sample]
            history.surrogate_mse.append(self._fit_surrogate())
            self._fit_predictor(features, costs_t)
        return history
