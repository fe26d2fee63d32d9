"""Accuracy measures of plan-cost predictions: mean absolute error and ranking accuracy.

Ranking accuracy is the share of plan pairs *of the same task* whose predicted costs order them as the
true costs do (pairs with equal true cost are skipped): what a search that compares plans by the cost
model, as DreamShard's policy and NeuroShard's searches do, depends on.
"""

from __future__ import annotations

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
