"""Tables CSV schema: loading, validation errors naming file/row/column, round trip, synthesizer."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from mlopt.datasets.access import alpha_from_bins, bins_from_zipf, hot_access_share
from mlopt.datasets.embedding_tables import (
    EmbeddingTable, ShardingPlan, ShardingTask, load_tables_csv, parse_tables_csv, tables_to_csv, write_tables_csv,
)
from mlopt.datasets.synth_tables import SHIPPED, synthesize_tables
from mlopt.errors import InputError

SHIPPED_DIR = Path(__file__).resolve().parents[2] / "datasets" / "tables"
GOOD = "name,num_embeddings,dim,pooling_factor\na,1000,16,2.5\nb,50,8,1\n"


def test_parse_minimal_csv() -> None:
    a, b = parse_tables_csv(GOOD)
    assert (a.name, a.num_embeddings, a.dim, a.pooling_factor, a.dtype) == ("a", 1000, 16, 2.5, "fp32")
    assert a.size_bytes == 1000 * 16 * 4 and b.size_bytes == 50 * 8 * 4


@pytest.mark.parametrize(
    ("text", "row", "field"),
    [
        ("name,num_embeddings,dim\na,10,4\n", 1, "pooling_factor"),                     # missing column
        ("name,num_embeddings,dim,pooling_factor\na,10,-4,1\n", 2, "dim"),              # negative dim
        ("name,num_embeddings,dim,pooling_factor\na,10,4,1\nb,ten,4,1\n", 3, "num_embeddings"),  # text
        ("name,num_embeddings,dim,pooling_factor\na,10,4,1\na,20,4,1\n", 3, "name"),    # duplicate name
        ("name,num_embeddings,dim,pooling_factor,colour\na,10,4,1,red\n", 1, "colour"),  # unknown column
        ("name,num_embeddings,dim,pooling_factor\na,10,,1\n", 2, "dim"),                # missing value
        ("name,num_embeddings,dim,pooling_factor\na,10.5,4,1\n", 2, "num_embeddings"),  # not an integer
        ("name,num_embeddings,dim,pooling_factor,dtype\na,10,4,1,fp64\n", 2, "dtype"),  # unknown dtype
        ("name,num_embeddings,dim,pooling_factor,bin_0\na,10,4,1,1\n", 1, "bin_1"),     # partial bins
    ],
)
def test_bad_csv_names_row_and_field(text: str, row: int, field: str) -> None:
    with pytest.raises(InputError) as info:
        parse_tables_csv(text, path="t.csv")
    message = str(info.value)
    assert info.value.row == row and info.value.field == field
    assert message.startswith(f"t.csv:{row}: {field}:") and "\n" not in message


@pytest.mark.parametrize("text", ["", "   \n", "name,num_embeddings,dim,pooling_factor\n"])
def test_empty_file_is_rejected(text: str) -> None:
    with pytest.raises(InputError, match="t.csv"):
        parse_tables_csv(text, path="t.csv")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_tables_csv(tmp_path / "nope.csv")


def test_round_trip_with_bins_and_alpha(tmp_path: Path) -> None:
    tables = synthesize_tables(20, seed=3)
    path = tmp_path / "t.csv"
    write_tables_csv(path, tables)
    loaded = load_tables_csv(path)
    assert [t.name for t in loaded] == [t.name for t in tables]
    for a, b in zip(loaded, tables):
        assert (a.num_embeddings, a.dim, a.dtype) == (b.num_embeddings, b.dim, b.dtype)
        assert a.access_alpha == pytest.approx(b.access_alpha, rel=1e-3)
        assert np.allclose(a.distribution, b.distribution, atol=1e-5)
    assert oct(path.stat().st_mode & 0o777) != oct(0o600)  # atomic write keeps normal permissions


def test_round_trip_mixed_bins() -> None:
    with_bins = synthesize_tables(1, seed=1)[0]
    without = EmbeddingTable("plain", 100, 8, 1.0)
    loaded = parse_tables_csv(tables_to_csv([with_bins, without]))
    assert loaded[0].distribution is not None and loaded[1].distribution is None
    partial = tables_to_csv([with_bins]).replace(",0,", ",,", 1)
    with pytest.raises(InputError, match="bin_"):
        parse_tables_csv(partial)


def test_synthesizer_is_seeded_and_realistic() -> None:
    a, b, c = synthesize_tables(400, 7), synthesize_tables(400, 7), synthesize_tables(400, 8)
    assert a == b and a != c
    rows = np.array([t.num_embeddings for t in a])
    dims = {t.dim for t in a}
    pooling = np.array([t.pooling_factor for t in a])
    assert rows.min() >= 100 and rows.max() <= 10**8 and rows.max() > 10**7 and np.median(rows) < 10**6
    assert dims <= {4, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256} and len(dims) >= 8
    assert (pooling == 1).mean() > 0.1 and pooling.max() > 100
    assert max(t.size_bytes for t in a) <= 4 * 2**30


@pytest.mark.parametrize("filename", sorted(SHIPPED))
def test_shipped_tables_are_what_the_synthesizer_makes(filename: str) -> None:
    count, seed = SHIPPED[filename]
    shipped = load_tables_csv(SHIPPED_DIR / filename)
    assert len(shipped) == count
    assert (SHIPPED_DIR / filename).read_text() == tables_to_csv(synthesize_tables(count, seed))


def test_zipf_bins_round_trip_and_skew() -> None:
    for alpha in (0.7, 1.0, 1.3):
        bins = bins_from_zipf(alpha, 10**6)
        assert bins.sum() == pytest.approx(1.0) and (bins >= 0).all()
        assert alpha_from_bins(tuple(bins), 10**6) == pytest.approx(alpha, abs=0.03)
    hot = [float(hot_access_share(a, 10**6, 1000)) for a in (0.6, 1.0, 1.4)]
    assert hot[0] < hot[1] < hot[2] <= 1.0


def test_task_fit_and_plan_validation() -> None:
    tables = (EmbeddingTable("big", 10**6, 64, 1.0), EmbeddingTable("small", 10, 4, 1.0))
    with pytest.raises(InputError, match="'big'"):
        ShardingTask(tables, 2, memory_bytes=10**6).check_fits()
    task = ShardingTask(tables, 2, memory_bytes=300 * 2**20)
    task.check_fits()
    ShardingPlan((0, 1)).validate(task)
    with pytest.raises(InputError, match=r"table 'small' \(#1\): device 2 \(expected devices 0..1\)"):
        ShardingPlan((0, 2)).validate(task)


@pytest.mark.parametrize("path", sorted(SHIPPED_DIR.glob("*.csv")))
def test_the_column_wise_path_reads_what_the_row_by_row_path_reads(path: Path) -> None:
    from mlopt.datasets.embedding_tables import _checked_header, _tables_by_column, _tables_by_row
    import csv

    lines = list(csv.reader(path.open(encoding="utf-8-sig")))
    header, records = _checked_header(lines[0], str(path)), [line for line in lines[1:] if line]
    by_column = _tables_by_column(records, header)
    assert by_column is not None and by_column == _tables_by_row(records, header, str(path))


def test_rows_the_column_wise_path_cannot_take_are_read_row_by_row() -> None:
    """Empty optional cells, blank lines and a byte-order mark: the same tables as the row-by-row reading."""
    text = ("\ufeffname,num_embeddings,dim,pooling_factor,dtype,access_alpha,coverage\n"
            "a,1000,16,2.5,fp16,,0.5\n\n"
            "b,50,8,1,,1.2,\n"
            " , , , , , , \n")
    a, b = parse_tables_csv(text)
    assert (a.dtype, a.access_alpha, a.coverage) == ("fp16", None, 0.5)
    assert (b.dtype, b.access_alpha, b.coverage) == ("fp32", 1.2, None)


@pytest.mark.parametrize(("cell", "field"), [("-0", "dim"), ("nan", "dim"), ("1.5", "dim"), ("inf", "dim")])
def test_a_bad_number_in_a_large_file_names_its_row(cell: str, field: str) -> None:
    rows = [f"t{i},{1000 + i},16,2.5" for i in range(3000)]
    rows[2345] = f"t2345,1000,{cell},2.5"
    with pytest.raises(InputError) as error:
        parse_tables_csv("name,num_embeddings,dim,pooling_factor\n" + "\n".join(rows) + "\n", path="big.csv")
    assert (error.value.file, error.value.row, error.value.field) == ("big.csv", 2347, field)


def _read_row_by_row(text: str) -> tuple:
    from mlopt.datasets.embedding_tables import _checked_header, _tables_by_row
    import csv
    import io

    lines = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    return _tables_by_row([line for line in lines[1:] if line], _checked_header(lines[0], "t.csv"), "t.csv")


@pytest.mark.parametrize("path", sorted(SHIPPED_DIR.glob("*.csv")))
def test_the_numpy_path_reads_the_shipped_files_as_the_row_by_row_path_does(path: Path) -> None:
    from mlopt.datasets.embedding_tables import _checked_header, _tables_by_numpy

    text = path.read_text(encoding="utf-8-sig")
    by_numpy = _tables_by_numpy(text, _checked_header(text.split("\n", 1)[0].split(","), str(path)))
    assert by_numpy is not None and by_numpy == _read_row_by_row(text)


@pytest.mark.parametrize("body", [
    "a,1000,16,2.5,fp16\nb,50,8,1,\n",                      # an empty dtype: fp32
    " a , 1000 ,16, 2.5 ,fp16\n\nb,50,8,-0.0e0,fp32",       # spaces, a blank line, no final newline
    "a,1_000,16,2.5,fp16\nb,50,8,1,fp32\n",                 # float() reads 1_000, NumPy's reader does not
    "a#1,1000,16,2.5,fp16\nb,5e1,8,1,fp32\n",               # '#' is no comment; 5e1 rows
    '"a,1",1000,16,2.5,fp16\nb,50,8,1,fp32\n',              # quotes: the csv module's path
    "a,1000,16,2.5,fp16\r\nb,50,8,1,fp32\r\n",              # CRLF: the csv module's path
    "a,1000,16,2.5,fp16\nb,50,8,1,fp32,\n",                 # a row with one cell too many: an error
    "a,1000,16,2.5\nb,50,8,1,fp32\n",                       # a row with one cell too few: an error
    "a,1000,16,0,fp16\n",                                   # out of range: an error
])
def test_every_reading_path_gives_the_row_by_row_result(body: str) -> None:
    text = "name,num_embeddings,dim,pooling_factor,dtype\n" + body
    try:
        expected = _read_row_by_row(text)
    except InputError as error:
        with pytest.raises(InputError) as raised:
            parse_tables_csv(text, path="t.csv")
        assert str(raised.value) == str(error)
        return
    assert parse_tables_csv(text, path="t.csv") == expected
