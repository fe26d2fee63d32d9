"""The LP-first MILP backend: every answer is a MILP optimum (the same objective as SCIP's), the LP answers
where its optimum is integral, and a mostly fractional LP is tried only on probes."""

from __future__ import annotations

import numpy as np
import pytest

from mlopt.errors import InputError
from mlopt.solvers.linear import ScipSolver, grid_shortest_path_model, knapsack_model
from mlopt.solvers.linear.lp_first import LpFirstSolver


def _knapsack() -> tuple:
    rng = np.random.default_rng(5)
    return knapsack_model(rng.integers(3, 9, size=(2, 16)).astype(float), np.array([20.0, 24.0])), rng


@pytest.mark.parametrize("sense", ["min", "max"])
def test_lp_first_answers_are_milp_optima(sense: str) -> None:
    model, rng = _knapsack()
    costs = rng.normal(size=(60, model.num_vars))  # mixed signs: some LP optima integral, some fractional
    solver = LpFirstSolver(model, sense=sense, cache_size=0)
    x = solver.solve(costs)
    reference = ScipSolver(model, sense=sense, cache_size=0).solve(costs)
    np.testing.assert_allclose(np.sum(costs * x, axis=1), np.sum(costs * reference, axis=1), atol=1e-9)
    np.testing.assert_allclose(x, np.round(x), atol=1e-9)
    assert np.all(x @ model.A_ub.T <= model.b_ub + 1e-9)
    assert 0 < solver.lp_hits < solver.lp_tries  # both kinds of LP optimum occurred


def test_an_integral_lp_optimum_needs_no_milp_solve() -> None:
    model, rng = _knapsack()
    solver = LpFirstSolver(model, sense="max", cache_size=0)
    x = solver.solve(-rng.uniform(1, 2, size=(20, model.num_vars)))  # every value negative: x = 0
    assert not x.any() and solver.lp_hits == solver.lp_tries == 20 and solver.milp.solves == 0


def test_a_fractional_lp_is_only_probed_once_its_hit_rate_is_low() -> None:
    model, rng = _knapsack()
    solver = LpFirstSolver(model, sense="max", cache_size=0, probe_every=8)
    solver.solve(rng.uniform(1, 2, size=(200, model.num_vars)))  # positive values: a fractional item per row
    assert solver.lp_hits == 0 and solver.hit_rate < solver.min_hit_rate
    assert solver.lp_tries < 60  # tried until the rate fell below 0.25 (22 tries), then 1 in 8
    solver.solve(-rng.uniform(1, 2, size=(200, model.num_vars)))  # integral again: the probes notice it
    assert solver.hit_rate >= solver.min_hit_rate and solver.lp_hits > 150


def test_lp_first_rejects_an_lp_and_bad_settings() -> None:
    with pytest.raises(InputError, match="no integer variables"):
        LpFirstSolver(grid_shortest_path_model(3, 3).relaxed())
    with pytest.raises(InputError, match="probe_every"):
        LpFirstSolver(_knapsack()[0], probe_every=0)
