"""The local branching problem of Fischetti & Lodi (2003) around an incumbent, used as an LNS expert.

Binary x_j contribute x_j when the incumbent has x̄_j = 0 and 1 - x_j when x̄_j = 1. General integers
contribute |x_j - x̄_j|: x_j - x̄_j when x̄_j sits at its lower bound, x̄_j - x_j at its upper bound, and
otherwise an auxiliary continuous d_j >= |x_j - x̄_j| (two rows). Every changed integer variable adds at
least 1 to the distance, so a solution within radius k changes at most k of them. Continuous variables
are free.
"""

from __future__ import annotations

import numpy as np
from pyscipopt import Model, quicksum

from mlopt.solvers.lns.scip import best_values, configure, copy_problem
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
