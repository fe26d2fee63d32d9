"""The generic backends keep their model: built once per worker, only the objective changes per cost vector,
and every answer is as optimal as a solve on a freshly built model."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from mlopt.solvers.linear import (
    CpSatSolver,
    GlopSolver,
    LinearModel,
    ScipSolver,
    grid_shortest_path_model,
    knapsack_model,
)
from mlopt.errors import InputError
from mlopt.solvers.linear.backends import KeptModelSolver

BACKENDS: dict[str, Callable[[LinearModel, str], KeptModelSolver]] = {
    "glop": lambda model, sense: GlopSolver(model.relaxed(), sense=sense, cache_size=0),
    "glop-presolve": lambda model, sense: GlopSolver(model.relaxed(), sense=sense, cache_size=0, presolve=True),
    "scip": lambda model, sense: ScipSolver(model, sense=sense, cache_size=0),
    "scip-defaults": lambda model, sense: ScipSolver(model, sense=sense, cache_size=0, settings="default"),
    "scip-fast": lambda model, sense: ScipSolver(model, sense=sense, cache_size=0, settings="fast"),
    "scip-cold": lambda model, sense: ScipSolver(model, sense=sense, cache_size=0, warm_start=False),
    "cpsat": lambda model, sense: CpSatSolver(model, sense=sense, cache_size=0),
    "cpsat-hint": lambda model, sense: CpSatSolver(model, sense=sense, cache_size=0, warm_start=True),
}


def problems() -> list[tuple[str, LinearModel, str, np.ndarray]]:
    """A min problem with signed costs (the grid path) and a max problem with two rows (knapsack)."""
    rng = np.random.default_rng(11)
    path = grid_shortest_path_model(4, 4)
    sack = knapsack_model(rng.integers(3, 9, size=(2, 12)).astype(float), np.array([20.0, 24.0]))
    return [("path", path, "min", rng.normal(size=(12, path.num_vars))),
            ("knapsack", sack, "max", rng.uniform(1, 5, size=(12, sack.num_vars)))]


@pytest.mark.parametrize("backend", sorted(BACKENDS))
@pytest.mark.parametrize("problem", problems(), ids=lambda p: p[0])
def test_kept_model_matches_a_fresh_model_per_vector(backend: str, problem: tuple) -> None:
    _, model, sense, costs = problem
    kept = BACKENDS[backend](model, sense)
    x_kept = kept.solve(costs)
    fresh = np.stack([BACKENDS[backend](model, sense).solve(c)[0] for c in costs])  # a new model per vector
    np.testing.assert_allclose(np.sum(costs * x_kept, axis=1), np.sum(costs * fresh, axis=1), atol=1e-6)
    assert kept.builds == 1 and kept.solves == len(costs)


def test_feasible_answers_after_objective_changes() -> None:
    # A kept model that kept an old objective term would answer with a path that is optimal for old costs:
    # each answer must be a unit flow and at most the cost of every other row's answer under its own costs.
    model = grid_shortest_path_model(5, 5)
    costs = np.random.default_rng(3).uniform(-1, 1, (20, model.num_vars))
    for solver in (ScipSolver(model, cache_size=0), CpSatSolver(model, cache_size=0), GlopSolver(model.relaxed(), cache_size=0)):
        x = solver.solve(costs)
        np.testing.assert_allclose(x @ model.A_eq.T, np.broadcast_to(model.b_eq, (20, len(model.b_eq))), atol=1e-9)
        own = np.sum(costs * x, axis=1)
        assert np.all(own[:, None] <= costs @ x.T + 1e-6)


def test_one_model_per_worker_thread_and_close_drops_them() -> None:
    model = grid_shortest_path_model(4, 4)
    costs = np.random.default_rng(5).uniform(0, 1, (16, model.num_vars))
    single = CpSatSolver(model, cache_size=0)
    expected = single.solve(costs)
    single.solve(costs[::-1])
    assert single.builds == 1  # 32 vectors, one model
    pooled = ScipSolver(model, cache_size=0, workers=2)
    np.testing.assert_allclose(np.sum(costs * pooled.solve(costs), axis=1), np.sum(costs * expected, axis=1))
    assert 1 <= pooled.builds <= 2
    built = pooled.builds
    pooled.close()
    pooled.solve(costs[:1])
    assert pooled.builds == built + 1  # close() released the kept models, the next solve builds one again
    pooled.close()


@pytest.mark.parametrize("problem", problems(), ids=lambda p: p[0])
def test_speed_settings_keep_the_optimum(problem: tuple) -> None:
    # GLOP without presolve and SCIP without presolve, heuristics and cuts (the defaults) or with its FAST settings
    # reach the optima of the solvers' own defaults
    _, model, sense, costs = problem
    pairs = [(BACKENDS["glop"], BACKENDS["glop-presolve"]), (BACKENDS["scip"], BACKENDS["scip-defaults"]),
             (BACKENDS["scip-fast"], BACKENDS["scip-defaults"])]
    for fast, default in pairs:
        np.testing.assert_allclose(np.sum(costs * fast(model, sense).solve(costs), axis=1),
                                   np.sum(costs * default(model, sense).solve(costs), axis=1), atol=1e-6)


def test_unknown_scip_settings_are_a_one_line_error() -> None:
    with pytest.raises(InputError, match="unknown SCIP settings 'turbo'"):
        ScipSolver(grid_shortest_path_model(3, 3), settings="turbo")
