"""One initial solution per instance, shared by every LNS run of a benchmark.

Every LNS method starts with the same SCIP run (step 1 of :mod:`mlopt.solvers.lns.engine`), yet when
each run repeats it, wall-clock jitter moves its first solutions and with them the primal integral:
on 10 held-out MVC instances the methods' integrals over the first 5 s (before any LNS step) differed by
up to 0.07, as much as the differences being measured. :func:`store_initial` solves step 1 once and
keeps it beside the instance as ``<instance>.init-<limit>s.npz``; each run then starts from it with its
clock at the step's wall time (:class:`~mlopt.solvers.lns.engine.InitialSolution`), so the runs differ
only in what their selectors do.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from mlopt.datasets.atomic_io import atomic_write
from mlopt.datasets.ilp import load_instance
from mlopt.solvers.lns.engine import InitialSolution, LNSConfig, solve_initial, unsolved_error


def initial_path(instance: str | os.PathLike[str], init_limit: float) -> Path:
    """Where :func:`store_initial` keeps the initial solution of ``instance`` for ``init_limit``."""
    return Path(f"{instance}.init-{init_limit:g}s.npz")


def store_initial(instance: str | os.PathLike[str], init_limit: float, time_limit: float) -> Path:
    """Solve step 1 of ``instance`` (``init_limit`` s, doubled until a solution exists, within
    ``time_limit``) and write it atomically; InputError when no solution was found in time."""
    found, status = solve_initial(load_instance(instance), LNSConfig(time_limit=time_limit, init_limit=init_limit))
    if found is None:
        raise unsolved_error(instance, status, time_limit)
    path = initial_path(instance, init_limit)

    def write(temp: str) -> None:
        with open(temp, "wb") as handle:
            np.savez(handle, points=np.asarray(found.points, dtype=np.float64).reshape(-1, 2),
                     values=found.values, objective=found.objective, wall_s=found.wall_s)

    atomic_write(path, write)
    return path


def load_initial(path: str | os.PathLike[str]) -> InitialSolution:
    """The initial solution written by :func:`store_initial`."""
    with np.load(path) as data:
        return InitialSolution(tuple((float(t), float(v)) for t, v in data["points"]), data["values"].copy(),
                               float(data["objective"]), float(data["wall_s"]))
