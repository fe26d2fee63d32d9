"""Set cover instances after Balas & Ho (1980), as described by Gasse et al. (NeurIPS 2019).

``rows`` elements, ``cols`` sets, a fraction ``density`` of the incidence matrix nonzero; each column
covers at least two rows and each row is covered by at least one column; integer costs uniform in
1..``max_cost``. Model: min c.x s.t. sum_{j covers i} x_j >= 1 for every row i, x binary.

Construction (written from that description): each column first draws two distinct rows; every row
still uncovered then draws one column; the remaining nonzeros (up to ``round(rows * cols * density)``)
are spread uniformly over the incidence pairs not yet used.
"""

from __future__ import annotations

import numpy as np

from mlopt.datasets.ilp.graphs import Seed
from mlopt.datasets.ilp.problem import INF, IlpData, build_rows


def set_cover(rows: int, cols: int, density: float, seed: Seed, max_cost: int = 100) -> IlpData:
    """A Balas & Ho set cover: ``cols`` binary variables, ``rows`` covering constraints."""
    if rows < 2 or cols < 1 or not 0 < density <= 1:
        raise ValueError(f"need rows >= 2, cols >= 1, 0 < density <= 1; got {rows}, {cols}, {density}")
    rng = np.random.default_rng(seed)
    col_of = np.repeat(np.arange(cols), 2)
    row_of = np.concatenate([rng.choice(rows, size=2, replace=False) for _ in range(cols)])
    uncovered = np.setdiff1d(np.arange(rows), row_of)
    col_of = np.concatenate([col_of, rng.integers(0, cols, size=len(uncovered))])
    row_of = np.concatenate([row_of, uncovered])
    codes = np.unique(row_of * cols + col_of)
    target = max(len(codes), int(round(rows * cols * density)))
    while len(codes) < target:
        fresh = np.setdiff1d(rng.integers(0, rows * cols, size=2 * (target - len(codes)) + 16), codes)
        codes = np.union1d(codes, rng.permutation(fresh)[: target - len(codes)])
    row_of, col_of = codes // cols, codes % cols  # sorted by row, then column
    bounds = np.searchsorted(row_of, np.arange(rows + 1))
    cover_rows = [(col_of[bounds[i]:bounds[i + 1]], np.ones(bounds[i + 1] - bounds[i]), 1.0, INF)
                  for i in range(rows)]
    indptr, indices, values, lhs, rhs = build_rows(cover_rows)
    return IlpData(
        name=f"setcover_r{rows}_c{cols}", sense="minimize",
        obj=rng.integers(1, max_cost + 1, size=cols).astype(np.float64),
        lb=np.zeros(cols), ub=np.ones(cols), vtype=("B",) * cols,
        indptr=indptr, indices=indices, values=values, lhs=lhs, rhs=rhs,
    )
