"""Differentiable surrogate solvers: torch layers over linear optimization oracles (DBB, perturbed,
identity), decision-focused losses (SPO+, perturbed Fenchel-Young) and SurCo (zero / prior / hybrid).
The oracles themselves are in ``mlopt.solvers.linear``."""

from __future__ import annotations

from mlopt.surrogates.layers import GRADS, SolverLayer
from mlopt.surrogates.losses import PerturbedFenchelYoungLoss, SPOPlusLoss
from mlopt.surrogates.objectives import risk_shortest_path_objective
from mlopt.surrogates.surco import SurCoPrior, SurCoResult, surco_hybrid, surco_zero

__all__ = [
    "GRADS", "PerturbedFenchelYoungLoss", "SPOPlusLoss", "SolverLayer", "SurCoPrior", "SurCoResult",
    "risk_shortest_path_objective", "surco_hybrid", "surco_zero",
]
