"""Multidimensional 0-1 knapsack instances after Chu & Beasley (1998), "A genetic algorithm for the
multidimensional knapsack problem", J. Heuristics 4: the generator of OR-Library's ``mknapcb`` sets.

``items`` items, ``dims`` capacity rows. Weights w_ij are integers uniform in 0..1000. Capacities are
b_i = ``tightness`` * sum_j w_ij (0.25, 0.5 and 0.75 in the paper; floored to integers here). Profits are
correlated with the weights: p_j = sum_i w_ij / ``dims`` + 500 u_j, u_j ~ U(0, 1), rounded to integers.
Model: max p.x s.t. w_i.x <= b_i for every row i, x binary.

The project keeps this family out of every shipped selector's training, so the LNS benchmark has a family
that no learned model has seen (issue 19, item 3).
"""

from __future__ import annotations

import numpy as np

from mlopt.datasets.ilp.graphs import Seed
from mlopt.datasets.ilp.problem import INF, IlpData, build_rows


def multidimensional_knapsack(items: int, dims: int, seed: Seed, tightness: float = 0.5) -> IlpData:
    """A Chu & Beasley multidimensional knapsack: ``items`` binary variables, ``dims`` capacity rows."""
    if items < 2 or dims < 1 or not 0 < tightness < 1:
        raise ValueError(f"need items >= 2, dims >= 1, 0 < tightness < 1; got {items}, {dims}, {tightness}")
    rng = np.random.default_rng(seed)
    weights = rng.integers(0, 1001, size=(dims, items)).astype(np.float64)
    capacity = np.floor(tightness * weights.sum(axis=1))
    profit = np.round(weights.sum(axis=0) / dims + 500.0 * rng.random(items))
    rows = [(np.flatnonzero(w), w[w != 0], -INF, float(b)) for w, b in zip(weights, capacity)]
    indptr, indices, values, lhs, rhs = build_rows(rows)
    return IlpData(
        name=f"mknap_n{items}_m{dims}", sense="maximize", obj=profit,
        lb=np.zeros(items), ub=np.ones(items), vtype=("B",) * items,
        indptr=indptr, indices=indices, values=values, lhs=lhs, rhs=rhs,
    )
