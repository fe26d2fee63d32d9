"""PyEPO's knapsack and shortest-path generation, reproduced (against PyEPO itself when it is installed: the `bench` extra),
and regret in both normalizations."""

from __future__ import annotations

import numpy as np
import pytest

from mlopt.datasets.surrogate_tasks import (
    knapsack_values,
    make_multi_knapsack,
    make_pyepo_knapsack,
    make_pyepo_shortest_path,
    normalized_regret,
    polynomial_costs,
    pyepo_grid_arcs,
    regret_ratios,
)
from mlopt.errors import InputError


def test_knapsack_values_on_a_hand_computed_case() -> None:
    """One feature, B = [[1]]: c = ceil(5 / 3.5^deg * ((y + 3)^deg + 1) * eps)."""
    features, basis = np.array([[1.0], [0.0], [-1.0]]), np.array([[1]])
    # deg 2: (4^2 + 1) * 5 / 12.25 = 6.94 -> 7; (3^2 + 1) * 5 / 12.25 = 4.08 -> 5; (2^2 + 1) * 5 / 12.25 = 2.04 -> 3
    np.testing.assert_array_equal(knapsack_values(features, basis, 2, np.ones((3, 1))), [[7], [5], [3]])
    # the noise multiplies before rounding up: 6.94 * 1.2 = 8.33 -> 9, 4.08 * 0.5 = 2.04 -> 3
    np.testing.assert_array_equal(knapsack_values(features[:2], basis, 2, np.array([[1.2], [0.5]])), [[9], [3]])
    # the +1 is inside the bracket, divided by 3.5^deg (the shortest-path costs): (3 + 1) / 3.5 at deg 1, y = 0
    assert polynomial_costs(features[1:2], basis, 1)[0, 0] == pytest.approx(4 / 3.5)


def test_pyepo_knapsack_is_seeded_integral_and_in_hundredths() -> None:
    data = make_pyepo_knapsack(40, 5, 12, dim=2, deg=4, noise_width=0.5, seed=7, capacity=[20, 25.5])
    again = make_pyepo_knapsack(40, 5, 12, dim=2, deg=4, noise_width=0.5, seed=7, capacity=[20, 25.5])
    np.testing.assert_array_equal(data.values, again.values)
    assert data.weights.shape == (2, 12) and data.weights.min() >= 300 and data.weights.max() <= 799
    np.testing.assert_array_equal(data.capacities, [2000, 2550])
    assert (data.values >= 1).all() and (data.values == np.round(data.values)).all()
    assert make_multi_knapsack(10, num_items=6, seed=1).values.min() >= 1
    with pytest.raises(InputError, match="noise_width"):
        make_pyepo_knapsack(5, 5, 5, noise_width=-0.1)


@pytest.mark.parametrize(("dim", "deg", "noise", "seed"), [(1, 1, 0.0, 135), (2, 4, 0.5, 3), (3, 6, 0.2, 42)])
def test_pyepo_knapsack_matches_pyepo(dim: int, deg: int, noise: float, seed: int) -> None:
    knapsack = pytest.importorskip("pyepo.data.knapsack", reason="PyEPO is not installed (pip install 'mlopt[bench]')")
    weights, features, values = knapsack.genData(60, 5, 32, dim=dim, deg=deg, noise_width=noise, seed=seed)
    data = make_pyepo_knapsack(60, 5, 32, dim=dim, deg=deg, noise_width=noise, seed=seed)
    np.testing.assert_array_equal(data.weights / 100, weights)
    np.testing.assert_array_equal(data.features, features)
    np.testing.assert_array_equal(data.values, values)


def test_pyepo_grid_arcs_list_each_rows_right_arcs_then_its_down_arcs() -> None:
    # 2 x 3 grid, nodes 0 1 2 / 3 4 5
    assert pyepo_grid_arcs(2, 3).tolist() == [[0, 1], [1, 2], [0, 3], [1, 4], [2, 5], [3, 4], [4, 5]]


def test_pyepo_shortest_path_costs_follow_the_polynomial_map() -> None:
    features, costs = make_pyepo_shortest_path(30, 5, (5, 5), deg=4, noise_width=0.0, seed=9)
    assert features.shape == (30, 5) and costs.shape == (30, 40) and costs.dtype == np.float32
    basis = np.random.RandomState(9).binomial(1, 0.5, (40, 5))  # the first draw of PyEPO's stream
    np.testing.assert_allclose(costs, polynomial_costs(features, basis, 4), rtol=1e-6)
    _, noisy = make_pyepo_shortest_path(30, 5, (5, 5), deg=4, noise_width=0.5, seed=9)
    assert 0.5 - 1e-6 <= (noisy / costs).min() and (noisy / costs).max() <= 1.5 + 1e-6
    with pytest.raises(InputError, match="deg"):
        make_pyepo_shortest_path(5, 5, deg=0)


@pytest.mark.parametrize(("deg", "noise", "seed"), [(1, 0.0, 135), (4, 0.5, 3), (6, 0.5, 42)])
def test_pyepo_shortest_path_matches_pyepo(deg: int, noise: float, seed: int) -> None:
    shortestpath = pytest.importorskip("pyepo.data.shortestpath", reason="PyEPO is not installed (pip install 'mlopt[bench]')")
    features, costs = shortestpath.genData(50, 5, (5, 5), deg=deg, noise_width=noise, seed=seed)
    ours = make_pyepo_shortest_path(50, 5, (5, 5), deg=deg, noise_width=noise, seed=seed)
    np.testing.assert_array_equal(ours[0], features)
    np.testing.assert_array_equal(ours[1], costs)
    ort = pytest.importorskip("pyepo.model.ort")
    assert pyepo_grid_arcs(5, 5).tolist() == [list(arc) for arc in ort.shortestPathModel((5, 5), solver="glop").arcs]


def test_regret_in_both_normalizations() -> None:
    costs = np.array([[1.0, 2.0], [10.0, 30.0]])
    x_opt, x_hat = np.array([[0.0, 1.0], [0.0, 1.0]]), np.array([[1.0, 0.0], [1.0, 0.0]])  # maximize: item 1
    # regrets 1 and 20 on optima 2 and 30: per instance 0.5 and 0.667; PyEPO's sum / sum = 21 / 32
    np.testing.assert_allclose(normalized_regret(costs, x_hat, x_opt), [0.5, 20 / 30])
    ratios = regret_ratios(costs, x_hat, x_opt, "max")
    assert ratios.mean_of_ratios == pytest.approx((0.5 + 20 / 30) / 2) and ratios.ratio_of_sums == pytest.approx(21 / 32)
    # minimizing the same costs, x_hat is optimal and x_opt the regretful one
    assert regret_ratios(costs, x_opt, x_hat, "min") == pytest.approx(((1 / 1 + 20 / 10) / 2, 21 / 11))
    with pytest.raises(InputError, match="sense"):
        regret_ratios(costs, x_hat, x_opt, "up")
