"""Capacitated facility location after Cornuejols, Sridharan & Thizy (1991), as in Gasse et al. (2019).

Customers and facilities lie uniformly in the unit square; demands d_j ~ U[5, 35]; capacities
s_i ~ U[10, 160]; fixed costs f_i = U[100, 110] * sqrt(s_i) + U[0, 90] (integer-valued draws);
capacities are then scaled so that sum s = ``ratio`` * sum d; transport costs
c_ij = 10 * distance(i, j) * d_j.

Model: min sum f_i y_i + sum c_ij x_ij s.t. sum_i x_ij = 1 (each customer served),
sum_j d_j x_ij <= s_i y_i (capacity), sum_i s_i y_i >= sum_j d_j (total capacity), x_ij <= y_i
(tightening); y binary, x continuous in [0, 1]. Variables: y_0..y_{F-1} then x_{i,j} row-major.
"""

from __future__ import annotations

import numpy as np

from mlopt.datasets.ilp.graphs import Seed
from mlopt.datasets.ilp.problem import INF, IlpData, build_rows


def facility_location(customers: int, facilities: int, seed: Seed, ratio: float = 5.0) -> IlpData:
    """``facilities`` binary opening variables + ``facilities * customers`` continuous assignments."""
    rng = np.random.default_rng(seed)
    cx, cy = rng.random(customers), rng.random(customers)
    fx, fy = rng.random(facilities), rng.random(facilities)
    demand = rng.integers(5, 36, size=customers).astype(np.float64)
    capacity = rng.integers(10, 161, size=facilities).astype(np.float64)
    fixed = rng.integers(100, 111, size=facilities) * np.sqrt(capacity) + rng.integers(0, 91, size=facilities)
    capacity = capacity * ratio * demand.sum() / capacity.sum()
    distance = np.sqrt((fx[:, None] - cx[None, :]) ** 2 + (fy[:, None] - cy[None, :]) ** 2)
    transport = 10.0 * distance * demand[None, :]

    F, C = facilities, customers
    x = F + np.arange(F * C).reshape(F, C)  # variable index of x_ij
    rows = [(x[:, j], np.ones(F), 1.0, 1.0) for j in range(C)]
    rows += [(np.concatenate([x[i], [i]]), np.concatenate([demand, [-capacity[i]]]), -INF, 0.0) for i in range(F)]
    rows.append((np.arange(F), capacity, demand.sum(), INF))
    rows += [((i, x[i, j]), (-1.0, 1.0), -INF, 0.0) for i in range(F) for j in range(C)]
    indptr, indices, values, lhs, rhs = build_rows(rows)
    n = F + F * C
    return IlpData(
        name=f"cfl_c{C}_f{F}", sense="minimize",
        obj=np.concatenate([fixed, transport.ravel()]), lb=np.zeros(n), ub=np.ones(n),
        vtype=("B",) * F + ("C",) * (F * C),
        indptr=indptr, indices=indices, values=values, lhs=lhs, rhs=rhs,
    )
