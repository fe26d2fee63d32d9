"""Row-access skew of embedding tables: Zipf popularity and DreamShard's 17 access-frequency bins.

Row popularity follows a Zipf law, p(i) proportional to i^-alpha over the table's rows (the model used
for DLRM traces in the literature; alpha around 1 for the public Meta tables). DreamShard (Zha et al.,
NeurIPS 2022, Sec. 4 and App. B) describes a table's locality by 17 bins: the share of *unique accessed
rows* whose access count falls in (0,1], (1,2], (2,4], ..., (16384,32768], 32768+.

Both descriptions are kept interchangeable: :func:`bins_from_zipf` computes the bins a Zipf table yields
over ``num_accesses`` lookups, and :func:`alpha_from_bins` inverts it by a 1-D fit, so an oracle can
take whichever a CSV provides (:func:`table_alpha`).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from mlopt.datasets.embedding_tables import DEFAULT_ACCESS_ALPHA, NUM_BINS, EmbeddingTable

# Upper edges of the count bins: (0,1], (1,2], (2,4], ... (16384, 32768], then 32768+.
BIN_EDGES = np.array([2.0**k for k in range(NUM_BINS - 1)])
REFERENCE_ACCESSES = 65_536 * 10  # lookups over which shipped bins are counted (10 batches of 65,536)


def _generalized_harmonic(n: np.ndarray | float, alpha: np.ndarray | float) -> np.ndarray:
    """H(n, alpha) = sum_{i<=n} i^-alpha by Euler-Maclaurin (exact to < 1e-3 relative for n >= 1); ``n`` and
    ``alpha`` broadcast against each other."""
    n = np.maximum(np.asarray(n, dtype=np.float64), 1.0)
    alpha = np.asarray(alpha, dtype=np.float64)
    near_one = np.abs(alpha - 1.0) < 1e-9
    with np.errstate(divide="ignore", invalid="ignore"):
        integral = np.where(near_one, np.log(n), (n ** (1.0 - alpha) - 1.0) / (1.0 - alpha))
    return 1.0 + integral - 0.5 * (1.0 - n**-alpha)


def hot_access_share(alpha: np.ndarray | float, num_rows: np.ndarray | float,
                     hot_rows: float | np.ndarray) -> np.ndarray:
    """Share of accesses that fall on the ``hot_rows`` most popular rows of a Zipf(alpha) table of
    ``num_rows`` rows (the three broadcast against each other, so one call prices many tables)."""
    rows = np.asarray(num_rows, dtype=np.float64)
    hot = np.clip(np.asarray(hot_rows, dtype=np.float64), 0.0, rows)
    norm = _generalized_harmonic(rows, alpha)
    share = _generalized_harmonic(hot, alpha) / norm
    return np.where(hot < 1.0, hot * (1.0 / norm), np.clip(share, 0.0, 1.0))


def bins_from_zipf(alpha: float, num_rows: int, num_accesses: float = REFERENCE_ACCESSES) -> np.ndarray:
    """DreamShard's 17 bins for a Zipf(alpha) table over ``num_accesses`` lookups.

    Expected count of rank i is c_i = num_accesses * p(i); a row counts as accessed when c_i >= 1 or,
    for colder rows, with probability c_i (so the (0,1] bin holds the expected number of such rows).
    """
    norm = _generalized_harmonic(float(num_rows), alpha)
    # Rank at which the expected count equals a threshold t: i = (num_accesses / (norm * t))^(1/alpha).
    def rank_at(count: float) -> float:
        return float(np.clip((num_accesses / (norm * count)) ** (1.0 / alpha), 0.0, num_rows))

    rank_one = rank_at(1.0)
    # Rows colder than count 1: expected number accessed = sum of their counts = accesses beyond rank_one.
    cold_accessed = num_accesses * (1.0 - float(hot_access_share(alpha, num_rows, rank_one)))
    edges = [rank_at(e) for e in BIN_EDGES]  # rank of count == 1, 2, 4, ... (decreasing)
    counts = np.zeros(NUM_BINS)
    counts[0] = cold_accessed + 0.0  # counts in (0, 1]
    for k in range(1, NUM_BINS - 1):
        counts[k] = max(edges[k - 1] - edges[k], 0.0)  # rows with count in (2^(k-1), 2^k]
    counts[NUM_BINS - 1] = edges[-1]  # rows with count above 32768
    total = counts.sum()
    return counts / total if total > 0 else np.eye(NUM_BINS)[0]


@lru_cache(maxsize=4096)
def alpha_from_bins(bins: tuple[float, ...], num_rows: int) -> float:
    """Zipf exponent whose bins (over REFERENCE_ACCESSES lookups) are closest in L1 to ``bins``."""
    target = np.asarray(bins, dtype=np.float64)
    grid = np.linspace(0.3, 2.5, 111)
    errors = [np.abs(bins_from_zipf(a, num_rows) - target).sum() for a in grid]
    return float(grid[int(np.argmin(errors))])


def table_alpha(table: EmbeddingTable) -> float:
    """The table's Zipf exponent: given, else fitted to its bins, else the default."""
    if table.access_alpha is not None:
        return float(table.access_alpha)
    if table.distribution is not None:
        return alpha_from_bins(table.distribution, table.num_embeddings)
    return DEFAULT_ACCESS_ALPHA
