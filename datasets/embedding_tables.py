"""Embedding tables and sharding tasks: the data model, and the CSV schema with its validating loader.

CSV columns (DESIGN.md, "Embedding-table sharding"):

- required: ``name``, ``num_embeddings`` (rows), ``dim``, ``pooling_factor`` (mean bag length);
- optional: ``dtype`` (fp32 / fp16 / int8; default fp32), ``access_alpha`` (Zipf exponent of row
  accesses), ``bin_0`` .. ``bin_16`` (DreamShard's 17 access-frequency bins: the share of unique rows
  whose access count falls in (0,1], (1,2], (2,4], ..., 32768+; all 17 columns or none, and in a row
  all 17 values or none), ``coverage`` (share of rows touched in one batch, in [0, 1]).

Ranges (:data:`RANGES`): ``num_embeddings`` 1..10^12, ``dim`` 1..65,536, ``pooling_factor`` in
(0, 10,000] (a mean bag length: 0 or less would mean a table no sample reads), ``access_alpha`` in
[0.01, 10], bins and ``coverage`` in [0, 1]; numbers are finite (``-0`` is 0).

Any other column is rejected, as are missing, out-of-range or non-numeric values, rows with fewer or more
values than the header, and duplicate names. Each error is an :class:`mlopt.errors.InputError` naming the
file, the row (1-based, header = row 1) and the column. Files are UTF-8, with or without a byte-order mark
(as spreadsheets write them); a byte that is not UTF-8 is an error naming its row.
"""

from __future__ import annotations

import csv
import io
import math
import os
import warnings
from dataclasses import dataclass, field
from functools import cached_property
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
MAX_DEVICES = 1024  # the most devices a task may have (issue 17's largest jobs)
MAX_MEMORY_BYTES = 4096 * 2**30  # the most device (HBM) or host (DDR) memory per device: 4 TiB
MAX_BATCH_SIZE = 2**24


@dataclass(frozen=True)
class Range:
    """The accepted values of a numeric column: ``low`` (exclusive when ``low_open``) to ``high``."""

    low: float
    high: float
    low_open: bool = False

    def __contains__(self, value: float) -> bool:
        return (value > self.low if self.low_open else value >= self.low) and value <= self.high

    def __str__(self) -> str:
        return f"a value {'>' if self.low_open else '>='} {self.low:g} and <= {self.high:g}"


RANGES: dict[str, Range] = {
    "num_embeddings": Range(1, 10**12),
    "dim": Range(1, 65_536),
    "pooling_factor": Range(0.0, 10_000.0, low_open=True),
    "access_alpha": Range(0.01, 10.0),
    "coverage": Range(0.0, 1.0),
    **{column: Range(0.0, 1.0) for column in BIN_COLUMNS},
}
INTEGER_COLUMNS = frozenset({"num_embeddings", "dim"})


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
        if not 1 <= self.num_devices <= MAX_DEVICES:
            raise InputError(f"{self.num_devices}", field="num_devices", expected=f"an integer in 1..{MAX_DEVICES}")
        if not 0 < self.memory_bytes <= MAX_MEMORY_BYTES:
            raise InputError(f"{self.memory_bytes} bytes", field="memory_bytes",
                             expected=f"bytes > 0 and <= {MAX_MEMORY_BYTES} ({MAX_MEMORY_BYTES // 2**30} GiB)")
        if not 1 <= self.batch_size <= MAX_BATCH_SIZE:
            raise InputError(f"{self.batch_size}", field="batch_size", expected=f"an integer in 1..{MAX_BATCH_SIZE}")
        if self.num_hosts is not None and (self.num_hosts < 1 or self.num_devices % self.num_hosts):
            raise InputError(f"{self.num_devices} devices on {self.num_hosts} hosts", field="num_hosts",
                             expected="a number of hosts that divides the number of devices")
        if not 0 <= self.ddr_bytes <= MAX_MEMORY_BYTES:
            raise InputError(f"{self.ddr_bytes} bytes", field="ddr_bytes", expected=f"bytes in 0..{MAX_MEMORY_BYTES}")
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
        """[T] weight bytes per table (read-only: computed once per task)."""
        return self._sizes

    @cached_property
    def _sizes(self) -> np.ndarray:
        sizes = np.array([t.size_bytes for t in self.tables], dtype=np.int64)
        sizes.flags.writeable = False
        return sizes

    def check_fits(self) -> None:
        """Raise InputError naming the first table larger than one device's memory."""
        too_large = np.flatnonzero(self.sizes() > self.memory_bytes)
        if too_large.size:
            row, table = int(too_large[0]) + 2, self.tables[int(too_large[0])]
            raise InputError(
                f"table {table.name!r} needs {table.size_bytes / 2**30:.2f} GiB but a device has "
                f"{self.memory_bytes / 2**30:.2f} GiB",
                file=self.source or None, row=row if self.source else None, field="num_embeddings",
                expected="a table that fits one device (more memory per device, or split it)",
            )
        self.check_total_fits()

    def check_total_fits(self) -> None:
        """Raise InputError when the tables need more memory in all than the devices hold."""
        total = sum(self.sizes().tolist())  # Python ints: no int64 overflow
        if total > self.memory_bytes * self.num_devices:
            raise InputError(
                f"tables need {total / 2**30:.2f} GiB in all but {self.num_devices} devices "
                f"hold {self.memory_bytes * self.num_devices / 2**30:.2f} GiB",
                file=self.source or None, field="memory", expected="more devices or more memory per device",
            )


def check_table(table: EmbeddingTable, *, file: str | None = None, field: str = "table") -> EmbeddingTable:
    """``table`` if its values have the types and :data:`RANGES` a CSV row must have (for tables that come
    from elsewhere, e.g. a plan document); else an InputError naming ``file`` and ``field.<value>``."""
    def bad(name: str, value: object, expected: str) -> InputError:
        return InputError(f"{value!r}", file=file, field=f"{field}.{name}", expected=expected)

    def number(name: str, value: object, integer: bool, column: str | None = None) -> None:
        kinds = (int,) if integer else (int, float)
        accepted = RANGES[column or name]
        if isinstance(value, bool) or not isinstance(value, kinds) or not (
                integer or math.isfinite(value)) or value not in accepted:
            raise bad(name, value, ("an integer, " if integer else "") + str(accepted))

    if not isinstance(table.name, str) or not table.name.strip():
        raise bad("name", table.name, "a table name")
    number("num_embeddings", table.num_embeddings, True)
    number("dim", table.dim, True)
    number("pooling_factor", table.pooling_factor, False)
    if not isinstance(table.dtype, str) or table.dtype not in DTYPE_BYTES:
        raise bad("dtype", table.dtype, "one of " + ", ".join(DTYPE_BYTES))
    for name in ("access_alpha", "coverage"):
        if getattr(table, name) is not None:
            number(name, getattr(table, name), False)
    bins = table.distribution
    if bins is not None:
        if not isinstance(bins, tuple) or len(bins) != NUM_BINS:
            raise bad("distribution", bins, f"{NUM_BINS} shares")
        for value in bins:
            number("distribution", value, False, BIN_COLUMNS[0])
    return table


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
    value += 0.0  # -0 is 0
    if value not in RANGES[column]:
        raise InputError(f"out of range: {text}", file=path, row=row, field=column, expected=str(RANGES[column]))
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
    return EmbeddingTable(name, int(rows), int(dim), float(pooling), dtype, alpha, distribution, coverage)


def parse_tables_csv(text: str, *, path: str = "<csv>") -> tuple[EmbeddingTable, ...]:
    """Parse and validate tables from CSV text; every error names ``path``, the row and the column.

    Well-formed files take a column-wise path (numbers converted and range-checked per column; a file without
    quotes, carriage returns or NUL bytes through NumPy's C reader: 100,000 tables in about a second); a file
    that fails any check there is read again row by row, which names the first problem's row and column."""
    text = text.removeprefix("\ufeff")  # a UTF-8 byte-order mark, as spreadsheets write
    if not text.strip():
        raise InputError("empty file", file=path, expected="a header line and one row per table")
    if not any(c in text for c in '"\r\0'):  # then a comma always separates cells and a newline rows
        first = text.split("\n", 1)[0]
        header = _checked_header(first.split(",") if first else [], path)  # as the csv module reads it
        tables = _tables_by_numpy(text, header)
        if tables is not None:
            return tables
    reader = csv.reader(io.StringIO(text))
    try:
        lines = list(reader)
    except csv.Error as error:
        raise InputError(f"malformed CSV ({error})", file=path, row=reader.line_num, expected="a CSV file") from None
    header = _checked_header(lines[0], path)
    records = [line for line in lines[1:] if line]  # blank lines are skipped
    return _tables_by_column(records, header) or _tables_by_row(records, header, path)


def _checked_header(fieldnames: list[str], path: str) -> list[str]:
    header = [c.strip() for c in fieldnames]
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
    return header


def _checked_numbers(values: np.ndarray, column: str) -> np.ndarray | None:
    """``values`` (``-0`` as 0) if every one is in the column's range (:data:`RANGES`; counts whole), else
    None."""
    values = values + 0.0
    accepted = RANGES[column]
    low_ok = values > accepted.low if accepted.low_open else values >= accepted.low
    ok = low_ok & (values <= accepted.high)  # NaN and inf fail here
    if column in INTEGER_COLUMNS:
        ok &= values == np.trunc(values)
    return values if bool(ok.all()) else None


def _column_values(cells: Sequence[str], column: str) -> np.ndarray | None:
    """The column's numbers, or None if any cell is not a number in range."""
    try:
        values = np.array(list(map(float, cells)), dtype=np.float64)
    except ValueError:
        return None
    return _checked_numbers(values, column)


def _tables_by_numpy(text: str, header: list[str]) -> tuple[EmbeddingTable, ...] | None:
    """:func:`_tables_by_column` for a file without quotes, carriage returns or NUL bytes, its cells read by
    NumPy's C reader (whose numbers are a subset of what ``float()`` reads, so nothing the row-by-row reading
    rejects gets through); None where any check fails."""
    if any(line.count(",") != len(header) - 1 for line in text.split("\n")[1:] if line):
        return None
    numeric = [c for c in header if c in RANGES]
    strings = [c for c in ("name", "dtype") if c in header]

    def read(columns: list[str], dtype: type) -> np.ndarray:
        return np.loadtxt(io.StringIO(text), dtype=dtype, delimiter=",", skiprows=1, comments=None, ndmin=2,
                          usecols=[header.index(c) for c in columns])
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "input contained no data": then None below
            string_cells, number_cells = read(strings, str), read(numeric, np.float64)
    except ValueError:
        return None
    numbers = {c: _checked_numbers(number_cells[:, j], c) for j, c in enumerate(numeric)}
    if not len(number_cells) or any(v is None for v in numbers.values()):
        return None
    return _tables_from_columns(dict(zip(strings, (string_cells[:, j].tolist() for j in range(len(strings))))),
                                numbers)


def _tables_by_column(records: list[list[str]], header: list[str]) -> tuple[EmbeddingTable, ...] | None:
    """The tables of ``records`` when every row is well formed and complete, else None (the row-by-row
    reading then names the problem). Same values as :func:`_parse_row` gives."""
    if not records or any(len(r) != len(header) for r in records):
        return None
    cells = dict(zip(header, zip(*records)))
    numbers = {}
    for column in (c for c in header if c in RANGES):
        numbers[column] = _column_values(cells[column], column)
        if numbers[column] is None:
            return None
    return _tables_from_columns(cells, numbers)


def _tables_from_columns(cells: dict[str, Sequence[str]],
                         numbers: dict[str, np.ndarray]) -> tuple[EmbeddingTable, ...] | None:
    """The tables given the cells of the name and dtype columns and the checked numbers of the numeric ones;
    None if a name is empty or repeated, a dtype unknown or a row's bins do not sum to about 1."""
    names = [name.strip() for name in cells["name"]]
    if not all(names) or len(set(names)) != len(names):
        return None
    dtypes = [cell.strip() or "fp32" for cell in cells["dtype"]] if "dtype" in cells else ["fp32"] * len(names)
    if not set(dtypes) <= DTYPE_BYTES.keys():
        return None
    count = len(names)
    distributions: list[tuple[float, ...] | None] = [None] * count
    if BIN_COLUMNS[0] in numbers:
        total = numbers[BIN_COLUMNS[0]]
        for column in BIN_COLUMNS[1:]:
            total = total + numbers[column]  # left to right, as sum() adds a row's bins
        if not bool(((total >= 0.98) & (total <= 1.02)).all()):
            return None
        shares = np.stack([numbers[c] / total for c in BIN_COLUMNS], axis=1).tolist()
        distributions = [tuple(row) for row in shares]

    def optional(column: str) -> list[float | None]:
        return numbers[column].tolist() if column in numbers else [None] * count
    return tuple(
        EmbeddingTable(name, rows, dim, pooling, dtype, alpha, distribution, coverage)
        for name, rows, dim, pooling, dtype, alpha, distribution, coverage in zip(
            names, numbers["num_embeddings"].astype(np.int64).tolist(), numbers["dim"].astype(np.int64).tolist(),
            numbers["pooling_factor"].tolist(), dtypes, optional("access_alpha"), distributions,
            optional("coverage"))
    )


def _tables_by_row(records: list[list[str]], header: list[str], path: str) -> tuple[EmbeddingTable, ...]:
    """The tables of ``records``, checked row by row; the first problem is an InputError naming its row and
    column."""
    tables: list[EmbeddingTable] = []
    seen: dict[str, int] = {}
    for row, line in enumerate(records, start=2):
        if len(line) > len(header):
            raise InputError("more values than columns", file=path, row=row, field="row",
                             expected=f"{len(header)} values")
        record: dict[str, str | None] = dict(zip(header, line))
        missing = header[len(line):]
        record.update(dict.fromkeys(missing))
        if missing and any((v or "").strip() for v in line):
            raise InputError(f"{len(line)} of {len(header)} values", file=path, row=row,
                             field=missing[0], expected=f"{len(header)} values (one per column)")
        if all(not v.strip() for v in line):
            continue  # a row of empty cells
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
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", file=path, expected="a CSV of embedding tables") from None
    except IsADirectoryError:
        raise InputError("is a directory", file=path, expected="a CSV file") from None
    except OSError as error:
        raise InputError(f"cannot read it ({error.strerror})", file=path, expected="a readable CSV file") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        row = data.count(b"\n", 0, error.start) + 1
        raise InputError(f"not UTF-8 text (byte {data[error.start]:#04x})", file=path, row=row,
                         expected="a UTF-8 CSV file") from None
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
