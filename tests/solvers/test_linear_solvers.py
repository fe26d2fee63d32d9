"""LinearSolver backends and the exact special cases, each checked against the general MILP backends."""

from __future__ import annotations

import numpy as np
import pytest

from mlopt.datasets.surrogate_tasks import grid_edges
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
    assignment_model,
    grid_shortest_path_model,
    knapsack_model,
    make_solver,
)


def objective(costs: np.ndarray, x: np.ndarray) -> np.ndarray:
    return np.einsum("bn,bn->b", costs, x)


def test_grid_has_pyepo_shape() -> None:
    assert len(grid_edges(5, 5)) == 40
    assert GridShortestPath(5, 5).num_vars == 40


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
    assert isinstance(make_solver(model), CpSatSolver)
    assert isinstance(make_solver(model.relaxed()), GlopSolver)
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
