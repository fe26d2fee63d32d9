"""RFWO, RFY (regularized optimizers by Frank-Wolfe over the oracle) and CaVE against their definitions."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from mlopt.errors import InputError
from mlopt.solvers.linear import BatchSolver, GlopSolver, grid_shortest_path_model, knapsack_model, project_to_simplex
from mlopt.surrogates import CaVELoss, RegularizedFWLayer, RegularizedFYLoss, binding_normals, make_training_loss
from mlopt.surrogates.frank_wolfe import project_onto_hull

torch.set_num_threads(1)


class Cube(BatchSolver):
    """X = {0, 1}^n, so conv(X) = [0, 1]^n and the projection is a clip."""

    def __init__(self, n: int, sense: str = "min") -> None:
        super().__init__(n, sense=sense, cache_size=0)

    def _solve_one(self, costs: np.ndarray) -> np.ndarray:
        return (costs < 0 if self.sense == "min" else costs > 0).astype(float)


class ChooseOne(BatchSolver):
    """X = the unit vectors, so conv(X) is the probability simplex."""

    def __init__(self, n: int, sense: str = "min") -> None:
        super().__init__(n, sense=sense, cache_size=0)

    def _solve_one(self, costs: np.ndarray) -> np.ndarray:
        return np.eye(self.num_vars)[costs.argmin() if self.sense == "min" else costs.argmax()]


EXACT_PROJECTIONS = {Cube: lambda theta: np.clip(theta, 0.0, 1.0), ChooseOne: project_to_simplex}


def regularized_solution(kind: type, sense: str, costs: np.ndarray, lambda_: float) -> np.ndarray:
    """argmin_{w in conv X} c.w + lambda/2 |w|^2 (argmax c.w - lambda/2 |w|^2 for sense max), exactly."""
    sign = 1.0 if sense == "min" else -1.0
    return EXACT_PROJECTIONS[kind](-sign * costs / lambda_)


@pytest.mark.parametrize("kind", [Cube, ChooseOne])
@pytest.mark.parametrize("sense", ["min", "max"])
def test_frank_wolfe_projection_and_rfwo_jacobian_match_the_exact_projection(kind: type, sense: str) -> None:
    rng = np.random.default_rng(3)
    lambda_ = 0.5
    costs = torch.tensor(rng.normal(size=(6, 8)), requires_grad=True)
    layer = RegularizedFWLayer(kind(8, sense), lambda_, max_iter=500, tol=1e-12)
    w = layer(costs)
    expected = regularized_solution(kind, sense, costs.detach().numpy(), lambda_)
    np.testing.assert_allclose(w.detach().numpy(), expected, atol=1e-8)
    assert layer.last_gap <= 1e-12
    g = rng.normal(size=(6, 8))
    (w * torch.from_numpy(g)).sum().backward()
    eps, c0 = 1e-6, costs.detach().numpy()
    numeric = np.zeros_like(c0)
    for j in range(8):
        step = np.zeros(8)
        step[j] = eps
        plus = regularized_solution(kind, sense, c0 + step, lambda_)
        minus = regularized_solution(kind, sense, c0 - step, lambda_)
        numeric[:, j] = ((plus - minus) / (2 * eps) * g).sum(1)
    np.testing.assert_allclose(costs.grad.numpy(), numeric, atol=1e-6)


def test_away_steps_end_on_the_optimal_face() -> None:
    theta = np.array([[0.4, 0.3, -2.0, -3.0], [1.0, -1.0, 0.9, 0.8]])
    mu, vertices, gaps = project_onto_hull(ChooseOne(4), theta, max_iter=200, tol=1e-12)
    np.testing.assert_allclose(mu, project_to_simplex(theta), atol=1e-9)
    # the support of each projection is exactly its active set: items 0, 1 and items 0, 2, 3
    assert sorted(np.flatnonzero(vertices[0].sum(0))) == [0, 1]
    assert sorted(np.flatnonzero(vertices[1].sum(0))) == [0, 2, 3]


@pytest.mark.parametrize("sense", ["min", "max"])
def test_rfy_loss_and_gradient_match_the_fenchel_young_definition(sense: str) -> None:
    rng = np.random.default_rng(4)
    lambda_, sign = 2.0, (1.0 if sense == "min" else -1.0)
    c = rng.normal(size=(5, 6))
    x_true = (rng.random((5, 6)) < 0.5).astype(float)
    loss_fn = RegularizedFYLoss(Cube(6, sense), lambda_, max_iter=500, tol=1e-12)

    def definition(costs: np.ndarray) -> np.ndarray:
        w = regularized_solution(Cube, sense, costs, lambda_)
        theta = -sign * costs  # the FY loss Omega*(theta) + Omega(x) - theta.x, Omega = lambda/2 |.|^2 on conv X
        conjugate = (theta * w).sum(1) - 0.5 * lambda_ * (w**2).sum(1)
        return conjugate + 0.5 * lambda_ * (x_true**2).sum(1) - (theta * x_true).sum(1)

    c_t = torch.tensor(c, requires_grad=True)
    loss = loss_fn(c_t, torch.from_numpy(x_true))
    assert loss.item() == pytest.approx(definition(c).mean(), abs=1e-9)
    assert (definition(c) >= -1e-12).all()
    loss.backward()
    eps = 1e-6
    numeric = np.zeros_like(c)
    for i in range(5):
        for j in range(6):
            step = np.zeros_like(c)
            step[i, j] = eps
            numeric[i, j] = (definition(c + step).mean() - definition(c - step).mean()) / (2 * eps)
    np.testing.assert_allclose(c_t.grad.numpy(), numeric, atol=1e-6)
    # zero loss where the regularized solution is the true vertex: costs far on its side
    far = torch.from_numpy(-sign * 10.0 * (2 * x_true - 1))
    assert loss_fn(far, torch.from_numpy(x_true)).item() == pytest.approx(0.0, abs=1e-12)


def test_regularized_layers_refuse_bad_settings() -> None:
    with pytest.raises(InputError, match="lambda_"):
        RegularizedFWLayer(Cube(3), 0.0)
    with pytest.raises(InputError, match="costs"):
        RegularizedFYLoss(Cube(3))(torch.zeros(2, 4), torch.zeros(2, 4))


def test_binding_normals_of_a_knapsack_vertex() -> None:
    model = knapsack_model(np.array([3.0, 4.0, 5.0]), 7)
    normals = binding_normals(model, np.array([1.0, 1.0, 0.0]))
    expected = {(3.0, 4.0, 5.0), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (-0.0, -0.0, -1.0)}
    assert {tuple(row) for row in normals} == expected


def cave_definition(model, sense: str, c: np.ndarray, x: np.ndarray) -> float:
    """1 - cos(v, proj_K v), the projection by brute force over the binding normals' cone (SciPy-free check:
    projected gradient descent on the weights)."""
    sign = 1.0 if sense == "min" else -1.0
    normals = binding_normals(model, x)
    v = -sign * c
    weights = np.zeros(len(normals))
    step = 1.0 / np.linalg.norm(normals @ normals.T, 2)
    for _ in range(20_000):
        weights = np.maximum(weights - step * (normals @ (normals.T @ weights - v)), 0.0)
    p = normals.T @ weights
    return 1.0 - float(v @ p / (np.linalg.norm(v) * np.linalg.norm(p)))


@pytest.mark.parametrize("sense", ["min", "max"])
def test_cave_loss_and_gradient_match_the_cone_definition(sense: str) -> None:
    model = grid_shortest_path_model(3, 3)
    solver = GlopSolver(model.relaxed(), sense=sense)
    rng = np.random.default_rng(5)
    c_true = rng.uniform(0.5, 2.0, (4, 12)) * (1 if sense == "min" else -1)
    x_true = solver.solve(c_true)
    loss_fn = make_training_loss("cave", solver)  # the model comes from the generic backend
    # at the true costs the optimum's cone holds -c: zero loss (the grid flow LP is integral)
    assert loss_fn(torch.from_numpy(c_true), None, torch.from_numpy(x_true)).item() == pytest.approx(0.0, abs=1e-9)
    c_hat = rng.normal(size=(4, 12))
    c_t = torch.tensor(c_hat, requires_grad=True)
    loss = CaVELoss(model, sense)(c_t, torch.from_numpy(x_true))
    values = [cave_definition(model, sense, c, x) for c, x in zip(c_hat, x_true)]
    assert loss.item() == pytest.approx(np.mean(values), abs=1e-6)
    loss.backward()
    eps = 1e-5
    for i, j in [(0, 0), (1, 5), (2, 11), (3, 7)]:
        step = np.zeros(12)
        step[j] = eps
        numeric = (cave_definition(model, sense, c_hat[i] + step, x_true[i])
                   - cave_definition(model, sense, c_hat[i] - step, x_true[i])) / (2 * eps) / 4
        assert c_t.grad[i, j].item() == pytest.approx(numeric, abs=1e-5)


def test_cave_names_the_missing_model() -> None:
    with pytest.raises(InputError, match="model: Cube has no LinearModel"):
        make_training_loss("cave", Cube(3))
