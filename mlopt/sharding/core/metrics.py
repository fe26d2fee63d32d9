"""Accuracy measures of plan-cost predictions: mean absolute error and ranking accuracy.

Ranking accuracy is the share of plan pairs *of the same task* whose predicted costs order them as the
true costs do (pairs with equal true cost are skipped): what a search that compares plans by the cost
model, as DreamShard's policy and NeuroShard's searches do, depends on.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch


def mean_absolute_error(pred: torch.Tensor, true: torch.Tensor) -> float:
    """Mean |pred - true| over all elements."""
    return float((pred - true).abs().mean())


def ranking_accuracy(pred: torch.Tensor, true: torch.Tensor, group: torch.Tensor) -> float:
    """Share of same-``group`` pairs (i < j, true_i != true_j) ordered alike by ``pred`` and ``true``;
    nan when there is no such pair."""
    same = group[:, None] == group[None, :]
    upper = torch.triu(torch.ones_like(same), diagonal=1)
    true_diff = true[:, None] - true[None, :]
    pairs = same & upper & (true_diff != 0)
    if not bool(pairs.any()):
        return float("nan")
    agree = torch.sign(pred[:, None] - pred[None, :]) == torch.sign(true_diff)
    return float(agree[pairs].float().mean())


@dataclass(frozen=True)
class CostModelMetrics:
    """Held-out accuracy: MAE (ms) of the plan cost and of each device component, ranking accuracy."""

    plan_mae_ms: float
    component_mae_ms: tuple[float, ...]
    ranking_accuracy: float
    num_samples: int

    def as_dict(self) -> dict[str, object]:
        return {"plan_mae_ms": self.plan_mae_ms, "component_mae_ms": list(self.component_mae_ms),
                "ranking_accuracy": self.ranking_accuracy, "num_samples": self.num_samples}
