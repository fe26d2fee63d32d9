"""LinearSolver backends and the exact special cases, each checked against the general MILP backends."""

from __future__ import annotations

import numpy as np
import pytest

from mlopt.errors import InputError
from mlopt.solvers.linear import (
    Assignment,
    CpSatSolver,
    GlopSolver,
    GridShortestPath,
    Knapsack01,
    LinearModel,
    LinearSolver,
    ScipSolver,
    SimplexQP,
    TilePath,
    assignment_model,
    grid_edge_columns,
    grid_edges,
    grid_shortest_path_model,
    knapsack_model,
    make_solver,
    project_to_simplex,
    special_solver,
    tile_path_model,
)


def objective(costs: np.ndarray, x: np.ndarray) -> np.ndarray:
    return np.einsum("bn,bn->b", costs, x)


def test_grid_has_pyepo_shape() -> None:
    assert len(grid_edges(5, 5)) == 40
    assert GridShortestPath(5, 5).num_vars == 40


def test_grid_edge_columns_map_another_arc_order_onto_the_grid() -> None:
    # 2 x 2 grid: edges (0,1), (0,2), (1,3), (2,3) in the solver's order
    np.testing.assert_array_equal(grid_edge_columns(2, 2, [(2, 3), (0, 1), (1, 3), (0, 2)]), [3, 0, 2, 1])
    with pytest.raises(InputError, match=r"arcs: arc \(1, 0\) is not an edge of the 2x2 grid"):
        grid_edge_columns(2, 2, [(0, 1), (1, 0)])


@pytest.mark.parametrize("sense", ["min", "max"])
def test_grid_shortest_path_matches_milp_backends(sense: str) -> None:
    rng = np.random.default_rng(0)
    costs = rng.uniform(-1.0, 2.0, (12, 40))
    fast = GridShortestPath(5, 5, sense=sense)
    assert isinstance(fast, LinearSolver)
    x = fast.solve(costs)
    model = grid_shortest_path_model(5, 5)
    for backend in (CpSatSolver(model, sense=sense), ScipSolver(model, sense=sense), GlopSolver(model.relaxed(), sense=sense)):
        np.testing.assert_allclose(x, backend.solve(costs), atol=1e-6)
    # a path: 8 edges, unit flow out of the source
    assert np.all(x.sum(1) == 8)


def test_grid_rectangular() -> None:
    rng = np.random.default_rng(1)
    costs = rng.uniform(0.0, 1.0, (5, len(grid_edges(3, 6))))
    np.testing.assert_allclose(GridShortestPath(3, 6).solve(costs),
                               CpSatSolver(grid_shortest_path_model(3, 6)).solve(costs))


@pytest.mark.parametrize("sense", ["min", "max"])
def test_knapsack_dp_matches_milp(sense: str) -> None:
    rng = np.random.default_rng(2)
    weights = rng.integers(0, 12, 15)
    costs = rng.normal(size=(10, 15))
    fast = Knapsack01(weights, 40, sense=sense)
    x = fast.solve(costs)
    assert np.all(x @ weights <= 40)
    model = knapsack_model(weights, 40)
    for backend in (CpSatSolver(model, sense=sense), ScipSolver(model, sense=sense)):
        np.testing.assert_allclose(objective(costs, x), objective(costs, backend.solve(costs)), atol=1e-6)


@pytest.mark.parametrize("sense", ["min", "max"])
def test_assignment_matches_milp(sense: str) -> None:
    rng = np.random.default_rng(3)
    costs = rng.normal(size=(8, 36))
    x = Assignment(6, sense=sense, workers=2).solve(costs)
    matrices = x.reshape(-1, 6, 6)
    assert np.all(matrices.sum(1) == 1) and np.all(matrices.sum(2) == 1)
    model = assignment_model(6)
    for backend in (ScipSolver(model, sense=sense), CpSatSolver(model, sense=sense)):
        np.testing.assert_allclose(objective(costs, x), objective(costs, backend.solve(costs)), atol=1e-6)


def test_cpsat_cost_scaling_is_scale_invariant() -> None:
    rng = np.random.default_rng(4)
    costs = rng.uniform(0.0, 1.0, (6, 40))
    solver = CpSatSolver(grid_shortest_path_model(5, 5))
    np.testing.assert_allclose(solver.solve(costs * 1e-5), solver.solve(costs * 1e4))


def test_cache_dedupes_and_counts() -> None:
    rng = np.random.default_rng(5)
    costs = rng.uniform(0.0, 1.0, (3, 40))
    solver = CpSatSolver(grid_shortest_path_model(5, 5), workers=2, cache_size=2)
    first = solver.solve(np.vstack([costs, costs[:1]]))
    assert (solver.calls, solver.solves) == (4, 3)
    np.testing.assert_allclose(first[0], first[3])
    solver.solve(costs[2])  # still cached (LRU keeps the last two)
    assert solver.solves == 3
    solver.solve(costs[0])  # evicted
    assert solver.solves == 4
    solver.close()


def test_make_solver_picks_backends() -> None:
    model = grid_shortest_path_model(3, 3)
    assert isinstance(make_solver(model, "cpsat"), CpSatSolver)
    assert isinstance(make_solver(model.relaxed()), GlopSolver)
    general = LinearModel(3, A_ub=[[1.0, 2.0, 1.0], [2.0, 1.0, 1.0]], b_ub=[2.0, 2.0], ub=1.0, integrality=True)
    assert isinstance(make_solver(general), CpSatSolver)
    mixed = LinearModel(2, A_ub=[[0.5, 1.0]], b_ub=[1.2], ub=[1.0, 1.0], integrality=[True, False])
    solver = make_solver(mixed, sense="max")
    assert isinstance(solver, ScipSolver)
    np.testing.assert_allclose(solver.solve(np.array([1.0, 1.0])), [[1.0, 0.7]], atol=1e-6)


def test_bad_input_raises_input_error() -> None:
    model = grid_shortest_path_model(3, 3)
    solver = GridShortestPath(3, 3)
    with pytest.raises(InputError, match="costs"):
        solver.solve(np.zeros((2, 5)))
    with pytest.raises(InputError, match="GLOP"):
        GlopSolver(model)
    with pytest.raises(InputError, match="integer"):
        CpSatSolver(model.relaxed())
    with pytest.raises(InputError, match="weights"):
        Knapsack01(np.array([1, -2]), 3)
    with pytest.raises(InputError, match="backend"):
        make_solver(model, "gurobi")
    with pytest.raises(InputError, match="b_ub"):
        LinearModel(2, A_ub=[[1.0, 1.0]])


@pytest.mark.parametrize("sense", ["min", "max"])
def test_make_solver_detects_special_cases_and_they_match_milp(sense: str) -> None:
    rng = np.random.default_rng(6)
    weights = rng.integers(1, 9, 12)
    cases = [
        (grid_shortest_path_model(4, 3), GridShortestPath),  # non-square: the shape is recovered too
        (knapsack_model(weights, 25), Knapsack01),
        (assignment_model(4), Assignment),
    ]
    for model, kind in cases:
        fast = make_solver(model, sense=sense, cache_size=0)
        assert type(fast) is kind
        costs = rng.normal(size=(6, model.num_vars))
        x = fast.solve(costs)
        reference = ScipSolver(model, sense=sense).solve(costs)
        np.testing.assert_allclose(objective(costs, x), objective(costs, reference), atol=1e-6)
        assert np.all(model.A_ub is None or (x @ model.A_ub.T <= model.b_ub + 1e-9))
        assert np.all(model.A_eq is None or np.isclose(x @ model.A_eq.T, model.b_eq).all())


def test_special_detection_rejects_near_misses() -> None:
    grid = grid_shortest_path_model(3, 3)
    assert special_solver(grid.relaxed()) is None  # not binary
    b_eq = grid.b_eq.copy()
    b_eq[0] = 2.0  # two units of flow: no longer a single path
    assert special_solver(LinearModel(grid.num_vars, A_eq=grid.A_eq, b_eq=b_eq, lb=0.0, ub=1.0, integrality=True)) is None
    assert special_solver(knapsack_model([1.5, 2.0], 3)) is None  # fractional weight
    assert special_solver(knapsack_model([1, 2], 10**9)) is None  # DP table too large
    assert special_solver(knapsack_model(np.ones((2, 3)), [1, 2])) is None  # two rows
    assignment = assignment_model(3)
    assert special_solver(LinearModel(9, A_eq=assignment.A_eq[:-1], b_eq=assignment.b_eq[:-1], lb=0.0, ub=1.0,
                                      integrality=True)) is None


def test_multidimensional_knapsack_model() -> None:
    weights = np.array([[3, 4, 5, 2], [4, 1, 2, 5]])
    model = knapsack_model(weights, [7, 6])
    x = CpSatSolver(model, sense="max").solve(np.array([[4.0, 5.0, 6.0, 3.0]]))
    np.testing.assert_allclose(x, [[1.0, 1.0, 0.0, 0.0]])  # value 9; {1, 2} (11) breaks row 0, {2, 3} row 1


@pytest.mark.parametrize("sense", ["min", "max"])
def test_tile_path_matches_milp_and_is_connected(sense: str) -> None:
    rows, cols = 3, 4
    rng = np.random.default_rng(7)
    costs = rng.normal(0.3, 1.0, (8, rows * cols))
    x = TilePath(rows, cols, sense=sense).solve(costs)
    model = tile_path_model(rows, cols)
    padded = np.hstack([costs, np.zeros((len(costs), model.num_vars - rows * cols))])
    reference = CpSatSolver(model, sense=sense).solve(padded)[:, : rows * cols]
    np.testing.assert_allclose(objective(costs, x), objective(costs, reference), atol=1e-9)
    from mlopt.datasets.surrogate_tasks import is_playable

    assert all(is_playable(level.reshape(rows, cols)) for level in x)
    # all-positive costs give a shortest 4-connected path: rows + cols - 1 tiles
    assert TilePath(rows, cols).solve(np.ones(rows * cols)).sum() == rows + cols - 1


def test_simplex_qp_is_optimal() -> None:
    rng = np.random.default_rng(8)
    factor = rng.normal(size=(6, 6))
    covariance = factor @ factor.T / 6 + 0.1 * np.eye(6)
    returns = rng.normal(size=(5, 6))
    x = SimplexQP(covariance, 0.7).solve(returns)
    np.testing.assert_allclose(x.sum(1), 1.0)
    assert (x >= 0).all()
    def utility(z: np.ndarray) -> np.ndarray:
        return objective(returns, z) - 0.7 * np.einsum("bn,nm,bm->b", z, covariance, z)

    for _ in range(20):  # no feasible perturbation improves the concave utility
        assert np.all(utility(project_to_simplex(x + 0.05 * rng.normal(size=x.shape))) <= utility(x) + 1e-9)
    np.testing.assert_allclose(SimplexQP(covariance, 0.0).solve(returns), np.eye(6)[returns.argmax(1)])
    np.testing.assert_allclose(project_to_simplex(np.array([[0.2, 0.3, 0.5], [2.0, 0.0, 0.0]])),
                               [[0.2, 0.3, 0.5], [1.0, 0.0, 0.0]])


def test_model_from_instance_file_solves_like_the_model_it_was_written_from(tmp_path) -> None:
    from pyscipopt import Model, quicksum

    from mlopt.solvers.linear import linear_model_from_file

    weights, capacity = np.array([3.0, 4.0, 5.0, 2.0, 6.0]), 10.0
    scip = Model()
    x = [scip.addVar(f"x{i}", vtype="B") for i in range(5)]
    y = scip.addVar("y", vtype="C", lb=0.0, ub=4.0)
    scip.addCons(quicksum(w * v for w, v in zip(weights, x)) <= capacity)  # <= row
    scip.addCons(x[0] + x[1] >= 1)  # >= row, negated into A_ub
    scip.addCons(y - x[2] == 1)  # equality row
    scip.writeProblem(str(tmp_path / "k.lp"))
    model = linear_model_from_file(tmp_path / "k.lp")
    assert model.num_vars == 6 and model.integrality.tolist() == [True] * 5 + [False]
    assert model.A_ub.shape == (2, 6) and model.A_eq.shape == (1, 6) and model.ub[5] == 4.0
    costs = -np.array([[5.0, 4.0, 3.0, 6.0, 7.0, 0.5]])
    x_file = make_solver(model, "scip").solve(costs)[0]
    assert weights @ x_file[:5] <= capacity and x_file[0] + x_file[1] >= 1 and x_file[5] - x_file[2] == 1
    direct = LinearModel(6, A_ub=np.array([[*weights, 0.0], [-1, -1, 0, 0, 0, 0]]), b_ub=np.array([capacity, -1.0]),
                         A_eq=np.array([[0, 0, -1, 0, 0, 1.0]]), b_eq=np.array([1.0]), ub=[1, 1, 1, 1, 1, 4],
                         integrality=[True] * 5 + [False])
    assert costs[0] @ x_file == pytest.approx(costs[0] @ make_solver(direct, "scip").solve(costs)[0])
    (tmp_path / "bad.lp").write_text("this is not an LP file\n")
    with pytest.raises(InputError):
        linear_model_from_file(tmp_path / "bad.lp")


def test_cpsat_warm_start_keeps_the_optimum() -> None:
    rng = np.random.default_rng(0)
    model = knapsack_model(rng.integers(1, 9, size=(1, 14)).astype(float), np.array([30.0]))
    costs = -rng.random((6, 14))
    cold = CpSatSolver(model, cache_size=0).solve(costs)
    warm_solver = CpSatSolver(model, cache_size=0, warm_start=True)
    warm = warm_solver.solve(costs)
    np.testing.assert_allclose(np.sum(costs * warm, axis=1), np.sum(costs * cold, axis=1))
    assert warm_solver.hinted == len(costs) - 1  # every solve after the first started from the previous answer
