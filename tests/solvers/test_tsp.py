"""TSP: PyEPO's data reproduced (against PyEPO itself when installed), the DFJ model on CP-SAT, SCIP and by
cutting planes on GLOP against brute force, subtour separation, the subtour cuts kept in the model, and the
registered task."""

from __future__ import annotations

import numpy as np
import pytest

from mlopt.datasets.surrogate_tasks import make_pyepo_tsp, tsp_edges
from mlopt.errors import InputError
from mlopt.solvers.linear import BruteForceTsp, ScipTspSolver, TspCuttingPlaneSolver, TspSolver, tsp_degree_model
from mlopt.solvers.linear.tsp import MAX_ENUMERATED_NODES, cycles, violated_subtours

DFJ_SOLVERS = {"cpsat": TspSolver, "scip": ScipTspSolver, "cutting-planes": TspCuttingPlaneSolver}


def test_edges_and_costs_follow_pyepo_documented_generation() -> None:
    np.testing.assert_array_equal(tsp_edges(4), [[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3]])
    data = make_pyepo_tsp(6, 3, 7, deg=1, noise_width=0.0, seed=2)
    assert data.costs.shape == (6, 21) and data.features.shape == (6, 3) and data.coords.shape == (7, 2)
    assert np.all(np.abs(data.coords[:3]) <= 2)  # the uniform half of the nodes
    # deg 1, no noise: c_e - dist_e = (B y)_e / sqrt(p) + 3 is affine in the features (exact up to rounding)
    edges = tsp_edges(7)
    dist = np.linalg.norm(data.coords[edges[:, 0]] - data.coords[edges[:, 1]], axis=1)
    affine = data.costs - dist
    design = np.hstack([data.features / np.sqrt(3), np.ones((6, 1))])
    coef, *_ = np.linalg.lstsq(design, affine, rcond=None)
    np.testing.assert_allclose(design @ coef, affine, atol=1e-3)
    np.testing.assert_allclose(coef[-1], 3.0, atol=1e-3)  # the +3 offset
    np.testing.assert_array_equal(make_pyepo_tsp(6, 3, 7, seed=2).costs, make_pyepo_tsp(6, 3, 7, seed=2).costs)
    with pytest.raises(InputError, match="num_nodes"):
        make_pyepo_tsp(2, 3, 2)


@pytest.mark.parametrize(("nodes", "deg", "noise", "seed"), [(5, 1, 0.0, 135), (10, 4, 0.5, 7), (21, 6, 0.3, 1)])
def test_tsp_data_matches_pyepo(nodes: int, deg: int, noise: float, seed: int) -> None:
    tsp = pytest.importorskip("pyepo.data.tsp", reason="PyEPO is not installed (pip install 'mlopt[bench]')")
    features, costs = tsp.genData(30, 4, nodes, deg=deg, noise_width=noise, seed=seed)
    data = make_pyepo_tsp(30, 4, nodes, deg=deg, noise_width=noise, seed=seed)
    np.testing.assert_array_equal(data.features, features)
    np.testing.assert_array_equal(data.costs.astype(np.float32), costs)


def test_brute_force_enumerates_every_tour_once() -> None:
    for nodes, count in ((3, 1), (5, 12), (8, 2520)):
        tours = BruteForceTsp(nodes).tours
        assert len(tours) == count and len(np.unique(tours, axis=0)) == count
        assert all(len(cycles(nodes, tour)) == 1 for tour in tours[:50])
        np.testing.assert_array_equal(tours @ tsp_degree_model(nodes).A_eq.T, 2.0)
    with pytest.raises(InputError, match="num_nodes"):
        BruteForceTsp(9)


@pytest.mark.parametrize("backend", sorted(DFJ_SOLVERS))
@pytest.mark.parametrize("sense", ["min", "max"])
@pytest.mark.parametrize("nodes", [5, 7, 8])
def test_dfj_model_reaches_the_brute_force_optimum(nodes: int, sense: str, backend: str) -> None:
    costs = make_pyepo_tsp(12, 5, nodes, deg=4, noise_width=0.5, seed=nodes).costs
    dfj = DFJ_SOLVERS[backend](nodes, sense=sense, cache_size=0)
    x = dfj.solve(costs)
    exact = BruteForceTsp(nodes, sense=sense).solve(costs)
    np.testing.assert_allclose(np.sum(costs * x, axis=1), np.sum(costs * exact, axis=1), rtol=1e-6)
    assert all(len(cycles(nodes, row)) == 1 for row in x)
    assert dfj.builds == 1


def test_subtour_cuts_are_needed_and_kept_for_later_costs() -> None:
    # Two far-apart triangles: the degree model alone picks both triangles, so the first solve needs cuts.
    coords = np.array([[0, 0], [1, 0], [0, 1], [10, 10], [11, 10], [10, 11]], dtype=float)
    edges = tsp_edges(6)
    costs = np.linalg.norm(coords[edges[:, 0]] - coords[edges[:, 1]], axis=1)
    solver = TspSolver(6, cache_size=0)
    x = solver.solve(costs)[0]
    assert len(cycles(6, x)) == 1 and solver.cuts >= 2
    assert costs @ x == pytest.approx(costs @ BruteForceTsp(6).solve(costs)[0])
    cuts = solver.cuts
    solver.solve(costs * 1.01)  # the same structure again: the kept cuts already exclude the triangles
    assert solver.cuts == cuts and solver.builds == 1


def _two_triangles_and_a_tour(nodes: int) -> tuple[np.ndarray, np.ndarray]:
    """x of the cycles (0 1 2) and (3 .. nodes-1), and of the tour 0 1 .. nodes-1."""
    index = {tuple(e): i for i, e in enumerate(tsp_edges(nodes).tolist())}
    edge = lambda a, b: index[(min(a, b), max(a, b))]  # noqa: E731
    split, tour = np.zeros(len(index)), np.zeros(len(index))
    for cycle in ([0, 1, 2], list(range(3, nodes))):
        split[[edge(a, b) for a, b in zip(cycle, np.roll(cycle, -1))]] = 1.0
    tour[[edge(a, (a + 1) % nodes) for a in range(nodes)]] = 1.0
    return split, tour


@pytest.mark.parametrize("nodes", [7, MAX_ENUMERATED_NODES + 2])  # listed sets, then support-graph components
def test_separation_finds_the_subtours_of_a_split_point_and_none_of_a_tour(nodes: int) -> None:
    split, tour = _two_triangles_and_a_tour(nodes)
    assert violated_subtours(nodes, tour) == []
    assert [0, 1, 2] in violated_subtours(nodes, split)
    halfway = (split + tour) / 2  # x(delta({0,1,2})) = 1 < 2, but the support is connected
    assert ([0, 1, 2] in violated_subtours(nodes, halfway)) == (nodes <= MAX_ENUMERATED_NODES)


def test_separation_is_exact_on_a_fractional_point_with_a_connected_support() -> None:
    # every edge at 2 / (n - 1): degree 2 and x(delta(S)) = 2 |S| (n - |S|) / (n - 1) >= 2 for every S
    nodes = 6
    uniform = np.full(len(tsp_edges(nodes)), 2.0 / (nodes - 1))
    assert violated_subtours(nodes, uniform) == []
    split, tour = _two_triangles_and_a_tour(nodes)
    mixed = 0.9 * split + 0.1 * tour  # support connected through the tour's edges, cut of {0,1,2} = 0.2
    assert len(cycles(nodes, (mixed > 0).astype(float))) == 1
    assert violated_subtours(nodes, mixed)[0] == [0, 1, 2]


def test_cutting_planes_solve_most_costs_without_the_milp_and_share_their_cuts() -> None:
    costs = make_pyepo_tsp(200, 5, 10, deg=4, noise_width=0.5, seed=11).costs
    solver = TspCuttingPlaneSolver(10, cache_size=0)
    x = solver.solve(costs)
    reference = ScipTspSolver(10, cache_size=0).solve(costs)
    np.testing.assert_allclose(np.sum(costs * x, axis=1), np.sum(costs * reference, axis=1), rtol=1e-9)
    assert all(len(cycles(10, row)) == 1 for row in x)
    assert 0 < solver.fallbacks < 0.3 * len(costs) and solver.cuts > 0
    assert len(solver.fallback.known_cuts) >= solver.cuts  # the MILP got every LP cut
    threaded = TspCuttingPlaneSolver(10, cache_size=0, workers=2)  # one GLOP and one SCIP model per thread
    np.testing.assert_allclose(np.sum(costs * threaded.solve(costs), axis=1), np.sum(costs * reference, axis=1),
                               rtol=1e-9)
    assert threaded.builds <= 2
    threaded.close()


def test_tsp_task_is_registered() -> None:
    from mlopt.surrogates.tasks import surrogate_task

    task = surrogate_task("tsp")
    data = task.generate(num_data=4, num_features=3, num_nodes=6, seed=3)
    x = task.solver(data).solve(task.costs(data))
    assert x.shape == (4, 15) and np.all(x.sum(axis=1) == 6) and task.features(data).shape == (4, 3)
    best = BruteForceTsp(6).solve(task.costs(data))
    np.testing.assert_allclose(np.sum(task.costs(data) * x, axis=1), np.sum(task.costs(data) * best, axis=1))
