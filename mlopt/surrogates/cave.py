r"""CaVE, cone-aligned vector estimation (Tang & Khalil, "CaVE: A Cone-Aligned Approach for Fast
Predict-then-optimize with Binary Linear Programs", CPAIOR 2024, sec. 3; PyEPO's ``coneAlignedCosine``).

Write the feasible set as ``G x <= h`` (inequality rows, both signs of every equality row, and the finite
variable bounds). A vertex x* is optimal for ``min c.x`` exactly when ``-c`` lies in the cone spanned by the
normals of the constraints binding at x* (KKT). CaVE needs no solver call in training: with ``v = -c_hat``
(``+c_hat`` for a maximizing problem) and ``p`` its Euclidean projection onto that cone of x*(c),

    loss(c_hat, x*) = 1 - cos(v, p),

which is 0 exactly when ``c_hat`` makes x* optimal (for the LP relaxation at x*). The projection is a
non-negative least-squares problem, ``p = G_B^T lambda``, ``lambda = argmin_{lambda >= 0} ||G_B^T lambda - v||``
(SciPy's NNLS, exact). Because ``v.p = ||p||^2`` for a projection onto a convex cone, the gradient of
``1 - ||p(v)|| / ||v||`` equals that of the cosine with ``p`` held fixed, so autograd through the cosine is
the loss's exact gradient. Simplification: the paper's CaVE+ stops an interior-point solver after a few
iterations to land inside the cone; here the projection is exact (the paper's "CaVE" variant).
"""

from __future__ import annotations

import numpy as np
import torch
from scipy.optimize import nnls
from torch import nn

from mlopt.errors import InputError
from mlopt.solvers.linear import LinearModel, LinearSolver
from mlopt.solvers.linear.base import SENSES
from mlopt.surrogates.layers import cost_batch, like, to_numpy
from mlopt.surrogates.pool import solution_key


def binding_normals(model: LinearModel, x: np.ndarray, *, tol: float = 1e-6) -> np.ndarray:
    """The normals ``[k, n]`` of the constraints of ``model`` (as ``G x <= h``) that bind at ``x``."""
    n = model.num_vars
    rows = []
    if model.A_ub is not None:
        rows.append(model.A_ub[model.A_ub @ x >= model.b_ub - tol])
    if model.A_eq is not None:
        rows += [model.A_eq, -model.A_eq]
    eye = np.eye(n)
    rows.append(eye[np.isfinite(model.ub) & (x >= model.ub - tol)])
    rows.append(-eye[np.isfinite(model.lb) & (x <= model.lb + tol)])
    return np.vstack(rows) if rows else np.zeros((0, n))


def project_onto_cone(normals: np.ndarray, v: np.ndarray) -> np.ndarray:
    """The Euclidean projection of ``v`` onto ``{normals^T lambda : lambda >= 0}`` (zero for no normals)."""
    if not len(normals):
        return np.zeros_like(v)
    weights, _ = nnls(normals.T, v)
    return normals.T @ weights


def model_of(solver: LinearSolver) -> LinearModel:
    """The :class:`LinearModel` behind ``solver`` (a generic backend's, or a wrapper's inner solver's)."""
    while not isinstance(getattr(solver, "model", None), LinearModel) and hasattr(solver, "solver"):
        solver = solver.solver
    model = getattr(solver, "model", None)
    if not isinstance(model, LinearModel):
        raise InputError(f"{type(solver).__name__} has no LinearModel", field="model",
                         expected="a generic backend (CP-SAT, GLOP, SCIP) or model=LinearModel(...)")
    return model


class CaVELoss(nn.Module):
    """``loss(c_hat, x_true)``: CaVE's ``1 - cos(v, proj_cone(v))`` (module docstring), batch mean.

    The binding normals of each distinct ``x_true`` are computed once and kept (a training set repeats).
    """

    def __init__(self, model: LinearModel, sense: str = "min", *, tol: float = 1e-6) -> None:
        super().__init__()
        if sense not in SENSES:
            raise InputError(f"unknown sense {sense!r}", field="sense", expected=" or ".join(SENSES))
        self.model, self.sign, self.tol = model, 1.0 if sense == "min" else -1.0, tol
        self._normals: dict[bytes, np.ndarray] = {}

    def normals(self, x: np.ndarray) -> np.ndarray:
        key = solution_key(x)
        if key not in self._normals:
            self._normals[key] = binding_normals(self.model, x, tol=self.tol)
        return self._normals[key]

    def forward(self, c_hat: torch.Tensor, x_true: torch.Tensor) -> torch.Tensor:
        _, c_batch = cost_batch(c_hat, self.model.num_vars)
        _, x_batch = cost_batch(x_true, self.model.num_vars)
        v = -self.sign * c_batch
        v_np = to_numpy(v)
        target = np.stack([project_onto_cone(self.normals(x), row) for x, row in zip(to_numpy(x_batch), v_np)])
        return (1.0 - nn.functional.cosine_similarity(v, like(target, v), dim=1)).mean()
