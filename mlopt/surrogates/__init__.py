"""Differentiable surrogate solvers: torch layers over optimization oracles (DBB, perturbed, identity),
decision-focused losses (SPO+, perturbed Fenchel-Young), SurCo (zero / prior / hybrid), LANCER landscape
surrogates and GenCO constrained generators. The oracles themselves are in ``mlopt.solvers.linear``."""

from __future__ import annotations

from mlopt.surrogates.genco import GenCO
from mlopt.surrogates.lancer import Lancer, LancerHistory, normalized_regret_loss
from mlopt.surrogates.layers import GRADS, SolverLayer
from mlopt.surrogates.losses import PerturbedFenchelYoungLoss, SPOPlusLoss
from mlopt.surrogates.objectives import risk_shortest_path_objective
from mlopt.surrogates.surco import SurCoPrior, SurCoResult, surco_hybrid, surco_zero

__all__ = [
    "GRADS", "GenCO", "Lancer", "LancerHistory", "PerturbedFenchelYoungLoss", "SPOPlusLoss", "SolverLayer",
    "SurCoPrior", "SurCoResult", "normalized_regret_loss", "risk_shortest_path_objective", "surco_hybrid",
    "surco_zero",
]
