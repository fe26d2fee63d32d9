"""The registry of sharding planners: one :class:`~mlopt.sharding.core.planner.Planner` per method name,
read by :func:`mlopt.sharding.planning.plan_sharding`, ``mlopt shard`` (its ``--method`` choices and its
default) and the benchmarks, instead of lists of names.

The built-in planners are registered here, in the order listings show them: the heuristics and the MILP
(:mod:`mlopt.sharding.core.baselines`), TorchRec's planner replayed (:mod:`mlopt.sharding.core.torchrec_planner`),
DreamShard (:mod:`mlopt.sharding.dreamshard.planner`) and NeuroShard (:mod:`mlopt.sharding.neuroshard.planner`). A
new method is one module that defines its ``Planner`` plus one registration: a line in :func:`_builtin_planners`,
or ``register_planner(planner)`` from user code.
"""

from __future__ import annotations

from mlopt.errors import InputError
from mlopt.sharding.core.baselines import baseline_planners
from mlopt.sharding.core.planner import Planner
from mlopt.sharding.core.torchrec_planner import TORCHREC_PLANNER
from mlopt.sharding.dreamshard.planner import DREAMSHARD_PLANNER
from mlopt.sharding.neuroshard.planner import NEUROSHARD_PLANNER, NEUROSHARD_TW_PLANNER

_PLANNERS: dict[str, Planner] = {}


def register_planner(planner: Planner, *, replace: bool = False) -> Planner:
    """Add ``planner`` under its name and return it. The same planner again is a no-op; another planner
    under a taken name is a ValueError unless ``replace``."""
    if _PLANNERS.get(planner.name, planner) != planner and not replace:
        raise ValueError(f"a sharding planner named {planner.name!r} is registered already")
    _PLANNERS[planner.name] = planner
    return planner


def unregister_planner(name: str) -> None:
    """Remove the planner ``name`` (nothing when there is none)."""
    _PLANNERS.pop(name, None)


def get_planner(name: str) -> Planner:
    """The planner registered as ``name``; InputError (field ``method``) when there is none."""
    try:
        return _PLANNERS[name]
    except KeyError:
        raise InputError(f"unknown method {name!r}", field="method",
                         expected="one of " + ", ".join(_PLANNERS)) from None


def planners() -> tuple[Planner, ...]:
    """Every registered planner, in registration order."""
    return tuple(_PLANNERS.values())


def planner_names() -> tuple[str, ...]:
    """The registered method names, in registration order."""
    return tuple(_PLANNERS)


def _builtin_planners() -> list[Planner]:
    return [*baseline_planners(), TORCHREC_PLANNER, DREAMSHARD_PLANNER, NEUROSHARD_PLANNER, NEUROSHARD_TW_PLANNER]


for _planner in _builtin_planners():
    register_planner(_planner)
