"""`mlopt lns run|bench` build every selector through the one registry: --step-limit reaches LB and
LB-RELAX, a selector added with one `register_selector` call runs in both, unknown names are one line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import mlopt.cli.lns as cli_lns
import mlopt.solvers.lns.bench as lns_bench
from mlopt.datasets.ilp import write_instances
from mlopt.solvers.lns import (LBRelaxSelector, LNSState, LocalBranchingSelector, register_selector,
                               unregister_selector)
from mlopt.solvers.lns.selectors import SelectorOptions

CLASSES = {"lb": LocalBranchingSelector, "lb-relax": LBRelaxSelector}


class LastK:
    """A toy selector: the last k integer variables (in model order)."""

    name = "last-k"
    selected = 0  # destroy sets chosen by any instance (the CLI builds its own)

    def __init__(self, options: SelectorOptions) -> None:
        self.step_limit = options.step_limit

    def select(self, state: LNSState) -> np.ndarray:
        type(self).selected += 1
        return np.sort(state.integer[-state.k:])


@pytest.fixture
def last_k() -> Iterator[type[LastK]]:
    register_selector("last-k", LastK, help="toy: the last k integer variables")
    LastK.selected = 0
    yield LastK
    unregister_selector("last-k")


@pytest.fixture(scope="module")
def instances(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("mvc")
    write_instances("mvc", "tiny", 2, folder, seed=0)
    return folder


def record_selectors(monkeypatch: pytest.MonkeyPatch, module: Any) -> list[Any]:
    """Replace ``module.run_lns`` by a stub that keeps the selector it is given and returns a one-point run."""
    built: list[Any] = []

    def run_lns(instance: Any, selector: Any, *args: Any, **kwargs: Any) -> dict[str, Any]:
        built.append(selector)
        return {"instance": str(instance), "method": selector.name, "status": "feasible", "sense": "minimize",
                "objective": 10.0, "trajectory": [[0.1, 10.0]], "wall_s": 0.1, "steps": 1, "select_s": 0.0}

    monkeypatch.setattr(module, "run_lns", run_lns)
    return built


@pytest.mark.parametrize("name", ["lb", "lb-relax"])
def test_run_gives_lb_and_lb_relax_the_step_limit(name: str, instances: Path, run_cli,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    built = record_selectors(monkeypatch, cli_lns)
    code, out, err = run_cli(["lns", "run", str(instances / "mvc_tiny_0.mps"), "--selector", name,
                              "--step-limit", "2", "--quiet"])
    assert code == 0, err
    (selector,) = built
    assert isinstance(selector, CLASSES[name]) and selector.time_limit == 2.0  # not its built-in 5 s


@pytest.mark.parametrize("name", ["lb", "lb-relax"])
def test_bench_gives_lb_and_lb_relax_the_step_limit(name: str, instances: Path, tmp_path: Path, run_cli,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    built = record_selectors(monkeypatch, lns_bench)  # the inline worker's runs (workers=1)
    code, _, err = run_cli(["lns", "bench", str(instances), "--selectors", name, "--step-limit", "2",
                            "--workers", "1", "--plot", str(tmp_path / "gap.png")])
    assert code == 0, err
    assert len(built) == 2 and all(isinstance(s, CLASSES[name]) and s.time_limit == 2.0 for s in built)


def test_a_registered_toy_selector_runs_in_run_and_bench(last_k: type[LastK], instances: Path, tmp_path: Path,
                                                        run_cli) -> None:
    out = tmp_path / "run.json"
    code, stdout, err = run_cli(["lns", "run", str(instances / "mvc_tiny_0.mps"), "--selector", "last-k",
                                 "--time-limit", "1", "--step-limit", "0.2", "--init-limit", "0.05", "--quiet",
                                 "--out", str(out)])
    assert code == 0, err
    doc = json.loads(out.read_text())
    assert doc["method"] == "last-k" and doc["steps"] >= 1
    assert doc["steps"] <= last_k.selected <= doc["steps"] + 1  # one more when the time ran out after it chose
    before = last_k.selected
    bench_out = tmp_path / "bench.json"
    code, _, err = run_cli(["lns", "bench", str(instances), "--selectors", "last-k,random", "--time-limit", "1",
                            "--step-limit", "0.2", "--init-limit", "0.05", "--workers", "1",
                            "--plot", str(tmp_path / "gap.png"), "--out", str(bench_out)])
    assert code == 0, err
    runs = json.loads(bench_out.read_text())["runs"]
    assert [d["method"] for d in runs["last-k"]] == ["last-k", "last-k"]
    steps = sum(d["steps"] for d in runs["last-k"])
    assert steps >= 2 and steps <= last_k.selected - before <= steps + 2


@pytest.mark.parametrize("argv", [["run", "{folder}/mvc_tiny_0.mps", "--selector", "magic"],
                                  ["bench", "{folder}", "--selectors", "random,magic"]])
def test_an_unknown_selector_is_one_line_exit_2(argv: list[str], instances: Path, run_cli) -> None:
    code, _, err = run_cli(["lns", *(a.format(folder=instances) for a in argv)])
    assert code == 2 and "'magic'" in err and "lb-relax" in err and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err and "KeyError" not in err
