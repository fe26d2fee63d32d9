"""Seeded synthesizer of DLRM-like embedding tables.

The statistics follow what DreamShard (Zha et al., NeurIPS 2022, Fig. 2 and App. B) and NeuroShard
(Zha et al., MLSys 2023) report for Meta's public DLRM tables:

- rows (num_embeddings) heavy-tailed over 10^2..10^8: log10(rows) drawn from a mixture of many small
  and mid-sized tables and a tail of very large ones;
- dims from {4, 8, ..., 256} (powers of two and a few multiples of 4), mid dims most common;
- pooling factors heavy-tailed over 1..100+: a share of one-hot features (pooling 1) and a lognormal
  body with a long tail;
- access skew: a Zipf exponent per table, with DreamShard's 17 access-frequency bins derived from it
  (see :mod:`mlopt.datasets.access`), so both descriptions are in the CSV;
- no table larger than ``max_table_gib`` (fp16 weights, as DreamShard's memory accounting), so every
  table fits one device; the dim is redrawn for tables that would not fit.

The shipped files were made by ``python -m mlopt.datasets.synth_tables`` (see :data:`SHIPPED`).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from mlopt.datasets.access import bins_from_zipf
from mlopt.datasets.embedding_tables import EmbeddingTable, write_tables_csv

DIMS = np.array([4, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256])
DIM_WEIGHTS = np.array([3, 6, 2, 12, 4, 14, 4, 14, 3, 10, 1, 4], dtype=np.float64)
# Seeds and sizes of the files shipped in datasets/tables/ (regenerate: python -m mlopt.datasets.synth_tables).
SHIPPED: dict[str, tuple[int, int]] = {"dlrm_default.csv": (100, 2022), "dlrm_856.csv": (856, 2021)}


def synthesize_tables(
    num_tables: int,
    seed: int | np.random.Generator = 0,
    *,
    dtype: str = "fp16",
    max_table_gib: float = 4.0,
    prefix: str = "t",
) -> tuple[EmbeddingTable, ...]:
    """``num_tables`` DLRM-like tables, reproducible from ``seed``."""
    if num_tables < 1:
        raise ValueError("num_tables must be positive")
    rng = np.random.default_rng(seed)
    bytes_per = {"fp32": 4, "fp16": 2, "int8": 1}[dtype]
    max_bytes = max_table_gib * 2**30
    tables = []
    for i in range(num_tables):
        component = rng.choice(3, p=[0.45, 0.40, 0.15])
        log_rows = [rng.uniform(2.0, 4.5), rng.uniform(4.5, 6.5), rng.uniform(6.5, 8.0)][component]
        rows = int(round(10**log_rows))
        dim = int(rng.choice(DIMS, p=DIM_WEIGHTS / DIM_WEIGHTS.sum()))
        while rows * dim * bytes_per > max_bytes and dim > 4:
            dim = int(rng.choice(DIMS[DIMS < dim]))
        rows = min(rows, int(max_bytes // (dim * bytes_per)))
        if rng.random() < 0.25:
            pooling = 1.0
        else:
            pooling = float(np.clip(rng.lognormal(mean=2.0, sigma=1.1), 1.0, 300.0))
        alpha = float(rng.uniform(0.6, 1.5))
        bins = tuple(float(b) for b in bins_from_zipf(alpha, rows))
        tables.append(EmbeddingTable(f"{prefix}{i:04d}", rows, dim, round(pooling, 2), dtype, round(alpha, 3), bins))
    return tuple(tables)


def write_shipped(folder: Path) -> list[Path]:
    """Regenerate the shipped CSVs into ``folder``; returns the paths written."""
    written = []
    for filename, (count, seed) in SHIPPED.items():
        path = folder / filename
        write_tables_csv(path, synthesize_tables(count, seed))
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "tables")
    args = parser.parse_args(argv)
    for path in write_shipped(args.out):
        print(path)


if __name__ == "__main__":
    main()
