"""The feasible set of an MPS / LP instance file as a :class:`~mlopt.solvers.linear.base.LinearModel`, so
any ILP that SCIP reads can back a solver layer (the file's objective is dropped: the layer supplies the
costs). Constraints are read once with :func:`mlopt.solvers.lns.matrix.linear_constraints`; an equality row
goes to ``A_eq``, each finite side of any other row to ``A_ub`` (a ``>=`` side negated).

:class:`LinearModel` is dense, meant for the small models of decision-focused learning: files whose
constraint matrix has more than :data:`MAX_DENSE_ENTRIES` entries are refused with a one-line error.
"""

from __future__ import annotations

import os

import numpy as np

from mlopt.datasets.ilp.io import load_instance
from mlopt.errors import InputError
from mlopt.solvers.linear.base import LinearModel
from mlopt.solvers.lns.matrix import linear_constraints

MAX_DENSE_ENTRIES = 50_000_000
INTEGER_TYPES = ("BINARY", "INTEGER", "IMPLINT")


def linear_model_from_file(path: str | os.PathLike[str]) -> LinearModel:
    """The feasible set of the instance at ``path`` (bounds, integrality, linear constraints)."""
    model = load_instance(path)
    variables = model.getVars()
    n = len(variables)
    cons = linear_constraints(model)
    equal = cons.lhs == cons.rhs
    ub_sides = [(i, 1.0, cons.rhs[i]) for i in np.flatnonzero(~equal & np.isfinite(cons.rhs))]
    ub_sides += [(i, -1.0, -cons.lhs[i]) for i in np.flatnonzero(~equal & np.isfinite(cons.lhs))]
    eq_rows = np.flatnonzero(equal)
    if (len(ub_sides) + len(eq_rows)) * n > MAX_DENSE_ENTRIES:
        raise InputError(f"{len(ub_sides) + len(eq_rows)} rows x {n} variables is too large for a dense model",
                         file=str(path), expected=f"at most {MAX_DENSE_ENTRIES:,} matrix entries")
    dense = np.zeros((cons.num_rows, n))
    dense[cons.row, cons.col] = cons.coef
    a_ub = np.array([sign * dense[i] for i, sign, _ in ub_sides]).reshape(-1, n)
    b_ub = np.array([b for _, _, b in ub_sides])
    inf = model.infinity()
    lb = np.array([-np.inf if v.getLbOriginal() <= -inf else v.getLbOriginal() for v in variables])
    ub = np.array([np.inf if v.getUbOriginal() >= inf else v.getUbOriginal() for v in variables])
    return LinearModel(
        n,
        A_ub=a_ub if len(b_ub) else None, b_ub=b_ub if len(b_ub) else None,
        A_eq=dense[eq_rows] if len(eq_rows) else None, b_eq=cons.rhs[eq_rows] if len(eq_rows) else None,
        lb=lb, ub=ub, integrality=np.array([v.vtype() in INTEGER_TYPES for v in variables]),
    )
