"""Issue 20, honest statuses: every LNS / SCIP / MILP result names the solver's status in the printed line,
the ``--out`` JSON and LNS-v0's ``info``; an instance SCIP proves infeasible or unbounded is one line and exit
status 2 (no objective written), and LNS-v0's reset raises InputError on it."""

from __future__ import annotations

import json
from pathlib import Path

import gymnasium as gym
import pytest

import mlopt.envs  # noqa: F401 - registers the envs
from mlopt.datasets.ilp import load_instance
from mlopt.errors import InputError
from mlopt.solvers.lns.baseline import scip_baseline
from mlopt.solvers.lns.engine import LNSConfig, LNSSearch
from mlopt.solvers.lns.scip import STATUSES

TABLES = Path(__file__).resolve().parents[2] / "datasets" / "tables" / "dlrm_default.csv"
BOUNDS = "Bounds\n 0 <= x <= 5\n 0 <= y <= 5\nGeneral\n x y\nEnd\n"
PROBLEMS = {  # tiny hand-written ILPs; SCIP settles each in milliseconds
    "infeasible": "Minimize\n obj: x + y\nSubject To\n c1: x + y >= 3\n c2: x + y <= 1\n" + BOUNDS,
    "unbounded": "Minimize\n obj: - x - y\nSubject To\n c1: x - y <= 1\nBounds\n x >= 0\n y >= 0\n"
                 "General\n x y\nEnd\n",
    # presolve sees "infeasible or unbounded"; the zero-objective check settles it as infeasible
    "inforunbd": "Minimize\n obj: - x\nSubject To\n c1: y >= 3\n c2: y <= 1\nBounds\n x >= 0\n 0 <= y <= 5\n"
                 "General\n x y\nEnd\n",
    "optimal": "Maximize\n obj: 3 x + 2 y\nSubject To\n c1: x + y <= 4\n c2: x + 3 y <= 6\n" + BOUNDS,
}
PROVED = {"infeasible": "infeasible", "unbounded": "unbounded", "inforunbd": "infeasible"}


def problem(tmp_path: Path, name: str) -> Path:
    path = tmp_path / f"{name}.lp"
    path.write_text(PROBLEMS[name])
    return path


@pytest.mark.parametrize("name", sorted(PROVED))
@pytest.mark.parametrize("selector", ["random", "scip"])
def test_lns_run_on_an_unsolvable_ilp_is_one_line_and_exit_2(name: str, selector: str, tmp_path: Path,
                                                              run_cli) -> None:
    path, out = problem(tmp_path, name), tmp_path / "run.json"
    code, stdout, err = run_cli(["lns", "run", str(path), "--selector", selector, "--time-limit", "5", "--quiet",
                                 "--out", str(out)])
    assert code == 2 and "Traceback" not in err, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"mlopt: error: {path}: {PROVED[name]}: "), err
    assert not out.exists() and stdout == ""  # no objective printed or written


@pytest.mark.parametrize("selector", ["random", "scip"])
def test_lns_run_prints_and_writes_the_status(selector: str, tmp_path: Path, run_cli) -> None:
    out = tmp_path / "run.json"
    code, stdout, err = run_cli(["lns", "run", str(problem(tmp_path, "optimal")), "--selector", selector,
                                 "--time-limit", "1", "--step-limit", "0.2", "--quiet", "--out", str(out)])
    assert code == 0, err
    doc = json.loads(out.read_text())
    assert doc["status"] == "optimal" and doc["objective"] == 12.0
    assert f"{selector}: 12 (optimal)" in stdout


def test_statuses_of_the_engine_and_the_baseline(tmp_path: Path) -> None:
    config = LNSConfig(time_limit=5.0, step_limit=0.2, init_limit=1.0)
    for name, status in PROVED.items():
        model = load_instance(problem(tmp_path, name))
        search = LNSSearch(model, config)
        assert not search.start() and search.status == status
        result = scip_baseline(model, 5.0)
        assert result.status == status and result.objective is None and result.incumbent is None
    assert scip_baseline(load_instance(problem(tmp_path, "optimal")), 5.0).status == "optimal"
    assert set(PROVED.values()) | {"optimal"} <= set(STATUSES)


@pytest.mark.parametrize("name", sorted(PROVED))
def test_lns_env_reset_raises_on_an_unsolvable_instance(name: str, tmp_path: Path) -> None:
    env = gym.make("mlopt/LNS-v0", instances=[problem(tmp_path, name)], time_limit=5.0, step_limit=0.2,
                   init_limit=1.0, graph_observation=False).unwrapped
    with pytest.raises(InputError, match=PROVED[name]):
        env.reset(seed=0)
    with pytest.raises(RuntimeError):  # no episode started
        env.step(env.action_space.sample())


def test_lns_env_info_carries_the_status(tmp_path: Path) -> None:
    env = gym.make("mlopt/LNS-v0", instances=[problem(tmp_path, "optimal")], time_limit=2.0, step_limit=0.2,
                   init_limit=1.0, max_steps=1, graph_observation=False).unwrapped
    observation, info = env.reset(seed=0)
    assert info["status"] == "optimal" and observation in env.observation_space
    assert env.step(env.action_space.sample())[-1]["status"] == "optimal"


def test_shard_milp_out_json_has_the_solver_status(tmp_path: Path, run_cli) -> None:
    out = tmp_path / "plan.json"
    code, stdout, err = run_cli(["shard", "--tables", str(TABLES), "--devices", "4", "--method", "milp",
                                 "--time-limit", "2", "--out", str(out)])
    assert code == 0, err
    status = json.loads(out.read_text())["result"]["details"]["status"]
    # a loaded machine may stop the 2 s MILP at its limit: every status with a plan is honest here
    assert status in ("optimal", "feasible", "time_limit") and f"MILP (cpsat, {status})" in stdout
