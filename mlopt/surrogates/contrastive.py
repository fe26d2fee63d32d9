"""Contrastive losses over a solution pool (Mulamba, Mandi, Diligenti, Lombardi, Bustince & Guns,
"Contrastive Losses and Solution Caching for Predict-and-Optimize", IJCAI 2021).

The paper reads ``p(x | c_hat) ~ exp(-c_hat.x)`` as a distribution over the feasible set and trains the
predictor to make the true optimum ``x* = x*(c)`` more likely than the other members of the solution pool S
(:mod:`mlopt.surrogates.pool`, refreshed from the predictions with probability ``solve_ratio`` per call).
For a minimizing solver (a maximizing one is handled on ``-c``):

- :class:`NCELoss`, noise-contrastive estimation (sec. 3.1, eq. 6 in log form with the pool as the noise
  samples): ``l(c_hat) = 1/|S| sum_{x in S} (c_hat.x* - c_hat.x)``, gradient ``x* - mean_{x in S} x``;
- :class:`CMAPLoss`, contrastive MAP (sec. 3.2, eq. 8: only the pool's MAP solution is contrasted):
  ``l(c_hat) = c_hat.x* - min_{x in S} c_hat.x >= 0``, gradient ``x* - x_S(c_hat)``.

Both are linear in c_hat, so neither needs a solver call in the backward pass.
"""

from __future__ import annotations

import torch

from mlopt.surrogates.pool import PoolLoss


class NCELoss(PoolLoss):
    """Noise-contrastive estimation ``loss(c_hat [B, n], x_true [B, n])`` against the pool (module doc)."""

    def forward(self, c_hat: torch.Tensor, x_true: torch.Tensor) -> torch.Tensor:
        pool = self.pool_solutions(c_hat)
        margins = self.sign * ((c_hat * x_true).sum(-1, keepdim=True) - c_hat @ pool.T)  # [B, K]
        return margins.mean(-1).mean()


class CMAPLoss(PoolLoss):
    """Contrastive MAP ``loss(c_hat [B, n], x_true [B, n])``: the margin to the pool's best (module doc)."""

    def forward(self, c_hat: torch.Tensor, x_true: torch.Tensor) -> torch.Tensor:
        pool = self.pool_solutions(c_hat)
        margins = self.sign * ((c_hat * x_true).sum(-1, keepdim=True) - c_hat @ pool.T)
        return margins.max(-1).values.mean()
