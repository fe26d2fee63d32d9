"""DreamShard's 21 per-table features and 3 absolute ones (Zha et al., "DreamShard: Generalizable
Embedding Table Placement for Recommender Systems", NeurIPS 2022, Sec. 3 and App. B).

Column layout (``FEATURE_NAMES``)::

    0 dim | 1 rows | 2 pooling_factor | 3 size = rows * dim | 4..20 bin_0 .. bin_16
    | 21 log_rows | 22 log_pooling_factor | 23 log_size

``bin_k`` is the share of unique accessed rows whose access count falls in DreamShard's k-th bin
((0,1], (1,2], (2,4], ..., 32768+; see :mod:`mlopt.datasets.access`). A table's own ``distribution``
is used when the CSV gave it; otherwise the bins of a Zipf(:func:`~mlopt.datasets.access.table_alpha`)
table over ``10 * batch_size`` lookups (which is the reference count of the shipped bins at DreamShard's
batch of 65,536). Bins are cached per (alpha, rows, lookups), so a pool of 1,000 tables costs one
computation per distinct table.

Normalization (:func:`table_features`), as in DreamShard, is *per task*: rows, pooling factor and size
are z-normalized over the task's tables ((x - mean) / std, with std = 1 when all values agree); dim is
divided by :data:`DIM_SCALE` = 128 (the largest dim of the DLRM tables DreamShard uses), so the common
dims 4..128 map into (0, 1]; the bins are shares already and stay as they are.

Our addition, columns 21..23 (``ABSOLUTE``): log1p(rows), log1p(pooling factor) and log1p(size), each
divided by :data:`LOG_SCALE` = 10, the same in every task. A per-task z-score cannot tell how large a
table is, only how it ranks in its task (one outlier's z-score is at most sqrt(T - 1) whatever its
size), so a cost net fed only z-scores priced a held-out dim-256, pooling-167 table at 0.51-0.73x its
cost; these columns let it price tables in absolute terms. ``TASK_INDEPENDENT`` lists the columns that do not
depend on the task's other tables (dim, bins, the absolute columns): the DreamShard cost net reads only
those (:func:`mlopt.sharding.dreamshard.cost_net.cost_inputs`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

import numpy as np

from mlopt.datasets.access import bins_from_zipf, table_alpha
from mlopt.datasets.embedding_tables import BIN_COLUMNS, EmbeddingTable

RAW_FEATURE_NAMES: tuple[str, ...] = ("dim", "rows", "pooling_factor", "size", *BIN_COLUMNS)
NUM_RAW_FEATURES = len(RAW_FEATURE_NAMES)  # 21: DreamShard's
FEATURE_NAMES: tuple[str, ...] = (*RAW_FEATURE_NAMES, "log_rows", "log_pooling_factor", "log_size")
NUM_FEATURES = len(FEATURE_NAMES)  # 24: DreamShard's 21 and our 3 absolute columns
DIM, ROWS, POOLING, SIZE = 0, 1, 2, 3
Z_NORMALIZED: tuple[int, ...] = (ROWS, POOLING, SIZE)
ABSOLUTE: tuple[int, ...] = tuple(range(NUM_RAW_FEATURES, NUM_FEATURES))  # log1p of Z_NORMALIZED / LOG_SCALE
BINS: tuple[int, ...] = tuple(range(SIZE + 1, NUM_RAW_FEATURES))
TASK_INDEPENDENT: tuple[int, ...] = (DIM, *BINS, *ABSOLUTE)  # the same for a table in every task
DIM_SCALE = 128.0
LOG_SCALE = 10.0
LOOKUP_BATCHES = 10  # bins are counted over this many batches of lookups


@lru_cache(maxsize=65_536)
def _zipf_bins(alpha: float, rows: int, accesses: float) -> tuple[float, ...]:
    return tuple(float(b) for b in bins_from_zipf(alpha, rows, accesses))


def table_bins(table: EmbeddingTable, batch_size: int = 65_536) -> np.ndarray:
    """The table's 17 access-frequency bins: its ``distribution`` if given, else the Zipf estimate."""
    if table.distribution is not None:
        return np.asarray(table.distribution, dtype=np.float64)
    return np.asarray(_zipf_bins(table_alpha(table), table.num_embeddings, float(LOOKUP_BATCHES * batch_size)))


def raw_table_features(tables: Sequence[EmbeddingTable], batch_size: int = 65_536) -> np.ndarray:
    """[T, 21] float64 features in ``RAW_FEATURE_NAMES`` order, without normalization."""
    out = np.empty((len(tables), NUM_RAW_FEATURES), dtype=np.float64)
    if not len(tables):
        return out
    out[:, DIM] = [t.dim for t in tables]
    out[:, ROWS] = [t.num_embeddings for t in tables]
    out[:, POOLING] = [t.pooling_factor for t in tables]
    out[:, SIZE] = out[:, ROWS] * out[:, DIM]
    out[:, list(BINS)] = np.stack([table_bins(t, batch_size) for t in tables])
    return out


def normalize_features(raw: np.ndarray) -> np.ndarray:
    """[T, 24]: per-task normalization of :func:`raw_table_features` output plus the absolute columns
    (see the module docstring)."""
    out = np.concatenate([raw, np.log1p(np.maximum(raw[:, list(Z_NORMALIZED)], 0.0)) / LOG_SCALE], axis=1)
    if not len(out):
        return out
    out[:, DIM] /= DIM_SCALE
    columns = list(Z_NORMALIZED)
    mean = out[:, columns].mean(axis=0)
    std = out[:, columns].std(axis=0)
    out[:, columns] = (out[:, columns] - mean) / np.where(std > 0, std, 1.0)
    return out


def table_features(tables: Sequence[EmbeddingTable], batch_size: int = 65_536) -> np.ndarray:
    """DreamShard's 21 table features of one task, normalized per task, and the 3 absolute ones: [T, 24]
    float64."""
    return normalize_features(raw_table_features(tables, batch_size))
