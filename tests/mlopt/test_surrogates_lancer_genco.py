"""LANCER and GenCO: solver-call accounting, learning signal without solver gradients, feasibility."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from torch import nn

from mlopt.datasets.surrogate_tasks import diversity, is_playable
from mlopt.errors import InputError
from mlopt.solvers.linear import Knapsack01
from mlopt.surrogates import GenCO, Lancer, normalized_regret_loss, surrogate_task

KNAPSACK, LEVELS = surrogate_task("knapsack"), surrogate_task("tile-levels")

torch.set_num_threads(1)


def test_normalized_regret_loss_signs() -> None:
    costs = np.array([[3.0, 1.0, 2.0]])
    best, worse = np.array([[1.0, 0.0, 1.0]]), np.array([[0.0, 1.0, 1.0]])
    assert normalized_regret_loss("max")(worse, costs, best)[0] == pytest.approx(2.0 / 5.0)
    assert normalized_regret_loss("min")(best, costs, worse)[0] == pytest.approx(2.0 / 3.0)
    assert normalized_regret_loss("max")(best, costs, best)[0] == 0.0


def test_lancer_learns_through_the_surrogate_and_counts_solver_calls() -> None:
    data = KNAPSACK.generate(num_instances=64, num_items=10, num_dims=1, num_features=3, deg=2, seed=0)
    solver = KNAPSACK.solver(data)
    assert isinstance(solver, Knapsack01)
    torch.manual_seed(0)
    predictor = nn.Linear(3, 10).double()
    # mse_weight = 0: the only learning signal for the predictor is the gradient of M_w
    lancer = Lancer(predictor, solver, surrogate_steps=100, predictor_steps=20, predictor_lr=0.01, mse_weight=0.0,
                    hidden=32, seed=0)
    history = lancer.fit(data.features, data.values, iterations=5)
    # x_opt once, then one solve per instance per alternation (+ the final evaluation); none in theta-steps
    assert history.solver_calls == [64 * (k + 2) for k in range(6)]
    assert lancer.solver_calls == solver.calls == 64 * 7
    assert len(history.decision_loss) == 6 and len(history.surrogate_mse) == 5
    assert history.decision_loss[-1] < 0.75 * history.decision_loss[0]
    # the w-step fits: the surrogate explains most of the variance of the decision losses it saw
    assert history.surrogate_mse[-1] < 0.5 * np.var(history.decision_loss) + 0.02


def test_lancer_squared_input_and_bad_input() -> None:
    data = KNAPSACK.generate(num_instances=16, num_items=6, num_dims=1, num_features=2, seed=1)
    solver = KNAPSACK.solver(data)
    lancer = Lancer(nn.Linear(2, 6).double(), solver, surrogate_input="squared", surrogate_steps=5, predictor_steps=2)
    c = torch.from_numpy(data.values)
    same = lancer.surrogate_loss(c, c)
    flipped = lancer.surrogate_loss(c - 0.5, c), lancer.surrogate_loss(c + 0.5, c)
    torch.testing.assert_close(flipped[0], flipped[1])  # the squared input is blind to the error's sign
    assert same.shape == (16,) and (same >= 0).all()
    history = lancer.fit(data.features, data.values, iterations=1, x_opt=solver.solve(data.values))
    assert history.solver_calls == [16, 32]  # x_opt given: not solved again
    with pytest.raises(InputError, match="surrogate input"):
        Lancer(nn.Linear(2, 6), solver, surrogate_input="cubic")


def test_genco_samples_are_always_feasible_and_training_improves_reconstruction() -> None:
    levels = LEVELS.generate(num_levels=64, rows=6, cols=6, rooms=1, seed=0)
    solver = LEVELS.solver(levels)
    levels = levels.reshape(64, -1)
    model = GenCO(solver, latent_dim=4, hidden=32, beta=0.5, seed=0)
    before = np.abs(model.reconstruct(levels) - levels).sum(1).mean()
    untrained = model.sample(50, seed=1)
    losses = model.fit(levels, epochs=12, batch_size=16, lr=1e-2)
    after = np.abs(model.reconstruct(levels) - levels).sum(1).mean()
    samples = model.sample(100, seed=2)
    assert all(is_playable(x.reshape(6, 6)) for x in np.vstack([untrained, samples]))
    assert losses[-1] < losses[0] and after < 0.8 * before
    assert diversity(samples) > 0.1 and len({x.tobytes() for x in samples}) > 20


def test_genco_objective_and_squared_reconstruction() -> None:
    levels = LEVELS.generate(num_levels=32, rows=4, cols=4, seed=1)
    solver = LEVELS.solver(levels)
    levels = levels.reshape(32, -1)
    plain = GenCO(solver, latent_dim=2, hidden=16, reconstruction="squared", grad="identity", seed=0)
    sparse = GenCO(solver, latent_dim=2, hidden=16, reconstruction="squared", grad="identity", seed=0,
                   objective=lambda x: x.sum(-1), objective_weight=2.0)  # penalize floor tiles
    plain.fit(levels, epochs=8, batch_size=8, lr=1e-2)
    sparse.fit(levels, epochs=8, batch_size=8, lr=1e-2)
    dense, thin = plain.sample(100, seed=3), sparse.sample(100, seed=3)
    assert all(is_playable(x.reshape(4, 4)) for x in np.vstack([dense, thin]))
    assert thin.sum(1).mean() < dense.sum(1).mean() - 1.0
    assert thin.sum(1).min() >= 7  # a start-goal path on 4x4 needs at least 7 tiles
    with pytest.raises(InputError, match="reconstruction"):
        GenCO(solver, reconstruction="bce")
