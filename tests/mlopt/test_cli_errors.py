"""Issue 20's bad inputs: every one gives one line on stderr and exit status 2 (never a traceback); an internal
error gives one line with a --debug hint and exit status 1."""

from __future__ import annotations

import errno
import os
import time
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from mlopt.errors import InputError, user_error
from mlopt.parallel import TaskFailed

REPO = Path(__file__).resolve().parents[2]
TABLES = REPO / "datasets" / "tables" / "dlrm_default.csv"
PROGRAM = sorted((REPO / "datasets" / "programs" / "ll").glob("*.ll"))[0]
HEADER = "name,num_embeddings,dim,pooling_factor\n"
SHARD = ["shard", "--method", "size-greedy", "--quiet"]


def one_line_error(code: int, err: str, *needles: str) -> None:
    """Exit 2 and exactly one stderr line, ``mlopt: error: ...`` holding every needle; no traceback."""
    assert code == 2, err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mlopt: error: "), err
    for needle in needles:
        assert needle in lines[0], lines[0]


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("name, data, needles", [
    ("fewer.csv", (HEADER + "t0,100,16,1\nt1,100,16\n").encode(), [":3:", "pooling_factor", "3 of 4 values"]),
    ("minus_zero.csv", (HEADER + "t0,100,16,-0\n").encode(), [":2:", "pooling_factor", "out of range"]),
    ("zero.csv", (HEADER + "t0,100,16,0\n").encode(), [":2:", "pooling_factor", "<= 10000"]),
    ("huge.csv", (HEADER + "t0,100,16,1e30\n").encode(), [":2:", "pooling_factor", "out of range"]),
    ("latin1.csv", (HEADER + "t0,100,16,1\nt\xe91,100,16,1\n").encode("latin-1"), [":3:", "not UTF-8"]),
])
def test_bad_tables_csv(name: str, data: bytes, needles: list[str], tmp_path: Path, run_cli) -> None:
    path = write(tmp_path / name, data)
    one_line_error(*run_cli([*SHARD, "--tables", str(path)])[::2], str(path), *needles)


def test_a_byte_order_mark_is_accepted(tmp_path: Path, run_cli) -> None:
    path = write(tmp_path / "bom.csv", b"\xef\xbb\xbf" + (HEADER + "t0,100,16,2\n").encode())
    code, out, err = run_cli([*SHARD, "--tables", str(path)])
    assert code == 0, err
    assert float(out) > 0


@pytest.mark.parametrize("flags, needles", [
    (["--memory-gb", "nan"], ["--memory-gb", "nan"]),
    (["--memory-gb", "inf"], ["--memory-gb", "inf"]),
    (["--memory-gb", "1e30"], ["--memory-gb", "<= 4096"]),
    (["--memory-gb", "-0"], ["--memory-gb"]),
    (["--devices", "100000"], ["--devices", "1..1024"]),
    (["--time-limit", "inf"], ["--time-limit", "<= 604800"]),
    (["--seed", "-1"], ["--seed"]),
    (["--batch-size", "99999999999"], ["--batch-size"]),
])
def test_bad_shard_numbers(flags: list[str], needles: list[str], run_cli) -> None:
    one_line_error(*run_cli([*SHARD, "--tables", str(TABLES), *flags])[::2], *needles)


@pytest.mark.parametrize("flag", ["--out", "--torchrec-out"])
def test_unwritable_shard_outputs(flag: str, tmp_path: Path, run_cli) -> None:
    a_file = write(tmp_path / "file", b"")
    one_line_error(*run_cli([*SHARD, "--tables", str(TABLES), flag, str(tmp_path)])[::2], flag, "is a folder")
    one_line_error(*run_cli([*SHARD, "--tables", str(TABLES), flag, str(a_file / "plan.json")])[::2], flag,
                   "is a file, not a folder")
    code, _, err = run_cli([*SHARD, "--tables", str(TABLES), flag, str(tmp_path / "new" / "plan.json")])
    assert code == 0 and (tmp_path / "new" / "plan.json").is_file(), err  # a missing parent is created


def test_an_output_folder_without_write_permission(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli) -> None:
    """The permission check itself (root, which runs these tests in CI, may write anywhere)."""
    locked = tmp_path / "locked"
    locked.mkdir()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == locked else real_access(p, mode))
    one_line_error(*run_cli([*SHARD, "--tables", str(TABLES), "--out", str(locked / "plan.json")])[::2],
                   "--out", "no permission to write in")


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux's /proc")
def test_a_folder_no_file_can_be_created_in_is_refused_before_planning(run_cli) -> None:
    """/proc passes the permission check for root, but no file can be created there: refused up front."""
    started = time.monotonic()
    one_line_error(*run_cli([*SHARD, "--tables", str(TABLES), "--out", "/proc/plan.json"])[::2], "--out",
                   "cannot write in /proc")
    assert time.monotonic() - started < 3  # no planning first (the default plans for about 7 s)


def test_a_read_only_file_system_at_write_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli) -> None:
    """An OSError while the output is written (read-only or full file system) is one line naming the file."""
    def read_only(src: str, dst: str) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(os, "replace", read_only)
    out = tmp_path / "plan.json"
    one_line_error(*run_cli([*SHARD, "--tables", str(TABLES), "--out", str(out)])[::2], str(out), "cannot write it",
                   "Read-only file system")
    assert list(tmp_path.iterdir()) == []  # no temporary file left behind


@pytest.fixture(scope="module")
def instance(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from mlopt.datasets.ilp import write_instances

    return Path(write_instances("mvc", "tiny", 1, tmp_path_factory.mktemp("ilp"), 0)[0])


def test_lns_reference_on_missing_and_unreadable_files(tmp_path: Path, instance: Path, monkeypatch: pytest.MonkeyPatch,
                                                       run_cli) -> None:
    one_line_error(*run_cli(["lns", "reference", str(tmp_path / "none.mps")])[::2], "none.mps", "file not found")
    secret = write(tmp_path / "secret.mps", instance.read_bytes())
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == secret else real_access(p, mode))
    one_line_error(*run_cli(["lns", "reference", str(secret)])[::2], "secret.mps", "readable")


def test_a_worker_process_error_is_the_same_one_line(tmp_path: Path, instance: Path, run_cli) -> None:
    """Two workers (a real process pool): SCIP's read error in a worker arrives as the worker's InputError."""
    garbage = write(tmp_path / "garbage.mps", b"not an MPS file\n")
    code, _, err = run_cli(["lns", "reference", str(garbage), str(instance), "--time-limit", "5", "--workers", "2"])
    one_line_error(code, err, "garbage.mps", "SCIP cannot read it")


@pytest.mark.parametrize("flags, needles", [
    (["--time-limit", "inf"], ["--time-limit", "<= 604800"]),
    (["--step-limit", "nan"], ["--step-limit"]),
    (["--out", "/dev/null/run.json"], ["--out", "is a file, not a folder"]),
])
def test_bad_lns_run_flags(flags: list[str], needles: list[str], instance: Path, run_cli) -> None:
    one_line_error(*run_cli(["lns", "run", str(instance), *flags])[::2], *needles)


def test_passes_optimize_bad_inputs(tmp_path: Path, run_cli) -> None:
    empty = write(tmp_path / "empty.ll", b"")
    one_line_error(*run_cli(["passes", "optimize", str(empty)])[::2], "empty.ll", "no function definitions")
    one_line_error(*run_cli(["passes", "optimize", str(PROGRAM), "--opt", "/bin/true"])[::2], "--opt",
                   "does not report an LLVM version")
    one_line_error(*run_cli(["passes", "optimize", str(PROGRAM), "--opt", str(tmp_path)])[::2], "--opt",
                   "cannot be run")
    one_line_error(*run_cli(["passes", "optimize", str(PROGRAM), "--out", str(empty / "x.ll")])[::2], "--out",
                   "is a file, not a folder")


def test_an_empty_program_fails_fast_end_to_end(tmp_path: Path) -> None:
    """The console script, before the model is loaded: one line, exit 2, no traceback."""
    empty = write(tmp_path / "empty.ll", b"")
    result = subprocess.run([sys.executable, "-m", "mlopt.cli.main", "passes", "optimize", str(empty)],
                            capture_output=True, text=True, timeout=120)
    one_line_error(result.returncode, result.stderr, "empty.ll")


def test_internal_errors_are_one_line_with_a_debug_hint(monkeypatch: pytest.MonkeyPatch, run_cli) -> None:
    import mlopt.cli.shard as shard_cli

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(shard_cli, "best_greedy", broken)
    code, _, err = run_cli([*SHARD, "--tables", str(TABLES)])
    assert code == 1
    assert err.strip() == "mlopt: internal error: RuntimeError: boom second line (a bug; rerun with --debug for the " \
                          "traceback)"
    with pytest.raises(RuntimeError, match="boom"):
        from mlopt.cli.main import main

        main([*SHARD, "--tables", str(TABLES), "--debug"])


def test_input_errors_survive_pickling_and_wrapping() -> None:
    error = InputError("bad", file="f.csv", row=3, field="time_limit_s", expected="seconds")
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.file, copy.row, copy.field, copy.expected, str(copy)) == ("f.csv", 3, "time_limit_s", "seconds",
                                                                            str(error))
    try:
        raise TaskFailed(0, copy) from copy
    except TaskFailed as wrapped:
        assert user_error(wrapped) is copy
    assert user_error(RuntimeError("unrelated")) is None
