"""Differentiable surrogate solvers: torch layers over optimization oracles (DBB, perturbed, identity),
decision-focused losses (SPO+, perturbed Fenchel-Young), SurCo (zero / prior / hybrid), LANCER landscape
surrogates and GenCO constrained generators, and the registry of the tasks they run on
(:mod:`mlopt.surrogates.tasks`). The oracles themselves are in ``mlopt.solvers.linear``."""

from __future__ import annotations

from mlopt.surrogates.compare import SurCoComparison, compare_surco_zero, prior_inputs, random_search
from mlopt.surrogates.genco import GenCO
from mlopt.surrogates.lancer import Lancer, LancerHistory, normalized_regret_loss
from mlopt.surrogates.layers import GRADS, SolverLayer
from mlopt.surrogates.losses import PerturbedFenchelYoungLoss, SPOPlusLoss
from mlopt.surrogates.surco import SurCoPrior, SurCoResult, surco_hybrid, surco_zero
from mlopt.surrogates.tasks import SurrogateTask, register_surrogate_task, surrogate_task, surrogate_task_names
from mlopt.surrogates.tasks.risk_path import risk_shortest_path_objective

__all__ = [
    "GRADS", "GenCO", "Lancer", "LancerHistory", "PerturbedFenchelYoungLoss", "SPOPlusLoss", "SolverLayer",
    "SurCoComparison", "SurCoPrior", "SurCoResult", "SurrogateTask", "compare_surco_zero", "normalized_regret_loss",
    "prior_inputs", "random_search", "register_surrogate_task", "risk_shortest_path_objective", "surco_hybrid",
    "surco_zero", "surrogate_task", "surrogate_task_names",
]
