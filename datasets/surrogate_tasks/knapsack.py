"""Predict-then-optimize multidimensional knapsack (LANCER's DFL task, Zharmagambetov et al. NeurIPS 2023,
in the setting of PyEPO, Tang & Khalil 2022).

Each instance has item values ``c [n]`` that are unknown at decision time and must be predicted from
features ``y [p]``; the decision is ``x*(c) = argmax_x c.x s.t. W x <= b, x in {0,1}^n`` with item
weights ``W [m, n]`` and capacities ``b [m]`` shared by all instances. The decision quality of a
prediction is the regret (:mod:`mlopt.datasets.surrogate_tasks.regret`).

Values follow PyEPO 2.2.7's knapsack generator (``pyepo.data.knapsack.genData``): with ``y ~ N(0, I_p)``,
a Bernoulli(0.5) matrix ``B [n, p]`` and multiplicative noise ``eps ~ U(1 - noise, 1 + noise)``,

    c_j = ceil( 5 / 3.5^deg * [((B y)_j / sqrt(p) + 3)^deg + 1] * eps_j ),

integers >= 1, so a linear predictor is misspecified when ``deg > 1`` (:func:`polynomial_costs` is the
bracket over ``3.5^deg``, also PyEPO's shortest-path costs before the noise). :func:`make_pyepo_knapsack`
reproduces PyEPO's data exactly (its random stream, its weights ``U{300..799} / 100``);
:func:`make_multi_knapsack` draws the same kind of values from a ``numpy.random.Generator`` with integer
weights ``U{1..max_weight}`` and capacities at ``capacity_ratio`` of the row sums (LANCER's setting; LANCER
itself maps costs to features by a random network and uses real-valued weights).
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


def polynomial_bracket(features: np.ndarray, basis: np.ndarray, deg: int) -> np.ndarray:
    """``((y B^T) / sqrt(p) + 3)^deg + 1`` for features ``[N, p]`` and ``basis`` B ``[n, p]`` -> ``[N, n]``."""
    return ((features @ basis.T) / np.sqrt(features.shape[1]) + 3.0) ** deg + 1.0


def polynomial_costs(features: np.ndarray, basis: np.ndarray, deg: int) -> np.ndarray:
    """PyEPO's noise-free costs ``[((y B^T)/sqrt(p) + 3)^deg + 1] / 3.5^deg`` (its shortest-path map)."""
    return polynomial_bracket(features, basis, deg) / 3.5**deg


def knapsack_values(features: np.ndarray, basis: np.ndarray, deg: int, noise_factors: np.ndarray) -> np.ndarray:
    """PyEPO's item values ``ceil(5 / 3.5^deg * bracket * eps)`` (module doc) for noise factors ``eps [N, n]``,
    in PyEPO's order of float operations (times 5, over 3.5^deg, times eps), so the rounding up agrees."""
    return np.ceil(polynomial_bracket(features, basis, deg) * 5.0 / 3.5**deg * noise_factors)


def make_pyepo_knapsack(
    num_data: int,
    num_features: int,
    num_items: int,
    dim: int = 1,
    deg: int = 1,
    noise_width: float = 0.0,
    seed: int = 135,
    *,
    capacity: float | np.ndarray = 20.0,
) -> MultiKnapsackData:
    """PyEPO's knapsack data, draw for draw: the arguments and defaults of ``pyepo.data.knapsack.genData``.

    PyEPO draws from ``np.random.RandomState(seed)``, in this order: weights ``U{300..799} / 100`` ``[dim,
    num_items]``, B ``[num_items, num_features]``, features ``N(0, 1)`` ``[num_data, num_features]``, noise
    ``U(1 - noise_width, 1 + noise_width)`` ``[num_data, num_items]``; so this takes an int seed (the one
    exception to the project's ``Generator`` seeds: the legacy stream is what makes the data identical).
    PyEPO leaves the capacities to its model; ``capacity`` (one per row, or one for all) is in PyEPO's
    units. Weights and capacities are stored in hundredths (PyEPO's weights are multiples of 1/100), so
    they are integers, the feasible set is the same, and the integer solvers (CP-SAT, the knapsack DP) apply.
    """
    if min(num_data, num_features, num_items, dim, deg) < 1 or noise_width < 0:
        raise InputError("knapsack sizes and deg must be >= 1, noise_width >= 0",
                         field="num_data/num_features/num_items/dim/deg/noise_width")
    rng = np.random.RandomState(seed)
    weights = rng.choice(range(300, 800), size=(dim, num_items))  # PyEPO divides these by 100
    basis = rng.binomial(1, 0.5, (num_items, num_features))
    features = rng.normal(0, 1, (num_data, num_features))
    noise = rng.uniform(1 - noise_width, 1 + noise_width, (num_data, num_items))
    capacities = np.broadcast_to(np.round(np.asarray(capacity, dtype=np.float64) * 100), (dim,)).astype(np.int64)
    return MultiKnapsackData(features, knapsack_values(features, basis, deg, noise), weights.astype(np.int64),
                             capacities)


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
    """Seeded data set: PyEPO's values (module doc), weights ``U{1..max_weight}``, capacities
    ``floor(capacity_ratio * row sums)``."""
    if num_instances < 1 or num_items < 1 or num_dims < 1 or num_features < 1 or deg < 1:
        raise InputError("knapsack sizes must be >= 1", field="num_instances/num_items/num_dims/num_features/deg")
    if not 0.0 < capacity_ratio < 1.0 or not 0.0 <= noise < 1.0:
        raise InputError(f"capacity_ratio {capacity_ratio}, noise {noise}", field="capacity_ratio/noise",
                         expected="0 < capacity_ratio < 1 and 0 <= noise < 1")
    rng = np.random.default_rng(seed)
    weights = rng.integers(1, max_weight + 1, (num_dims, num_items))
    capacities = np.floor(capacity_ratio * weights.sum(1)).astype(np.int64)
    features = rng.standard_normal((num_instances, num_features))
    basis = rng.binomial(1, 0.5, (num_items, num_features))
    values = knapsack_values(features, basis, deg, rng.uniform(1.0 - noise, 1.0 + noise, (num_instances, num_items)))
    return MultiKnapsackData(features, values, weights, capacities)
