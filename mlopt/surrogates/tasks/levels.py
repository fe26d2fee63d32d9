"""GenCO's tile levels as a task: training levels ``[N, rows, cols]`` from
``mlopt.datasets.surrogate_tasks.make_levels(num_levels, rows, cols, ...)`` and the oracle over tile sets
that hold a start-goal path, ``TilePath(rows, cols)``, whose row-major tile order is the levels' own.
GenCO needs no objective, features or costs: feasibility is the point."""

from __future__ import annotations

import numpy as np

from mlopt.datasets.surrogate_tasks import make_levels
from mlopt.solvers.linear import TilePath
from mlopt.surrogates.tasks.registry import SurrogateTask

TILE_LEVELS: SurrogateTask[np.ndarray] = SurrogateTask(
    name="tile-levels",
    generate=make_levels,
    solver=lambda levels: TilePath(*levels.shape[1:]),
)
