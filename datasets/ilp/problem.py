"""A solver-neutral sparse ILP (objective, bounds, types, CSR rows) and its pyscipopt builder.

Every generator in this package produces an :class:`IlpData` first, so that its sizes can be checked
without SCIP, and :func:`to_model` turns it into a ``pyscipopt.Model`` in one place.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from pyscipopt import Model, quicksum

INF = float("inf")
VTYPES = {"B": "B", "I": "I", "C": "C"}


@dataclass(frozen=True)
class IlpData:
    """``sense`` c.x  s.t.  lhs <= A x <= rhs,  lb <= x <= ub,  x_j integral where vtype[j] in {B, I}.

    ``A`` is CSR (``indptr``, ``indices``, ``values``); infinite ``lhs`` / ``rhs`` mean one-sided rows.
    """

    name: str
    sense: str  # "minimize" or "maximize"
    obj: np.ndarray
    lb: np.ndarray
    ub: np.ndarray
    vtype: tuple[str, ...]
    indptr: np.ndarray
    indices: np.ndarray
    values: np.ndarray
    lhs: np.ndarray
    rhs: np.ndarray
    var_prefix: str = "x"

    @property
    def num_vars(self) -> int:
        return len(self.obj)

    @property
    def num_constraints(self) -> int:
        return len(self.lhs)

    @property
    def num_integer(self) -> int:
        return sum(t != "C" for t in self.vtype)


def build_rows(rows: list[tuple[np.ndarray, np.ndarray, float, float]]) -> tuple[np.ndarray, ...]:
    """Stack ``(indices, values, lhs, rhs)`` rows into CSR arrays plus lhs / rhs vectors."""
    lengths = np.array([len(r[0]) for r in rows], dtype=np.int64)
    indptr = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
    indices = np.concatenate([np.asarray(r[0], dtype=np.int64) for r in rows]) if rows else np.zeros(0, np.int64)
    values = np.concatenate([np.asarray(r[1], dtype=np.float64) for r in rows]) if rows else np.zeros(0)
    lhs = np.array([r[2] for r in rows], dtype=np.float64)
    rhs = np.array([r[3] for r in rows], dtype=np.float64)
    return indptr, indices, values, lhs, rhs


def to_model(data: IlpData) -> Model:
    """Build a ``pyscipopt.Model`` (output hidden) from ``data``; variables keep ``data``'s order."""
    model = Model(data.name)
    model.hideOutput()
    xs = [
        model.addVar(name=f"{data.var_prefix}{j}", vtype=VTYPES[t], lb=float(lo),
                     ub=None if hi == INF else float(hi), obj=float(c))
        for j, (t, lo, hi, c) in enumerate(zip(data.vtype, data.lb, data.ub, data.obj))
    ]
    for i in range(data.num_constraints):
        lo, hi = data.indptr[i], data.indptr[i + 1]
        expr = quicksum(float(a) * xs[j] for j, a in zip(data.indices[lo:hi], data.values[lo:hi]))
        lhs, rhs = float(data.lhs[i]), float(data.rhs[i])
        if lhs == rhs:
            model.addCons(expr == rhs, name=f"c{i}")
        elif lhs == -INF:
            model.addCons(expr <= rhs, name=f"c{i}")
        elif rhs == INF:
            model.addCons(expr >= lhs, name=f"c{i}")
        else:
            model.addCons((lhs <= expr) <= rhs, name=f"c{i}")
    model.setMinimize() if data.sense == "minimize" else model.setMaximize()
    return model
