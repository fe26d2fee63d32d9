"""Differentiable surrogate solvers: torch layers over optimization oracles, decision-focused losses,
SurCo (zero / prior / hybrid), LANCER landscape surrogates and GenCO constrained generators, and the
registries of the methods (:mod:`mlopt.surrogates.methods`) and of the tasks they run on
(:mod:`mlopt.surrogates.tasks`). The oracles themselves are in ``mlopt.solvers.linear``.

Layers (``x = layer(c_hat)``): :class:`SolverLayer` with ``grad="dbb"`` (DBB, Vlastelica et al. 2020),
``"perturbed"`` (DPO, Berthet et al. 2020; ``multiplicative=True``: DPOMul, Dalle et al. 2022) or
``"identity"`` (NID, Sahoo et al. 2023); :class:`IMLELayer` (I-MLE, Niepert et al. 2021) and
:class:`AIMLELayer` (AI-MLE, Minervini et al. 2023).

Losses: :class:`SPOPlusLoss` (Elmachtoub & Grigas 2022), :class:`PerturbedFenchelYoungLoss` (PFY;
``multiplicative=True``: PFYMul), :class:`PGLoss` (Huang & Gupta 2024), :func:`regret_loss` (the layers'
kink-free task loss); over a solution pool, :class:`NCELoss` and :class:`CMAPLoss` (Mulamba et al. 2021)
and :class:`PointwiseRankLoss`, :class:`PairwiseRankLoss`, :class:`ListwiseRankLoss` (Mandi et al. 2022).

Regularized optimizers by Frank-Wolfe over the oracle (Dalle et al. 2022): :class:`RegularizedFWLayer` (RFWO)
and :class:`RegularizedFYLoss` (RFY); and :class:`CaVELoss` (cone-aligned vector estimation, Tang & Khalil 2024),
which needs the constraints instead of solver calls.

SurCo (Ferber et al. 2023): :func:`surco_zero` (through a layer), :func:`surco_zero_perturbed` (perturbed
gradients of the smoothed objective, :func:`perturbed_gradient`), :class:`SurCoPrior`, :func:`surco_hybrid`;
:func:`compare_surco_zero` runs them beside :func:`random_search` at equal solver calls.

Solution caching: :class:`SolutionPool` and :class:`PooledSolver` (``solve_ratio``), usable by every layer
and loss. Every method by name: :func:`make_training_loss`, :func:`decision_method_names`.
"""

from __future__ import annotations

from mlopt.surrogates.cave import CaVELoss, binding_normals
from mlopt.surrogates.compare import SurCoComparison, compare_surco_zero, prior_inputs, random_search
from mlopt.surrogates.contrastive import CMAPLoss, NCELoss
from mlopt.surrogates.frank_wolfe import RegularizedFWLayer, RegularizedFYLoss
from mlopt.surrogates.genco import GenCO
from mlopt.surrogates.imle import AIMLELayer, IMLELayer, sum_of_gamma_noise
from mlopt.surrogates.lancer import Lancer, LancerHistory, normalized_regret_loss
from mlopt.surrogates.layers import GRADS, SolverLayer
from mlopt.surrogates.losses import PerturbedFenchelYoungLoss, PGLoss, SPOPlusLoss, regret_loss
from mlopt.surrogates.methods import (
    DecisionMethod,
    decision_method,
    decision_method_names,
    make_training_loss,
    register_method,
    unregister_method,
)
from mlopt.surrogates.pool import PooledSolver, SolutionPool
from mlopt.surrogates.ranking import ListwiseRankLoss, PairwiseRankLoss, PointwiseRankLoss
from mlopt.surrogates.surco import (
    SurCoPrior,
    SurCoResult,
    perturbed_gradient,
    surco_hybrid,
    surco_zero,
    surco_zero_perturbed,
)
from mlopt.surrogates.tasks import SurrogateTask, register_surrogate_task, surrogate_task, surrogate_task_names
from mlopt.surrogates.tasks.risk_path import risk_shortest_path_objective

__all__ = [
    "AIMLELayer", "CMAPLoss", "CaVELoss", "DecisionMethod", "GRADS", "GenCO", "IMLELayer", "Lancer",
    "LancerHistory", "ListwiseRankLoss", "NCELoss", "PGLoss", "PairwiseRankLoss", "PerturbedFenchelYoungLoss",
    "PointwiseRankLoss", "PooledSolver", "RegularizedFWLayer", "RegularizedFYLoss", "SPOPlusLoss", "SolutionPool",
    "SolverLayer", "SurCoComparison", "SurCoPrior", "SurCoResult", "SurrogateTask", "binding_normals",
    "compare_surco_zero", "decision_method", "decision_method_names", "make_training_loss",
    "normalized_regret_loss", "perturbed_gradient", "prior_inputs", "random_search", "register_method",
    "register_surrogate_task", "regret_loss", "risk_shortest_path_objective", "sum_of_gamma_noise", "surco_hybrid",
    "surco_zero", "surco_zero_perturbed", "surrogate_task", "surrogate_task_names", "unregister_method",
]
