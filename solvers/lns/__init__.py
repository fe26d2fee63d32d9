"""Large neighbourhood search over SCIP (CL-LNS, Huang et al. ICML 2023; LB-RELAX, Huang et al. CPAIOR
2023): the engine, destroy-set selectors and their one registry, the SCIP baseline and the primal-gap metrics."""

from mlopt.solvers.lns.baseline import scip_baseline
from mlopt.solvers.lns.engine import LNSConfig, LNSResult, LNSSearch, StepRecord, lns
from mlopt.solvers.lns.registry import (
    SELECTORS, SelectorEntry, build_selector, register_selector, selector_entry, selector_names, unregister_selector,
)
from mlopt.solvers.lns.selectors import (
    LBRelaxSelector, LocalBranchingSelector, RandomSelector, ScoredSelector, Selector, SelectorOptions,
)
from mlopt.solvers.lns.state import LNSState

__all__ = [
    "LBRelaxSelector", "LNSConfig", "LNSResult", "LNSSearch", "LNSState", "LocalBranchingSelector",
    "RandomSelector", "SELECTORS", "ScoredSelector", "Selector", "SelectorEntry", "SelectorOptions", "StepRecord",
    "build_selector", "lns", "register_selector", "scip_baseline", "selector_entry", "selector_names",
    "unregister_selector",
]
