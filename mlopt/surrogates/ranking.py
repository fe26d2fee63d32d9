"""Learning-to-rank losses over a solution pool (Mandi, Bucarey, Tchomba & Guns, "Decision-Focused
Learning: Through the Lens of Learning to Rank", ICML 2022).

Decision-focused learning only needs the predicted costs to *rank* feasible solutions as the true costs
do. Over the pool S (:mod:`mlopt.surrogates.pool`, refreshed from the predictions with probability
``solve_ratio`` per call), with true objectives ``f_x = c.x`` and predicted ``f_hat_x = c_hat.x`` of each
``x in S``, written for a minimizing solver (a maximizing one is handled on ``-c``, ``-c_hat``):

- :class:`PointwiseRankLoss` (sec. 3.1, pointwise regression of the scores):
  ``l = 1/|S| sum_x (f_hat_x - f_x)^2``;
- :class:`PairwiseRankLoss` (sec. 3.2, pairwise hinge between the pool's best solution under c,
  ``x_b = argmin_{x in S} c.x``, and every other member):
  ``l = 1/(|S| - 1) sum_{x != x_b} max(0, margin + f_hat_{x_b} - f_hat_x)``;
- :class:`ListwiseRankLoss` (sec. 3.3, ListNet top-one probabilities at temperature tau):
  ``l = -sum_x softmax(-f / tau)_x log softmax(-f_hat / tau)_x``.

Each is a torch expression of ``c_hat @ S^T``; autograd gives the gradient, no solver call in backward.
"""

from __future__ import annotations

import numpy as np
import torch

from mlopt.errors import InputError
from mlopt.solvers.linear import LinearSolver
from mlopt.surrogates.pool import PoolLoss, SolutionPool


class PointwiseRankLoss(PoolLoss):
    """Pointwise ranking ``loss(c_hat [B, n], c_true [B, n])``: squared error of pool objectives (module doc)."""

    def forward(self, c_hat: torch.Tensor, c_true: torch.Tensor) -> torch.Tensor:
        pool = self.pool_solutions(c_hat)
        return ((c_hat - c_true) @ pool.T).square().mean(-1).mean()


class PairwiseRankLoss(PoolLoss):
    """Pairwise ranking ``loss(c_hat [B, n], c_true [B, n])``: hinge of the best against the rest (module doc)."""

    def __init__(self, solver: LinearSolver, *, margin: float = 0.0, pool: SolutionPool | np.ndarray | None = None,
                 solve_ratio: float = 1.0, seed: int | np.random.Generator = 0) -> None:
        super().__init__(solver, pool=pool, solve_ratio=solve_ratio, seed=seed)
        if margin < 0:
            raise InputError(f"margin {margin}", field="margin", expected=">= 0")
        self.margin = margin

    def forward(self, c_hat: torch.Tensor, c_true: torch.Tensor) -> torch.Tensor:
        pool = self.pool_solutions(c_hat)
        predicted, true = self.sign * (c_hat @ pool.T), self.sign * (c_true @ pool.T)  # [B, K]
        best = true.argmin(-1, keepdim=True)
        hinge = torch.relu(self.margin + predicted.gather(-1, best) - predicted)
        others = torch.ones_like(hinge).scatter(-1, best, 0.0)  # the best against itself does not count
        return ((hinge * others).sum(-1) / max(pool.shape[0] - 1, 1)).mean()


class ListwiseRankLoss(PoolLoss):
    """Listwise ranking ``loss(c_hat [B, n], c_true [B, n])``: cross-entropy of top-one probabilities (module doc)."""

    def __init__(self, solver: LinearSolver, *, temperature: float = 1.0,
                 pool: SolutionPool | np.ndarray | None = None, solve_ratio: float = 1.0,
                 seed: int | np.random.Generator = 0) -> None:
        super().__init__(solver, pool=pool, solve_ratio=solve_ratio, seed=seed)
        if temperature <= 0:
            raise InputError(f"temperature {temperature}", field="temperature", expected="> 0")
        self.temperature = temperature

    def forward(self, c_hat: torch.Tensor, c_true: torch.Tensor) -> torch.Tensor:
        pool = self.pool_solutions(c_hat)
        scale = -self.sign / self.temperature
        target = torch.softmax(scale * (c_true @ pool.T), -1)
        return -(target * torch.log_softmax(scale * (c_hat @ pool.T), -1)).sum(-1).mean()
