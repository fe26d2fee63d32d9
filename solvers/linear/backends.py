"""General ``LinearSolver`` backends over a :class:`LinearModel`: OR-Tools CP-SAT (pure integer),
OR-Tools GLOP through pywraplp (LP), and SCIP through pyscipopt (MILP); :func:`make_solver` picks one, or
an exact special case from ``special.py`` when the model has its structure.

Each backend builds its model (variables and constraints) once and changes only the objective per cost
vector, as PyEPO's ``optModel.setObj`` does (Tang & Khalil, PyEPO), and starts each solve from the
previous one where the solver has a warm start: GLOP keeps its simplex basis between solves of the same
``pywraplp.Solver`` (a second solve after a small cost change takes a few pivots, often none), SCIP
gets the previous solution as a start solution (``addSol``) after ``freeTransform`` (SCIP's way back
to the problem stage where the objective may change), CP-SAT gets it as a solution hint (optional). The
feasible set never changes, so a previous optimum is feasible for every cost vector. Solves on a thread
pool (``workers``) borrow one model each from :class:`KeptModels`, so at most ``workers`` models are
built; ``builds`` counts them.
"""

from __future__ import annotations

import math
import threading
from abc import abstractmethod
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import numpy as np

from mlopt.errors import InputError
from mlopt.solvers.linear.base import BatchSolver, LinearModel
from mlopt.solvers.linear.special import (
    Assignment,
    GridShortestPath,
    Knapsack01,
    assignment_model,
    grid_shortest_path_model,
)

BACKENDS: tuple[str, ...] = ("cpsat", "glop", "scip")
SCIP_SETTINGS: tuple[str, ...] = ("off", "fast", "default")

M = TypeVar("M")


def _rows(model: LinearModel) -> list[tuple[np.ndarray, float, float]]:
    """Constraint rows as (coefficients, lower, upper) with +-inf for a missing side."""
    rows = []
    if model.A_ub is not None:
        rows += [(a, -np.inf, b) for a, b in zip(model.A_ub, model.b_ub)]
    if model.A_eq is not None:
        rows += [(a, b, b) for a, b in zip(model.A_eq, model.b_eq)]
    return rows


class KeptModels(Generic[M]):
    """Solver models built once and lent to one solve at a time: :meth:`borrow` hands out a free model,
    or builds one when every model is in use (one per concurrent solve, so a single-threaded solver
    builds exactly one); ``builds`` counts the models built."""

    def __init__(self, build: Callable[[], M]) -> None:
        self._build = build
        self._free: list[M] = []
        self._lock = threading.Lock()
        self.builds = 0

    @contextmanager
    def borrow(self) -> Iterator[M]:
        with self._lock:
            model = self._free.pop() if self._free else None
        if model is None:
            model = self._build()
            with self._lock:
                self.builds += 1
        try:
            yield model
        finally:
            with self._lock:
                self._free.append(model)

    def clear(self) -> None:
        """Drop the free models (their solver memory goes with them)."""
        with self._lock:
            self._free.clear()


class KeptModelSolver(BatchSolver, Generic[M]):
    """A :class:`BatchSolver` over models that are built once (:meth:`_build`) and re-solved with a new
    objective (:meth:`_solve_kept`): one worker solves a whole batch on one borrowed model, a thread pool
    borrows one model per thread."""

    def __init__(self, num_vars: int, *, sense: str = "min", workers: int = 1, cache_size: int = 4096) -> None:
        super().__init__(num_vars, sense=sense, workers=workers, cache_size=cache_size)
        self._models: KeptModels[M] = KeptModels(self._build)

    @property
    def builds(self) -> int:
        """How many solver models were built (one per concurrent solve, not one per cost vector)."""
        return self._models.builds

    @abstractmethod
    def _build(self) -> M:
        """A new solver model of the feasible set, without an objective."""

    @abstractmethod
    def _solve_kept(self, kept: M, costs: np.ndarray) -> np.ndarray:
        """An optimal x for ``costs`` ``[n]`` on the kept model ``kept``."""

    def _solve_one(self, costs: np.ndarray) -> np.ndarray:
        with self._models.borrow() as kept:
            return self._solve_kept(kept, costs)

    def _solve_batch(self, costs: np.ndarray) -> np.ndarray:
        if self.workers == 1 or len(costs) == 1:
            with self._models.borrow() as kept:
                return np.stack([self._solve_kept(kept, c) for c in costs])
        return super()._solve_batch(costs)

    def close(self) -> None:
        """Stop the thread pool and drop the kept models (idempotent)."""
        super().close()
        self._models.clear()


@dataclass
class CpSatModel:
    """A CP-SAT model kept by :class:`CpSatSolver`: the model, its decision variables' proto indices,
    a solver with the backend's parameters and the latest solution on this model."""

    cp: Any
    indices: list[int]
    solver: Any
    last: np.ndarray | None = None


class CpSatSolver(KeptModelSolver[CpSatModel]):
    """OR-Tools CP-SAT for pure integer models with integral coefficients and finite bounds.

    CP-SAT needs integer objective coefficients, so float costs are scaled per vector:
    ``c_int = round(c * S)`` with ``S = cost_scale / max|c|`` (``cost_scale = 1e6`` by default). The
    returned x is optimal for ``c_int``; for the original c it is optimal up to
    ``sum_i |x_i| * 0.5 / S`` (the rounding error of each coefficient is at most ``0.5 / S``), i.e. a
    relative objective error of about ``n * max|x| / (2 * cost_scale)``. ``A_ub x <= b_ub`` is tightened
    to ``floor(b_ub)``, exact for integer x and integer rows.

    The model is built once (per worker thread); a solve writes the scaled costs into the objective of
    the model's proto (CP-SAT's ``CpModelProto.objective``: variable indices once, coefficients per
    solve; a maximization negates them) and solves with one search worker. ``warm_start`` hints each
    solve with the previous solution on the same model (CP-SAT solution hints; the optimum is
    unchanged, only the search starts there).
    """

    def __init__(self, model: LinearModel, *, sense: str = "min", workers: int = 1, cache_size: int = 4096,
                 cost_scale: float = 1e6, time_limit: float | None = None, warm_start: bool = False) -> None:
        super().__init__(model.num_vars, sense=sense, workers=workers, cache_size=cache_size)
        self.warm_start = warm_start
        self.hinted = 0  # solves that started from a hint
        if not model.integrality.all():
            raise InputError("CP-SAT needs every variable integer", field="integrality", expected="all True (use glop or scip)")
        if not (np.isfinite(model.lb).all() and np.isfinite(model.ub).all()):
            raise InputError("CP-SAT needs finite bounds", field="lb/ub", expected="finite bounds")
        for name in ("A_ub", "A_eq", "b_eq"):
            values = getattr(model, name)
            if values is not None and not np.allclose(values, np.round(values)):
                raise InputError(f"CP-SAT needs integral {name}", field=name, expected="integers (use scip)")
        self.model = model
        self.cost_scale = cost_scale
        self.time_limit = time_limit

    def _build(self) -> CpSatModel:
        from ortools.sat.python import cp_model

        m = self.model
        cp = cp_model.CpModel()
        x = [cp.new_int_var(int(np.ceil(lo)), int(np.floor(hi)), f"x{i}") for i, (lo, hi) in enumerate(zip(m.lb, m.ub))]
        for a, lo, hi in _rows(m):
            idx = np.flatnonzero(a)
            expr = cp_model.LinearExpr.weighted_sum([x[i] for i in idx], [int(round(a[i])) for i in idx])
            if lo == hi:
                cp.add(expr == int(round(lo)))
            else:
                cp.add(expr <= int(np.floor(hi + 1e-9)))
        indices = [v.index for v in x]
        cp.proto.objective.vars.extend(indices)
        solver = cp_model.CpSolver()
        solver.parameters.num_workers = 1
        if self.time_limit is not None:
            solver.parameters.max_time_in_seconds = self.time_limit
        return CpSatModel(cp, indices, solver)

    def _solve_kept(self, kept: CpSatModel, costs: np.ndarray) -> np.ndarray:
        """Set ``costs`` as the objective of the kept model, solve, and return x (also kept as ``last``)."""
        from ortools.sat.python import cp_model

        top = float(np.abs(costs).max())
        scale = self.cost_scale / top if top > 0 else 0.0
        scaled = np.round(costs * (scale if self.sense == "min" else -scale)).astype(np.int64)
        coeffs = kept.cp.proto.objective.coeffs
        coeffs.clear()
        coeffs.extend(scaled.tolist())
        if self.warm_start and kept.last is not None:  # training sends similar cost vectors in a row
            hint = kept.cp.proto.solution_hint
            if not len(hint.vars):
                hint.vars.extend(kept.indices)
            hint.values.clear()
            hint.values.extend(np.round(kept.last).astype(np.int64).tolist())
            with self._lock:
                self.hinted += 1
        status = kept.solver.solve(kept.cp)
        if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            raise InputError(f"CP-SAT status {kept.solver.status_name(status)}", field="model",
                             expected="a feasible, valid model")
        values = np.asarray(kept.solver.response_proto.solution, dtype=np.float64)
        kept.last = values[kept.indices]
        return kept.last

@dataclass
class GlopModel:
    """A pywraplp GLOP model kept by :class:`GlopSolver`: the solver, its variables and its objective."""

    solver: Any
    x: list[Any]
    objective: Any
    optimal: int  # pywraplp.Solver.OPTIMAL


class GlopSolver(KeptModelSolver[GlopModel]):
    """OR-Tools GLOP (primal/dual simplex) through pywraplp, for LP models (``model.relaxed()`` drops
    integrality; on totally unimodular sets such as flows and assignments the LP optimum is integral).

    The ``pywraplp.Solver`` is built once (per worker thread); a solve sets the objective coefficients
    (``Objective.SetCoefficient``) and re-solves, and GLOP starts from the previous optimal basis. GLOP's
    presolve is off unless ``presolve=True``: on a small LP solved thousands of times it costs more than it
    saves (1.5x more solves per second on the 5 x 5 shortest path, benchmarks/surrogate_backends.py)."""

    def __init__(self, model: LinearModel, *, sense: str = "min", workers: int = 1, cache_size: int = 4096,
                 presolve: bool = False) -> None:
        super().__init__(model.num_vars, sense=sense, workers=workers, cache_size=cache_size)
        if model.integrality.any():
            raise InputError("GLOP solves LPs only", field="integrality", expected="no integer variables (model.relaxed())")
        self.model = model
        self.presolve = presolve

    def _build(self) -> GlopModel:
        from ortools.linear_solver import pywraplp

        m = self.model
        solver = pywraplp.Solver.CreateSolver("GLOP")
        if not self.presolve:
            solver.SetSolverSpecificParametersAsString("use_preprocessing:false")
        inf = solver.infinity()
        clip = lambda v: inf if v == np.inf else (-inf if v == -np.inf else float(v))  # noqa: E731
        x = [solver.NumVar(clip(lo), clip(hi), f"x{i}") for i, (lo, hi) in enumerate(zip(m.lb, m.ub))]
        for a, lo, hi in _rows(m):
            row = solver.RowConstraint(clip(lo), clip(hi), "")
            for i in np.flatnonzero(a):
                row.SetCoefficient(x[i], float(a[i]))
        objective = solver.Objective()
        objective.SetMinimization() if self.sense == "min" else objective.SetMaximization()
        return GlopModel(solver, x, objective, pywraplp.Solver.OPTIMAL)

    def _solve_kept(self, kept: GlopModel, costs: np.ndarray) -> np.ndarray:
        list(map(kept.objective.SetCoefficient, kept.x, costs.tolist()))
        return self._resolve(kept)

    @staticmethod
    def _resolve(kept: GlopModel) -> np.ndarray:
        """Solve the kept model as it stands (objective and rows) from GLOP's previous basis; x."""
        from ortools.linear_solver import linear_solver_pb2

        status = kept.solver.Solve()
        if status != kept.optimal:
            raise InputError(f"GLOP status {status}", field="model", expected="a feasible, bounded LP")
        response = linear_solver_pb2.MPSolutionResponse()  # every value in one call, not one call per variable
        kept.solver.FillSolutionResponseProto(response)
        return np.array(response.variable_value, dtype=np.float64)


@dataclass
class ScipModel:
    """A pyscipopt model kept by :class:`ScipSolver`, its variables and the latest solution on it."""

    scip: Any
    x: list[Any]
    last: np.ndarray | None = None
    rows_added: int = 0  # rows added after the build (by subclasses with lazy rows)


class ScipSolver(KeptModelSolver["ScipModel"]):
    """SCIP through pyscipopt for any MILP (``optimizeNogil`` lets thread-pool solves overlap).

    The model is built once (per worker thread); a solve returns it to the problem stage
    (``freeTransform``), replaces the objective (``setObjective``) and, with ``warm_start`` (default),
    adds the previous solution on the same model as a start solution (``createSol`` / ``addSol``), which
    SCIP checks and keeps as its first incumbent. ``settings`` sets SCIP's presolving, heuristics and separating
    (``setPresolve`` / ``setHeuristics`` / ``setSeparating``): ``"off"`` (default) turns the three off, which
    leaves the optimum unchanged (branch and bound on the LP relaxation still proves it) and, on the small models
    a surrogate layer re-solves thousands of times, solves about 2x more per second (PyEPO's 2 x 32 knapsack and
    the 5 x 5 shortest path, benchmarks/surrogate_backends.py); ``"fast"`` uses SCIP's FAST settings and
    ``"default"`` SCIP's defaults, for larger models where cuts and presolve pay."""

    def __init__(self, model: LinearModel, *, sense: str = "min", workers: int = 1, cache_size: int = 4096,
                 time_limit: float | None = None, warm_start: bool = True, settings: str = "off") -> None:
        super().__init__(model.num_vars, sense=sense, workers=workers, cache_size=cache_size)
        if settings not in SCIP_SETTINGS:
            raise InputError(f"unknown SCIP settings {settings!r}", field="settings", expected=" or ".join(SCIP_SETTINGS))
        self.model = model
        self.time_limit = time_limit
        self.warm_start = warm_start
        self.settings = settings

    def _build(self) -> ScipModel:
        from pyscipopt import Model, quicksum

        m = self.model
        scip = Model()
        scip.hideOutput()
        if self.settings != "default":
            from pyscipopt import SCIP_PARAMSETTING

            setting = SCIP_PARAMSETTING.OFF if self.settings == "off" else SCIP_PARAMSETTING.FAST
            scip.setPresolve(setting)
            scip.setHeuristics(setting)
            scip.setSeparating(setting)
        if self.time_limit is not None:
            scip.setParam("limits/time", self.time_limit)
        bound = lambda v: None if not np.isfinite(v) else float(v)  # noqa: E731
        x = [scip.addVar(f"x{i}", vtype="I" if integ else "C", lb=bound(lo), ub=bound(hi))
             for i, (lo, hi, integ) in enumerate(zip(m.lb, m.ub, m.integrality))]
        for a, lo, hi in _rows(m):
            expr = quicksum(float(a[i]) * x[i] for i in np.flatnonzero(a))
            if lo == hi:
                scip.addCons(expr == float(lo))
            else:
                scip.addCons(expr <= float(hi))
        return ScipModel(scip, x)

    def _solve_kept(self, kept: ScipModel, costs: np.ndarray) -> np.ndarray:
        from pyscipopt.scip import Expr, Term

        scip, x = kept.scip, kept.x
        scip.freeTransform()
        scip.setObjective(Expr({Term(v): c for v, c in zip(x, costs.tolist())}),
                          sense="minimize" if self.sense == "min" else "maximize")
        if self.warm_start and kept.last is not None:
            start = scip.createSol()
            for v, value in zip(x, kept.last.tolist()):
                scip.setSolVal(start, v, value)
            scip.addSol(start, free=True)
        scip.optimizeNogil()
        if scip.getNSols() == 0:
            raise InputError(f"SCIP status {scip.getStatus()}", field="model", expected="a feasible, bounded model")
        best = scip.getBestSol()
        kept.last = np.array([scip.getSolVal(best, v) for v in x], dtype=np.float64)
        return kept.last


def _same(a: np.ndarray | None, b: np.ndarray | None) -> bool:
    return (a is None) == (b is None) and (a is None or (a.shape == b.shape and np.array_equal(a, b)))


def _same_model(model: LinearModel, reference: LinearModel) -> bool:
    return all(_same(getattr(model, name), getattr(reference, name))
               for name in ("A_ub", "b_ub", "A_eq", "b_eq", "lb", "ub", "integrality"))


def _is_binary(model: LinearModel) -> bool:
    return bool(model.integrality.all() and (model.lb == 0).all() and (model.ub == 1).all())


def _grid_shape(num_edges: int) -> list[tuple[int, int]]:
    """Every (rows, cols) whose right/down grid has ``num_edges = 2 rows cols - rows - cols`` edges, i.e.
    ``cols = (num_edges + rows) / (2 rows - 1)``."""
    shapes = []
    for rows in range(1, num_edges + 2):
        cols, rest = divmod(num_edges + rows, 2 * rows - 1)
        if rest == 0 and rows * cols >= 2:
            shapes.append((rows, cols))
    return shapes


def special_solver(model: LinearModel, *, sense: str = "min", cache_size: int = 4096, workers: int = 1,
                   max_knapsack_states: int = 10_000_000) -> BatchSolver | None:
    """The exact fast solver for ``model`` when its structure is one of the special cases, else None:

    - the unit-flow model of a right/down grid DAG (equal to ``grid_shortest_path_model(rows, cols)`` for
      one of the shapes with that edge count) -> :class:`GridShortestPath`;
    - binary variables, one ``<=`` row with non-negative integer weights and an integer capacity, no
      equalities, ``n * (capacity + 1) <= max_knapsack_states`` -> :class:`Knapsack01`;
    - binary n^2 variables with ``assignment_model(n)``'s equalities and no inequalities -> :class:`Assignment`.

    The comparisons are exact (the same matrices, bounds and integrality; an LP relaxation of these
    sets is not detected, although its optimum is the same integral point).
    """
    if not _is_binary(model):
        return None
    if model.A_ub is None and model.A_eq is not None:
        for rows, cols in _grid_shape(model.num_vars):
            if _same_model(model, grid_shortest_path_model(rows, cols)):
                return GridShortestPath(rows, cols, sense=sense, cache_size=cache_size)
        n = math.isqrt(model.num_vars)
        if n * n == model.num_vars and _same_model(model, assignment_model(n)):
            return Assignment(n, sense=sense, workers=workers, cache_size=cache_size)
    if model.A_eq is None and model.A_ub is not None and len(model.A_ub) == 1:
        weights, capacity = model.A_ub[0], float(model.b_ub[0])
        integral = np.allclose(weights, np.round(weights)) and (weights >= 0).all()
        if integral and capacity >= 0 and model.num_vars * (np.floor(capacity) + 1) <= max_knapsack_states:
            return Knapsack01(np.round(weights), int(np.floor(capacity)), sense=sense, cache_size=cache_size)
    return None


def make_solver(model: LinearModel, backend: str = "auto", **kwargs: object) -> BatchSolver:
    """A backend for ``model``: ``auto`` picks the exact fast solver when :func:`special_solver` recognizes
    the structure, else CP-SAT for pure-integer models it accepts, GLOP for LPs, SCIP otherwise.
    ``kwargs`` go to the backend (``sense``, ``workers``, ``cache_size``, ...; a special solver takes
    only ``sense``, ``cache_size`` and ``workers``)."""
    if backend == "auto":
        special = special_solver(model, **{k: v for k, v in kwargs.items()  # type: ignore[arg-type]
                                            if k in ("sense", "cache_size", "workers")})
        if special is not None:
            return special
        if not model.integrality.any():
            backend = "glop"
        else:
            try:
                return CpSatSolver(model, **kwargs)  # type: ignore[arg-type]
            except InputError:
                backend = "scip"
    classes = {"cpsat": CpSatSolver, "glop": GlopSolver, "scip": ScipSolver}
    if backend not in classes:
        raise InputError(f"unknown backend {backend!r}", field="backend", expected="auto, " + ", ".join(BACKENDS))
    return classes[backend](model, **kwargs)  # type: ignore[arg-type]
