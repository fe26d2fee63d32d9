"""Decision-focused learning methods by name: each registered :class:`DecisionMethod` turns a
:class:`~mlopt.solvers.linear.LinearSolver` into a training loss ``loss(c_hat, c_true, x_true) -> scalar``
following its paper's recipe, so a benchmark or a test trains every method through one loop.

The recipes: the losses are used as they are (SPO+, perturbed Fenchel-Young, PG, NCE, CMAP, the three
ranking losses, RFY, CaVE); the solution layers are trained on the decisions they return, DBB, NID, I-MLE and AI-MLE
with the kink-free :func:`~mlopt.surrogates.losses.regret_loss` ``|c.(x_hat - x*)|``, the perturbed
optimizers (DPO) and the regularized Frank-Wolfe layer (RFWO) with the squared distance to ``x*`` (Berthet et
al. 2020, sec. 5; Dalle et al. 2022, sec. 5). CaVE reads the feasible set's constraints (``model=``, or the
generic backend's :class:`~mlopt.solvers.linear.LinearModel`) and calls no solver. Every method can run
behind a solution pool with a ``solve_ratio`` (:mod:`mlopt.surrogates.pool`); the contrastive and ranking
losses always do. Adding a method is one :class:`DecisionMethod` and one :func:`register_method`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch

from mlopt.errors import InputError
from mlopt.solvers.linear import LinearSolver
from mlopt.surrogates.cave import CaVELoss, model_of
from mlopt.surrogates.contrastive import CMAPLoss, NCELoss
from mlopt.surrogates.frank_wolfe import RegularizedFWLayer, RegularizedFYLoss
from mlopt.surrogates.imle import AIMLELayer, IMLELayer
from mlopt.surrogates.layers import SolverLayer
from mlopt.surrogates.losses import PerturbedFenchelYoungLoss, PGLoss, SPOPlusLoss, regret_loss
from mlopt.surrogates.pool import SolutionPool, pooled
from mlopt.surrogates.ranking import ListwiseRankLoss, PairwiseRankLoss, PointwiseRankLoss

TrainingLoss = Callable[[torch.Tensor, torch.Tensor, torch.Tensor], torch.Tensor]
"""``loss(c_hat [B, n], c_true [B, n], x_true [B, n]) -> scalar``, differentiable in c_hat."""


@dataclass(frozen=True)
class DecisionMethod:
    """A method's name, the paper it implements, PyEPO's name for it (``pyepo.func``), whether it needs a
    solution pool, and ``build(solver, seed, **options) -> TrainingLoss`` (``options`` are the keyword
    arguments of the layer or loss it wraps)."""

    name: str
    paper: str
    pyepo: str
    build: Callable[..., TrainingLoss]
    uses_pool: bool = False


def _layer_regret(layer: torch.nn.Module) -> TrainingLoss:
    return lambda c_hat, c_true, x_true: regret_loss(layer(c_hat), c_true, x_true)


def _layer_squared(layer: torch.nn.Module) -> TrainingLoss:
    return lambda c_hat, c_true, x_true: (layer(c_hat) - x_true).square().sum(-1).mean()


def _by_costs(loss: torch.nn.Module) -> TrainingLoss:
    return lambda c_hat, c_true, x_true: loss(c_hat, c_true)


def _by_solutions(loss: torch.nn.Module) -> TrainingLoss:
    return lambda c_hat, c_true, x_true: loss(c_hat, x_true)


_METHODS: dict[str, DecisionMethod] = {}


def register_method(method: DecisionMethod, *, replace: bool = False) -> DecisionMethod:
    """Make ``method`` available as :func:`decision_method` ``(method.name)`` and return it. The same method
    again is a no-op; another method under a taken name is a ValueError unless ``replace``."""
    if _METHODS.get(method.name, method) is not method and not replace:
        raise ValueError(f"another decision method is registered as {method.name!r}")
    _METHODS[method.name] = method
    return method


def unregister_method(name: str) -> None:
    """Remove the method ``name`` (nothing when there is none)."""
    _METHODS.pop(name, None)


def decision_method(name: str) -> DecisionMethod:
    """The registered method called ``name``."""
    if name not in _METHODS:
        raise InputError(f"unknown decision method {name!r}", field="method", expected=", ".join(_METHODS))
    return _METHODS[name]


def decision_method_names() -> tuple[str, ...]:
    """The registered methods' names, in registration order."""
    return tuple(_METHODS)


def make_training_loss(name: str, solver: LinearSolver, *, pool: SolutionPool | np.ndarray | None = None,
                       solve_ratio: float = 1.0, seed: int = 0, **options: Any) -> TrainingLoss:
    """The training loss of method ``name`` over ``solver``. With ``solve_ratio < 1``, or for a method that
    uses a pool, the solver is put behind a :class:`~mlopt.surrogates.pool.PooledSolver` seeded with
    ``pool`` (usually the training set's ``x*``); every solve of the method then goes through it."""
    method = decision_method(name)
    if method.uses_pool or solve_ratio < 1.0 or pool is not None:
        solver = pooled(solver, pool, solve_ratio, seed)
    return method.build(solver, seed=seed, **options)


for _method in (
    DecisionMethod("spo+", "Elmachtoub & Grigas, Management Science 2022", "SPOPlus",
                   lambda solver, seed, **kw: SPOPlusLoss(solver, **kw)),
    DecisionMethod("dbb", "Vlastelica et al., ICLR 2020", "DBB",
                   lambda solver, seed, **kw: _layer_regret(SolverLayer(solver, "dbb", **kw))),
    DecisionMethod("nid", "Sahoo et al., ICLR 2023", "NID",
                   lambda solver, seed, **kw: _layer_regret(SolverLayer(solver, "identity", **kw))),
    DecisionMethod("dpo", "Berthet et al., NeurIPS 2020", "DPO",
                   lambda solver, seed, **kw: _layer_squared(SolverLayer(solver, "perturbed", seed=seed, **kw))),
    DecisionMethod("dpo-mul", "Dalle et al. 2022 (arXiv 2207.13513)", "DPOMul",
                   lambda solver, seed, **kw: _layer_squared(SolverLayer(solver, "perturbed", multiplicative=True,
                                                                         seed=seed, **kw))),
    DecisionMethod("pfy", "Berthet et al., NeurIPS 2020", "PFY",
                   lambda solver, seed, **kw: _by_solutions(PerturbedFenchelYoungLoss(solver, seed=seed, **kw))),
    DecisionMethod("pfy-mul", "Dalle et al. 2022 (arXiv 2207.13513)", "PFYMul",
                   lambda solver, seed, **kw: _by_solutions(PerturbedFenchelYoungLoss(solver, multiplicative=True,
                                                                                      seed=seed, **kw))),
    DecisionMethod("imle", "Niepert, Minervini & Franceschi, NeurIPS 2021", "IMLE",
                   lambda solver, seed, **kw: _layer_regret(IMLELayer(solver, seed=seed, **kw))),
    DecisionMethod("aimle", "Minervini, Franceschi & Niepert, AAAI 2023", "AIMLE",
                   lambda solver, seed, **kw: _layer_regret(AIMLELayer(solver, seed=seed, **kw))),
    DecisionMethod("pg", "Huang & Gupta, NeurIPS 2024", "PG",
                   lambda solver, seed, **kw: _by_costs(PGLoss(solver, **kw))),
    DecisionMethod("nce", "Mulamba et al., IJCAI 2021", "NCE",
                   lambda solver, seed, **kw: _by_solutions(NCELoss(solver, **kw)), uses_pool=True),
    DecisionMethod("cmap", "Mulamba et al., IJCAI 2021", "CMAP",
                   lambda solver, seed, **kw: _by_solutions(CMAPLoss(solver, **kw)), uses_pool=True),
    DecisionMethod("ltr-pointwise", "Mandi et al., ICML 2022", "ptLTR",
                   lambda solver, seed, **kw: _by_costs(PointwiseRankLoss(solver, **kw)), uses_pool=True),
    DecisionMethod("ltr-pairwise", "Mandi et al., ICML 2022", "prLTR",
                   lambda solver, seed, **kw: _by_costs(PairwiseRankLoss(solver, **kw)), uses_pool=True),
    DecisionMethod("ltr-listwise", "Mandi et al., ICML 2022", "lsLTR",
                   lambda solver, seed, **kw: _by_costs(ListwiseRankLoss(solver, **kw)), uses_pool=True),
    DecisionMethod("rfwo", "Dalle et al. 2022 (arXiv 2207.13513)", "RFWO",
                   lambda solver, seed, **kw: _layer_squared(RegularizedFWLayer(solver, **kw))),
    DecisionMethod("rfy", "Dalle et al. 2022 (arXiv 2207.13513)", "RFY",
                   lambda solver, seed, **kw: _by_solutions(RegularizedFYLoss(solver, **kw))),
    DecisionMethod("cave", "Tang & Khalil, CPAIOR 2024", "CaVE", lambda solver, seed, model=None, **kw: _by_solutions(
        CaVELoss(model_of(solver) if model is None else model, solver.sense, **kw))),
):
    register_method(_method)
