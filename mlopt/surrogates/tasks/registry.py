"""The surrogate-task registry: a :class:`SurrogateTask` ties a task's seeded instance generator (in
``mlopt.datasets.surrogate_tasks`` or beside the task), its solver, its torch objective and its features
together, so that the benchmark and the tests look a task up by name instead of wiring its pieces by hand.
Adding a task is one module that builds a :class:`SurrogateTask` plus one :func:`register_surrogate_task`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import numpy as np
import torch

from mlopt.errors import InputError
from mlopt.solvers.linear import BatchSolver

Objective = Callable[[torch.Tensor], torch.Tensor]
"""``f(x [..., n]) -> [...]``: a task's objective of solutions (lower is better), differentiable in x."""

I = TypeVar("I")


@dataclass(frozen=True)
class SurrogateTask(Generic[I]):
    """A family of instances that the surrogate methods (SurCo, LANCER, GenCO) solve through a linear oracle.

    An instance is what ``generate`` returns: one problem (the risk-averse shortest path, sharding) or a
    data set of problems over one feasible set, rows aligned (LANCER's predict-then-optimize knapsack and
    portfolio; GenCO's training levels). Fields that a task has no use for are None.

    - ``generate(seed=..., **sizes) -> instance``: the seeded generator, called with keywords (its own
      size parameters, documented where it is defined);
    - ``solver(instance) -> BatchSolver``: the oracle over the instance's feasible set, a ``LinearSolver``
      that counts its calls (instances of the same sizes share the set, so one solver serves SurCo-prior's
      or LANCER's training set);
    - ``objective(instance) -> f``: the nonlinear objective of one problem, a torch :data:`Objective`;
    - ``features(instance) -> [n, d]`` per-variable features of one problem (SurCo-prior's input), or
      ``[N, p]`` per-problem features of a data set (a LANCER predictor's input);
    - ``costs(instance)``: linear costs in the solver's sense: one problem's linear baseline ``[n]``, where
      SurCo-zero starts, or a data set's true costs ``[N, n]`` that a predictor learns;
    - ``evaluate(instance, x [n]) -> float``: the figure a benchmark reports for one solution (lower is
      better): the objective's exact numpy value (risk-averse path) or a ground truth that the methods do
      not see (sharding: the analytical oracle's cost in ms);
    - ``training_objective(instance) -> f``: the objective SurCo differentiates when it is not
      ``objective`` (sharding: a smooth max over devices);
    - ``dbb_lambda``: DBB's interpolation strength (Vlastelica et al., ICLR 2020, eq. 7) at the scale of
      this task's objective, used when SurCo runs on the task.
    """

    name: str
    generate: Callable[..., I]
    solver: Callable[[I], BatchSolver]
    objective: Callable[[I], Objective] | None = None
    features: Callable[[I], np.ndarray] | None = None
    costs: Callable[[I], np.ndarray] | None = None
    evaluate: Callable[[I, np.ndarray], float] | None = None
    training_objective: Callable[[I], Objective] | None = None
    dbb_lambda: float = 10.0

    def require(self, *fields: str) -> None:
        """An InputError naming the first of ``fields`` that this task leaves None."""
        for field in fields:
            if getattr(self, field) is None:
                raise InputError(f"surrogate task {self.name!r} has no {field}", field=field,
                                 expected=f"a task with {', '.join(fields)}")

    def surco_objective(self, instance: I) -> Objective:
        """The objective SurCo differentiates on ``instance``: ``training_objective``, else ``objective``."""
        self.require("objective")
        return (self.training_objective or self.objective)(instance)  # type: ignore[misc]


_TASKS: dict[str, SurrogateTask[Any]] = {}


def register_surrogate_task(task: SurrogateTask[I], *, replace: bool = False) -> SurrogateTask[I]:
    """Make ``task`` available as :func:`surrogate_task` ``(task.name)`` and return it. The same task again is
    a no-op; another task under a taken name is a ValueError unless ``replace``."""
    if _TASKS.get(task.name, task) is not task and not replace:
        raise ValueError(f"another surrogate task is registered as {task.name!r}")
    _TASKS[task.name] = task
    return task


def unregister_surrogate_task(name: str) -> None:
    """Remove the task ``name`` (nothing when there is none)."""
    _TASKS.pop(name, None)


def surrogate_task(name: str) -> SurrogateTask[Any]:
    """The registered task called ``name``."""
    if name not in _TASKS:
        raise InputError(f"unknown surrogate task {name!r}", field="name", expected=", ".join(sorted(_TASKS)))
    return _TASKS[name]


def surrogate_task_names() -> tuple[str, ...]:
    """The registered tasks' names, in registration order."""
    return tuple(_TASKS)
