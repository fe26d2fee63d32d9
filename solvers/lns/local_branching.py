"""The local branching problem of Fischetti & Lodi (2003) around an incumbent, used as an LNS expert.

Binary x_j contribute x_j when the incumbent has x̄_j = 0 and 1 - x_j when x̄_j = 1. General integers
contribute |x_j - x̄_j|: x_j - x̄_j when x̄_j sits at its lower bound, x̄_j - x_j at its upper bound, and
otherwise an auxiliary continuous d_j >= |x_j - x̄_j| (two rows). Every changed integer variable adds at
least 1 to the distance, so a solution within radius k changes at most k of them. Continuous variables
are free.

Two ways to solve it: :func:`solve_local_branching` copies the model into SCIP per call (the ILP of LB, or
its relaxation), and :class:`LocalBranchingLP` keeps the LP relaxation of LB-RELAX (Huang et al. CPAIOR
2023) in one GLOP model for a whole run, changing only the local-branching row and re-solving from the
previous solution.

Time per LB-RELAX selection (``LBRelaxSelector.select``; CL-LNS sizes, generated with seed 1000, incumbent
of a 5 s SCIP run, k = 100 growing 1.02x per step; 2-core CPU shared with other jobs, load ~3):

==========================  ======================  ==========================================================
instance                    before: SCIP copy +     after: persistent GLOP LP
                            ``relax()`` per call    (first call incl. build / k changed / incumbent changed)
==========================  ======================  ==========================================================
MIS, 6000 nodes ER, deg 8   3.29 s                  1.24 s (10.4k it.) / 0.05 s (0 it.) / 0.9-1.2 s (7-33 flips)
MVC, 1000 nodes BA, aff 70  1.13 s                  0.81 s (1.4k it.) / 0.05 s (0 it.) / 0.3-0.6 s (1-10 flips)
==========================  ======================  ==========================================================

On a set cover of CL-LNS size (5,000 rows x 4,000 columns, 1M nonzeros) the primal simplex found no LP optimum
in 60 s, so every LB-RELAX step fell back to a random destroy set after its 5 s LP limit (8 steps a minute);
the dual simplex, chosen for it by :func:`prefers_dual_simplex`, solves the first LP in 0.9 s (1.5k it.) and a
changed k in 0.2 s (benchmarks/lb_relax_steps.py, benchmarks/RESULTS.md).
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np
from ortools.linear_solver import pywraplp
from pyscipopt import Model, quicksum

from mlopt.solvers.lns.matrix import LinearConstraints, linear_constraints
from mlopt.solvers.lns.scip import best_values, bounds, configure, copy_problem, integer_indices
from mlopt.solvers.lns.state import LNSState


def local_branching_model(state: LNSState, radius: int) -> Model:
    """A fresh copy of ``state.model`` with the constraint distance(x, incumbent) <= ``radius``."""
    model = copy_problem(state.model)
    xs = model.getVars()
    terms = []
    for j in state.integer.tolist():
        x, value = xs[j], round(state.incumbent[j])
        if value <= state.lb[j]:
            terms.append(x - value)
        elif value >= state.ub[j]:
            terms.append(value - x)
        else:
            d = model.addVar(name=f"lb_dist_{j}", vtype="C", lb=0.0, obj=0.0)
            model.addCons(d >= x - value)
            model.addCons(d >= value - x)
            terms.append(d)
    model.addCons(quicksum(terms) <= radius, name="local_branching")
    return model


def solve_local_branching(state: LNSState, radius: int, time_limit: float, relax: bool) -> np.ndarray | None:
    """Values of the original variables in the best solution of the (relaxed) local branching problem.

    The ILP is handed the incumbent as a start (feasible at distance 0); the time limit is clipped to
    the run's remaining time. ``None`` when SCIP found nothing in time.
    """
    model = local_branching_model(state, radius)
    configure(model, min(time_limit, max(state.time_left, 0.0)))
    n = len(state.incumbent)
    xs = model.getVars()  # taken before relax(): changing a variable's type moves it in SCIP's array
    if relax:
        model.relax()
    else:
        start = model.createSol()
        values = state.incumbent.copy()
        values[state.integer] = np.round(values[state.integer])
        for x, value in zip(xs[:n], values.tolist()):
            model.setSolVal(start, x, value)
        for x in xs[n:]:
            model.setSolVal(start, x, 0.0)
        model.addSol(start, free=True)
    model.optimize()
    if model.getNSols() == 0:
        return None
    return best_values(model, xs[:n])


SIMPLEX_CHOICES: tuple[str, ...] = ("auto", "primal", "dual")  # auto: prefers_dual_simplex


def prefers_dual_simplex(constraints: LinearConstraints, lb: np.ndarray, ub: np.ndarray, costs: np.ndarray,
                         maximize: bool) -> bool:
    """Whether the dual simplex should solve the LP ``min/max costs.x, lhs <= A x <= rhs, lb <= x <= ub``: when
    the simplex's start (every column at its bound nearest 0, all slacks basic) is dual feasible but not
    primal feasible, so that the dual simplex skips the phase 1 the primal one would need."""
    start = np.clip(0.0, lb, ub)
    activity = np.bincount(constraints.row, weights=constraints.coef * start[constraints.col],
                           minlength=constraints.num_rows)
    primal_feasible = bool(np.all((activity >= constraints.lhs - 1e-9) & (activity <= constraints.rhs + 1e-9)))
    improving = -costs if maximize else costs  # a column may decrease the objective by moving off its bound
    at_lower, at_upper = start <= lb, start >= ub
    dual_feasible = bool(np.all((at_lower & at_upper) | (at_lower & (improving >= 0)) | (at_upper & (improving <= 0))
                                | (improving == 0)))
    return dual_feasible and not primal_feasible


class LocalBranchingLP:
    """The LP relaxation of the local branching ILP of one instance, built once and re-solved per incumbent.

    LB-RELAX (Huang et al. CPAIOR 2023, Sec. 4) solves ``min c.x  s.t.  lhs <= A x <= rhs,  lb <= x <= ub,
    distance(x, x̄) <= k`` over continuous x. The LP holds the model's columns (same order), one column
    d_j per general integer (domain wider than {l, l+1}), the model's linear constraints, two rows
    ``d_j - x_j >= -x̄_j`` and ``d_j + x_j >= x̄_j`` per general integer, and the local-branching row:
    ``sum_{x̄_j = l_j} x_j - sum_{x̄_j = u_j} x_j + sum d_j <= k + sum_{x̄_j = l_j} l_j - sum_{x̄_j = u_j} u_j``
    over the binary-like integers. A new incumbent changes only that row's coefficients where x̄_j flipped,
    its right-hand side and the d_j rows' sides.

    Solver: GLOP (OR-Tools, through ``pywraplp``), one persistent model. A change of k alone (a step without
    improvement) only moves the row's bound, and GLOP re-solves from its previous basis (0 iterations); a
    flipped coefficient makes GLOP presolve again, still starting from its last solution (100-500
    iterations instead of 10k cold on the MIS instance of the module table). Alternatives measured on that
    instance: SoPlex (SCIP's LP interface, ``pyscipopt.LP``) took 4.6 s for the first LP (GLOP: 0.56 s)
    and 0.4-2.7 s after an incumbent change even when restarted from its saved basis.

    Primal or dual simplex (``simplex="auto"``: :func:`prefers_dual_simplex`): GLOP's default, the primal
    simplex, took more than 60 s (9k iterations, no optimum) for the first LP of a set cover at CL-LNS size
    (5,000 rows, 4,000 columns, 1M nonzeros: x = 0 violates every row, so its phase 1 is the whole work), where
    the dual simplex, for which x = 0 is dual feasible (min, c >= 0), took 0.9 s; on the MIS instance above
    (max, x = 0 primal feasible) the dual simplex took 8.1 s against the primal's 1.9 s.

    No objective cutoff is added: the incumbent is feasible for the LP (distance 0), so the LP optimum is
    never worse than it and a cutoff row would only add degeneracy.
    """

    def __init__(self, model: Model, simplex: str = "auto") -> None:
        if simplex not in SIMPLEX_CHOICES:
            raise ValueError(f"simplex must be one of {SIMPLEX_CHOICES}, got {simplex!r}")
        self.model = model
        constraints = linear_constraints(model)
        variables = model.getVars()
        self.lb, self.ub = bounds(model)
        integer = integer_indices(model)
        unit = (self.ub[integer] - self.lb[integer]) <= 1.0
        self.unit, self.general = integer[unit], integer[~unit]
        self.solver = pywraplp.Solver.CreateSolver("GLOP")
        inf = self.solver.infinity()
        self.x = [self.solver.NumVar(float(lo), float(hi), "") for lo, hi in zip(self.lb, self.ub)]
        self.d = [self.solver.NumVar(0.0, inf, "") for _ in range(len(self.general))]
        starts = np.searchsorted(constraints.row, np.arange(constraints.num_rows + 1)).tolist()
        cols, coefs = constraints.col.tolist(), constraints.coef.tolist()
        for (a, b), lhs, rhs in zip(pairwise(starts), constraints.lhs.tolist(), constraints.rhs.tolist()):
            row = self.solver.Constraint(lhs, rhs)
            for j, coef in zip(cols[a:b], coefs[a:b]):
                row.SetCoefficient(self.x[j], coef)
        self.d_rows = []
        for d, j in zip(self.d, self.general.tolist()):
            below, above = self.solver.Constraint(-inf, inf), self.solver.Constraint(-inf, inf)
            below.SetCoefficient(d, 1.0)
            below.SetCoefficient(self.x[j], -1.0)
            above.SetCoefficient(d, 1.0)
            above.SetCoefficient(self.x[j], 1.0)
            self.d_rows.append((below, above))
        self.lb_row = self.solver.Constraint(-inf, inf)
        for j in self.unit.tolist():
            self.lb_row.SetCoefficient(self.x[j], 1.0)
        for d in self.d:
            self.lb_row.SetCoefficient(d, 1.0)
        objective = self.solver.Objective()
        costs = np.array([v.getObj() for v in variables], dtype=np.float64)
        for x, cost in zip(self.x, costs.tolist()):
            objective.SetCoefficient(x, cost)
        maximize = model.getObjectiveSense() == "maximize"
        objective.SetMaximization() if maximize else objective.SetMinimization()
        self.dual_simplex = (simplex == "dual" if simplex != "auto"
                             else prefers_dual_simplex(constraints, self.lb, self.ub, costs, maximize))
        self.solver.SetSolverSpecificParametersAsString(f"use_dual_simplex: {str(self.dual_simplex).lower()}")
        self.coef = np.ones(len(self.unit))
        self.centre = np.full(len(self.general), np.nan)

    def _update(self, incumbent: np.ndarray, radius: float) -> None:
        """Point the local-branching row (and the d_j rows) at ``incumbent`` with ``radius``."""
        x = np.round(incumbent)
        lo, hi = self.lb[self.unit], self.ub[self.unit]
        at_ub = (x[self.unit] >= hi) & (hi > lo)
        coef = np.where(at_ub, -1.0, 1.0)
        for pos in np.flatnonzero(coef != self.coef).tolist():
            self.lb_row.SetCoefficient(self.x[self.unit[pos]], float(coef[pos]))
        self.coef = coef
        self.lb_row.SetUb(float(radius + lo[~at_ub].sum() - hi[at_ub].sum()))
        centre = x[self.general]
        for t in np.flatnonzero(centre != self.centre).tolist():
            below, above = self.d_rows[t]
            below.SetLb(float(-centre[t]))
            above.SetLb(float(centre[t]))
        self.centre = centre

    def solve(self, incumbent: np.ndarray, radius: float, time_limit: float) -> np.ndarray | None:
        """Values of the model's variables at the LP optimum within ``radius`` of ``incumbent`` (all
        variables, model order), or ``None`` when the LP was not solved to optimality in ``time_limit`` s."""
        self._update(incumbent, radius)
        self.solver.SetTimeLimit(max(int(1000 * time_limit), 1))
        if self.solver.Solve() != pywraplp.Solver.OPTIMAL:
            return None
        return np.array([x.solution_value() for x in self.x], dtype=np.float64)

    @property
    def iterations(self) -> int:
        """Simplex iterations of the last solve."""
        return self.solver.iterations()
