"""Plain function API over files, for the CLI (`mlopt lns run|bench`) to wire up: JSON-ready dicts, each with
the run's ``status`` (:data:`mlopt.solvers.lns.scip.STATUSES`). An instance SCIP proves infeasible or
unbounded is an InputError (:func:`~mlopt.solvers.lns.engine.unsolved_error`), never a document: an
unbounded run's incumbents are not an objective."""

from __future__ import annotations

import math
import os
from typing import Any, Callable

from mlopt.datasets.ilp import load_instance
from mlopt.errors import InputError
from mlopt.solvers.lns.baseline import scip_baseline
from mlopt.solvers.lns.engine import (InitialSolution, LNSConfig, LNSResult, LNSSearch, Seed, StepRecord, lns,
                                     unsolved_error)
from mlopt.solvers.lns.scip import PROVED_UNSOLVABLE
from mlopt.solvers.lns.registry import build_selector
from mlopt.solvers.lns.selectors import Selector, SelectorOptions


def _document(path: str | os.PathLike[str], method: str, result: LNSResult, time_limit: float,
              **settings: Any) -> dict[str, Any]:
    if result.status in PROVED_UNSOLVABLE:
        raise unsolved_error(path, result.status, time_limit)
    return {
        "instance": str(path), "method": method, "status": result.status, "sense": result.sense,
        "trajectory": [[t, v] for t, v in result.trajectory], "objective": result.objective,
        "wall_s": result.wall_s, "steps": len(result.steps), "select_s": sum(s.select_s for s in result.steps),
        "time_limit": time_limit, **settings,
    }


def run_lns(instance_path: str | os.PathLike[str], selector: str | Selector = "random", time_limit: float = 60.0,
            step_limit: float = 5.0, seed: Seed = 0, on_step: Callable[[LNSSearch, StepRecord], None] | None = None,
            initial: InitialSolution | None = None, **config: Any) -> dict[str, Any]:
    """LNS on an MPS/LP file, from ``initial`` when given (see :mod:`mlopt.solvers.lns.initial`); a selector
    named by a string is built by the registry with the step limit (a learned one needs its model: pass the
    selector object instead); ``config`` passes further :class:`LNSConfig` fields (k0, growth, deadline ...)."""
    chosen = build_selector(selector, SelectorOptions(step_limit)) if isinstance(selector, str) else selector
    try:
        settings = LNSConfig(time_limit=time_limit, step_limit=step_limit, **config)
    except ValueError as error:
        raise InputError(str(error), field="limits", expected="positive seconds") from None
    result = lns(load_instance(instance_path), chosen, settings, seed, on_step, initial)
    return _document(instance_path, chosen.name, result, time_limit=time_limit, step_limit=step_limit,
                     seed=seed if isinstance(seed, int) else None)


def run_scip(instance_path: str | os.PathLike[str], time_limit: float = 60.0,
             deadline: float = math.inf) -> dict[str, Any]:
    """The SCIP baseline on an MPS/LP file, as the same kind of document, ending by ``deadline`` (a
    ``time.monotonic()`` value) at the latest."""
    result = scip_baseline(load_instance(instance_path), time_limit, deadline)
    return _document(instance_path, "scip", result, time_limit=time_limit)
