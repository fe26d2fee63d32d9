"""The one table of LNS destroy-set selectors, classic and learned: name -> how to build it.

An entry names a factory ``factory(SelectorOptions) -> Selector``: a callable (the classic selectors
register their classes' ``from_options``), or a ``"module:function"`` reference imported only when the
selector is built. The learned CL-LNS and IL-LNS selectors (Huang et al. ICML 2023; Sonnerat et al. 2021)
live on the learning side (torch) and register by reference, so this module and :mod:`mlopt.solvers`
never import torch. ``mlopt lns run``, ``mlopt lns bench`` (whose jobs carry the entry to their worker
process), :func:`mlopt.solvers.lns.api.run_lns` and the ``mlopt/LNS-v0`` policy adapter
(:mod:`mlopt.envs.lns.selector_policy`) all build through :func:`build_selector`; the options carry the
sub-ILP limit (``--step-limit``) and, for a learned selector, its model.

Adding a selector is one :func:`register_selector` call (:func:`unregister_selector` removes one). SCIP alone (``scip`` in run and bench) is a
method, not a selector: it has no entry here.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Callable

from mlopt.errors import InputError
from mlopt.solvers.lns.selectors import (
    LBRelaxSelector, LocalBranchingSelector, RandomSelector, Selector, SelectorOptions,
)

SelectorFactory = Callable[[SelectorOptions], Selector]
SCIP = "scip"  # SCIP alone: a method of run and bench beside the selectors, so no selector may take the name


@dataclass(frozen=True)
class SelectorEntry:
    """One registered selector: ``factory`` is a callable or ``"module:function"``; ``learned`` selectors
    need ``options.model``. Picklable when its factory is (a module-level function or class, or a string),
    so a bench job carries it to a spawned worker."""

    name: str
    factory: SelectorFactory | str
    help: str
    learned: bool = False

    def build(self, options: SelectorOptions = SelectorOptions()) -> Selector:
        """The selector, built from ``options`` (InputError when a learned one has no model)."""
        if self.learned and options.model is None:
            raise InputError(f"the {self.name} selector needs a model", field="model",
                             expected="a checkpoint written by `mlopt lns train`")
        factory = self.factory
        if isinstance(factory, str):
            module, _, function = factory.partition(":")
            factory = getattr(importlib.import_module(module), function)
        return factory(options)


SELECTORS: dict[str, SelectorEntry] = {}


def register_selector(name: str, factory: SelectorFactory | str, *, help: str, learned: bool = False,
                      replace: bool = False) -> SelectorEntry:
    """Add a selector to the table and return its entry. The same entry again is a no-op; another entry under
    a taken name is a ValueError unless ``replace``; ``scip`` is never a selector's name."""
    if isinstance(factory, str) and not all(factory.partition(":")[::2]):
        raise ValueError(f"factory {factory!r} is not 'module:function'")
    entry = SelectorEntry(name, factory, help, learned)
    if name == SCIP or (name in SELECTORS and SELECTORS[name] != entry and not replace):
        raise ValueError(f"selector name {name!r} is taken")
    SELECTORS[name] = entry
    return entry


def unregister_selector(name: str) -> None:
    """Remove the selector ``name`` (nothing when there is none)."""
    SELECTORS.pop(name, None)


def selector_names(learned: bool | None = None) -> tuple[str, ...]:
    """The registered names, in registration order (only the learned or classic ones when asked)."""
    return tuple(n for n, e in SELECTORS.items() if learned is None or e.learned == learned)


def selector_entry(name: str) -> SelectorEntry:
    """The entry of ``name`` (InputError naming the known selectors when there is none)."""
    if name not in SELECTORS:
        raise InputError(f"unknown selector {name!r}", field="selector", expected="one of " + ", ".join(SELECTORS))
    return SELECTORS[name]


def build_selector(name: str, options: SelectorOptions = SelectorOptions()) -> Selector:
    """The one way to build a selector by name."""
    return selector_entry(name).build(options)


register_selector("random", RandomSelector.from_options, help="k integer variables uniformly at random")
register_selector("lb", LocalBranchingSelector.from_options,
                  help="the variables a local branching ILP changes, Fischetti & Lodi 2003")
register_selector("lb-relax", LBRelaxSelector.from_options,
                  help="the variables the LP relaxation of local branching moves, LB-RELAX")
register_selector("cl-lns", "mlopt.lns.selector:cl_lns_selector", learned=True,
                  help="scores of a contrastively trained graph-attention network, CL-LNS")
register_selector("il-lns", "mlopt.lns.selector:il_lns_selector", learned=True,
                  help="the CL-LNS network trained by imitation with BCE, IL-LNS")
