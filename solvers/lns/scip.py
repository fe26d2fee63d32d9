"""Small pyscipopt helpers shared by the LNS engine, its selectors and the SCIP baseline."""

from __future__ import annotations

import time

import numpy as np
from pyscipopt import Eventhdlr, Expr, Model, SCIP_EVENTTYPE

INTEGER_TYPES = ("BINARY", "INTEGER", "IMPLINT")
IMPROVEMENT_RTOL = 1e-9
STATUSES: tuple[str, ...] = ("optimal", "feasible", "infeasible", "unbounded", "time_limit", "no_solution")
"""What a solver run ends with (every LNS, SCIP and MILP result carries one): ``optimal`` (proved),
``feasible`` (a solution, optimality not proved), ``infeasible`` / ``unbounded`` (proved: no solution
exists / the objective has no bound), ``time_limit`` (the time ran out before any solution was found),
``no_solution`` (stopped without a solution for another reason, e.g. a step budget)."""
PROVED_UNSOLVABLE: tuple[str, ...] = ("infeasible", "unbounded")


def configure(model: Model, time_limit: float | None = None) -> Model:
    """Silence SCIP, run it on one thread, and set ``limits/time`` (seconds) when given."""
    model.hideOutput()
    model.setParam("parallel/maxnthreads", 1)
    model.setParam("lp/threads", 1)
    if time_limit is not None:
        model.setParam("limits/time", max(float(time_limit), 0.0))
    return model


def copy_problem(model: Model) -> Model:
    """A copy of ``model``'s original problem (same variable order) with default parameters, silenced.

    ``Model(sourceModel=..., origcopy=True)`` copies the parameters too (pyscipopt 6.x), so they are reset.
    """
    copy = Model(sourceModel=model, origcopy=True)
    copy.resetParams()
    return configure(copy)


def integer_indices(model: Model) -> np.ndarray:
    """Indices (into ``model.getVars()``) of the binary, integer and implied-integer variables."""
    return np.array([j for j, v in enumerate(model.getVars()) if v.vtype() in INTEGER_TYPES], dtype=np.int64)


def bounds(model: Model) -> tuple[np.ndarray, np.ndarray]:
    """Original lower and upper bounds of every variable (infinite ones as +-inf)."""
    inf = model.infinity()
    lb = np.array([v.getLbOriginal() for v in model.getVars()], dtype=np.float64)
    ub = np.array([v.getUbOriginal() for v in model.getVars()], dtype=np.float64)
    lb[lb <= -inf] = -np.inf
    ub[ub >= inf] = np.inf
    return lb, ub


def best_values(model: Model, variables: list | None = None) -> np.ndarray:
    """Values in ``model``'s best solution of ``variables`` (default: every original variable, in order)."""
    sol = model.getBestSol()
    return np.array([model.getSolVal(sol, v) for v in variables or model.getVars()], dtype=np.float64)


def solve_status(model: Model) -> str:
    """The :data:`STATUSES` entry of ``model`` after ``optimize()``. SCIP's "infeasible or unbounded" is
    settled by solving a copy with a zero objective within the time left (feasible: unbounded); a run that SCIP stopped on Ctrl-C
    (it catches SIGINT itself) raises KeyboardInterrupt, so that the interrupt is not swallowed."""
    status = model.getStatus()
    if status == "userinterrupt":
        raise KeyboardInterrupt("SCIP was interrupted")
    if status in ("optimal", "infeasible", "unbounded"):
        return status
    if status == "inforunbd":
        feasibility = configure(copy_problem(model), max(model.getParam("limits/time") - model.getSolvingTime(), 1.0))
        feasibility.setObjective(Expr())
        feasibility.optimize()
        settled = solve_status(feasibility)
        return "unbounded" if settled in ("optimal", "feasible") else settled
    if model.getNSols() > 0:
        return "feasible"
    return "time_limit" if status == "timelimit" else "no_solution"


def improvement_tol(objective: float) -> float:
    """The least improvement that counts (relative 1e-9): smaller ones are floating-point noise."""
    return IMPROVEMENT_RTOL * max(1.0, abs(objective))


def better(a: float, b: float | None, sense: str) -> bool:
    """Whether objective ``a`` improves on ``b`` by more than :func:`improvement_tol` (``None``: no solution)."""
    if b is None:
        return True
    return a < b - improvement_tol(b) if sense == "minimize" else a > b + improvement_tol(b)


class Trajectory:
    """Incumbent trajectory ``[(seconds since start, objective)]``, strictly improving by construction."""

    def __init__(self, sense: str, start: float | None = None) -> None:
        self.sense = sense
        self.start = time.perf_counter() if start is None else start
        self.points: list[tuple[float, float]] = []

    @property
    def best(self) -> float | None:
        return self.points[-1][1] if self.points else None

    def elapsed(self) -> float:
        return time.perf_counter() - self.start

    def offer(self, objective: float) -> bool:
        """Record ``objective`` now if it improves on the best so far; return whether it did."""
        if not better(objective, self.best, self.sense):
            return False
        self.points.append((self.elapsed(), float(objective)))
        return True


class TrajectoryRecorder(Eventhdlr):
    """Event handler offering every new best solution (BESTSOLFOUND) of its model to a Trajectory.

    A Ctrl-C raised while it runs (Python code inside SCIP's solve) would otherwise surface as SCIP's error trace;
    it asks SCIP to stop instead, and the ``userinterrupt`` status raises KeyboardInterrupt once ``optimize``
    returns (:func:`solve_status`, the LNS engine)."""

    def __init__(self, trajectory: Trajectory) -> None:
        self.trajectory = trajectory

    def eventinit(self) -> None:
        self.model.catchEvent(SCIP_EVENTTYPE.BESTSOLFOUND, self)

    def eventexit(self) -> None:
        self.model.dropEvent(SCIP_EVENTTYPE.BESTSOLFOUND, self)

    def eventexec(self, event) -> None:
        try:
            self.trajectory.offer(self.model.getSolObjVal(self.model.getBestSol()))
        except KeyboardInterrupt:  # Ctrl-C landed in this callback: stop SCIP cleanly, its status says why
            self.model.interruptSolve()


def record_into(model: Model, trajectory: Trajectory) -> None:
    """Attach a :class:`TrajectoryRecorder` to ``model`` (one recorder per model)."""
    model.includeEventhdlr(TrajectoryRecorder(trajectory), "mlopt_trajectory", "records new incumbents")
