"""The linear constraints of a pyscipopt model as numpy arrays, read once: ``lhs <= A x <= rhs``.

Shared by the persistent LB-RELAX LP (:mod:`mlopt.solvers.lns.local_branching`) and the CL-LNS bipartite
features (:mod:`mlopt.envs.lns.features`, which wants every constraint as ``a.x <= b`` rows).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from pyscipopt import Model

from mlopt.errors import InputError


@dataclass(frozen=True)
class LinearConstraints:
    """``lhs[i] <= sum_e coef[e] x[col[e]] (over row[e] == i) <= rhs[i]`` for the i-th constraint of
    ``model.getConss()``; infinite sides are +-inf, columns index ``model.getVars()``."""

    row: np.ndarray
    col: np.ndarray
    coef: np.ndarray
    lhs: np.ndarray
    rhs: np.ndarray

    @property
    def num_rows(self) -> int:
        return len(self.lhs)

    def leq_rows(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Every constraint as one or two ``a.x <= b`` rows (a ``>=`` side negated; an equality or a range
        gives two): (row of each entry, column, coefficient, b, source constraint, sign +-1 applied to the
        source). The rows of one constraint are consecutive, its ``<=`` side first."""
        has_side = np.column_stack([np.isfinite(self.rhs), np.isfinite(self.lhs)]).ravel()
        source = np.repeat(np.arange(self.num_rows, dtype=np.int64), 2)[has_side]
        sign = np.tile([1.0, -1.0], self.num_rows)[has_side]
        b = np.where(sign > 0, self.rhs[source], -self.lhs[source]).astype(np.float64)
        starts = np.searchsorted(self.row, np.arange(self.num_rows + 1))
        lengths = (starts[1:] - starts[:-1])[source]
        row = np.repeat(np.arange(len(source), dtype=np.int64), lengths)
        offsets = np.cumsum(lengths) - lengths
        entry = np.repeat(starts[:-1][source] - offsets, lengths) + np.arange(len(row), dtype=np.int64)
        return row, self.col[entry], sign[row] * self.coef[entry], b, source, sign


def linear_constraints(model: Model) -> LinearConstraints:
    """The constraints of ``model`` (problem stage), reading each once; InputError for a non-linear one."""
    index = {v.name: j for j, v in enumerate(model.getVars())}
    inf = model.infinity()
    names: list[str] = []
    coefs: list[float] = []
    lengths, lhs, rhs = [], [], []
    for cons in model.getConss():
        if cons.getConshdlrName() != "linear":
            raise InputError(f"constraint {cons.name!r} is {cons.getConshdlrName()}", field="constraints",
                             expected="linear constraints only")
        vals = model.getValsLinear(cons)
        names.extend(vals)
        coefs.extend(vals.values())
        lengths.append(len(vals))
        lo, hi = model.getLhs(cons), model.getRhs(cons)
        lhs.append(-np.inf if lo <= -inf else lo)
        rhs.append(np.inf if hi >= inf else hi)
    return LinearConstraints(np.repeat(np.arange(len(lengths), dtype=np.int64), lengths),
                             np.fromiter((index[name] for name in names), dtype=np.int64, count=len(names)),
                             np.array(coefs, dtype=np.float64), np.array(lhs, dtype=np.float64),
                             np.array(rhs, dtype=np.float64))
