"""The LNS engine over SCIP, as in CL-LNS (Huang et al. ICML 2023) and LB-RELAX (Huang et al. CPAIOR 2023).

1. Initial solution: SCIP on the whole instance with a short limit (``init_limit``), doubled until a
   solution exists (or the run's time is spent, or SCIP proves the instance infeasible or unbounded: the
   run ends there with that status, :data:`~mlopt.solvers.lns.scip.STATUSES`; when SCIP proves the initial
   solution optimal the status stays ``optimal``).
2. Each step: the selector picks a destroy set of k integer variables; every other integer variable is
   fixed to its incumbent value through its bounds; an objective limit asks for a strictly better
   solution; SCIP solves this sub-ILP for ``step_limit`` seconds (the last step's limit clipped to the
   time left); an improvement becomes the incumbent.
3. Adaptive k: k0 = ``k0`` or min(100, 20% of the integer variables); on a step without improvement
   k *= ``growth`` (1.02), capped at half the integer variables.

Sub-ILPs are built in one of two ways (``sub_ilp``): ``"reuse"`` changes the bounds of one working copy
between ``freeTransform`` calls, or ``"copy"`` fixes the bounds on a fresh copy per step. ``"reuse"`` is
the default: on CL-LNS-size instances (Random-LNS, 1 s steps, 12 s runs, 2-core CPU) its steps took 0.10 s
vs 0.16 s (MVC, 1000 nodes, 67k rows) and 0.023 s vs 0.031 s (CA, 4000 bids) on average. Every new best
solution, from the initial run or a sub-ILP, is recorded with its wall time into one trajectory.

A run ends ``time_limit`` seconds after its start or at ``deadline`` (a ``time.monotonic()`` value, e.g. a
command's time limit counted from the process start, so that imports and set-up are inside it), whichever
comes first: no SCIP call is given more than the time left to the earlier one.
"""

from __future__ import annotations

import math
import os
import time
from contextlib import contextmanager
from dataclasses import dataclass, field

from typing import Callable, Iterator

import numpy as np
from pyscipopt import Model

from mlopt.errors import InputError
from mlopt.solvers.lns.scip import (
    Trajectory, best_values, better, bounds, configure, copy_problem, improvement_tol,
    integer_indices, record_into, solve_status,
)
from mlopt.solvers.lns.selectors import Selector
from mlopt.solvers.lns.state import LNSState

Seed = int | np.random.Generator


@dataclass(frozen=True)
class LNSConfig:
    """Limits (seconds), the destroy-size schedule of one LNS run, and the ``deadline`` it ends by whatever
    its ``time_limit`` (a ``time.monotonic()`` value; module docstring)."""

    time_limit: float = 60.0
    step_limit: float = 5.0
    init_limit: float = 10.0
    k0: int | None = None
    growth: float = 1.02
    max_steps: int | None = None
    sub_ilp: str = "reuse"
    deadline: float = math.inf

    def time_left(self, elapsed: float) -> float:
        """Seconds left to a run that started ``elapsed`` seconds ago: to its time limit or to the deadline."""
        return min(self.time_limit - elapsed, self.deadline - time.monotonic())

    def __post_init__(self) -> None:
        if self.sub_ilp not in ("reuse", "copy"):
            raise ValueError(f"sub_ilp must be 'reuse' or 'copy', got {self.sub_ilp!r}")
        if min(self.time_limit, self.step_limit, self.init_limit) <= 0 or self.growth < 1:
            raise ValueError("limits must be positive and growth >= 1")


@dataclass
class StepRecord:
    """One LNS step: destroy size asked and given, whether it improved, the objective after the step, and
    the wall seconds of the selector and of the sub-ILP solve."""

    k: int
    destroyed: int
    improved: bool
    objective: float
    select_s: float
    solve_s: float


@dataclass
class LNSResult:
    """Trajectory ``[(seconds, objective)]`` from t=0 (initial solution included), the step log and the
    run's status (:data:`~mlopt.solvers.lns.scip.STATUSES`: ``optimal`` when SCIP proved the initial
    solution optimal, ``feasible`` for any other incumbent; ``objective`` is None unless the status is one
    of these two)."""

    sense: str
    trajectory: list[tuple[float, float]]
    status: str
    steps: list[StepRecord] = field(default_factory=list)
    incumbent: np.ndarray | None = None
    wall_s: float = 0.0

    @property
    def objective(self) -> float | None:
        """The last incumbent's objective; None without one, or when SCIP proved the problem unbounded (its
        incumbents then say nothing about an optimum)."""
        return self.trajectory[-1][1] if self.trajectory and self.status in ("optimal", "feasible") else None


def initial_k(num_integer: int, k0: int | None) -> int:
    """CL-LNS's default destroy size: min(100, 20% of the integer variables), at least 1."""
    k = k0 if k0 is not None else min(100, int(0.2 * num_integer))
    return max(1, min(k, num_integer))


INITIAL_SOLVE_PARAMS: dict[str, int] = {"presolving/dualsparsify/maxrounds": 0}
"""SCIP parameters of step 1 only (sub-ILPs keep SCIP's defaults). Dual sparsify, one of SCIP's exhaustive
presolvers, spent 3.7 s of a 10 s initial solve on a set cover of 5,000 rows x 4,000 columns (1M nonzeros) and
removed nothing, so on a loaded machine the limit often ended before the root LP and its rounding heuristics:
the run started from objective 2,664 where SCIP's root reaches 195. Without it the root's solution comes 1.5 s
sooner there; on one instance of each other generator family the 10 s run finds the same solutions at the
same times (benchmarks/RESULTS.md, issue 19's set cover section)."""


@contextmanager
def scip_params(model: Model, params: dict[str, int | float | bool | str]) -> Iterator[Model]:
    """``model`` with ``params`` set for the duration of the block, each restored to its value before it."""
    before = {name: model.getParam(name) for name in params}
    model.setParams(params)
    try:
        yield model
    finally:
        model.setParams(before)


def _solve_initial(work: Model, config: LNSConfig, trajectory: Trajectory) -> str:
    """Step 1 on ``work`` (with :data:`INITIAL_SOLVE_PARAMS`); its status: optimal or feasible (``work`` holds
    the solution), infeasible or unbounded (proved), or time_limit / no_solution when the run's time was spent
    without a solution."""
    with scip_params(work, INITIAL_SOLVE_PARAMS):
        return _solve_initial_runs(work, config, trajectory)


def _solve_initial_runs(work: Model, config: LNSConfig, trajectory: Trajectory) -> str:
    """SCIP runs of ``init_limit`` seconds, doubled until one ends with a solution or a proof, within the run's
    time."""
    limit, status = config.init_limit, "time_limit"
    while True:
        left = config.time_left(trajectory.elapsed())
        if left <= 0:
            return status
        configure(work, min(limit, left))
        work.optimize()
        status = solve_status(work)
        if status != "time_limit":
            return status
        work.freeTransform()
        limit *= 2


def unsolved_error(instance: str | os.PathLike[str], status: str, time_limit: float) -> InputError:
    """The one-line error for an instance without a solution to improve: ``status`` infeasible or unbounded
    (proved by SCIP), or time_limit / no_solution within ``time_limit`` seconds."""
    if status == "infeasible":
        return InputError("infeasible: SCIP proved that no solution satisfies the constraints", file=instance,
                          expected="a feasible ILP")
    if status == "unbounded":
        return InputError("unbounded: SCIP proved that the objective has no finite optimum", file=instance,
                          expected="a bounded objective")
    return InputError(f"{status}: no solution within {time_limit:g} s", file=instance, field="time_limit",
                      expected="a longer time limit")


@dataclass(frozen=True)
class InitialSolution:
    """Step 1's result, to start several LNS runs of one instance from the same point: the trajectory
    SCIP recorded (seconds since its start), the solution's values and objective, and the wall seconds
    the step took (a run started from it begins its clock there, so its wall limit still counts them)."""

    points: tuple[tuple[float, float], ...]
    values: np.ndarray
    objective: float
    wall_s: float


def solve_initial(model: Model, config: LNSConfig = LNSConfig()) -> tuple[InitialSolution | None, str]:
    """Step 1 alone on a copy of ``model`` (``init_limit``, doubled until a solution exists, within
    ``time_limit``), with SCIP's status; ``None`` and the status (:data:`~mlopt.solvers.lns.scip.STATUSES`)
    when there is no solution to start from."""
    trajectory = Trajectory(model.getObjectiveSense())
    work = copy_problem(model)
    record_into(work, trajectory)
    status = _solve_initial(work, config, trajectory)
    if status not in ("optimal", "feasible"):
        return None, status
    objective = work.getObjVal()
    trajectory.offer(objective)
    return InitialSolution(tuple(trajectory.points), best_values(work), objective, trajectory.elapsed()), status


class SubIlp:
    """Solves "fix every integer variable but the destroy set, ask for better than a cutoff" sub-ILPs.

    ``mode="copy"`` solves a fresh copy of ``work`` per call (recording new incumbents into
    ``trajectory`` when one is given); ``"reuse"`` re-solves ``work`` itself after freeing its transform.
    Also used by the CL-LNS expert collection to test negative destroy sets."""

    def __init__(self, work: Model, integer: np.ndarray, lb: np.ndarray, ub: np.ndarray, mode: str = "copy",
                 trajectory: Trajectory | None = None) -> None:
        self.work, self.integer, self.lb, self.ub = work, integer, lb, ub
        self.mode, self.trajectory = mode, trajectory

    def solve(self, incumbent: np.ndarray, objective: float, destroy: np.ndarray, limit: float, sense: str,
              cutoff: float | None = None) -> tuple[np.ndarray, float] | None:
        """The best solution's values and objective when one better than ``objective`` (by more than
        :func:`improvement_tol`) is found within ``limit`` seconds, else ``None``. SCIP's objective limit
        is ``cutoff`` (default: ``objective`` less the tolerance), so a stricter cutoff asks for more."""
        if cutoff is None:
            tol = improvement_tol(objective)
            cutoff = objective - tol if sense == "minimize" else objective + tol
        if self.mode == "copy":
            model = copy_problem(self.work)
            if self.trajectory is not None:
                record_into(model, self.trajectory)
        else:
            model = self.work
            model.freeTransform()
        xs = model.getVars()
        freed = np.zeros(len(incumbent), dtype=bool)
        freed[destroy] = True
        for j in self.integer.tolist():
            x = xs[j]
            if freed[j]:
                model.chgVarLb(x, self.lb[j])
                model.chgVarUb(x, self.ub[j])
            else:
                value = float(round(incumbent[j]))
                model.chgVarLb(x, value)
                model.chgVarUb(x, value)
        model.setObjlimit(cutoff)
        configure(model, limit)
        model.optimize()
        if model.getStatus() == "userinterrupt":  # SCIP caught Ctrl-C: pass it on, never swallow it
            raise KeyboardInterrupt("SCIP was interrupted")
        if model.getNSols() == 0 or not better(model.getObjVal(), objective, sense):
            return None
        return best_values(model), model.getObjVal()


class LNSSearch:
    """One LNS run driven step by step: :meth:`start` finds the initial solution, each :meth:`step`
    solves one sub-ILP for a given destroy set. :func:`lns` drives it with a selector; an environment
    (``mlopt.envs``) drives it with an agent's actions. The clock starts at construction, or, given an
    ``initial`` solution (:func:`solve_initial`), that many seconds earlier with its trajectory as the
    start of this one, so that :meth:`start` only takes it over."""

    def __init__(self, model: Model, config: LNSConfig = LNSConfig(), seed: Seed = 0,
                 initial: InitialSolution | None = None) -> None:
        self.model, self.config = model, config
        self.rng = np.random.default_rng(seed)
        self.sense = model.getObjectiveSense()
        self.trajectory = Trajectory(self.sense)
        self._initial = initial
        if initial is not None:
            self.trajectory.start -= initial.wall_s
            self.trajectory.points = list(initial.points)
        self.work = copy_problem(model)
        record_into(self.work, self.trajectory)
        self.integer = integer_indices(model)
        self.lb, self.ub = bounds(model)
        self.incumbent: np.ndarray | None = None
        self.objective: float | None = None
        self.status = "no_solution"
        self.steps: list[StepRecord] = []
        self.k_cap = max(1, len(self.integer) // 2)
        self._k = float(initial_k(len(self.integer), config.k0))
        self._sub = SubIlp(self.work, self.integer, self.lb, self.ub, config.sub_ilp, self.trajectory)

    @property
    def k(self) -> int:
        """The destroy size asked for the next step."""
        return min(int(self._k), self.k_cap)

    def time_left(self) -> float:
        return self.config.time_left(self.trajectory.elapsed())

    def start(self) -> bool:
        """Find the initial solution (or take over the given one); ``False`` when there is none (``status``
        says why: infeasible, unbounded, time_limit, no_solution)."""
        if self._initial is not None:
            if len(self._initial.values) != self.model.getNVars():
                raise ValueError(f"the initial solution has {len(self._initial.values)} values for "
                                 f"{self.model.getNVars()} variables")
            self.incumbent, self.objective = self._initial.values.copy(), self._initial.objective
            self.status = "feasible"
            return self.time_left() > 0
        self.status = _solve_initial(self.work, self.config, self.trajectory)
        if self.status not in ("optimal", "feasible"):
            return False
        self.incumbent, self.objective = best_values(self.work), self.work.getObjVal()
        self.trajectory.offer(self.objective)
        return True

    def state(self) -> LNSState:
        """What a selector sees now (call after a successful :meth:`start`)."""
        return LNSState(self.model, self.integer, self.lb, self.ub, self.incumbent, self.objective, self.sense,
                        self.k, self.rng, self.time_left(), len(self.steps))

    def done(self) -> bool:
        """No incumbent, no time left, the step budget spent, or no integer variable to destroy."""
        steps_spent = self.config.max_steps is not None and len(self.steps) >= self.config.max_steps
        return self.incumbent is None or self.time_left() <= 0 or steps_spent or len(self.integer) == 0

    def step(self, destroy: np.ndarray, select_s: float = 0.0) -> StepRecord | None:
        """Solve the sub-ILP freeing ``destroy`` (indices of integer variables), within the time left.

        Returns the step's record, or ``None`` when no time is left (nothing is solved).
        """
        started, k = self.trajectory.elapsed(), self.k
        left = self.config.time_left(started)
        if left <= 0:
            return None
        destroy = np.asarray(destroy, dtype=np.int64)
        found = None
        if len(destroy):
            found = self._sub.solve(self.incumbent, self.objective, destroy, min(self.config.step_limit, left),
                                    self.sense)
        if found is not None:
            self.incumbent, self.objective = found
        else:
            self._k = min(self._k * self.config.growth, float(self.k_cap))
        record = StepRecord(k, len(destroy), found is not None, self.objective, select_s,
                            self.trajectory.elapsed() - started)
        self.steps.append(record)
        return record

    def result(self) -> LNSResult:
        return LNSResult(sense=self.sense, trajectory=self.trajectory.points, status=self.status, steps=self.steps,
                         incumbent=self.incumbent, wall_s=self.trajectory.elapsed())


def lns(model: Model, selector: Selector, config: LNSConfig = LNSConfig(), seed: Seed = 0,
        on_step: Callable[[LNSSearch, StepRecord], None] | None = None,
        initial: InitialSolution | None = None) -> LNSResult:
    """Run LNS on ``model`` (left unchanged) with ``selector`` for ``config.time_limit`` seconds of wall time
    (from ``initial`` when given, its seconds included); ``on_step`` (e.g. a progress display) is called
    after every step."""
    search = LNSSearch(model, config, seed, initial)
    if search.start():
        while not search.done():
            selecting = search.trajectory.elapsed()
            destroy = selector.select(search.state())
            record = search.step(destroy, search.trajectory.elapsed() - selecting)
            if record is None:
                break
            if on_step is not None:
                on_step(search, record)
    return search.result()
