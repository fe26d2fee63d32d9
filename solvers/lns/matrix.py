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
        rows, cols, coefs, rhs, source, sign = [], [], [], [], [], []
        starts = np.searchsorted(self.row, np.arange(self.num_rows + 1))
        for i in range(self.num_rows):
            cj, cv = self.col[starts[i]:starts[i + 1]], self.coef[starts[i]:starts[i + 1]]
            for s, b in ((1.0, self.rhs[i]), (-1.0, -self.lhs[i])):
                if not np.isfinite(b):
                    continue
                rows.append(np.full(len(cj), len(rhs), dtype=np.int64))
                cols.append(cj)
                coefs.append(s * cv)
                rhs.append(b)
                source.append(i)
                sign.append(s)
        cat = (lambda xs, dt: np.concatenate(xs) if xs else np.zeros(0, dt))
        return (cat(rows, np.int64), cat(cols, np.int64), cat(coefs, np.float64), np.array(rhs, dtype=np.float64),
                np.array(source, dtype=np.int64), np.array(sign, dtype=np.float64))


def linear_constraints(model: Model) -> LinearConstraints:
    """The constraints of ``model`` (problem stage), reading each once; InputError for a non-linear one."""
    index = {v.name: j for j, v in enumerate(model.getVars())}
    inf = model.infinity()
    rows, cols, coefs, lhs, rhs = [], [], [], [], []
    for i, cons in enumerate(model.getConss()):
        if cons.getConshdlrName() != "linear":
            raise InputError(f"constraint {cons.name!r} is {cons.getConshdlrName()}", field="constraints",
                             expected="linear constraints only")
        vals = model.getValsLinear(cons)
        cols.append(np.fromiter((index[name] for name in vals), dtype=np.int64, count=len(vals)))
        coefs.append(np.fromiter(vals.values(), dtype=np.float64, count=len(vals)))
        rows.append(np.full(len(vals), i, dtype=np.int64))
        lo, hi = model.getLhs(cons), model.getRhs(cons)
        lhs.append(-np.inf if lo <= -inf else lo)
        rhs.append(np.inf if hi >= inf else hi)
    cat = (lambda xs, dt: np.concatenate(xs) if xs else np.zeros(0, dt))
    return LinearConstraints(cat(rows, np.int64), cat(cols, np.int64), cat(coefs, np.float64),
                             np.array(lhs, dtype=np.float64), np.array(rhs, dtype=np.float64))
