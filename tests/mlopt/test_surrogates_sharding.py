"""SurCo-zero (Ferber et al., ICML 2023) on embedding-table sharding: it beats the linear-cost baseline
on the NeuroShard objective and on the analytical oracle, with valid plans."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from mlopt.surrogates import surco_zero
from mlopt.surrogates.sharding_task import (
    assignment_from_x,
    linear_costs,
    make_sharding_surco_task,
    minmax_milp_x,
    oracle_cost_ms,
    sharding_objective,
    sharding_solver,
    x_from_plan,
)


@pytest.fixture(autouse=True)
def one_thread() -> None:
    torch.set_num_threads(1)


def test_task_model_matches_plans() -> None:
    instance = make_sharding_surco_task(12, 4, seed=0)
    a_eq, b_eq, a_ub, b_ub = instance.constraints()
    x = minmax_milp_x(instance, time_limit_s=5.0)
    assert np.array_equal(a_eq @ x, b_eq) and np.all(a_ub @ x <= b_ub)
    assert np.array_equal(x_from_plan(instance, assignment_from_x(instance, x)), x)


@pytest.mark.parametrize("seed", [0, 1])
def test_surco_zero_beats_linear_baseline(seed: int) -> None:
    instance = make_sharding_surco_task(12, 4, seed=seed)
    solver = sharding_solver(instance, workers=1)
    f = sharding_objective(instance)
    c0 = linear_costs(instance)
    x_lin = solver.solve(c0[None])[0]
    result = surco_zero(sharding_objective(instance, temperature=0.05), solver, c0, steps=30, lr=0.05, lambda_=30.0)
    x = result.x.numpy()
    for solution in (x_lin, x):
        assignment_from_x(instance, solution).validate(instance.task)
    assert float(f(result.x)) < 0.8 * float(f(torch.from_numpy(x_lin)))
    assert oracle_cost_ms(instance, x) < 0.8 * oracle_cost_ms(instance, x_lin)
