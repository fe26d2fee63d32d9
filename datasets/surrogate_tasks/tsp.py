"""Predict-then-optimize symmetric travelling salesperson problem, in PyEPO's setting (Tang & Khalil,
PyEPO 2.2.7, ``pyepo.data.tsp.genData``).

The decision is a tour over ``m`` nodes as a 0/1 vector over the ``m (m - 1) / 2`` undirected edges
``(i, j)``, ``i < j``, in lexicographic order (:func:`tsp_edges`; PyEPO's ``itertools.combinations``
order and scipy's condensed-distance order). Edge costs are unknown at decision time and predicted from
features ``y [p]``. PyEPO's documented generation: node coordinates, the first ``m // 2`` uniform in
``[-2, 2]^2`` and the rest standard normal; a matrix ``B [E, p]`` = Bernoulli(0.5) times U(-2, 2); then

    c_e = dist_e + ((B y)_e / sqrt(p) + 3)^deg / 3^(deg - 1) * eps_e,    eps ~ U(1 - noise, 1 + noise),

rounded to 4 decimals and stored as float32, so a linear predictor is misspecified when ``deg > 1``.
:func:`make_pyepo_tsp` reproduces PyEPO's data draw for draw. The solvers over this edge order are in
``mlopt.solvers.linear.tsp``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from mlopt.errors import InputError


@dataclass(frozen=True)
class TspData:
    """``features [N, p]``, true edge ``costs [N, E]`` and the node ``coords [m, 2]`` behind the distances."""

    features: np.ndarray
    costs: np.ndarray
    coords: np.ndarray

    @property
    def num_nodes(self) -> int:
        return int(self.coords.shape[0])

    def split(self, count: int) -> tuple[TspData, TspData]:
        """The first ``count`` instances and the rest (same nodes)."""
        return (TspData(self.features[:count], self.costs[:count], self.coords),
                TspData(self.features[count:], self.costs[count:], self.coords))


def tsp_edges(num_nodes: int) -> np.ndarray:
    """``[E, 2]`` undirected edges ``(i, j)``, ``i < j``, in lexicographic order (``E = m (m - 1) / 2``)."""
    if num_nodes < 3:
        raise InputError(f"a tour needs 3 or more nodes, got {num_nodes}", field="num_nodes", expected=">= 3")
    i, j = np.triu_indices(num_nodes, k=1)
    return np.stack([i, j], axis=1).astype(np.int64)


def make_pyepo_tsp(
    num_data: int,
    num_features: int,
    num_nodes: int,
    deg: int = 1,
    noise_width: float = 0.0,
    seed: int = 135,
) -> TspData:
    """PyEPO's TSP data, draw for draw: the arguments and defaults of ``pyepo.data.tsp.genData``.

    PyEPO draws from ``np.random.RandomState(seed)``, in this order: uniform coordinates ``[m // 2, 2]``,
    normal coordinates ``[m - m // 2, 2]``, the Bernoulli part of B ``[E, p]``, its uniform part, features
    ``N(0, 1)`` ``[num_data, p]``, noise ``[num_data, E]``; so this takes an int seed (as
    ``make_pyepo_knapsack``, the exception to the project's ``Generator`` seeds: the legacy stream is what
    makes the data identical). Costs are PyEPO's float32 values, returned as float64.
    """
    if min(num_data, num_features, deg) < 1 or noise_width < 0:
        raise InputError("num_data, num_features and deg must be >= 1, noise_width >= 0",
                         field="num_data/num_features/deg/noise_width")
    edges = tsp_edges(num_nodes)
    rng = np.random.RandomState(seed)
    coords = np.concatenate((rng.uniform(-2, 2, (num_nodes // 2, 2)), rng.normal(0, 1, (num_nodes - num_nodes // 2, 2))))
    distances = np.sqrt(((coords[edges[:, 0]] - coords[edges[:, 1]]) ** 2).sum(axis=1))
    basis = rng.binomial(1, 0.5, (len(edges), num_features)) * rng.uniform(-2, 2, (len(edges), num_features))
    features = rng.normal(0, 1, (num_data, num_features))
    feature_costs = (features @ basis.T / np.sqrt(num_features) + 3) ** deg / 3 ** (deg - 1)
    noise = rng.uniform(1 - noise_width, 1 + noise_width, (num_data, len(edges)))
    costs = np.around(distances + feature_costs * noise, decimals=4).astype(np.float32).astype(np.float64)
    return TspData(features, costs, coords)
