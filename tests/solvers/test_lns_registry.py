"""The one LNS selector registry: one table for classic and learned selectors, built the same way by the
file API and the benchmark (whose jobs carry their entry to the worker), torch-free."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import numpy as np
import pytest

from mlopt.datasets.ilp import write_instances
from mlopt.errors import InputError
from mlopt.parallel import make_executor
from mlopt.solvers.lns import (
    SELECTORS, LBRelaxSelector, LocalBranchingSelector, LNSState, RandomSelector, SelectorOptions, build_selector,
    unregister_selector,
    register_selector, selector_entry, selector_names,
)
from mlopt.solvers.lns.api import run_lns
from mlopt.solvers.lns.bench import method_names, run_all


class EveryOther:
    """A toy selector: every other integer variable, the first k of them."""

    name = "every-other"

    def __init__(self, options: SelectorOptions) -> None:
        self.step_limit = options.step_limit

    def select(self, state: LNSState) -> np.ndarray:
        return np.sort(state.integer[::2][:state.k])


@pytest.fixture
def every_other() -> Iterator[None]:
    register_selector("every-other", EveryOther, help="toy: every other integer variable")
    yield
    unregister_selector("every-other")


def test_one_table_holds_classic_and_learned_selectors_once() -> None:
    names = selector_names()
    assert len(names) == len(set(names)) == len(SELECTORS)
    assert selector_names(learned=False) == ("random", "lb", "lb-relax")
    assert selector_names(learned=True) == ("cl-lns", "il-lns")
    assert all(isinstance(SELECTORS[n].factory, str) for n in selector_names(learned=True))  # imported when built
    assert method_names() == (*names, "scip")  # SCIP alone is a method, not a selector
    lb = selector_entry("lb")
    assert register_selector("lb", lb.factory, help=lb.help) is not None  # the same entry again: a no-op
    with pytest.raises(ValueError, match="taken"):
        register_selector("lb", RandomSelector.from_options, help="again")
    with pytest.raises(ValueError, match="taken"):
        register_selector("scip", RandomSelector.from_options, help="not a selector")
    assert set(SELECTORS) == set(names)


def test_the_step_limit_reaches_lb_and_lb_relax() -> None:
    lb = build_selector("lb", SelectorOptions(step_limit=2.0))
    relax = build_selector("lb-relax", SelectorOptions(step_limit=2.0))
    assert isinstance(lb, LocalBranchingSelector) and lb.time_limit == 2.0
    assert isinstance(relax, LBRelaxSelector) and relax.time_limit == 2.0
    assert isinstance(build_selector("random"), RandomSelector)


def test_unknown_names_and_learned_selectors_without_a_model_are_input_errors() -> None:
    with pytest.raises(InputError) as unknown:
        build_selector("magic")
    assert unknown.value.field == "selector" and "lb-relax" in str(unknown.value)
    with pytest.raises(InputError) as no_model:
        build_selector("cl-lns", SelectorOptions(step_limit=1.0))
    assert no_model.value.field == "model"
    assert not selector_entry("random").learned and selector_entry("il-lns").learned


def test_a_registered_selector_runs_in_the_file_api_and_the_benchmark(every_other: None, tmp_path) -> None:
    (path,) = write_instances("mvc", "tiny", 1, tmp_path, seed=0)
    doc = run_lns(path, "every-other", time_limit=0.5, step_limit=0.1, seed=0, init_limit=0.05)
    assert doc["method"] == "every-other" and doc["steps"] >= 1
    with make_executor("local", 1) as executor:
        runs = run_all([str(path)], ["every-other", "random"], 0.5, 0.1, 0.05, 0, executor)
    assert [d["method"] for d in runs["every-other"]] == ["every-other"] and runs["every-other"][0]["steps"] >= 1


def test_a_selector_registered_at_run_time_reaches_a_spawned_worker(tmp_path) -> None:
    register_selector("random-again", RandomSelector.from_options, help="a picklable factory under a new name")
    try:
        paths = [str(p) for p in write_instances("mvc", "tiny", 2, tmp_path, seed=0)]
        with make_executor("local", 2) as executor:  # two jobs: a spawned pool, whose registry lacks the name
            runs = run_all(paths, ["random-again"], 0.5, 0.1, 0.05, 0, executor)
    finally:
        unregister_selector("random-again")
    assert [d["method"] for d in runs["random-again"]] == ["random", "random"]  # the selector's own name
    assert all(d["steps"] >= 1 for d in runs["random-again"])


def test_the_benchmark_rejects_an_unknown_selector_before_any_run(tmp_path) -> None:
    class NoRuns:
        def map(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            raise AssertionError("no job may start")

    with pytest.raises(InputError, match="unknown selector 'magic'"):
        run_all([str(tmp_path / "x.mps")], ["random", "magic"], 1.0, 0.1, 0.1, 0, NoRuns())
    with pytest.raises(InputError) as no_model:
        run_all([str(tmp_path / "x.mps")], ["cl-lns"], 1.0, 0.1, 0.1, 0, NoRuns())
    assert no_model.value.field == "model"


def test_the_registry_imports_no_torch() -> None:
    code = ("import sys, mlopt.solvers.lns.registry, mlopt.solvers.lns.bench; "
            "from mlopt.solvers.lns import build_selector, SelectorOptions; build_selector('lb-relax', "
            "SelectorOptions(step_limit=2.0)); print('torch' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
