"""LNS over SCIP: selectors, the engine's guarantees, the SCIP baseline, metrics and the file API."""

from __future__ import annotations

import dataclasses
import time

import numpy as np
import pytest
from pyscipopt import SCIP_EVENTTYPE, Eventhdlr, Model, quicksum

from mlopt.datasets.ilp import FAMILIES, generate, load_instance, write_instances
from mlopt.errors import InputError
from mlopt.parallel import make_executor
from mlopt.solvers.lns import (
    LBRelaxSelector, LNSConfig, LNSState, LocalBranchingSelector, RandomSelector, ScoredSelector, lns,
    scip_baseline,
)
from mlopt.solvers.lns.api import run_lns, run_scip
from mlopt.solvers.lns.bench import run_all
from mlopt.solvers.lns.engine import INITIAL_SOLVE_PARAMS, _solve_initial, initial_k, solve_initial
from mlopt.solvers.lns.initial import initial_path, load_initial, store_initial
from mlopt.solvers.lns.local_branching import solve_local_branching
from mlopt.solvers.lns.matrix import linear_constraints
from mlopt.solvers.lns.metrics import (
    best_performing_rate, gap_at, primal_gap, primal_integral, survival_rate, value_at,
)
from mlopt.solvers.lns.scip import Trajectory, best_values, bounds, configure, copy_problem, integer_indices


def first_solution_state(model: Model, k: int, seed: int = 0) -> LNSState:
    """A state whose incumbent is SCIP's first solution (usually poor, so LB has room to move)."""
    work = configure(copy_problem(model))
    work.setParam("limits/solutions", 1)
    work.optimize()
    lb, ub = bounds(model)
    return LNSState(model, integer_indices(model), lb, ub, best_values(work), work.getObjVal(),
                    model.getObjectiveSense(), k, np.random.default_rng(seed), time_left=10.0)


def general_integer_model() -> Model:
    """max sum v_j x_j, sum w_j x_j <= 20, x_j in {0..4} integer, plus one continuous slack."""
    model = Model("gi")
    rng = np.random.default_rng(0)
    xs = [model.addVar(f"x{j}", vtype="I", lb=0, ub=4, obj=float(rng.integers(1, 10))) for j in range(12)]
    s = model.addVar("s", vtype="C", lb=0, ub=3, obj=0.5)
    model.addCons(quicksum(float(rng.integers(1, 6)) * x for x in xs) + s <= 20)
    model.setMaximize()
    return model


def distance(state: LNSState, values: np.ndarray) -> float:
    ints = state.integer
    return float(np.abs(np.round(values[ints]) - np.round(state.incumbent[ints])).sum())


def assert_valid_destroy(state: LNSState, destroy: np.ndarray) -> None:
    assert destroy.dtype.kind == "i" and len(destroy) <= state.k
    assert len(np.unique(destroy)) == len(destroy)
    assert set(destroy.tolist()) <= set(state.integer.tolist())


def test_leq_rows_split_every_side_into_its_own_row() -> None:
    """x + 2y <= 4;  3y - z >= 1;  x + z == 2;  1 <= x + y + z <= 5 (a range)."""
    model = Model()
    x, y, z = (model.addVar(name, lb=0, ub=5) for name in "xyz")
    model.addCons(x + 2 * y <= 4)
    model.addCons(3 * y - z >= 1)
    model.addCons(x + z == 2)
    model.chgLhs(model.addCons(x + y + z <= 5), 1)
    row, col, coef, b, source, sign = linear_constraints(model).leq_rows()
    dense = np.zeros((len(b), 3))
    np.add.at(dense, (row, col), coef)
    np.testing.assert_array_equal(dense, [[1, 2, 0], [0, -3, 1], [1, 0, 1], [-1, 0, -1], [1, 1, 1], [-1, -1, -1]])
    np.testing.assert_array_equal(b, [4, -1, 2, -2, 5, -1])
    np.testing.assert_array_equal(source, [0, 1, 2, 2, 3, 3])
    np.testing.assert_array_equal(sign, [1, -1, 1, -1, 1, -1])
    assert np.all(np.diff(row) >= 0)  # the entries of one row are consecutive


@pytest.mark.parametrize("family", ["setcover", "mis", "cfl"])
def test_lb_destroy_set_is_the_changed_variables_within_radius(family: str) -> None:
    state = first_solution_state(generate(family, "tiny", 2), k=6)
    values = solve_local_branching(state, state.k, time_limit=5.0, relax=False)
    assert values is not None and distance(state, values) <= state.k
    destroy = LocalBranchingSelector(time_limit=5.0).select(state)
    assert_valid_destroy(state, destroy)
    ints = state.integer
    changed = ints[np.abs(np.round(values[ints]) - np.round(state.incumbent[ints])) > 0.5]
    assert np.array_equal(destroy, changed)  # the LB ILP is solved to optimality on tiny instances


def test_lb_handles_general_integers_with_the_radius() -> None:
    model = general_integer_model()
    state = first_solution_state(model, k=3)
    values = solve_local_branching(state, 3, time_limit=5.0, relax=False)
    assert values is not None and distance(state, values) <= 3  # |x - x̄| summed, not just changed count
    assert_valid_destroy(state, LocalBranchingSelector(5.0).select(state))
    assert_valid_destroy(state, LBRelaxSelector(5.0).select(state))


def optimal_state(model: Model, k: int, seed: int = 0) -> LNSState:
    """A state whose incumbent is SCIP's optimum (far from the first solution: many flips)."""
    work = configure(copy_problem(model))
    work.optimize()
    lb, ub = bounds(model)
    return LNSState(model, integer_indices(model), lb, ub, best_values(work), work.getObjVal(),
                    model.getObjectiveSense(), k, np.random.default_rng(seed), time_left=10.0)


def objective_of(model: Model, values: np.ndarray) -> float:
    return float(np.dot([x.getObj() for x in model.getVars()], values))


def moved_set(state: LNSState, values: np.ndarray) -> set[int]:
    """The LB-RELAX candidates: integer variables whose LP value is fractional or changed."""
    ints = state.integer
    return set(ints[np.abs(values[ints] - np.round(state.incumbent[ints])) > 1e-6].tolist())


@pytest.mark.parametrize("family", [*FAMILIES, "general-integer"])
def test_lb_relax_lp_matches_scip_relaxation_across_incumbents(family: str) -> None:
    """The persistent LP gives SCIP's relaxed-LB optimum, also after its row is moved to a new incumbent
    (flipped coefficients, new right-hand side, moved |x - x̄| rows) and for another radius."""
    model = general_integer_model() if family == "general-integer" else generate(family, "tiny", 5)
    selector = LBRelaxSelector(time_limit=5.0)
    for state in (first_solution_state(model, k=4), optimal_state(model, k=9), first_solution_state(model, k=2)):
        values = selector.relaxation(state)
        reference = solve_local_branching(state, state.k, time_limit=5.0, relax=True)
        assert values is not None and reference is not None
        assert objective_of(model, values) == pytest.approx(objective_of(model, reference), rel=1e-7, abs=1e-6)
        assert np.abs(values[state.integer] - state.incumbent[state.integer]).sum() <= state.k + 1e-6
        check = copy_problem(model)  # the LP point satisfies every constraint of the model
        sol = check.createSol()
        for x, v in zip(check.getVars(), values.tolist()):
            check.setSolVal(sol, x, v)
        assert check.checkSol(sol, checkintegrality=False)
    assert selector.lp.model is model  # one LP for the whole run


def generic_knapsack(n: int = 24, rows: int = 3) -> Model:
    """max v.x s.t. W x <= cap, x binary, with continuous random data: its LPs have unique optima."""
    rng = np.random.default_rng(3)
    model = Model("mkp")
    xs = [model.addVar(f"x{j}", vtype="B", obj=float(rng.uniform(1, 10))) for j in range(n)]
    for _ in range(rows):
        w = rng.uniform(1, 10, size=n)
        model.addCons(quicksum(float(a) * x for a, x in zip(w, xs)) <= float(w.sum() / 3))
    model.setMaximize()
    return model


@pytest.mark.parametrize("k", [2, 5, 12])
def test_lb_relax_destroy_set_is_the_moved_set_of_a_direct_scip_lp(k: int) -> None:
    model = generic_knapsack()
    state = first_solution_state(model, k=k)
    reference = solve_local_branching(state, k, time_limit=5.0, relax=True)
    moved = moved_set(state, reference)
    selector = LBRelaxSelector(time_limit=5.0)
    assert moved_set(state, selector.relaxation(state)) == moved  # same (unique) LP optimum
    destroy = set(selector.select(state).tolist())
    assert len(destroy) == k
    assert destroy <= moved if len(moved) >= k else moved <= destroy  # sampled down / filled up


@pytest.mark.parametrize("family", ["setcover", "cauction", "mvc", "cfl"])
def test_lb_relax_destroy_set_is_valid_and_has_size_k(family: str) -> None:
    model = generate(family, "tiny", 4)
    for k in (3, 9):
        state = first_solution_state(model, k=k)
        selector = LBRelaxSelector(time_limit=5.0)
        destroy = selector.select(state)
        assert_valid_destroy(state, destroy)
        assert len(destroy) == k  # sampled down or filled up to k
        moved = moved_set(state, selector.relaxation(state))
        assert set(destroy.tolist()) <= moved if len(moved) >= k else moved <= set(destroy.tolist())


def test_random_and_scored_selectors() -> None:
    state = first_solution_state(generate("mvc", "tiny", 0), k=7)
    assert_valid_destroy(state, RandomSelector().select(state))
    assert len(RandomSelector().select(state)) == 7
    scores = np.arange(len(state.integer), dtype=float)
    top = ScoredSelector(lambda s: scores).select(state)
    assert np.array_equal(top, np.sort(state.integer[-7:]))
    sampled = ScoredSelector(lambda s: scores - 50.0, mode="sample").select(state)
    assert_valid_destroy(state, sampled) and len(sampled) == 7
    with pytest.raises(ValueError, match="shape"):
        ScoredSelector(lambda s: scores[:3]).select(state)


def test_greedy_scored_selector_takes_top_k_at_each_new_incumbent_and_samples_on_a_retry() -> None:
    state = first_solution_state(generate("mvc", "tiny", 0), k=7)
    scores = np.arange(len(state.integer), dtype=float) * 0.01  # nearly flat: samples rarely equal the top k
    top = np.sort(state.integer[-7:])
    selector = ScoredSelector(lambda s: scores, mode="greedy")
    assert np.array_equal(selector.select(state), top)
    retries = [selector.select(state) for _ in range(5)]  # same incumbent: the last step failed
    for destroy in retries:
        assert_valid_destroy(state, destroy) and len(destroy) == 7
    assert not all(np.array_equal(d, top) for d in retries)
    moved = dataclasses.replace(state, incumbent=state.incumbent + 0.0)
    moved.incumbent[state.integer[0]] = 1 - moved.incumbent[state.integer[0]]  # an improvement moved it
    assert np.array_equal(selector.select(moved), top)
    with pytest.raises(ValueError, match="mode"):
        ScoredSelector(lambda s: scores, mode="best")


def assert_monotone(trajectory, sense: str) -> None:
    times = [t for t, _ in trajectory]
    values = np.array([v for _, v in trajectory])
    assert times == sorted(times) and times[0] >= 0
    steps = np.diff(values)
    assert np.all(steps < 0) if sense == "minimize" else np.all(steps > 0)


def assert_feasible(model: Model, values: np.ndarray, objective: float) -> None:
    check = copy_problem(model)
    sol = check.createSol()
    for x, v in zip(check.getVars(), values.tolist()):
        check.setSolVal(sol, x, v)
    assert check.checkSol(sol)
    assert check.getSolObjVal(sol) == pytest.approx(objective, rel=1e-6, abs=1e-6)


@pytest.mark.parametrize("family", FAMILIES)
def test_five_step_lns_never_worsens_and_returns_a_feasible_incumbent(family: str) -> None:
    model = generate(family, "tiny", 7)
    config = LNSConfig(time_limit=10.0, step_limit=0.5, init_limit=0.05, k0=5, max_steps=5)
    result = lns(model, RandomSelector(), config, seed=0)
    assert len(result.steps) == 5 and result.trajectory
    assert_monotone(result.trajectory, result.sense)
    assert all(s.destroyed == s.k for s in result.steps)
    objectives = [s.objective for s in result.steps]
    assert objectives == sorted(objectives, reverse=result.sense == "maximize")
    assert_feasible(model, result.incumbent, result.objective)
    ks = [s.k for s in result.steps]
    assert ks == sorted(ks) and ks[0] == 5


def test_lns_honours_the_wall_limit_and_the_copy_mode() -> None:
    model = generate("cauction", "small", 0)
    for mode in ("reuse", "copy"):
        config = LNSConfig(time_limit=1.5, step_limit=0.3, init_limit=0.2, sub_ilp=mode)
        result = lns(model, LBRelaxSelector(time_limit=0.3), config, seed=1)
        assert result.wall_s <= config.time_limit + config.step_limit
        assert result.trajectory[-1][0] <= result.wall_s
        assert_monotone(result.trajectory, "maximize")
        assert_feasible(model, result.incumbent, result.objective)
    assert model.getStatus() == "unknown"  # the caller's model is never solved


def test_runs_from_a_shared_initial_solution_start_there_and_count_its_seconds(tmp_path) -> None:
    model = generate("mvc", "small", 0)
    config = LNSConfig(time_limit=2.0, step_limit=0.3, init_limit=0.5)
    initial, status = solve_initial(model, config)
    assert status == "feasible" and initial is not None and initial.wall_s >= 0.5 and initial.points[-1][1] == initial.objective
    started = time.perf_counter()
    result = lns(model, RandomSelector(), config, seed=0, initial=initial)
    assert time.perf_counter() - started < config.time_limit + config.step_limit - initial.wall_s + 0.3
    assert result.trajectory[:len(initial.points)] == list(initial.points)  # the shared start, as recorded
    assert result.objective <= initial.objective and result.wall_s <= config.time_limit + config.step_limit
    assert_feasible(model, result.incumbent, result.objective)
    path = tmp_path / "mvc.mps"
    model.writeProblem(str(path))
    stored = load_initial(store_initial(path, 0.5, 2.0))
    assert initial_path(path, 0.5).is_file() and stored.points[-1][1] == stored.objective
    assert_feasible(load_instance(path), stored.values, stored.objective)  # values and objective agree
    with pytest.raises(ValueError, match="values"):
        lns(model, RandomSelector(), config, initial=dataclasses.replace(initial, values=initial.values[:3]))


def test_initial_solve_runs_without_dual_sparsify_and_restores_the_parameter_after_it() -> None:
    work = copy_problem(generate("setcover", "tiny", 0))
    name = "presolving/dualsparsify/maxrounds"
    default = work.getParam(name)
    seen: list[int] = []

    class Probe(Eventhdlr):
        def eventinit(self) -> None:
            self.model.catchEvent(SCIP_EVENTTYPE.BESTSOLFOUND, self)

        def eventexec(self, event) -> None:
            seen.append(self.model.getParam(name))

    work.includeEventhdlr(Probe(), "probe", "reads the presolver setting while step 1 runs")
    trajectory = Trajectory(work.getObjectiveSense())
    assert _solve_initial(work, LNSConfig(init_limit=2.0), trajectory) in ("optimal", "feasible")
    assert seen and set(seen) == {INITIAL_SOLVE_PARAMS[name]} and INITIAL_SOLVE_PARAMS[name] != default
    assert work.getParam(name) == default  # the sub-ILPs that reuse this model get SCIP's default back


def test_benchmark_with_shared_init_starts_every_lns_method_alike(tmp_path) -> None:
    paths = [str(p) for p in write_instances("mvc", "small", 1, tmp_path, 3)]
    with make_executor("local", 1) as executor:
        runs = run_all(paths, ["scip", "random", "lb-relax"], 1.5, 0.3, 0.5, 0, executor, shared_init=True)
    start = np.load(initial_path(paths[0], 0.5))["points"].tolist()
    for method in ("random", "lb-relax"):
        assert runs[method][0]["trajectory"][:len(start)] == start
    assert runs["scip"][0]["trajectory"][:len(start)] != start  # SCIP alone runs from scratch


def test_adaptive_k_schedule() -> None:
    assert initial_k(1000, None) == 100 and initial_k(50, None) == 10 and initial_k(3, None) == 1
    assert initial_k(50, 80) == 50
    model = generate("mis", "tiny", 0)
    result = lns(model, RandomSelector(), LNSConfig(time_limit=10, step_limit=0.2, k0=40, growth=1.3,
                                                    max_steps=6), seed=0)
    assert max(s.k for s in result.steps) <= 50  # cap: half of the 100 integer variables


def test_scip_baseline_trajectory_is_monotone() -> None:
    model = generate("setcover", "small", 0)
    result = scip_baseline(model, time_limit=1.0)
    assert result.wall_s <= 1.5 and len(result.trajectory) >= 2
    assert_monotone(result.trajectory, "minimize")
    tiny = generate("mis", "tiny", 0)
    exact = scip_baseline(tiny, time_limit=10.0)
    reference = generate("mis", "tiny", 0)
    reference.optimize()
    assert exact.objective == pytest.approx(reference.getObjVal())


def test_primal_gap_cases() -> None:
    assert primal_gap(None, 5.0) == 1.0
    assert primal_gap(-1.0, 2.0) == 1.0
    assert primal_gap(0.0, 0.0) == 0.0
    assert primal_gap(110.0, 100.0) == pytest.approx(10 / 110)
    assert primal_gap(90.0, 100.0) == pytest.approx(0.1)
    assert primal_gap(0.0, 100.0) == 1.0


def test_primal_integral_of_hand_made_trajectories() -> None:
    trajectory = [(1.0, 110.0), (3.0, 100.0)]
    assert primal_integral(trajectory, 100.0, 5.0) == pytest.approx(1.0 + 2.0 * 10 / 110)
    assert primal_integral(trajectory, 100.0, 2.0) == pytest.approx(1.0 + 10 / 110)
    assert primal_integral([], 100.0, 4.0) == 4.0
    assert primal_integral([(0.0, 100.0)], 100.0, 4.0) == 0.0
    assert primal_integral([(0.5, -50.0), (1.5, 50.0), (2.0, 100.0)], 100.0, 3.0) == pytest.approx(
        0.5 + 1.0 + 0.5 * 0.5)
    assert value_at(trajectory, 0.5) is None and value_at(trajectory, 3.0) == 100.0
    assert gap_at(trajectory, 100.0, 2.0) == pytest.approx(10 / 110)


def test_survival_and_best_performing_rates() -> None:
    refs = [100.0, 10.0]
    a = [[(1.0, 101.0)], [(1.0, 20.0), (4.0, 10.0)]]
    b = [[(2.0, 100.0)], [(0.5, 11.0)]]
    assert survival_rate(a, refs, threshold=0.05, t=2.0) == 0.5
    assert survival_rate(a, refs, threshold=0.05, t=5.0) == 1.0
    assert survival_rate(b, refs, threshold=0.0, t=2.0) == 0.5
    assert best_performing_rate({"a": a, "b": b}, refs, t=3.0) == {"a": 0.0, "b": 1.0}
    assert best_performing_rate({"a": a, "b": b}, refs, t=5.0) == {"a": 0.5, "b": 0.5}
    with pytest.raises(ValueError):
        survival_rate(a, refs[:1], 0.1, 1.0)


def test_file_api_documents(tmp_path) -> None:
    (path,) = write_instances("mvc", "tiny", 1, tmp_path, seed=0)
    doc = run_lns(path, "random", time_limit=0.5, step_limit=0.1, seed=0)
    assert doc["method"] == "random" and doc["sense"] == "minimize" and doc["trajectory"]
    assert doc["objective"] == doc["trajectory"][-1][1] and doc["wall_s"] <= 0.6
    base = run_scip(path, time_limit=5.0)
    assert base["method"] == "scip" and base["objective"] <= doc["objective"]
    with pytest.raises(InputError, match="selector"):
        run_lns(path, "nope")


def test_ctrl_c_in_the_incumbent_callback_stops_scip_without_an_error_trace(capfd) -> None:
    from mlopt.solvers.lns.scip import Trajectory, record_into, solve_status

    class Interrupted(Trajectory):
        def offer(self, objective: float) -> bool:  # Ctrl-C arriving while SCIP runs this Python callback
            raise KeyboardInterrupt

    work = copy_problem(generate("mvc", "tiny", 3))
    record_into(work, Interrupted(work.getObjectiveSense()))
    configure(work, 10.0)
    work.optimize()
    assert work.getStatus() == "userinterrupt"
    with pytest.raises(KeyboardInterrupt):
        solve_status(work)
    err = capfd.readouterr().err
    assert "ERROR" not in err and "Exception ignored" not in err


def covering_and_packing(sense: str, costs: list[float], covering: bool) -> Model:
    """Three binaries with x0 + x1 >= 1 and x1 + x2 >= 1 (covering) or <= 1 (packing)."""
    model = Model()
    xs = [model.addVar(f"x{j}", vtype="B", obj=c) for j, c in enumerate(costs)]
    for a, b in ((0, 1), (1, 2)):
        model.addCons(xs[a] + xs[b] >= 1) if covering else model.addCons(xs[a] + xs[b] <= 1)
    model.setMaximize() if sense == "maximize" else model.setMinimize()
    return model


@pytest.mark.parametrize("sense,costs,covering,dual", [
    ("minimize", [1.0, 2.0, 1.0], True, True),     # x = 0 violates the rows, c >= 0: dual feasible start
    ("maximize", [1.0, 2.0, 1.0], False, False),   # x = 0 is primal feasible: the primal simplex
    ("minimize", [1.0, -2.0, 1.0], True, False),   # a negative cost at its lower bound: not dual feasible
    ("maximize", [1.0, 2.0, 1.0], True, False),    # neither: the primal default
])
def test_lb_relax_lp_picks_the_simplex_whose_start_needs_no_phase_one(sense, costs, covering, dual) -> None:
    from mlopt.solvers.lns.local_branching import LocalBranchingLP, prefers_dual_simplex

    model = covering_and_packing(sense, costs, covering)
    lb, ub = bounds(model)
    assert prefers_dual_simplex(linear_constraints(model), lb, ub, np.array(costs), sense == "maximize") is dual
    assert LocalBranchingLP(model).dual_simplex is dual
    assert LocalBranchingLP(model, "dual").dual_simplex and not LocalBranchingLP(model, "primal").dual_simplex
    with pytest.raises(ValueError, match="simplex"):
        LocalBranchingLP(model, "barrier")


@pytest.mark.parametrize("family", ["setcover", "mis"])
def test_lb_relax_primal_and_dual_simplex_reach_the_same_lp_optimum(family: str) -> None:
    model = generate(family, "tiny", 6)
    auto = LBRelaxSelector()
    auto.relaxation(first_solution_state(model, k=3))
    assert auto.lp.dual_simplex is (family == "setcover")  # min covering: dual; max packing: primal
    for state in (first_solution_state(model, k=3), optimal_state(model, k=7)):
        found = {s: LBRelaxSelector(5.0, s).relaxation(state) for s in ("primal", "dual")}
        reference = solve_local_branching(state, state.k, time_limit=5.0, relax=True)
        for values in found.values():
            assert objective_of(model, values) == pytest.approx(objective_of(model, reference), rel=1e-7, abs=1e-6)
