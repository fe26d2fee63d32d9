"""The SCIP baseline of CL-LNS: SCIP alone on the whole instance for the same wall time, its incumbent
trajectory recorded like the LNS engine's (an event handler on BESTSOLFOUND)."""

from __future__ import annotations

import math
import time

from pyscipopt import Model

from mlopt.solvers.lns.engine import LNSResult
from mlopt.solvers.lns.scip import Trajectory, best_values, configure, copy_problem, record_into, solve_status


def scip_baseline(model: Model, time_limit: float, deadline: float = math.inf) -> LNSResult:
    """Solve a copy of ``model`` with SCIP (one thread, silent) for ``time_limit`` seconds, ending by
    ``deadline`` (a ``time.monotonic()`` value) at the latest; the result carries SCIP's status (no objective
    when it is infeasible, unbounded, time_limit or no_solution)."""
    trajectory = Trajectory(model.getObjectiveSense())
    work = copy_problem(model)
    record_into(work, trajectory)
    configure(work, max(min(time_limit - trajectory.elapsed(), deadline - time.monotonic()), 0.0))
    work.optimize()
    result = LNSResult(sense=trajectory.sense, trajectory=trajectory.points, status=solve_status(work))
    if result.status in ("optimal", "feasible"):
        trajectory.offer(work.getObjVal())
        result.incumbent = best_values(work)
    result.wall_s = trajectory.elapsed()
    return result
