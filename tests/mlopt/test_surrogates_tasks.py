"""Surrogate tasks: multidimensional knapsack, portfolio and tile levels (generators and metrics)."""

from __future__ import annotations

import numpy as np
import pytest

from mlopt.datasets.surrogate_tasks import (
    diversity,
    is_playable,
    make_levels,
    make_multi_knapsack,
    make_portfolio,
    normalized_regret,
)
from mlopt.errors import InputError
from mlopt.surrogates import surrogate_task


def test_multi_knapsack_is_seeded_and_shaped() -> None:
    data = make_multi_knapsack(20, num_items=8, num_dims=2, num_features=3, seed=1)
    again = make_multi_knapsack(20, num_items=8, num_dims=2, num_features=3, seed=1)
    np.testing.assert_array_equal(data.values, again.values)
    assert data.features.shape == (20, 3) and data.values.shape == (20, 8) and data.weights.shape == (2, 8)
    assert (data.values > 0).all() and (data.weights >= 1).all()
    np.testing.assert_array_equal(data.capacities, np.floor(0.3 * data.weights.sum(1)))
    train, test = data.split(15)
    assert len(train.values) == 15 and len(test.values) == 5
    # the polynomial map is nonlinear: a least-squares linear fit leaves a clear residual
    design = np.hstack([data.features, np.ones((20, 1))])
    residual = data.values - design @ np.linalg.lstsq(design, data.values, rcond=None)[0]
    assert residual.std() > 0.05 * data.values.std()
    with pytest.raises(InputError, match="capacity_ratio"):
        make_multi_knapsack(5, capacity_ratio=1.5)


def test_normalized_regret() -> None:
    data = make_multi_knapsack(6, num_items=8, num_dims=2, seed=2)
    solver = surrogate_task("knapsack").solver(data)
    x_opt = solver.solve(data.values)
    np.testing.assert_allclose(normalized_regret(data.values, x_opt, x_opt), 0.0)
    regret = normalized_regret(data.values, np.zeros_like(x_opt), x_opt)
    np.testing.assert_allclose(regret, 1.0)  # choosing nothing loses everything
    assert (normalized_regret(data.values, solver.solve(-data.values), x_opt) >= 0).all()


def test_portfolio_optimum_beats_other_decisions() -> None:
    data = make_portfolio(8, num_assets=6, seed=3)
    solver = surrogate_task("portfolio").solver(data)
    x_opt = solver.solve(data.returns)
    others = solver.solve(data.returns[::-1].copy())
    assert (data.utility(x_opt) >= data.utility(others) - 1e-12).all()
    assert (data.utility(x_opt) > data.utility(np.full_like(x_opt, 1 / 6))).all()


def test_levels_are_playable_seeded_and_diverse() -> None:
    levels = make_levels(30, 6, 7, seed=4)
    assert levels.shape == (30, 6, 7) and set(np.unique(levels)) == {0.0, 1.0}
    assert all(is_playable(level) for level in levels)
    np.testing.assert_array_equal(levels, make_levels(30, 6, 7, seed=4))
    assert 0.1 < diversity(levels) < 0.9
    blocked = levels[0].copy()
    blocked[:, 3] = 0.0  # a wall column cuts every start-goal path
    assert not is_playable(blocked)


def test_diversity_metric() -> None:
    a = np.array([[1.0, 0.0, 1.0, 0.0]])
    assert diversity(np.vstack([a, a])) == 0.0
    assert diversity(np.vstack([a, 1 - a])) == 1.0
    assert diversity(np.vstack([a, a, 1 - a])) == pytest.approx(2 / 3)  # pairs: 0, 1, 1
