"""Fuzz tests of every file a command reads (issue 20): mutations of valid inputs must end in exit status 2 with
one line (or 0 where the mutation is still valid input), never in a traceback.

Inputs: the tables CSV (mutations of ``datasets/tables/dlrm_default.csv``: flipped, deleted and inserted bytes,
deleted cells, swapped columns, truncated rows, odd values), the ``--topology`` JSON, the plan JSON that
``read_plan_json`` reads, MPS and LP instance files (``mlopt lns``) and ``.ll`` programs (``mlopt passes``).
Examples run in-process (``mlopt.cli.main.main``, or the loader plus what the command does next) so each
costs milliseconds; a few end-to-end cases run the console script. The number of examples per property is
``n x`` the profile's scale (tests/fuzz/conftest.py: 1 by default, 10 under ``pytest -m fuzz``).
"""

from __future__ import annotations

import contextlib
import functools
import io
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mlopt.cli.main import main
from mlopt.errors import InputError

pytestmark = pytest.mark.fuzz

REPO = Path(__file__).resolve().parents[2]
TABLES = REPO / "datasets" / "tables" / "dlrm_default.csv"
PROGRAM = REPO / "datasets" / "programs" / "ll" / "crc32.ll"
ODD_VALUES = ("", " ", "-0", "0", "-1", "nan", "inf", "-inf", "1e30", "1e-30", "99999999999999999999", "1.5",
              "abc", "\ufeff", "\x00", '"', "fp64", "t0000")
WORK = Path(tempfile.mkdtemp(prefix="mlopt-fuzz-"))


def examples(n: int) -> int:
    """``n`` examples times the profile's scale (conftest.py)."""
    return n * settings.default.max_examples


# ---------------------------------------------------------------------------------------------- mutations

Mutation = Callable[[bytes], bytes]


def _at(data: bytes, position: int) -> int:
    return position % (len(data) + 1)


def byte_mutation() -> st.SearchStrategy[Mutation]:
    """One edit of the raw bytes: flip, delete a run, insert, truncate."""
    position = st.integers(0, 2**20)
    return st.one_of(
        st.builds(lambda i, b: lambda d: d[:_at(d, i)] + bytes([b]) + d[_at(d, i) + 1:], position, st.integers(0, 255)),
        st.builds(lambda i, n: lambda d: d[:_at(d, i)] + d[_at(d, i) + n:], position, st.integers(1, 64)),
        st.builds(lambda i, s: lambda d: d[:_at(d, i)] + s + d[_at(d, i):], position, st.binary(min_size=1, max_size=8)),
        st.builds(lambda i: lambda d: d[:_at(d, i)], position),
    )


def _rows(data: bytes) -> list[list[str]]:
    return [line.split(",") for line in data.decode("utf-8", "surrogateescape").split("\n")]


def _join(rows: list[list[str]]) -> bytes:
    return "\n".join(",".join(row) for row in rows).encode("utf-8", "surrogateescape")


def _edit_rows(edit: Callable[[list[list[str]]], None]) -> Mutation:
    def apply(data: bytes) -> bytes:
        rows = _rows(data)
        edit(rows)
        return _join(rows)
    return apply


def csv_mutation() -> st.SearchStrategy[Mutation]:
    """One edit of the table: a cell deleted or set to an odd value, two columns swapped (in every row, or in
    the header only), a row truncated, duplicated or removed."""
    index = st.integers(0, 2**10)

    def delete_cell(r: int, c: int) -> Mutation:
        return _edit_rows(lambda rows: rows[r % len(rows)].pop(c % len(rows[r % len(rows)])))

    def set_cell(r: int, c: int, value: str) -> Mutation:
        def edit(rows: list[list[str]]) -> None:
            row = rows[r % len(rows)]
            row[c % len(row)] = value
        return _edit_rows(edit)

    def swap_columns(a: int, b: int, header_only: bool) -> Mutation:
        def edit(rows: list[list[str]]) -> None:
            for row in rows[:1] if header_only else rows:
                i, j = a % len(row), b % len(row)
                row[i], row[j] = row[j], row[i]
        return _edit_rows(edit)

    def truncate_row(r: int, keep: int) -> Mutation:
        return _edit_rows(lambda rows: rows.__setitem__(r % len(rows), rows[r % len(rows)][:keep]))

    def duplicate_row(r: int) -> Mutation:
        return _edit_rows(lambda rows: rows.insert(r % len(rows), list(rows[r % len(rows)])))

    def remove_row(r: int) -> Mutation:
        return _edit_rows(lambda rows: rows.pop(r % len(rows)))

    return st.one_of(
        st.builds(delete_cell, index, index),
        st.builds(set_cell, index, index, st.sampled_from(ODD_VALUES)),
        st.builds(swap_columns, index, index, st.booleans()),
        st.builds(truncate_row, index, st.integers(0, 22)),
        st.builds(duplicate_row, index),
        st.builds(remove_row, index),
    )


def mutated(base: bytes, mutation: st.SearchStrategy[Mutation]) -> st.SearchStrategy[bytes]:
    """``base`` after 1 to 4 mutations."""
    def apply(edits: list[Mutation]) -> bytes:
        data = base
        for edit in edits:
            data = edit(data)
        return data
    return st.lists(mutation, min_size=1, max_size=4).map(apply)


JSON_LEAVES = st.one_of(st.none(), st.booleans(), st.integers(-2**70, 2**70), st.floats(allow_nan=True),
                        st.text(max_size=8))
JSON_VALUES = st.recursive(JSON_LEAVES, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                                st.dictionaries(st.text(max_size=8), inner, max_size=3)),
                           max_leaves=6)


def _paths(value: Any, prefix: tuple = ()) -> Iterator[tuple]:
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _paths(item, (*prefix, i))


def json_mutation(document: Any) -> st.SearchStrategy[bytes]:
    """``document`` with one value (anywhere, the root included) replaced, or a key removed; as JSON bytes."""
    paths = list(_paths(document))

    def replace(path: tuple, value: Any, remove: bool) -> bytes:
        copy = json.loads(json.dumps(document))
        if not path:
            return json.dumps(value).encode()
        parent = copy
        for key in path[:-1]:
            parent = parent[key]
        if remove:
            del parent[path[-1]]
        else:
            parent[path[-1]] = value
        return json.dumps(copy).encode()

    return st.builds(replace, st.sampled_from(paths), JSON_VALUES, st.booleans())


# ---------------------------------------------------------------------------------------------- the checks


def run_main(argv: list[str]) -> tuple[int, str]:
    """``mlopt ARGV`` in-process: (exit status, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            main(argv)
            code = 0
        except SystemExit as exit_:
            code = int(exit_.code or 0)
    return code, err.getvalue()


def assert_clean(code: int, err: str) -> None:
    """Exit 0, or exit 2 with one ``mlopt: error:`` line; never a traceback or an internal error."""
    assert "Traceback" not in err, err
    assert code in (0, 2), err
    if code == 2:
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("mlopt: error: "), err


def write(name: str, data: bytes) -> Path:
    path = WORK / name
    path.write_bytes(data)
    return path


SMALL_TABLES = write("small.csv", b"\n".join(TABLES.read_bytes().split(b"\n")[:11]) + b"\n")


@settings(max_examples=examples(125))
@given(mutated(TABLES.read_bytes(), st.one_of(byte_mutation(), csv_mutation(), csv_mutation())))
def test_tables_csv(data: bytes) -> None:
    path = write("tables.csv", data)
    assert_clean(*run_main(["shard", "--tables", str(path), "--method", "size-greedy", "--quiet"]))


def _tables_or_error(read: Callable[[], Any]) -> Any:
    try:
        return read()
    except InputError as error:
        return str(error)


def _row_by_row(text: str) -> tuple:
    import csv

    from mlopt.datasets.embedding_tables import _checked_header, _tables_by_row

    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise InputError("empty file", file="t.csv", expected="a header line and one row per table")
    reader = csv.reader(io.StringIO(text))
    try:
        lines = list(reader)
    except csv.Error as error:
        raise InputError(f"malformed CSV ({error})", file="t.csv", row=reader.line_num, expected="a CSV file") from None
    return _tables_by_row([line for line in lines[1:] if line], _checked_header(lines[0], "t.csv"), "t.csv")


@settings(max_examples=examples(250))
@given(mutated(TABLES.read_bytes(), st.one_of(byte_mutation(), csv_mutation(), csv_mutation())))
def test_tables_csv_fast_paths_read_what_the_row_by_row_reading_reads(data: bytes) -> None:
    """The column-wise and NumPy paths of parse_tables_csv give the row-by-row reading's tables, or its error."""
    from mlopt.datasets.embedding_tables import parse_tables_csv

    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return
    assert _tables_or_error(lambda: parse_tables_csv(text, path="t.csv")) == _tables_or_error(lambda: _row_by_row(text))


TOPOLOGY = {"hosts": 2, "devices_per_host": 2, "hbm_gb": 40, "ddr_gb": 64, "intra_host_gbps": 300,
            "inter_host_gbps": 25, "host_link_gbps": 31.5, "hardware": "a100"}


@settings(max_examples=examples(75))
@given(st.one_of(json_mutation(TOPOLOGY), mutated(json.dumps(TOPOLOGY).encode(), byte_mutation())))
def test_topology_json(data: bytes) -> None:
    path = write("topology.json", data)
    assert_clean(*run_main(["shard", "--tables", str(SMALL_TABLES), "--topology", str(path), "--method",
                            "round-robin", "--quiet"]))


@functools.cache
def plan_document() -> dict[str, Any]:
    """A plan `mlopt shard --out` wrote (computed on first use: strategies below draw from it lazily)."""
    out = WORK / "plan.json"
    code, err = run_main(["shard", "--tables", str(SMALL_TABLES), "--method", "size-greedy", "--quiet",
                          "--out", str(out)])
    assert code == 0, err
    return json.loads(out.read_text())


@settings(max_examples=examples(75))
@given(st.deferred(lambda: st.one_of(json_mutation(plan_document()),
                                     mutated(json.dumps(plan_document()).encode(), byte_mutation()))))
def test_plan_json(data: bytes) -> None:
    """read_plan_json (the one reader of plan files) on mutated plans: an InputError, or a task and a plan the
    oracle can price."""
    from mlopt.envs.oracles import AnalyticalOracle
    from mlopt.sharding.plan_io import read_plan_json

    path = write("plan.json", data)
    try:
        task, plan = read_plan_json(path)
    except InputError as error:
        assert "\n" not in str(error)
        return
    assert AnalyticalOracle("a100").cost(task, plan).total_ms >= 0


@functools.cache
def instance_bytes(suffix: str) -> bytes:
    """A generated instance as MPS (minimum vertex cover) or LP (set cover)."""
    from mlopt.datasets.ilp import generate
    from mlopt.datasets.ilp.io import write_model_atomic

    path = WORK / f"seed{suffix}"
    write_model_atomic(generate("mvc" if suffix == ".mps" else "setcover", "tiny", 0), path)
    return path.read_bytes()


def check_instance(data: bytes, suffix: str) -> None:
    """load_instance (what every `mlopt lns` command reads files with): an InputError or a model."""
    from mlopt.datasets.ilp.io import load_instance

    path = write(f"instance{suffix}", data)
    try:
        model = load_instance(path)
    except InputError as error:
        assert "\n" not in str(error)
        return
    assert model.getNVars() > 0


@settings(max_examples=examples(50))
@given(st.deferred(lambda: mutated(instance_bytes(".mps"), byte_mutation())))
def test_mps_files(data: bytes) -> None:
    check_instance(data, ".mps")


@settings(max_examples=examples(50))
@given(st.deferred(lambda: mutated(instance_bytes(".lp"), byte_mutation())))
def test_lp_files(data: bytes) -> None:
    check_instance(data, ".lp")


def _line_mutation() -> st.SearchStrategy[Mutation]:
    """One edit of the IR's lines: deleted, duplicated, or two swapped."""
    index = st.integers(0, 2**10)

    def on_lines(edit: Callable[[list[bytes]], None]) -> Mutation:
        def apply(data: bytes) -> bytes:
            lines = data.split(b"\n")
            edit(lines)
            return b"\n".join(lines)
        return apply

    def swap(a: int, b: int) -> Mutation:
        def edit(lines: list[bytes]) -> None:
            i, j = a % len(lines), b % len(lines)
            lines[i], lines[j] = lines[j], lines[i]
        return on_lines(edit)

    return st.one_of(st.builds(lambda i: on_lines(lambda ls: ls.pop(i % len(ls))), index),
                     st.builds(lambda i: on_lines(lambda ls: ls.insert(i % len(ls), ls[i % len(ls)])), index),
                     st.builds(swap, index, index))


@functools.cache
def nvp_model() -> tuple[Any, Any]:
    """The shipped coreset and NVP net."""
    from mlopt.passes.pretrained import load_pretrained

    return load_pretrained(None)


@settings(max_examples=examples(125))
@given(mutated(PROGRAM.read_bytes(), st.one_of(byte_mutation(), _line_mutation())))
def test_ll_programs(data: bytes) -> None:
    """load_program, then what `mlopt passes optimize` does before compiling: the program graph ranked by the
    shipped NVP model. An InputError, or a ranking of every coreset sequence."""
    from mlopt.datasets.programs import load_program
    from mlopt.passes.nvp import rank

    coreset, net = nvp_model()
    path = write("program.ll", data)
    try:
        program = load_program(path)
    except InputError as error:
        assert "\n" not in str(error)
        return
    assert len(rank(net, program)) == len(coreset.sequences)


# ---------------------------------------------------------------------------------------------- end to end


def _console(*args: str) -> tuple[int, str]:
    result = subprocess.run([sys.executable, "-m", "mlopt.cli.main", *args], capture_output=True, text=True,
                            timeout=300)
    return result.returncode, result.stderr


def test_end_to_end(tmp_path: Path) -> None:
    """The console script on one fixed mutation of each kind of file: exit 2, one line, no traceback."""
    csv = tmp_path / "tables.csv"
    csv.write_bytes(TABLES.read_bytes().replace(b",fp16,", b",", 1))  # row 2 loses its dtype cell
    mps = tmp_path / "bad.mps"
    mps.write_bytes(instance_bytes(".mps")[:len(instance_bytes(".mps")) // 2] + b"\xff\xfe garbage\n")
    program = tmp_path / "bad.ll"
    program.write_bytes(PROGRAM.read_bytes().replace(b"ret ", b"rte ", 1))
    for argv, needle in ((["shard", "--tables", str(csv), "--quiet"], "tables.csv:2"),
                         (["lns", "run", str(mps), "--time-limit", "2"], "bad.mps"),
                         (["passes", "optimize", str(program)], "bad.ll")):
        code, err = _console(*argv)
        assert_clean(code, err)
        assert code == 2 and needle in err, err
