"""How well a predictor prices held-out *measured* plan costs (issue 18, item 4: "cost models that learn
what the formula misses").

The same (task, plan) samples are collected twice with :func:`mlopt.sharding.core.cost_data.collect_cost_data`
(same pool, seed and sampling config, hence the same tasks and plans): once priced by the measured oracle
(the truth) and once by the analytical one (the formula's prediction). A learned cost net (DreamShard,
NeurIPS 2022, Sec. 3.2; NeuroShard, MLSys 2023, Sec. 3.1) predicts the same plans from their features.
Every predictor is scored by plan-cost MAE (ms), relative MAE (mean |pred - true| / true) and the ranking
accuracy of :mod:`mlopt.sharding.core.metrics` (same-task plan pairs ordered as the measurements order them).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from typing import Callable, Sequence

import torch

from mlopt.datasets.embedding_tables import ShardingPlan, ShardingTask
from mlopt.envs.oracles.base import CostOracle
from mlopt.errors import InputError
from mlopt.sharding.core.cost_data import CostDataset
from mlopt.sharding.core.metrics import mean_absolute_error, ranking_accuracy


@dataclass(frozen=True)
class PredictionMetrics:
    """Plan-cost MAE (ms), relative MAE and ranking accuracy of one predictor on held-out samples."""

    mae_ms: float
    relative_mae: float
    ranking_accuracy: float
    num_samples: int


def prediction_metrics(pred: torch.Tensor, true: torch.Tensor, groups: torch.Tensor) -> PredictionMetrics:
    """Metrics of plan-cost predictions ``pred`` against ``true`` [N]; ``groups`` [N] are the samples' tasks."""
    return PredictionMetrics(mae_ms=mean_absolute_error(pred, true),
                             relative_mae=float(((pred - true).abs() / true.clamp_min(1e-9)).mean()),
                             ranking_accuracy=ranking_accuracy(pred, true, groups), num_samples=int(true.numel()))


def check_same_samples(a: CostDataset, b: CostDataset) -> None:
    """InputError unless ``a`` and ``b`` hold the same tasks and plans (differing only in their costs)."""
    for key in ("raw_features", "table_ptr", "device_ptr", "assignment", "task_id"):
        if not torch.equal(a.tensors[key], b.tensors[key]):
            raise InputError(f"the datasets differ in {key!r}", field=key,
                             expected="the same pool, seed and sampling config (only the oracle differs)")


def plan_costs_of(data: CostDataset, indices: Sequence[int]) -> torch.Tensor:
    """[len(indices)] the oracle plan costs (ms) stored for the samples ``indices``."""
    return data.batch(list(indices)).plan_costs()


def task_groups(data: CostDataset, indices: Sequence[int]) -> torch.Tensor:
    """[len(indices)] the task of each sample (the ranking accuracy's groups)."""
    return data.tensors["task_id"][torch.as_tensor(list(indices), dtype=torch.long)]


def fitted_scale(pred: torch.Tensor, true: torch.Tensor) -> float:
    """The factor s minimizing sum (s pred - true)^2 (a one-number calibration of a predictor whose units
    are another machine's, fitted on training samples only)."""
    return float((pred * true).sum() / (pred * pred).sum().clamp_min(1e-12))


@dataclass(frozen=True)
class Spread:
    """Repeated measurements of plans: the median relative spread (max - min) / median over the plans and
    the largest."""

    median_relative: float
    max_relative: float
    repeats: int
    plans: int


def measurement_spread(make: Callable[[int], CostOracle], cases: Sequence[tuple[ShardingTask, ShardingPlan]],
                       repeats: int) -> Spread:
    """Prices every (task, plan) of ``cases`` with ``repeats`` fresh oracles ``make(seed)`` (no shared cache,
    so every price is a new measurement) and summarizes how far the plan costs spread."""
    if repeats < 2 or not cases:
        raise InputError(f"{repeats} repeats of {len(cases)} plans", field="repeats",
                         expected="at least 2 repeats of at least one plan")
    oracles = [make(seed) for seed in range(repeats)]
    spreads = []
    for task, plan in cases:
        costs = [oracle.cost(task, plan).total_ms for oracle in oracles]
        spreads.append((max(costs) - min(costs)) / statistics.median(costs))
    return Spread(statistics.median(spreads), max(spreads), repeats, len(cases))
