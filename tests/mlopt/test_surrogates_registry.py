"""The surrogate-task registry: a toy task added with one registration runs through the same SurCo-zero /
random-search path as the benchmark's tasks; names are unique; the built-in tasks agree with their solvers."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
import torch

from mlopt.errors import InputError
from mlopt.solvers.linear import Assignment
from mlopt.surrogates import (
    SurrogateTask,
    compare_surco_zero,
    register_surrogate_task,
    surrogate_task,
    surrogate_task_names,
)


def cost_matrix(n: int = 5, seed: int | np.random.Generator = 0) -> np.ndarray:
    return np.random.default_rng(seed).uniform(0.0, 1.0, (n, n))


def squared_row_costs(matrix: np.ndarray):
    """f(x) = sum_i (C_i . x_i)^2 over an assignment x: it prefers even rows, which c.x cannot express."""
    c, n = torch.from_numpy(matrix.ravel()), len(matrix)

    def f(x: torch.Tensor) -> torch.Tensor:
        return ((x * c.to(x.dtype)).reshape(*x.shape[:-1], n, n).sum(-1) ** 2).sum(-1)

    return f


TOY = register_surrogate_task(SurrogateTask(name="toy-squared-assignment", generate=cost_matrix,
                                            solver=lambda matrix: Assignment(len(matrix)),
                                            objective=squared_row_costs, costs=lambda matrix: matrix.ravel()))


def is_permutation(x: np.ndarray, n: int) -> bool:
    grid = x.reshape(n, n)
    return set(np.unique(grid)) <= {0.0, 1.0} and (grid.sum(0) == 1).all() and (grid.sum(1) == 1).all()


def test_toy_task_runs_through_surco_zero_and_random_search() -> None:
    assert surrogate_task("toy-squared-assignment") is TOY and "toy-squared-assignment" in surrogate_task_names()
    improvements = []
    for seed in range(4):
        instance = TOY.generate(seed=seed)
        f = TOY.objective(instance)
        run = compare_surco_zero(TOY, instance, steps=20, lr=0.05, seed=seed)
        assert run.solver_calls == 2 * 20  # DBB: one forward and one backward solve per step
        start = float(f(torch.from_numpy(run.linear)))
        assert run.zero.history[0] == pytest.approx(start)  # SurCo-zero starts at x*(c0)
        for x in (run.linear, run.zero.x.numpy(), run.random):
            assert is_permutation(x, 5)
        assert float(f(run.zero.x)) == pytest.approx(min(run.zero.history)) and float(f(run.zero.x)) <= start
        assert float(f(torch.from_numpy(run.random))) <= start  # random search tries c0 itself
        improvements.append(start - float(f(run.zero.x)))
    assert max(improvements) > 0.05


def test_names_are_unique_and_lookups_name_the_parameter() -> None:
    assert set(surrogate_task_names()) >= {"risk-shortest-path", "sharding", "knapsack", "portfolio", "tile-levels", "tsp"}
    assert register_surrogate_task(TOY) is TOY  # the same task again: a no-op
    other = replace(TOY, costs=lambda matrix: -matrix.ravel())
    with pytest.raises(ValueError, match="another surrogate task"):
        register_surrogate_task(other)
    try:
        assert register_surrogate_task(other, replace=True) is other and surrogate_task(TOY.name) is other
    finally:
        register_surrogate_task(TOY, replace=True)
    assert surrogate_task("toy-squared-assignment") is TOY
    with pytest.raises(InputError, match="name: unknown surrogate task 'nope'.*toy-squared-assignment"):
        surrogate_task("nope")
    levels = surrogate_task("tile-levels")
    with pytest.raises(InputError, match="objective: surrogate task 'tile-levels' has no objective"):
        compare_surco_zero(levels, levels.generate(num_levels=2, rows=3, cols=3))


@pytest.mark.parametrize(("rows", "cols"), [(5, 5), (3, 6), (4, 2)])
def test_risk_path_data_and_grid_solver_agree(rows: int, cols: int) -> None:
    """The data (lowest root) draws one entry per edge of the solver's edge order; the task pairs them."""
    task = surrogate_task("risk-shortest-path")
    instance = task.generate(rows=rows, cols=cols, seed=1)
    solver = task.solver(instance)
    assert instance.num_edges == solver.num_vars == len(task.features(instance)) == len(task.costs(instance))
    x = solver.solve(task.costs(instance))[0]
    assert x.sum() == rows + cols - 2  # a source-target path
    assert task.evaluate(instance, x) == pytest.approx(float(task.objective(instance)(torch.from_numpy(x))))
