"""Solver layers, decision-focused losses and SurCo: gradients against their definitions."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch

from mlopt.errors import InputError
from mlopt.solvers.linear import BatchSolver, GlopSolver, GridShortestPath, LinearModel
from mlopt.surrogates import (
    PerturbedFenchelYoungLoss,
    SolverLayer,
    SPOPlusLoss,
    SurCoPrior,
    compare_surco_zero,
    perturbed_gradient,
    prior_inputs,
    surco_hybrid,
    surco_zero_perturbed,
    surrogate_task,
)

RISK_PATH = surrogate_task("risk-shortest-path")

torch.set_num_threads(1)


class OneHotArgmin(BatchSolver):
    """Choose one of n options: x*(c) = e_argmin(c) (vectorized, so Monte-Carlo tests are fast)."""

    def __init__(self, n: int) -> None:
        super().__init__(n, cache_size=0)

    def _solve_one(self, costs: np.ndarray) -> np.ndarray:
        return self._solve_batch(costs[None])[0]

    def _solve_batch(self, costs: np.ndarray) -> np.ndarray:
        return np.eye(self.num_vars)[costs.argmin(1)]


def simplex_lp(n: int) -> LinearModel:
    return LinearModel(n, A_eq=np.ones((1, n)), b_eq=[1.0], lb=0.0, ub=1.0)


@pytest.mark.parametrize("sense", ["min", "max"])
def test_dbb_gradient_matches_its_definition_on_a_tiny_lp(sense: str) -> None:
    solver = GlopSolver(simplex_lp(3), sense=sense)
    costs = torch.tensor([[0.3, 0.1, 0.5], [1.0, 0.2, -0.4]], dtype=torch.float64, requires_grad=True)
    weights = torch.tensor([[0.0, 1.0, -2.0], [0.5, -1.0, 0.0]], dtype=torch.float64)
    lam = 0.7
    x = SolverLayer(solver, "dbb", lambda_=lam)(costs)
    (x * weights).sum().backward()
    sign = 1.0 if sense == "min" else -1.0
    c = costs.detach().numpy()
    x_lambda = solver.solve(c + sign * lam * weights.numpy())
    expected = -sign * (x.detach().numpy() - x_lambda) / lam
    np.testing.assert_allclose(costs.grad.numpy(), expected, atol=1e-9)
    assert np.abs(expected).sum() > 0  # the perturbation changes the vertex: a non-trivial check


def test_perturbed_layer_matches_finite_differences_of_its_expectation() -> None:
    """For 2 options, E[x_0] = P(c0 + s Z0 < c1 + s Z1) = Phi((c1 - c0) / (s sqrt 2)) exactly."""
    sigma, c = 0.5, np.array([0.2, 0.5])

    def expectation(cost: np.ndarray) -> np.ndarray:
        p = 0.5 * math.erfc(-(cost[1] - cost[0]) / (sigma * math.sqrt(2.0)) / math.sqrt(2.0))
        return np.array([p, 1.0 - p])

    layer = SolverLayer(OneHotArgmin(2), "perturbed", sigma=sigma, num_samples=200_000, seed=0)
    costs = torch.tensor(c, requires_grad=True)
    x = layer(costs)
    np.testing.assert_allclose(x.detach().numpy(), expectation(c), atol=5e-3)
    weights = np.array([1.0, -0.5])
    (x * torch.from_numpy(weights)).sum().backward()
    h = 1e-4
    finite_difference = [
        (expectation(c + h * e) @ weights - expectation(c - h * e) @ weights) / (2 * h) for e in np.eye(2)
    ]
    np.testing.assert_allclose(costs.grad.numpy(), finite_difference, atol=0.02)


def test_perturbed_baseline_keeps_the_gradient_unbiased_and_lowers_its_variance() -> None:
    """The leave-one-out baseline: the same expected gradient (200k draws, as above), a smaller spread over seeds
    at 8 draws."""
    costs0 = np.array([0.2, 0.5, 0.4])
    weights = torch.tensor([3.0, 2.5, 2.75], dtype=torch.float64)  # a common offset, which the baseline removes

    def gradient(baseline: bool, samples: int, seed: int) -> np.ndarray:
        costs = torch.tensor(costs0, requires_grad=True)
        layer = SolverLayer(OneHotArgmin(3), "perturbed", sigma=0.5, num_samples=samples, baseline=baseline, seed=seed)
        (layer(costs) * weights).sum().backward()
        return costs.grad.numpy()

    np.testing.assert_allclose(gradient(True, 200_000, 0), gradient(False, 200_000, 0), atol=0.02)
    plain = np.std([gradient(False, 8, seed) for seed in range(300)], axis=0)
    reduced = np.std([gradient(True, 8, seed) for seed in range(300)], axis=0)
    assert (reduced < 0.5 * plain).all(), (reduced, plain)


def test_identity_gradient_is_negative_identity_and_devices_are_kept() -> None:
    solver = GridShortestPath(3, 3)
    costs = torch.rand(4, solver.num_vars, dtype=torch.float32, requires_grad=True)
    x = SolverLayer(solver, "identity")(costs)
    assert x.dtype == torch.float32 and x.device == costs.device
    g = torch.randn_like(x)
    x.backward(g)
    torch.testing.assert_close(costs.grad, -g)
    if torch.cuda.is_available():
        assert SolverLayer(solver, "dbb")(costs.detach().cuda()).device.type == "cuda"


def test_spo_plus_loss_and_subgradient_match_closed_form() -> None:
    solver = GridShortestPath(5, 5)
    generator = torch.Generator().manual_seed(0)
    c_true = torch.rand(6, 40, generator=generator, dtype=torch.float64)
    c_hat = torch.rand(6, 40, generator=generator, dtype=torch.float64).requires_grad_(True)
    loss = SPOPlusLoss(solver)(c_hat, c_true)
    loss.backward()
    ch, ct = c_hat.detach().numpy(), c_true.numpy()
    x_true, x_spo = solver.solve(ct), solver.solve(2 * ch - ct)
    per_row = -np.einsum("bn,bn->b", 2 * ch - ct, x_spo) + 2 * np.einsum("bn,bn->b", ch, x_true) - np.einsum("bn,bn->b", ct, x_true)
    assert loss.item() == pytest.approx(per_row.mean())
    regret = np.einsum("bn,bn->b", ct, solver.solve(ch) - x_true)
    assert np.all(per_row >= regret - 1e-9)  # SPO+ upper-bounds the regret
    np.testing.assert_allclose(c_hat.grad.numpy(), 2 * (x_true - x_spo) / 6)
    # a maximizing solver on -c gives the same loss and the opposite gradient
    c_hat_max = (-c_hat.detach()).requires_grad_(True)
    loss_max = SPOPlusLoss(GridShortestPath(5, 5, sense="max"))(c_hat_max, -c_true)
    loss_max.backward()
    assert loss_max.item() == pytest.approx(loss.item())
    np.testing.assert_allclose(c_hat_max.grad.numpy(), -c_hat.grad.numpy())


def test_perturbed_fenchel_young_gradient() -> None:
    solver = GridShortestPath(4, 4)
    rng = np.random.default_rng(1)
    x_true = torch.from_numpy(solver.solve(rng.uniform(0, 1, (3, 24))))
    c_hat = torch.from_numpy(rng.uniform(0, 1, (3, 24))).requires_grad_(True)
    loss = PerturbedFenchelYoungLoss(solver, sigma=1e-6, num_samples=4)(c_hat, x_true)
    loss.backward()
    x_hat = solver.solve(c_hat.detach().numpy())
    expected = np.einsum("bn,bn->b", c_hat.detach().numpy(), x_true.numpy() - x_hat).mean()
    assert loss.item() == pytest.approx(expected, abs=1e-5) and loss.item() >= 0
    np.testing.assert_allclose(c_hat.grad.numpy(), (x_true.numpy() - x_hat) / 3)


def test_bad_layer_arguments() -> None:
    with pytest.raises(InputError, match="grad"):
        SolverLayer(GridShortestPath(3, 3), "magic")
    with pytest.raises(InputError, match="costs"):
        SolverLayer(GridShortestPath(3, 3))(torch.zeros(2, 5))


def test_risk_objective_torch_matches_numpy() -> None:
    solver = GridShortestPath()
    x = solver.solve(np.random.default_rng(2).uniform(0, 1, (5, 40)))
    for objective in ("deadline", "mean_std"):
        instance = RISK_PATH.generate(seed=3, objective=objective)
        torch_values = RISK_PATH.objective(instance)(torch.from_numpy(x)).numpy()
        np.testing.assert_allclose(torch_values, instance.evaluate(x), rtol=1e-9)


def test_surco_zero_beats_the_mean_time_path() -> None:
    improvements = []
    for seed in (100, 101, 102):
        instance = RISK_PATH.generate(seed=seed)
        run = compare_surco_zero(RISK_PATH, instance, steps=30, lr=0.05)
        baseline = instance.evaluate(run.linear)
        result = run.zero
        assert result.history[0] == pytest.approx(baseline)
        assert instance.evaluate(result.x.numpy()) == pytest.approx(min(result.history))
        improvements.append(baseline - instance.evaluate(result.x.numpy()))
    assert min(improvements) >= 0 and max(improvements) > 0.005


def test_perturbed_gradient_points_along_a_linear_objectives_gradient() -> None:
    # For f(y) = w.y the smoothed gradient is w; rank shaping keeps its direction (E[u(w.Z) Z] is parallel to w).
    rng = np.random.default_rng(0)
    w = rng.standard_normal(6)
    noise = rng.standard_normal((20_000, 6))
    estimate = perturbed_gradient(noise @ w, noise, sigma=0.3)
    assert estimate @ w / (np.linalg.norm(estimate) * np.linalg.norm(w)) > 0.99
    assert np.array_equal(perturbed_gradient(np.ones(8), noise[:8], 0.3), np.zeros(6))  # ties: no step


def test_surco_zero_perturbed_descends_and_keeps_the_best_sample() -> None:
    # Options 0..19; c0 prefers option 0, f prefers option 19. Descent must move the sampled choices towards 19.
    solver = OneHotArgmin(20)
    c0 = np.linspace(1.0, 2.0, 20)
    preference = torch.linspace(1.0, 0.0, 20, dtype=torch.float64)

    def f(x: torch.Tensor) -> torch.Tensor:
        return x @ preference

    run = surco_zero_perturbed(f, solver, c0, 200, seed=1)
    assert solver.calls == 200 and len(run.history) == 200
    assert run.history[0] == pytest.approx(1.0)  # x*(c0) is option 0
    assert float(f(run.x)) == pytest.approx(min(run.history))
    assert np.array_equal(solver.solve(run.c.numpy())[0], run.x.numpy())
    assert np.mean(run.history[-20:]) < np.mean(run.history[:20]) - 0.2
    again = surco_zero_perturbed(f, OneHotArgmin(20), c0, 200, seed=1)
    assert again.history == run.history
    with pytest.raises(InputError, match="batch"):
        surco_zero_perturbed(f, solver, c0, 10, batch=1)


def test_surco_prior_and_hybrid_run() -> None:
    instances = [RISK_PATH.generate(rows=3, cols=3, seed=s) for s in range(8)]
    solver = RISK_PATH.solver(instances[0])
    features, f = prior_inputs(RISK_PATH, instances)
    prior = SurCoPrior(3, hidden=8, seed=0)
    losses = prior.fit(features, f, solver, epochs=3, batch_size=4, lambda_=RISK_PATH.dbb_lambda)
    assert len(losses) == 3 and all(np.isfinite(losses))
    result = surco_hybrid(prior, features[0], RISK_PATH.objective(instances[0]), solver, steps=5,
                          lambda_=RISK_PATH.dbb_lambda)
    assert result.x.shape == (solver.num_vars,) and len(result.history) == 5
