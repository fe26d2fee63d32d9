"""Issue 20, Ctrl-C: one line saying what was interrupted and what was kept, exit status 130, no partial
output files, and an interrupted data collection resumes on the next run (finished instances kept)."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mlopt.cli.interrupt import solver_section

COLLECT = ["--time-limit", "2", "--lb-limit", "0.2", "--step-limit", "0.1", "--init-limit", "0.01", "--max-states",
           "2", "--quiet"]


def test_an_interrupted_collection_keeps_finished_instances_and_resumes(tmp_path: Path, run_cli) -> None:
    folder, data = tmp_path / "instances", tmp_path / "data"
    assert run_cli(["lns", "generate", "--family", "mvc", "--size", "tiny", "--n", "8", "--out", str(folder)])[0] == 0
    command = [sys.executable, "-c", "from mlopt.cli.entry import main; main()", "lns", "collect", str(folder),
               "--out", str(data), *COLLECT]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 90
    while not list((data / "samples").glob("*.json")) and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mlopt: interrupted mlopt lns collect: "), err
    assert str(data) in lines[0] and "resume" in lines[0]
    files = list((data / "samples").iterdir())
    assert len(files) < 16  # one .pt and one .json per finished instance, not all eight
    # an instance is finished once its .json (written after its .pt) is there; a .pt without it is recollected
    finished = {p: p.stat().st_mtime_ns for p in files
                if p.with_suffix(".json").exists() and p.with_suffix(".pt").exists()}
    assert finished
    assert not [p for p in data.rglob("*") if ".tmp" in p.name] and not (data / "dataset.json").exists()
    code, out, err = run_cli(["lns", "collect", str(folder), "--out", str(data), *COLLECT])
    assert code == 0 and "from 8 instances" in out, err
    assert all(p.stat().st_mtime_ns == mtime for p, mtime in finished.items())  # reused, not recollected


def test_solver_section_raises_after_a_held_interrupt_and_rearms_the_handler() -> None:
    handler = signal.getsignal(signal.SIGINT)
    with pytest.raises(KeyboardInterrupt):
        with solver_section():
            signal.raise_signal(signal.SIGINT)  # held: a native solver would not see it
            time.sleep(5)  # interrupted by the watcher, not slept through
    assert signal.getsignal(signal.SIGINT) is handler
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, set())
    with solver_section():  # no interrupt: nothing raised
        pass


def test_ctrl_c_during_the_milp_keeps_an_existing_plan_file(tmp_path: Path) -> None:
    """CP-SAT catches SIGINT itself: the interrupt must still end the command (after the solver returns)
    with one line and exit 130, writing nothing over the existing --out file."""
    out = tmp_path / "plan.json"
    out.write_text('{"old": true}\n')
    # --time-limit 60 gives CP-SAT 6 s of deterministic time (about 8 s here); at 10 it ends within the 1.5 s
    tables = Path(__file__).resolve().parents[2] / "datasets" / "tables" / "dlrm_856.csv"
    process = subprocess.Popen([sys.executable, "-c", "from mlopt.cli.entry import main; main()", "shard",
                                "--tables", str(tables), "--devices", "8", "--method", "milp", "--time-limit", "60",
                                "--quiet",
                                "--out", str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(1.5)  # past start-up: SIGINT is held from the entry point on
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert err.strip().splitlines() == ["mlopt: interrupted mlopt shard: no output written (existing output files "
                                        "are unchanged)"]
    assert out.read_text() == '{"old": true}\n' and [p.name for p in tmp_path.iterdir()] == ["plan.json"]
