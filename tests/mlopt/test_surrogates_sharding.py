"""SurCo-zero (Ferber et al., ICML 2023) on embedding-table sharding: it beats the linear-cost baseline
on the NeuroShard objective and on the analytical oracle, with valid plans."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from mlopt.surrogates import compare_surco_zero, surrogate_task
from mlopt.surrogates.tasks.sharding_model import assignment_from_x, minmax_milp_x, x_from_plan

SHARDING = surrogate_task("sharding")


@pytest.fixture(autouse=True)
def one_thread() -> None:
    torch.set_num_threads(1)


def test_task_model_matches_plans() -> None:
    instance = SHARDING.generate(num_tables=12, num_devices=4, seed=0)
    a_eq, b_eq, a_ub, b_ub = instance.constraints()
    x = minmax_milp_x(instance, time_limit_s=5.0)
    assert np.array_equal(a_eq @ x, b_eq) and np.all(a_ub @ x <= b_ub)
    assert np.array_equal(x_from_plan(instance, assignment_from_x(instance, x)), x)


@pytest.mark.parametrize("seed", [0, 1])
def test_surco_zero_beats_linear_baseline(seed: int) -> None:
    instance = SHARDING.generate(num_tables=12, num_devices=4, seed=seed)
    f = SHARDING.objective(instance)
    run = compare_surco_zero(SHARDING, instance, steps=30, lr=0.05)
    x_lin, x = run.linear, run.zero.x.numpy()
    for solution in (x_lin, x, run.perturbed.x.numpy(), run.random):
        assignment_from_x(instance, solution).validate(instance.task)
    assert float(f(run.zero.x)) < 0.8 * float(f(torch.from_numpy(x_lin)))
    assert SHARDING.evaluate(instance, x) < 0.8 * SHARDING.evaluate(instance, x_lin)
