"""What a destroy-set selector sees at one LNS step."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from pyscipopt import Model


@dataclass
class LNSState:
    """One LNS step's view of the search.

    ``model`` is the untouched original problem (problem stage): selectors may copy it, never change
    it. ``integer`` holds the indices (into ``model.getVars()``) of the integer variables, the only ones
    a destroy set may contain; ``incumbent`` the values of all variables in the current best solution.
    ``k`` is the destroy-set size asked for this step; ``time_left`` the run's remaining wall time (s).
    """

    model: Model
    integer: np.ndarray
    lb: np.ndarray
    ub: np.ndarray
    incumbent: np.ndarray
    objective: float
    sense: str
    k: int
    rng: np.random.Generator
    time_left: float
    step: int = 0
