"""Embedding tables and sharding tasks: the data model, and the CSV schema with its validating loader.

CSV columns (DESIGN.md, "Embedding-table sharding"):

- required: ``name``, ``num_embeddings`` (rows), ``dim``, ``pooling_factor`` (mean bag length);
- optional: ``dtype`` (fp32 / fp16 / int8; default fp32), ``access_alpha`` (Zipf exponent of row
  accesses), ``bin_0`` .. ``bin_16`` (DreamShard's 17 access-frequency bins: the share of unique rows
  whose access count falls in (0,1], (1,2], (2,4], ..., 32768+; all 17 columns or none, and in a row
  all 17 values or none), ``coverage`` (share of rows touched in one batch, in [0, 1]).

Any other column is rejected, as are missing, negative or non-numeric values and duplicate names. Each
error is an :class:`mlopt.errors.InputError` naming the file, the row (1-based, header = row 1) and the
column.
"""

from __future__ import annotations

import csv
import io
import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from mlopt.datasets.atomic_io import write_text_atomic
from mlopt.datasets.sharding_plan import ShardingPlan  # noqa: F401 - the plan model, re-exported beside the task
from mlopt.errors import InputError

DTYPE_BYTES: dict[str, int] = {"fp32": 4, "fp16": 2, "int8": 1}
NUM_BINS = 17
BIN_COLUMNS: tuple[str, ...] = tuple(f"bin_{i}" for i in range(NUM_BINS))
REQUIRED_COLUMNS: tuple[str, ...] = ("name", "num_embeddings", "dim", "pooling_factor")
OPTIONAL_COLUMNS: tuple[str, ...] = ("dtype", "access_alpha", *BIN_COLUMNS, "coverage")
ALL_COLUMNS: tuple[str, ...] = REQUIRED_COLUMNS + OPTIONAL_COLUMNS
DEFAULT_ACCESS_ALPHA = 1.05  # Zipf exponent used when a table gives neither alpha nor bins


@dataclass(frozen=True)
class EmbeddingTable:
    """One embedding table of a recommendation model.

    ``distribution`` holds DreamShard's 17 access-frequency bins when known; ``access_alpha`` a Zipf
    exponent of row popularity. Oracles use whichever is given (bins first).
    """

    name: str
    num_embeddings: int
    dim: int
    pooling_factor: float
    dtype: str = "fp32"
    access_alpha: float | None = None
    distribution: tuple[float, ...] | None = None
    coverage: float | None = None

    @property
    def bytes_per_element(self) -> int:
        return DTYPE_BYTES[self.dtype]

    @property
    def size_bytes(self) -> int:
        """Weight memory: rows * dim * bytes per element."""
        return self.num_embeddings * self.dim * self.bytes_per_element

    @property
    def lookups_per_sample(self) -> float:
        """Bytes-free work measure used by the lookup-greedy baseline: pooling * dim."""
        return self.pooling_factor * self.dim

    def with_dim(self, dim: int) -> "EmbeddingTable":
        """A column shard of this table with ``dim`` columns (NeuroShard's column-wise split)."""
        return EmbeddingTable(
            self.name, self.num_embeddings, dim, self.pooling_factor, self.dtype,
            self.access_alpha, self.distribution, self.coverage,
        )


@dataclass(frozen=True)
class ShardingTask:
    """T tables to place on D devices of ``memory_bytes`` device memory (HBM) each, for a training batch of
    ``batch_size``.

    Topology: ``num_hosts`` hosts of D / ``num_hosts`` devices each, or None when the task leaves it to the
    hardware profile's node size (every task before hosts existed; oracles then price the interconnect as
    they always did). ``ddr_bytes`` is the host memory (DDR) per device that UVM-cached tables may use.
    """

    tables: tuple[EmbeddingTable, ...]
    num_devices: int
    memory_bytes: int
    batch_size: int = 65_536
    source: str = field(default="", compare=False)
    num_hosts: int | None = None
    ddr_bytes: int = 0

    def __post_init__(self) -> None:
        if self.num_devices < 1:
            raise InputError("must be at least 1", field="devices", expected="a positive integer")
        if self.memory_bytes <= 0:
            raise InputError("must be positive", field="memory", expected="bytes > 0")
        if self.batch_size < 1:
            raise InputError("must be at least 1", field="batch_size", expected="a positive integer")
        if self.num_hosts is not None and (self.num_hosts < 1 or self.num_devices % self.num_hosts):
            raise InputError(f"{self.num_devices} devices on {self.num_hosts} hosts", field="num_hosts",
                             expected="a number of hosts that divides the number of devices")
        if self.ddr_bytes < 0:
            raise InputError("must not be negative", field="ddr_bytes", expected="bytes >= 0")
        if not self.tables:
            raise InputError("no tables", file=self.source or None, expected="at least one table")

    @property
    def num_tables(self) -> int:
        return len(self.tables)

    @property
    def devices_per_host(self) -> int | None:
        """Devices of one host, or None when the task gives no hosts."""
        return None if self.num_hosts is None else self.num_devices // self.num_hosts

    def sizes(self) -> np.ndarray:
        return np.array([t.size_bytes for t in self.tables], dtype=np.int64)

    def check_fits(self) -> None:
        """Raise InputError naming the first table larger than one device's memory."""
        for row, table in enumerate(self.tables, start=2):
            if table.size_bytes > self.memory_bytes:
                raise InputError(
                    f"table {table.name!r} needs {table.size_bytes / 2**30:.2f} GiB but a device has "
                    f"{self.memory_bytes / 2**30:.2f} GiB",
                    file=self.source or None, row=row if self.source else None, field="num_embeddings",
                    expected="a table that fits one device (more memory per device, or split it)",
                )
        if int(self.sizes().sum()) > self.memory_bytes * self.num_devices:
            raise InputError(
                f"tables need {self.sizes().sum() / 2**30:.2f} GiB in all but {self.num_devices} devices "
                f"hold {self.memory_bytes * self.num_devices / 2**30:.2f} GiB",
                file=self.source or None, field="memory", expected="more devices or more memory per device",
            )


# ---------------------------------------------------------------------------------------------- CSV


def _number(raw: str, *, path: str, row: int, column: str, integer: bool) -> float | int:
    text = raw.strip()
    if text == "":
        raise InputError("missing value", file=path, row=row, field=column, expected="a number")
    try:
        value = float(text)
    except ValueError:
        raise InputError(f"not a number: {text!r}", file=path, row=row, field=column,
                         expected="an integer" if integer else "a number") from None
    if not math.isfinite(value):
        raise InputError(f"not finite: {text!r}", file=path, row=row, field=column, expected="a finite number")
    if value < 0:
        raise InputError(f"negative value {text}", file=path, row=row, field=column, expected="a value >= 0")
    if integer:
        if value != int(value):
            raise InputError(f"not an integer: {text!r}", file=path, row=row, field=column, expected="an integer")
        return int(value)
    return value


def _parse_row(record: dict[str, str], *, path: str, row: int, columns: Sequence[str]) -> EmbeddingTable:
    name = (record.get("name") or "").strip()
    if not name:
        raise InputError("missing value", file=path, row=row, field="name", expected="a table name")
    rows = _number(record["num_embeddings"], path=path, row=row, column="num_embeddings", integer=True)
    dim = _number(record["dim"], path=path, row=row, column="dim", integer=True)
    pooling = _number(record["pooling_factor"], path=path, row=row, column="pooling_factor", integer=False)
    if rows < 1:
        raise InputError("must be at least 1", file=path, row=row, field="num_embeddings", expected="rows >= 1")
    if dim < 1:
        raise InputError("must be at least 1", file=path, row=row, field="dim", expected="dim >= 1")
    dtype = (record.get("dtype") or "fp32").strip() or "fp32"
    if dtype not in DTYPE_BYTES:
        raise InputError(f"unknown dtype {dtype!r}", file=path, row=row, field="dtype",
                         expected="one of " + ", ".join(DTYPE_BYTES))
    alpha = None
    if "access_alpha" in columns and (record.get("access_alpha") or "").strip():
        alpha = _number(record["access_alpha"], path=path, row=row, column="access_alpha", integer=False)
    distribution = None
    if BIN_COLUMNS[0] in columns and any((record.get(c) or "").strip() for c in BIN_COLUMNS):
        bins = [_number(record[c], path=path, row=row, column=c, integer=False) for c in BIN_COLUMNS]
        total = sum(bins)
        if not 0.98 <= total <= 1.02:
            raise InputError(f"bins sum to {total:.3f}", file=path, row=row, field="bin_0..bin_16",
                             expected="shares that sum to 1")
        distribution = tuple(b / total for b in bins)
    coverage = None
    if "coverage" in columns and (record.get("coverage") or "").strip():
        coverage = _number(record["coverage"], path=path, row=row, column="coverage", integer=False)
        if coverage > 1:
            raise InputError(f"coverage {coverage} above 1", file=path, row=row, field="coverage",
                             expected="a share in [0, 1]")
    return EmbeddingTable(name, int(rows), int(dim), float(pooling), dtype, alpha, distribution, coverage)


def parse_tables_csv(text: str, *, path: str = "<csv>") -> tuple[EmbeddingTable, ...]:
    """Parse and validate tables from CSV text; every error names ``path``, the row and the column."""
    if not text.strip():
        raise InputError("empty file", file=path, expected="a header line and one row per table")
    reader = csv.DictReader(io.StringIO(text))
    header = [c.strip() for c in (reader.fieldnames or [])]
    reader.fieldnames = header
    unknown = [c for c in header if c not in ALL_COLUMNS]
    if unknown:
        raise InputError(f"unknown column {unknown[0]!r}", file=path, row=1, field=unknown[0],
                         expected="columns among " + ", ".join((*REQUIRED_COLUMNS, "dtype", "access_alpha",
                                                                "bin_0..bin_16", "coverage")))
    duplicated = sorted({c for c in header if header.count(c) > 1})
    if duplicated:
        raise InputError("column appears twice", file=path, row=1, field=duplicated[0], expected="unique columns")
    for column in REQUIRED_COLUMNS:
        if column not in header:
            raise InputError("missing column", file=path, row=1, field=column,
                             expected="columns " + ", ".join(REQUIRED_COLUMNS))
    some_bins = [c for c in BIN_COLUMNS if c in header]
    if some_bins and len(some_bins) != NUM_BINS:
        missing = next(c for c in BIN_COLUMNS if c not in header)
        raise InputError("missing column", file=path, row=1, field=missing, expected="all of bin_0..bin_16 or none")
    tables: list[EmbeddingTable] = []
    seen: dict[str, int] = {}
    for row, record in enumerate(reader, start=2):
        if None in record:
            raise InputError("more values than columns", file=path, row=row, field="row",
                             expected=f"{len(header)} values")
        if all(not (v or "").strip() for v in record.values()):
            continue  # blank line
        table = _parse_row(record, path=path, row=row, columns=header)
        if table.name in seen:
            raise InputError(f"duplicate table name {table.name!r} (first on row {seen[table.name]})",
                             file=path, row=row, field="name", expected="unique names")
        seen[table.name] = row
        tables.append(table)
    if not tables:
        raise InputError("no table rows", file=path, expected="one row per table after the header")
    return tuple(tables)


def load_tables_csv(path: str | os.PathLike[str]) -> tuple[EmbeddingTable, ...]:
    """Load and validate a tables CSV (see the module docstring for the schema)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError("no such file", file=path, expected="a CSV of embedding tables") from None
    except IsADirectoryError:
        raise InputError("is a directory", file=path, expected="a CSV file") from None
    except UnicodeDecodeError:
        raise InputError("not UTF-8 text", file=path, expected="a CSV file") from None
    return parse_tables_csv(text, path=str(path))


def tables_to_csv(tables: Iterable[EmbeddingTable]) -> str:
    """CSV text with every column that any of the tables uses."""
    tables = list(tables)
    columns = list(REQUIRED_COLUMNS) + ["dtype"]
    if any(t.access_alpha is not None for t in tables):
        columns.append("access_alpha")
    if any(t.distribution is not None for t in tables):
        columns.extend(BIN_COLUMNS)
    if any(t.coverage is not None for t in tables):
        columns.append("coverage")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for t in tables:
        row: list[object] = [t.name, t.num_embeddings, t.dim, f"{t.pooling_factor:.4g}", t.dtype]
        if "access_alpha" in columns:
            row.append("" if t.access_alpha is None else f"{t.access_alpha:.4g}")
        if BIN_COLUMNS[0] in columns:
            row.extend([f"{b:.6g}" for b in t.distribution] if t.distribution else [""] * NUM_BINS)
        if "coverage" in columns:
            row.append("" if t.coverage is None else f"{t.coverage:.4g}")
        writer.writerow(row)
    return out.getvalue()


def write_tables_csv(path: str | os.PathLike[str], tables: Iterable[EmbeddingTable]) -> None:
    """Write tables as CSV atomically."""
    write_text_atomic(path, tables_to_csv(tables))
