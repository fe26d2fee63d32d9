"""plan_sharding: the MILP plan (linearized MILP + refinement under the true oracle) is never worse
than any greedy baseline under the same non-additive oracle; a planner registered once works in
plan_sharding and in `mlopt shard`."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import numpy as np
import pytest

from mlopt.datasets.embedding_tables import ShardingPlan, ShardingTask, load_tables_csv
from mlopt.envs.oracles import AnalyticalOracle
from mlopt.errors import InputError
from mlopt.sharding import (PlanBudget, Planner, ShardingResult, best_greedy, get_planner, greedy_baselines,
                            plan_sharding, planner_names, register_planner, unregister_planner)

POOL = load_tables_csv(Path(__file__).resolve().parents[2] / "datasets" / "tables" / "dlrm_856.csv")


def sampled_task(seed: int, num_tables: int, num_devices: int, slack: float) -> ShardingTask:
    rng = np.random.default_rng(seed)
    tables = tuple(POOL[i] for i in rng.choice(len(POOL), num_tables, replace=False))
    sizes = np.array([t.size_bytes for t in tables])
    memory = int(max(sizes.max(), slack * sizes.sum() / num_devices))
    return ShardingTask(tables, num_devices, memory)


@pytest.mark.parametrize(("seed", "num_tables", "num_devices", "slack", "hardware"),
                         [(0, 50, 4, 1.8, "a100"), (1, 80, 4, 2.0, "v100"), (2, 120, 8, 1.6, "h100")])
def test_milp_plan_beats_every_greedy(seed: int, num_tables: int, num_devices: int, slack: float,
                                      hardware: str) -> None:
    task = sampled_task(seed, num_tables, num_devices, slack)
    oracle = AnalyticalOracle(hardware)
    milp = plan_sharding(task, "milp", oracle, time_limit_s=4, seed=seed)
    milp.plan.validate(task)
    assert milp.cost.total_ms == pytest.approx(oracle.cost(task, milp.plan).total_ms)
    packed = 0
    for name in greedy_baselines():
        try:
            greedy = plan_sharding(task, name, oracle, seed=seed)
        except InputError:  # tight memory: a greedy may fail to pack where the MILP succeeds
            continue
        packed += 1
        assert milp.cost.total_ms <= greedy.cost.total_ms * (1 + 1e-9), name
    assert packed >= 3
    assert 0.0 <= milp.details["gap"] <= 1.0
    assert milp.details["linearized_bound_ms"] <= milp.details["linearized_objective_ms"] + 1e-9
    assert milp.details["refined_cost_ms"] <= milp.details["milp_plan_cost_ms"] + 1e-9
    assert milp.wall_s < 4 * 1.5 + 2


def test_best_greedy_is_the_minimum() -> None:
    task = sampled_task(5, 40, 4, 1.5)
    oracle = AnalyticalOracle("a100")
    best = best_greedy(task, oracle)
    costs = [plan_sharding(task, name, oracle).cost.total_ms for name in greedy_baselines()]
    assert best.cost.total_ms == pytest.approx(min(costs))


def test_unknown_method_and_backend() -> None:
    task = sampled_task(6, 10, 2, 2.0)
    with pytest.raises(InputError, match="^method: "):
        plan_sharding(task, "dreams")
    with pytest.raises(InputError, match="^milp_backend: "):
        plan_sharding(task, "milp", milp_backend="gurobi")


@dataclass(frozen=True)
class LargestFirstConfig:
    """The toy planner's one setting: how many devices it may use."""

    max_devices: int | None = None


def plan_largest_first(task: ShardingTask, oracle, budget: PlanBudget, config: LargestFirstConfig) -> ShardingResult:
    """Toy planner: tables by descending size, each on the least-filled of the first ``max_devices`` devices."""
    devices = task.num_devices if config.max_devices is None else config.max_devices
    used = np.zeros(devices)
    assignment = np.zeros(task.num_tables, dtype=np.int64)
    for t in np.argsort(-task.sizes(), kind="stable"):
        assignment[t] = int(np.argmin(used))
        used[assignment[t]] += task.sizes()[t]
    plan = ShardingPlan.from_array(assignment)
    return ShardingResult("largest-first", plan, oracle.cost(task, plan), 0.0, {"devices_used": devices})


@pytest.fixture
def toy_planner() -> Iterator[Planner]:
    planner = register_planner(Planner("largest-first", plan_largest_first, LargestFirstConfig(), help="toy"))
    yield planner
    unregister_planner("largest-first")


def test_a_toy_planner_takes_one_registration(toy_planner: Planner, run_cli, tmp_path: Path) -> None:
    task = sampled_task(3, 30, 4, 2.0)
    oracle = AnalyticalOracle("a100")
    result = plan_sharding(task, "largest-first", oracle)
    assert result.method == "largest-first" and result.plan.validate(task) is None
    assert result.cost.total_ms == pytest.approx(oracle.cost(task, result.plan).total_ms)
    two = toy_planner.configured(max_devices=2, milp_backend="scip").run(task, oracle, PlanBudget())
    assert set(two.plan.assignment) == {0, 1} and two.details["devices_used"] == 2  # its own config, others ignored
    assert "largest-first" in planner_names() and not get_planner("largest-first").needs_weights
    tables = Path(__file__).resolve().parents[2] / "datasets" / "tables" / "dlrm_default.csv"
    code, out, err = run_cli(["shard", "--tables", str(tables), "--devices", "4", "--method", "largest-first",
                              "--out", str(tmp_path / "plan.json")])
    assert code == 0, err
    assert "largest-first plan" in out and json.loads((tmp_path / "plan.json").read_text())["result"]["method"] == \
        "largest-first"


def test_the_registry_refuses_a_second_planner_of_a_name(toy_planner: Planner) -> None:
    assert register_planner(toy_planner) is toy_planner  # the same planner again: a no-op
    other = dataclasses.replace(toy_planner, help="another toy")
    with pytest.raises(ValueError, match="registered already"):
        register_planner(other)
    assert register_planner(other, replace=True) is other and get_planner("largest-first") is other


def test_the_milp_chooses_sharding_types_and_never_loses_to_the_greedy_start() -> None:
    tables = load_tables_csv(Path(__file__).resolve().parents[2] / "datasets" / "tables" / "dlrm_default.csv")[:40]
    task = ShardingTask(tables, 8, 80 * 2**30, num_hosts=2, ddr_bytes=128 * 2**30)
    oracle = AnalyticalOracle("a100")
    typed = plan_sharding(task, "milp", oracle, time_limit_s=4)
    typed.plan.validate(task)
    details = typed.details
    assert typed.cost.total_ms <= best_greedy(task, oracle).cost.total_ms + 1e-9
    assert details["linearized_bound_ms"] <= details["linearized_objective_ms"] + 1e-9
    assert sum(details["sharding_types"].values()) == 40 and details["options"] > 40
    table_wise = plan_sharding(task, "milp", oracle, time_limit_s=4, milp_backend="scip")  # SCIP: table-wise only
    assert table_wise.plan.is_table_wise and "sharding_types" not in table_wise.details
    only = get_planner("milp").configured(sharding_types=("table_wise",))
    assert only.run(task, oracle, PlanBudget(time_limit_s=4)).plan.is_table_wise
    with pytest.raises(InputError, match="sharding_types"):
        get_planner("milp").configured(sharding_types=("row_wise",))


def reference_greedy(task: ShardingTask, key: np.ndarray) -> np.ndarray:
    """The greedy family's rule written plainly: descending key (stable), the fitting device of least key-sum
    (lowest index on ties)."""
    free = np.full(task.num_devices, task.memory_bytes, dtype=np.int64)
    load = np.zeros(task.num_devices)
    out = np.empty(task.num_tables, dtype=np.int64)
    for t in np.argsort(-key, kind="stable"):
        fits = np.flatnonzero(free >= task.sizes()[t])
        d = fits[np.argmin(load[fits])]
        out[t], load[d], free[d] = d, load[d] + key[t], free[d] - task.sizes()[t]
    return out


@pytest.mark.parametrize(("seed", "num_tables", "num_devices", "slack"), [(0, 60, 4, 1.05), (1, 200, 16, 1.2),
                                                                          (2, 300, 7, 3.0)])
def test_the_heap_greedy_places_every_table_as_the_plain_rule(seed: int, num_tables: int, num_devices: int,
                                                               slack: float) -> None:
    from mlopt.solvers.sharding.greedy import dim_keys, greedy_plan, lookup_keys, size_keys

    task = sampled_task(seed, num_tables, num_devices, slack)  # tight memory: full devices are skipped
    for keys in (dim_keys, size_keys, lookup_keys):
        try:
            expected = reference_greedy(task, keys(task))
        except ValueError:  # the plain rule found no device with room: the heap must say so too
            with pytest.raises(InputError):
                greedy_plan(task, keys(task))
            continue
        assert greedy_plan(task, keys(task)).as_array().tolist() == expected.tolist()


def test_best_greedy_within_a_limit_runs_as_many_baselines_as_the_limit_affords() -> None:
    from mlopt.sharding.core.baselines import GREEDY_SHARE, GREEDY_TABLES_PER_SECOND

    task = sampled_task(3, 100, 4, 1.5)
    oracle = AnalyticalOracle("a100")
    one = 100 / (GREEDY_SHARE * GREEDY_TABLES_PER_SECOND)  # seconds that afford exactly one baseline
    first = best_greedy(task, oracle, time_limit_s=one)
    assert first.method == greedy_baselines()[0]
    assert first.details["greedy_skipped"] == list(greedy_baselines()[1:])
    two = best_greedy(task, oracle, time_limit_s=2 * one)
    assert two.details["greedy_skipped"] == list(greedy_baselines()[2:])
    assert "greedy_skipped" not in best_greedy(task, oracle, time_limit_s=100 * one).details
    assert best_greedy(task, oracle, time_limit_s=100 * one).cost.total_ms == best_greedy(task, oracle).cost.total_ms


def test_the_default_skips_the_milp_by_size_alone_with_a_note() -> None:
    from mlopt.sharding import plan_default
    from mlopt.sharding.planning import MILP_CELLS_PER_SECOND

    task = sampled_task(4, 100, 8, 1.5)
    oracle = AnalyticalOracle("a100")
    limit = 0.9 * 100 * 8 / MILP_CELLS_PER_SECOND  # just short of what the MILP needs at this size
    baseline = best_greedy(task, oracle)
    result, notes = plan_default(task, oracle, baseline, time_limit_s=limit, deadline=1e12,
                                 model_dir=Path("/nonexistent"))
    assert result.details["milp_status"] == "skipped (size)" and result.details["milp_bound_ms"] is None
    assert result.cost.total_ms == baseline.cost.total_ms
    assert any(note.startswith("milp skipped: 100 tables on 8 devices") for note in notes)


def test_a_model_too_large_to_presolve_in_the_limit_is_not_given_to_cp_sat(monkeypatch: pytest.MonkeyPatch) -> None:
    """Above PRESOLVE_VARS_PER_DETERMINISTIC_SECOND variables per deterministic second the MILP's hint stands
    without CP-SAT (status time_limit, a bound from the work); below it CP-SAT runs."""
    import mlopt.sharding.core.baselines as baselines
    from mlopt.solvers.sharding.option_milp import model_size
    from mlopt.sharding.core.placement_options import placement_options

    task = sampled_task(5, 60, 8, 1.5)
    oracle = AnalyticalOracle("a100")
    size = model_size(placement_options(task, oracle, max_priced=int(baselines.PRICINGS_PER_SECOND * 2.0)), 8)
    calls = []
    real = baselines.solve_option_milp
    monkeypatch.setattr(baselines, "solve_option_milp", lambda *a, **k: calls.append(1) or real(*a, **k))
    planner = get_planner("milp")
    monkeypatch.setattr(baselines, "PRESOLVE_VARS_PER_DETERMINISTIC_SECOND",
                        0.9 * size / (2.0 * baselines.MILP_DETERMINISTIC_SHARE))
    skipped = planner.run(task, oracle, PlanBudget(time_limit_s=2.0, seed=0))
    assert not calls and skipped.details["status"] == "time_limit" and skipped.details["linearized_bound_ms"] > 0
    monkeypatch.setattr(baselines, "PRESOLVE_VARS_PER_DETERMINISTIC_SECOND",
                        1.1 * size / (2.0 * baselines.MILP_DETERMINISTIC_SHARE))
    solved = planner.run(task, oracle, PlanBudget(time_limit_s=2.0, seed=0))
    assert calls and solved.details["status"] in ("optimal", "feasible")


def test_below_the_learned_minimum_the_default_is_the_milp_alone_with_a_note() -> None:
    """A limit under LEARNED_MIN_LIMIT_S goes to the MILP: the learned planners (shipped weights) are left out with
    a note, and the plan is the MILP alone's, the same call twice."""
    from mlopt.sharding import plan_default
    from mlopt.sharding.planning import LEARNED_MIN_LIMIT_S

    task = sampled_task(6, 40, 4, 1.5)
    oracle = AnalyticalOracle("a100")
    baseline = best_greedy(task, oracle)
    result, notes = plan_default(task, oracle, baseline, time_limit_s=2.0, deadline=1e12)
    assert 2.0 < LEARNED_MIN_LIMIT_S
    assert any(note.startswith("dreamshard and neuroshard left out: --time-limit 2 s is below") for note in notes)
    assert set(result.details["default_candidates"]) == {"milp", baseline.method}
    alone = plan_sharding(task, "milp", oracle, time_limit_s=2.0, deadline=1e12)
    assert result.cost.total_ms <= alone.cost.total_ms and result.plan == min(
        (alone, baseline), key=lambda r: r.cost.total_ms).plan
