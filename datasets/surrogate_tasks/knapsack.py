"""Predict-then-optimize multidimensional knapsack (LANCER's DFL task, Zharmagambetov et al. NeurIPS 2023,
in the setting of PyEPO, Tang & Khalil 2022).

Each instance has item values ``c [n]`` that are unknown at decision time and must be predicted from
features ``y [p]``; the decision is ``x*(c) = argmax_x c.x s.t. W x <= b, x in {0,1}^n`` with item
weights ``W [m, n]`` and capacities ``b [m]`` shared by all instances. The decision quality of a
prediction is the normalized regret ``(c.x*(c) - c.x*(c_hat)) / c.x*(c)`` (LANCER's and PyEPO's metric).

Values follow PyEPO's polynomial generator, ``c_j = ((B y / sqrt(p))_j + 3)^deg / 3.5^deg + 1``,
times multiplicative noise ``U(1 - noise, 1 + noise)``, with ``y ~ N(0, I)`` and ``B`` a Bernoulli(0.5)
matrix, so a linear predictor is misspecified when ``deg > 1``. Simplification: LANCER maps costs to
features by a random neural network and uses real-valued weights; weights here are integers (CP-SAT
and the DP solvers need them).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from mlopt.errors import InputError


@dataclass(frozen=True)
class MultiKnapsackData:
    """``features [N, p]``, true ``values [N, n]``, shared integer ``weights [m, n]`` and ``capacities [m]``."""

    features: np.ndarray
    values: np.ndarray
    weights: np.ndarray
    capacities: np.ndarray

    @property
    def num_items(self) -> int:
        return int(self.values.shape[1])

    def split(self, count: int) -> tuple[MultiKnapsackData, MultiKnapsackData]:
        """The first ``count`` instances and the rest (same weights and capacities)."""
        first = MultiKnapsackData(self.features[:count], self.values[:count], self.weights, self.capacities)
        rest = MultiKnapsackData(self.features[count:], self.values[count:], self.weights, self.capacities)
        return first, rest


def polynomial_costs(features: np.ndarray, num_outputs: int, deg: int, noise: float,
                     rng: np.random.Generator) -> np.ndarray:
    """PyEPO's map from features ``[N, p]`` to positive costs ``[N, num_outputs]`` (module doc)."""
    p = features.shape[1]
    basis = rng.binomial(1, 0.5, (num_outputs, p))
    clean = ((features @ basis.T) / np.sqrt(p) + 3.0) ** deg / 3.5**deg + 1.0
    return clean * rng.uniform(1.0 - noise, 1.0 + noise, clean.shape)


def make_multi_knapsack(
    num_instances: int = 400,
    num_items: int = 30,
    num_dims: int = 3,
    num_features: int = 5,
    *,
    deg: int = 4,
    noise: float = 0.5,
    capacity_ratio: float = 0.3,
    max_weight: int = 10,
    seed: int | np.random.Generator = 0,
) -> MultiKnapsackData:
    """Seeded data set: weights ``U{1..max_weight}``, capacities ``floor(capacity_ratio * row sums)``."""
    if num_instances < 1 or num_items < 1 or num_dims < 1 or num_features < 1 or deg < 1:
        raise InputError("knapsack sizes must be >= 1", field="num_instances/num_items/num_dims/num_features/deg")
    if not 0.0 < capacity_ratio < 1.0 or not 0.0 <= noise < 1.0:
        raise InputError(f"capacity_ratio {capacity_ratio}, noise {noise}", field="capacity_ratio/noise",
                         expected="0 < capacity_ratio < 1 and 0 <= noise < 1")
    rng = np.random.default_rng(seed)
    weights = rng.integers(1, max_weight + 1, (num_dims, num_items))
    capacities = np.floor(capacity_ratio * weights.sum(1)).astype(np.int64)
    features = rng.standard_normal((num_instances, num_features))
    values = polynomial_costs(features, num_items, deg, noise, rng)
    return MultiKnapsackData(features, values, weights, capacities)


def normalized_regret(values: np.ndarray, x_hat: np.ndarray, x_opt: np.ndarray) -> np.ndarray:
    """``(c.x_opt - c.x_hat) / |c.x_opt|`` per instance for a maximization with true ``values`` c."""
    best = np.einsum("bn,bn->b", values, x_opt)
    return (best - np.einsum("bn,bn->b", values, x_hat)) / np.maximum(np.abs(best), 1e-12)
