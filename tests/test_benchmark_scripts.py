"""The benchmark scripts fail on bad input the way the CLI does: one line on stderr, exit status 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from mlopt.errors import InputError, run_script

ROOT = Path(__file__).resolve().parents[1]


def test_run_script_prints_one_line_and_exits_2(capsys, monkeypatch) -> None:
    monkeypatch.setattr(sys, "argv", ["bench.py"])

    def bad() -> None:
        raise InputError("'x'", field="--methods", expected="one of a, b")

    with pytest.raises(SystemExit) as exit_info:
        run_script(bad)
    assert exit_info.value.code == 2
    assert capsys.readouterr().err == "bench.py: error: --methods: 'x' (expected one of a, b)\n"
    run_script(lambda: None)  # no error: returns normally


def test_lns_benchmark_rejects_an_unknown_method_without_a_traceback() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "lns.py"), "--methods", "scip,bogus"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.strip() == ("lns.py: error: --methods: 'bogus' (expected comma-separated, from random, lb, "
                                   "lb-relax, cl-lns, il-lns, scip)")  # the selector registry's order, then SCIP


def test_lns_benchmark_names_the_model_flag_when_no_shipped_model_fits() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "lns.py"), "--families", "mvc", "--methods",
                           "il-lns"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.strip() == ("lns.py: error: --model: no shipped il-lns model for family mvc (expected a "
                                   "model.pt from `mlopt lns train`; no cross-family il-lns model is shipped)")


@pytest.mark.slow
def test_measured_oracle_benchmark_runs_quick() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "measured_oracle.py"), "--quick"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    for line in ("DreamShard cost net, trained on measured", "NeuroShard compute + comm nets, trained on measured",
                 "measurement spread", "neuroshard-tw (measured nets)", "ratio to best greedy"):
        assert line in done.stdout


def test_measured_oracle_benchmark_rejects_bad_sizes_without_a_traceback() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "measured_oracle.py"), "--repeats", "0"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.strip() == "measured_oracle.py: error: --repeats: 0 (expected an integer >= 1)"


def test_sharding_default_benchmark_rejects_a_bad_suite_in_one_line() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "sharding_default.py"), "--suites", "12by4"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.strip() == ("sharding_default.py: error: --suites: '12by4' (expected TABLESxDEVICES/HOSTS, "
                                   "e.g. 200x8/1)")


@pytest.mark.slow
def test_sharding_default_benchmark_runs_quick() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "sharding_default.py"), "--quick"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    rows = [line.split() for line in done.stdout.splitlines() if line.strip().startswith(("50x4/1", "100x12/2"))]
    assert len(rows) == 2 and all(float(row[1]) <= 1.0 + 1e-9 for row in rows)  # never worse than the MILP alone


def test_sharding_rows_benchmark_rejects_a_bad_suite_in_one_line() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "sharding_rows.py"), "--suites", "60x8/1"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.strip() == ("sharding_rows.py: error: --suites: '60x8/1' (expected "
                                   "TABLESxDEVICES/HOSTS+HOT[!], e.g. 60x8/1+1)")


@pytest.mark.slow
def test_sharding_rows_benchmark_runs_quick() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "sharding_rows.py"), "--quick"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    rows = [line.split() for line in done.stdout.splitlines() if line.strip().startswith(("60x8/1+1", "60x8/2+0!"))]
    assert len(rows) == 2 and all(float(row[1]) < float(row[2]) for row in rows)  # the stages pay on both suites


def test_sharding_uvm_benchmark_runs_quick_and_rejects_a_bad_suite_in_one_line() -> None:
    script = str(ROOT / "benchmarks" / "sharding_uvm.py")
    done = subprocess.run([sys.executable, script, "--quick"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    row = next(line.split() for line in done.stdout.splitlines() if line.strip().startswith("60x4/1@1.2"))
    dreamshard, dreamshard_cold, neuroshard, neuroshard_cold, milp, default = map(float, row[1:7])
    assert dreamshard < dreamshard_cold and neuroshard < neuroshard_cold  # the UVM net pays on the quick suite
    assert default <= min(milp, 1.0) + 1e-9 and int(row[7]) > 0
    done = subprocess.run([sys.executable, script, "--suites", "60x4/1@0.5"], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 2 and done.stderr.strip() == (
        "sharding_uvm.py: error: --suites: '60x4/1@0.5' (expected a factor in (1, 4])")


def test_neuroshard_steps_benchmark_finds_the_same_plan_in_both_forms() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "neuroshard_steps.py"), "--suites", "50x4/1",
                           "100x12/2"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr  # it raises when the pooled and projected forms plan differently
    rows = [line.split() for line in done.stdout.splitlines() if line.strip().startswith(("50x4/1", "100x12/2"))]
    assert len(rows) == 2 and all(float(row[1]) > 0 and float(row[2]) > 0 for row in rows)


def test_shard_stages_benchmark_times_every_stage_and_names_a_missing_file(tmp_path: Path) -> None:
    script = str(ROOT / "benchmarks" / "shard_stages.py")
    done = subprocess.run([sys.executable, script, "--tables", str(ROOT / "datasets" / "tables" / "dlrm_default.csv"),
                           "--devices", "8", "--hosts", "2"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "read and check the CSV" in done.stdout and "write it" in done.stdout and "torchrec: " in done.stdout
    done = subprocess.run([sys.executable, script, "--tables", str(tmp_path / "missing.csv")], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1 and "missing.csv" in done.stderr


def test_surrogates_vs_pyepo_runs_quick_and_agrees_with_pyepo_where_it_is_installed() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "surrogates_vs_pyepo.py"), "--quick",
                           "--problems", "shortest-path", "tsp"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    rows = {}
    for line in done.stdout.splitlines():
        cells = [cell.strip() for cell in line.strip("│┃ ").split("│")]
        if cells[0] in ("spo+", "dbb"):
            rows.setdefault(cells[0], []).append(cells)
    assert sorted(rows) == ["dbb", "spo+"] and all(len(found) == 2 for found in rows.values())  # two problems
    for found in rows.values():
        for cells in found:
            regret = float(cells[1].split("+-")[0])
            assert 0.0 <= regret < 2.0 and float(cells[5]) > 0.0  # a regret and seconds per epoch
    path_spo = rows["spo+"][0]
    if path_spo[2] != "-":  # PyEPO installed: SPO+ on the same data and model gives the same decisions
        assert path_spo[1].split("+-")[0] == path_spo[2].split("+-")[0] and path_spo[3] == "yes"


def quick_mlopt_regrets(*flags: str) -> dict[str, str]:
    """mlopt's regret cell per method of a ``surrogates_vs_pyepo.py --quick`` run with ``flags``."""
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "surrogates_vs_pyepo.py"), "--quick", *flags],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    cells = [[cell.strip() for cell in line.strip("│┃ ").split("│")] for line in done.stdout.splitlines()]
    return {row[0]: row[1] for row in cells if row[0] in ("spo+", "dbb")}


def test_surrogates_vs_pyepo_grid_path_solver_trains_to_the_generic_backends_regrets() -> None:
    regrets = {backend: quick_mlopt_regrets("--problems", "shortest-path", "--path-backend", backend)
               for backend in ("glop", "grid")}
    assert sorted(regrets["grid"]) == ["dbb", "spo+"] and regrets["grid"] == regrets["glop"]  # the same decisions


def test_surrogates_vs_pyepo_parallel_solves_give_the_one_thread_regrets() -> None:
    regrets = {parallel: quick_mlopt_regrets("--problems", "knapsack", "--parallel", parallel)
               for parallel in ("1", "2")}
    assert sorted(regrets["2"]) == ["dbb", "spo+"] and regrets["2"] == regrets["1"]  # worker threads, same answers
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "surrogates_vs_pyepo.py"), "--parallel", "0"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "--parallel" in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_surrogates_vs_pyepo_rejects_an_unknown_method_in_one_line() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "surrogates_vs_pyepo.py"), "--methods", "spo"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.strip().startswith("surrogates_vs_pyepo.py: error: --methods: spo (expected one of spo+, dbb")


@pytest.mark.parametrize("value", ["0", "-3"])
def test_surrogates_vs_pyepo_rejects_a_non_positive_frank_wolfe_count_in_one_line(value: str) -> None:
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "surrogates_vs_pyepo.py"), "--fw-iters", value],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.strip() == f"surrogates_vs_pyepo.py: error: --fw-iters: {value} (expected at least 1 " \
                                  "Frank-Wolfe iteration)"


def test_surrogate_backends_prints_a_rate_for_every_backend_and_the_same_optima_as_pyepo() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "surrogate_backends.py"), "--vectors", "12",
                           "--repeats", "1"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    rows = [[cell.strip() for cell in line.strip("│┃ ").split("│")] for line in done.stdout.splitlines()
            if line.startswith("│") and ("5x5" in line or "2 x 32" in line or "TSP" in line)]
    assert len(rows) == 11 and {row[0].split()[0] for row in rows} == {"shortest", "knapsack", "TSP"}
    for row in rows:
        assert float(row[3].replace(",", "")) > 0  # mlopt's solves per second
        if row[2] != "-":  # PyEPO (and for the TSP rows gurobipy) installed: the same optimal objectives
            assert float(row[6]) < 1e-3 * (10 if "TSP" in row[0] else 1)
