"""The SCIP baseline of CL-LNS: SCIP alone on the whole instance for the same wall time, its incumbent
trajectory recorded like the LNS engine's (an event handler on BESTSOLFOUND)."""

from __future__ import annotations

from pyscipopt import Model

from mlopt.solvers.lns.engine import LNSResult
from mlopt.solvers.lns.scip import Trajectory, best_values, configure, copy_problem, record_into


def scip_baseline(model: Model, time_limit: float) -> LNSResult:
    """Solve a copy of ``model`` with SCIP (one thread, silent) for ``time_limit`` seconds."""
    trajectory = Trajectory(model.getObjectiveSense())
    work = copy_problem(model)
    record_into(work, trajectory)
    configure(work, max(time_limit - trajectory.elapsed(), 0.0))
    work.optimize()
    result = LNSResult(sense=trajectory.sense, trajectory=trajectory.points)
    if work.getNSols() > 0:
        trajectory.offer(work.getObjVal())
        result.incumbent = best_values(work)
    result.wall_s = trajectory.elapsed()
    return result
