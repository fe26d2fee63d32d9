"""PyEPO's method list in mlopt.surrogates: each layer or loss against its definition on a tiny problem (a
choice of one of three items, or a small grid shortest path), the solution pool, the kink-free DBB loss,
the method registry, and a short training run per registered method that lowers regret."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch

from mlopt.datasets.surrogate_tasks import polynomial_costs, regret_ratios
from mlopt.errors import InputError
from mlopt.solvers.linear import BatchSolver, GridShortestPath, grid_shortest_path_model
from mlopt.surrogates import (
    AIMLELayer,
    CMAPLoss,
    DecisionMethod,
    IMLELayer,
    ListwiseRankLoss,
    NCELoss,
    PairwiseRankLoss,
    PerturbedFenchelYoungLoss,
    PGLoss,
    PointwiseRankLoss,
    PooledSolver,
    SolutionPool,
    SolverLayer,
    decision_method,
    decision_method_names,
    make_training_loss,
    register_method,
    regret_loss,
    sum_of_gamma_noise,
    unregister_method,
)

torch.set_num_threads(1)
ITEMS = np.eye(3)  # the feasible set of "choose one of three items"


class ChooseOne(BatchSolver):
    """x*(c) = e_argopt(c): choose one of n items (vectorized)."""

    def __init__(self, n: int = 3, sense: str = "min") -> None:
        super().__init__(n, sense=sense, cache_size=0)

    def _solve_one(self, costs: np.ndarray) -> np.ndarray:
        return self._solve_batch(costs[None])[0]

    def _solve_batch(self, costs: np.ndarray) -> np.ndarray:
        return np.eye(self.num_vars)[costs.argmin(1) if self.sense == "min" else costs.argmax(1)]


def tensor(*rows: list[float], grad: bool = False) -> torch.Tensor:
    return torch.tensor(rows, dtype=torch.float64, requires_grad=grad)


def test_solution_pool_dedupes_and_the_pooled_solver_answers_a_share_from_it() -> None:
    pool = SolutionPool(3, np.array([[1.0, 0, 0], [1.0 + 1e-9, 0, 0], [1.0, -0.0, 0]]))  # GLOP returns -0.0 too
    assert len(pool) == 1 and pool.add(ITEMS) == 2 and len(pool) == 3
    np.testing.assert_array_equal(pool.best(np.array([[3.0, 1.0, 2.0]]), "min"), [[0, 1, 0]])
    np.testing.assert_array_equal(pool.best(np.array([[3.0, 1.0, 2.0]]), "max"), [[1, 0, 0]])
    # solve_ratio 0 with a seeded pool: no solver call, the pool's best (which may be worse than x*)
    solver = GridShortestPath(3, 3)
    paths = solver.solve(np.random.default_rng(0).uniform(0, 1, (4, 12)))
    cached = PooledSolver(solver, 0.0, pool=paths)
    costs = np.random.default_rng(1).uniform(0, 1, (20, 12))
    before = solver.solves
    answers = cached.solve(costs)
    assert solver.solves == before and cached.pool_answers == 20
    np.testing.assert_array_equal(answers, SolutionPool(12, paths).best(costs))
    assert (np.einsum("bn,bn->b", costs, answers) >= np.einsum("bn,bn->b", costs, solver.solve(costs)) - 1e-12).all()
    # an empty pool always solves, and the solutions join the pool
    empty = PooledSolver(GridShortestPath(3, 3), 0.0)
    np.testing.assert_array_equal(empty.solve(costs[:3]), solver.solve(costs[:3]))
    assert empty.solves == 3 and len(empty.pool) == len(np.unique(solver.solve(costs[:3]), axis=0))
    # solve_ratio 0.3: about 30% of the calls solve
    shared = PooledSolver(GridShortestPath(3, 3), 0.3, pool=paths, seed=2)
    for row in np.random.default_rng(3).uniform(0, 1, (200, 12)):
        shared.solve(row)
    assert 0.2 < shared.solves / (shared.solves + shared.pool_answers) < 0.4
    with pytest.raises(InputError, match="solve_ratio"):
        PooledSolver(solver, 1.5)


@pytest.mark.parametrize("sense", ["min", "max"])
def test_nce_and_cmap_match_their_definitions_on_three_items(sense: str) -> None:
    s = 1.0 if sense == "min" else -1.0
    x_true = tensor([1.0, 0, 0])
    c_hat = tensor([s * 1.0, s * 2.0, s * 4.0], grad=True)
    loss = NCELoss(ChooseOne(sense=sense), pool=ITEMS, solve_ratio=0.0)(c_hat, x_true)
    assert loss.item() == pytest.approx(((1 - 1) + (1 - 2) + (1 - 4)) / 3)  # mean over the pool of c_hat.(x* - x)
    loss.backward()
    np.testing.assert_allclose(c_hat.grad.numpy(), s * np.array([[2 / 3, -1 / 3, -1 / 3]]))  # x* - mean pool
    c_hat = tensor([s * 3.0, s * 2.0, s * 4.0], grad=True)
    loss = CMAPLoss(ChooseOne(sense=sense), pool=ITEMS, solve_ratio=0.0)(c_hat, x_true)
    assert loss.item() == pytest.approx(3.0 - 2.0)  # against the pool's best under c_hat, item 1
    loss.backward()
    np.testing.assert_allclose(c_hat.grad.numpy(), s * np.array([[1.0, -1.0, 0.0]]))


def test_pool_losses_add_the_predictions_solutions_at_solve_ratio_one() -> None:
    loss = CMAPLoss(ChooseOne(), pool=ITEMS[:1])
    value = loss(tensor([3.0, 2.0, 4.0]), tensor([1.0, 0, 0]))
    assert len(loss.solver.pool) == 2 and value.item() == pytest.approx(1.0)  # x*(c_hat) = item 1 joined


def test_ranking_losses_match_their_definitions_on_three_items() -> None:
    c_true, c_hat = tensor([1.0, 2.0, 4.0]), [3.0, 2.0, 4.0]
    kw = {"pool": ITEMS, "solve_ratio": 0.0}
    point = tensor(c_hat, grad=True)
    loss = PointwiseRankLoss(ChooseOne(), **kw)(point, c_true)
    loss.backward()
    assert loss.item() == pytest.approx((2.0**2 + 0 + 0) / 3)
    np.testing.assert_allclose(point.grad.numpy(), [[2 * 2.0 / 3, 0, 0]])
    pair = tensor(c_hat, grad=True)
    loss = PairwiseRankLoss(ChooseOne(), **kw)(pair, c_true)  # best under c: item 0, scored 3 vs 2 and 4
    loss.backward()
    assert loss.item() == pytest.approx((max(0, 3 - 2) + max(0, 3 - 4)) / 2)
    np.testing.assert_allclose(pair.grad.numpy(), [[0.5, -0.5, 0]])
    assert PairwiseRankLoss(ChooseOne(), margin=1.5, **kw)(tensor(c_hat), c_true).item() == pytest.approx((2.5 + 0.5) / 2)
    listwise = tensor(c_hat, grad=True)
    loss = ListwiseRankLoss(ChooseOne(), temperature=0.5, **kw)(listwise, c_true)
    loss.backward()
    target = np.exp(-np.array([1.0, 2.0, 4.0]) / 0.5) / np.exp(-np.array([1.0, 2.0, 4.0]) / 0.5).sum()
    predicted = np.exp(-np.array(c_hat) / 0.5) / np.exp(-np.array(c_hat) / 0.5).sum()
    assert loss.item() == pytest.approx(-(target * np.log(predicted)).sum())
    np.testing.assert_allclose(listwise.grad.numpy(), [(target - predicted) / 0.5])  # d/dc_hat of the cross-entropy


def test_sum_of_gamma_noise_sums_to_a_gumbel_like_variable() -> None:
    """kappa Sum-of-Gamma variables add up to H_s - log s in mean (-> Euler's gamma, the Gumbel mean, as s grows)."""
    noise = sum_of_gamma_noise((5, 100_000), np.random.default_rng(0), kappa=5, terms=10).sum(0)
    assert noise.mean() == pytest.approx(sum(1 / i for i in range(1, 11)) - math.log(10), abs=0.02)
    assert noise.var() == pytest.approx(math.pi**2 / 6, rel=0.1)


@pytest.mark.parametrize(("sense", "two_sided"), [("min", False), ("max", False), ("min", True)])
def test_imle_gradient_matches_its_definition_with_the_same_noise(sense: str, two_sided: bool) -> None:
    solver = GridShortestPath(3, 3, sense=sense, cache_size=0)
    rng = np.random.default_rng(3)
    c = rng.uniform(0.5, 1.5, (2, 12)) * (1 if sense == "min" else -1)
    g = rng.normal(0, 1, (2, 12))
    layer = IMLELayer(solver, lambda_=0.7, sigma=0.5, num_samples=4, two_sided=two_sided, seed=11)
    costs = torch.from_numpy(c).requires_grad_(True)
    x = layer(costs)
    x.backward(torch.from_numpy(g))
    s = 1.0 if sense == "min" else -1.0
    noise = sum_of_gamma_noise((4, 2, 12), np.random.default_rng(11), kappa=5, terms=10)
    base = s * c[None] + 0.5 * noise  # minimization form, the same draws

    def solve(p: np.ndarray) -> np.ndarray:
        return np.stack([GridShortestPath(3, 3).solve(q) for q in p])

    np.testing.assert_allclose(x.detach().numpy(), solve(base).mean(0))
    if two_sided:
        expected = (solve(base + 0.7 * g) - solve(base - 0.7 * g)).mean(0) / (2 * 0.7)
    else:
        expected = s * (solve(base + 0.7 * g) - solve(base)).mean(0) / 0.7
    np.testing.assert_allclose(costs.grad.numpy(), expected)
    assert np.abs(expected).sum() > 0


def test_imle_without_noise_is_dbb() -> None:
    solver = GridShortestPath(3, 3)
    c = np.random.default_rng(4).uniform(0, 1, (3, 12))
    g = torch.from_numpy(np.random.default_rng(5).normal(0, 1, (3, 12)))
    grads = []
    for layer in (IMLELayer(solver, lambda_=2.0, sigma=0.0, num_samples=1), SolverLayer(solver, "dbb", lambda_=2.0)):
        costs = torch.from_numpy(c).requires_grad_(True)
        layer(costs).backward(g)
        grads.append(costs.grad.numpy())
    np.testing.assert_allclose(grads[0], grads[1])
    assert np.abs(grads[0]).sum() > 0


def test_aimle_scales_its_step_to_the_costs_and_adapts_beta() -> None:
    solver = GridShortestPath(3, 3)
    c = np.random.default_rng(6).uniform(0, 1, (2, 12))
    g = np.random.default_rng(7).normal(0, 1, (2, 12))
    layer = AIMLELayer(solver, beta=0.5, sigma=0.0, num_samples=1, target_nonzeros=100.0, step=0.01)
    costs = torch.from_numpy(c).requires_grad_(True)
    layer(costs).backward(torch.from_numpy(g))
    lam = 0.5 * np.linalg.norm(c) / np.linalg.norm(g)
    np.testing.assert_allclose(costs.grad.numpy(), (solver.solve(c + lam * g) - solver.solve(c)) / lam)
    assert layer.beta == pytest.approx(0.51)  # far fewer non-zero gradient entries than the target: beta grows
    layer.target_nonzeros = 0.0
    layer(torch.from_numpy(c).requires_grad_(True)).backward(torch.from_numpy(g))
    assert layer.beta == pytest.approx(0.50)


def test_pg_loss_and_gradient_match_the_finite_difference_of_the_plug_in_value() -> None:
    c_hat, c_true = tensor([1.0, 1.1, 3.0], grad=True), tensor([1.0, 2.0, 3.0])
    loss = PGLoss(ChooseOne(), h=0.5)(c_hat, c_true)  # c_hat - h c = [0.5, 0.1, 1.5]: item 1; c_hat: item 0
    loss.backward()
    assert loss.item() == pytest.approx((1.0 - 0.1) / 0.5)
    np.testing.assert_allclose(c_hat.grad.numpy(), [[(1 - 0) / 0.5, (0 - 1) / 0.5, 0]])
    central = tensor([1.0, 1.1, 3.0], grad=True)
    loss = PGLoss(ChooseOne(), h=0.5, two_sided=True)(central, tensor([2.0, 1.0, 3.0]))  # item 1 at +hc, 0 at -hc
    loss.backward()
    assert loss.item() == pytest.approx((1.6 - 0.0) / 1.0)
    np.testing.assert_allclose(central.grad.numpy(), [[-1.0, 1.0, 0.0]])
    # a maximizing solver on -c: the same loss, the opposite gradient
    flipped = tensor([-1.0, -1.1, -3.0], grad=True)
    loss_max = PGLoss(ChooseOne(sense="max"), h=0.5)(flipped, tensor([-1.0, -2.0, -3.0]))
    loss_max.backward()
    assert loss_max.item() == pytest.approx(1.8)
    np.testing.assert_allclose(flipped.grad.numpy(), -c_hat.grad.numpy())


def test_multiplicative_perturbation_matches_finite_differences_of_its_expectation() -> None:
    """For 2 items, E[x_0] = P(c0 W0 < c1 W1) = Phi(log(c1 / c0) / (sigma sqrt 2)) exactly."""
    sigma, c = 0.5, np.array([1.0, 1.3])

    def expectation(cost: np.ndarray) -> np.ndarray:
        p = 0.5 * math.erfc(-math.log(cost[1] / cost[0]) / (sigma * math.sqrt(2.0)) / math.sqrt(2.0))
        return np.array([p, 1.0 - p])

    layer = SolverLayer(ChooseOne(2), "perturbed", sigma=sigma, num_samples=200_000, multiplicative=True)
    costs = torch.tensor(c, requires_grad=True)
    x = layer(costs)
    np.testing.assert_allclose(x.detach().numpy(), expectation(c), atol=5e-3)
    weights = np.array([1.0, -0.5])
    (x * torch.from_numpy(weights)).sum().backward()
    h = 1e-4
    finite = [(expectation(c + h * e) @ weights - expectation(c - h * e) @ weights) / (2 * h) for e in np.eye(2)]
    np.testing.assert_allclose(costs.grad.numpy(), finite, atol=0.02)


def test_multiplicative_fenchel_young_matches_its_definition() -> None:
    solver = GridShortestPath(3, 3)
    rng = np.random.default_rng(8)
    x_true = solver.solve(rng.uniform(0.5, 1.5, (2, 12)))
    c = rng.uniform(0.5, 1.5, (2, 12))
    c_hat = torch.from_numpy(c).requires_grad_(True)
    loss = PerturbedFenchelYoungLoss(solver, sigma=0.3, num_samples=5, multiplicative=True, seed=9)(
        c_hat, torch.from_numpy(x_true))
    loss.backward()
    w = np.exp(0.3 * np.random.default_rng(9).standard_normal((5, 2, 12)) - 0.5 * 0.3**2)
    xs = np.stack([solver.solve(c * wm) for wm in w])
    expected_loss = (np.einsum("bn,bn->b", c, x_true) - np.einsum("mbn,mbn->b", c * w, xs) / 5).mean()
    assert loss.item() == pytest.approx(expected_loss) and loss.item() >= 0
    np.testing.assert_allclose(c_hat.grad.numpy(), (x_true - (w * xs).mean(0)) / 2)


def test_dbb_with_the_kink_free_loss_is_still_at_an_optimal_prediction() -> None:
    """Two paths on a 2x2 grid; the optimal one costs 0.1 + 0.7, which floats add to 0.7999999999999999.
    The L1 loss against the stored optimal objective 0.8 sits left of its kink, so DBB pushes the correct
    prediction towards the worse path; |c.(x_hat - x*)| is exactly 0 there, and so is its gradient."""
    solver = GridShortestPath(2, 2)
    c = tensor([0.1, 0.9, 0.7, 0.5])  # edges (0,1), (0,2), (1,3), (2,3): path 0-1-3 costs 0.8, 0-2-3 costs 1.4
    x_true = torch.from_numpy(solver.solve(c.numpy()))
    layer = SolverLayer(solver, "dbb", lambda_=10.0)
    kinked = c.clone().requires_grad_(True)
    (layer(kinked) * c).sum(-1).sub(0.8).abs().mean().backward()
    other = tensor([0.0, 1.0, 0.0, 1.0])  # the worse path
    # the wrong sign: a descent step (-grad) raises the optimal path's predicted cost against the worse one's
    assert float((-kinked.grad * (x_true - other)).sum()) == pytest.approx(4 / 10.0)  # (x* - x_worse)^2 / lambda
    kink_free = c.clone().requires_grad_(True)
    loss = regret_loss(layer(kink_free), c, x_true)
    loss.backward()
    assert loss.item() == 0.0 and (kink_free.grad == 0).all()
    # away from the optimum, the same loss's DBB gradient step moves the decision to the optimal path
    wrong = tensor([0.9, 0.1, 0.7, 0.5], grad=True)
    regret_loss(layer(wrong), c, x_true).backward()
    np.testing.assert_array_equal(solver.solve((wrong - 10.0 * wrong.grad).detach().numpy()), x_true.numpy())


def test_method_registry_follows_the_registry_rules() -> None:
    assert decision_method_names()[:2] == ("spo+", "dbb")
    assert set(decision_method_names()) >= {"nid", "dpo", "dpo-mul", "pfy", "pfy-mul", "imle", "aimle", "pg", "nce",
                                             "cmap", "ltr-pointwise", "ltr-pairwise", "ltr-listwise", "rfwo", "rfy",
                                             "cave"}
    spo = decision_method("spo+")
    assert register_method(spo) is spo  # the same entry again: a no-op
    toy = DecisionMethod("toy", "-", "-", lambda solver, seed, **kw: lambda c_hat, c, x: c_hat.sum())
    try:
        register_method(toy)
        with pytest.raises(ValueError, match="another decision method"):
            register_method(DecisionMethod("toy", "-", "-", toy.build))
        assert make_training_loss("toy", ChooseOne())(tensor([1.0, 2.0, 3.0]), None, None).item() == 6.0
    finally:
        unregister_method("toy")
    with pytest.raises(InputError, match="method: unknown decision method 'nope'.*spo\\+"):
        decision_method("nope")


def shortest_path_data(count: int, seed: int) -> tuple[torch.Tensor, torch.Tensor]:
    """PyEPO-style shortest-path data on a 3x3 grid (12 edges): degree-4 polynomial costs of 5 features."""
    rng = np.random.default_rng(seed)
    basis = np.random.default_rng(0).binomial(1, 0.5, (12, 5))
    features = rng.standard_normal((count, 5))
    costs = polynomial_costs(features, basis, 4) * rng.uniform(0.5, 1.5, (count, 12))
    return torch.from_numpy(features), torch.from_numpy(costs)


def regret_before_and_after_training(solver: GridShortestPath, make_loss) -> tuple[float, float]:
    """Test regret (PyEPO's ratio of sums) of a linear model before and after 4 epochs of Adam on
    ``make_loss(x_train)``'s loss over 96 instances."""
    y, c = shortest_path_data(96, seed=1)
    y_test, c_test = shortest_path_data(200, seed=2)
    x = torch.from_numpy(solver.solve(c.numpy()))
    x_test = solver.solve(c_test.numpy())
    torch.manual_seed(0)
    model = torch.nn.Linear(5, 12).double()

    def regret() -> float:
        with torch.no_grad():
            return regret_ratios(c_test.numpy(), solver.solve(model(y_test).numpy()), x_test, "min").ratio_of_sums

    before = regret()
    loss_fn = make_loss(x.numpy())
    optimizer = torch.optim.Adam(model.parameters(), lr=0.05)
    for _ in range(4):
        for index in torch.randperm(96, generator=torch.Generator().manual_seed(0)).split(16):
            loss = loss_fn(model(y[index]), c[index], x[index])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
    return before, regret()


@pytest.mark.parametrize("name", decision_method_names())
def test_every_method_lowers_regret_on_a_tiny_shortest_path(name: str) -> None:
    solver = GridShortestPath(3, 3)
    options = {"model": grid_shortest_path_model(3, 3)} if name == "cave" else {}  # CaVE reads the constraints
    before, after = regret_before_and_after_training(
        solver, lambda x: make_training_loss(name, solver, pool=x if decision_method(name).uses_pool else None,
                                             **options))
    assert after < 0.8 * before, (name, before, after)


@pytest.mark.parametrize("name", ["dbb", "spo+", "imle"])
def test_solution_layers_and_losses_train_behind_a_pool_at_half_the_solves(name: str) -> None:
    solver = GridShortestPath(3, 3)
    cached: list[PooledSolver] = []

    def make_loss(x: np.ndarray):
        cached.append(PooledSolver(solver, 0.5, pool=x, seed=1))
        return make_training_loss(name, cached[0])

    before, after = regret_before_and_after_training(solver, make_loss)
    share = cached[0].solves / (cached[0].solves + cached[0].pool_answers)
    assert 0.3 < share < 0.7 and after < 0.8 * before, (share, before, after)
