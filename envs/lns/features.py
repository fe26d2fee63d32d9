"""Bipartite variable-constraint features of an ILP read from pyscipopt alone (no ecole), as used by the
CL-LNS policy (Huang, Ferber, Tian, Dilkina, Steiner, ICML 2023) and the IL-LNS baseline (Sonnerat et al.
2021).

Every linear constraint becomes one or two rows ``a.x <= b`` (a ``>=`` side is negated, an equality or a
range gives two rows). Everything is oriented to minimization: ``c_min = c`` (minimize) or ``-c``
(maximize), so that "better" points the same way for every family. The static part (matrix, bounds,
root LP solution with duals and reduced costs) is computed once per instance by :class:`BipartiteFeaturizer`;
per LNS step only the incumbent, its 3-step history and the optional LB-RELAX values change.

Our addition (not in CL-LNS): two columns of the incumbent's row tightness per variable, the number of its
rows with zero slack at the incumbent (log1p) and that number over its row count. They say where a
one-variable change is blocked: on unit-weight vertex cover a cover vertex with exactly one tight row
has one neighbour outside the cover, the ingredient of a 1-for-2 swap. Without them the policy has to
infer tightness from its neighbours' incumbent values through attention (a weighted mean, which cannot
count); the MVC model trained without them ranked no better than uniform sampling at mid-run states.

Columns are only ever appended to :data:`VAR_FEATURES` and :data:`CONS_FEATURES`: a model trained on fewer
columns (its config's ``var_features`` / ``cons_features``) reads the prefix it was trained on.

Simplifications against CL-LNS's ~100 variable features: no Khalil-2016 branching statistics (pseudo-costs,
strong branching); the LP part is the root LP of the original problem (no cuts). Values are scaled into
their domain, (x - lb) / (ub - lb) when both bounds are finite, else sign(x) log(1 + |x|). Edge feature
``coef / |rhs|`` uses max(|rhs|, 1) so that rows with rhs 0 stay finite.

This module needs numpy and pyscipopt (highspy for the HiGHS root LP); :mod:`mlopt.lns.policy` turns it into a
torch_geometric graph.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from typing import Any, Sequence

import numpy as np
from pyscipopt import SCIP_PARAMSETTING, Model

from mlopt.solvers.lns.matrix import linear_constraints
from mlopt.solvers.lns.scip import bounds, configure, copy_problem, integer_indices

VAR_FEATURES: tuple[str, ...] = (
    "obj", "is_binary", "is_integer", "is_continuous", "has_lb", "has_ub", "lb", "ub",
    "lp_value", "lp_frac", "lp_at_lb", "lp_at_ub", "reduced_cost", "degree",
    "incumbent", "incumbent_prev1", "incumbent_prev2", "incumbent_prev3", "incumbent_lp_diff",
    "lb_relax", "has_lb_relax", "incumbent_tight_rows", "incumbent_tight_frac",
)
CONS_FEATURES: tuple[str, ...] = ("rhs", "is_equality", "flipped", "lp_slack", "lp_tight", "dual", "obj_cosine",
                                  "degree")
EDGE_FEATURES: tuple[str, ...] = ("coef", "coef_over_rhs")
ROOT_LP_SOLVERS: tuple[str, ...] = ("scip", "highs", "highs-simplex")
DEFAULT_ROOT_LP = "scip"  # what data and checkpoints from before the choice existed were computed with
HISTORY = 3
NUM_STATIC = VAR_FEATURES.index("incumbent")
TIGHT_TOL = 1e-6


def signed_log(x: np.ndarray) -> np.ndarray:
    return np.sign(x) * np.log1p(np.abs(x))


@dataclass(frozen=True)
class BipartiteFeatures:
    """One state's graph: ``var_x`` [n, len(VAR_FEATURES)], ``cons_x`` [m, len(CONS_FEATURES)],
    ``edge_index`` [2, E] (row 0: variable index, row 1: constraint-row index), ``edge_attr`` [E, 2],
    ``integer`` the indices of the integer variables (the ones a policy scores)."""

    var_x: np.ndarray
    cons_x: np.ndarray
    edge_index: np.ndarray
    edge_attr: np.ndarray
    integer: np.ndarray


def _root_lp(model: Model, time_limit: float) -> tuple[np.ndarray, np.ndarray]:
    """Primal values of every variable and dual value of every constraint at the root LP optimum
    (SCIP's duals, for the minimization of c_min); zeros where the LP was not solved in time."""
    lp = copy_problem(model)
    configure(lp, time_limit)
    lp.setPresolve(SCIP_PARAMSETTING.OFF)  # duals refer to the original constraints, none may be deleted
    lp.setParam("propagating/maxroundsroot", 0)
    lp.setHeuristics(SCIP_PARAMSETTING.OFF)  # an LP only: nothing to search, nothing to separate
    lp.setSeparating(SCIP_PARAMSETTING.OFF)
    xs, conss = lp.getVars(), lp.getConss()  # taken before relax(): relax() reorders the variables
    lp.relax()
    lp.optimize()
    if lp.getStatus() != "optimal":
        values = np.zeros(len(xs))
        if lp.getNSols() > 0:
            sol = lp.getBestSol()
            values = np.array([lp.getSolVal(sol, x) for x in xs])
        return values, np.zeros(len(conss))
    sol = lp.getBestSol()
    return (np.array([lp.getSolVal(sol, x) for x in xs], dtype=np.float64),
            np.array([lp.getDualsolLinear(c) for c in conss], dtype=np.float64))


def check_root_lp(root_lp: str) -> str:
    """``root_lp`` if it names one of :data:`ROOT_LP_SOLVERS`, else ValueError."""
    if root_lp not in ROOT_LP_SOLVERS:
        raise ValueError(f"root_lp must be one of {ROOT_LP_SOLVERS}, got {root_lp!r}")
    return root_lp


def _silent_highs() -> Any:
    """A ``highspy.Highs`` with its output off. The first one in a process prints HiGHS's banner to the C-level
    stdout from its constructor, before any option can be set, so that construction runs with file descriptor 1
    pointed at the null device (a CLI's stdout carries its results)."""
    import highspy

    sys.stdout.flush()
    saved = os.dup(1)
    try:
        with open(os.devnull, "w") as null:
            os.dup2(null.fileno(), 1)
            highs = highspy.Highs()
    finally:
        os.dup2(saved, 1)
        os.close(saved)
    highs.setOptionValue("output_flag", False)
    return highs


def _root_lp_highs(c_min: np.ndarray, lb: np.ndarray, ub: np.ndarray, rows: tuple[np.ndarray, ...],
                   time_limit: float, method: str = "ipm") -> tuple[np.ndarray, np.ndarray]:
    """The root LP ``min c_min.x, a.x <= b, lb <= x <= ub`` over the featurizer's rows, solved by HiGHS (one
    thread) with ``method``: ``"ipm"``, the interior point method with crossover (a vertex, as the simplex gives),
    or ``"simplex"`` (HiGHS's dual simplex). Returns primal values and one dual per row (<= 0 where the row is
    active), zeros where it was not solved within ``time_limit``. At the CL-LNS sizes (benchmarks/RESULTS.md) the
    interior point takes 0.3-0.5 s on auctions where SCIP's LP takes 8-10 s, and the simplex 3.1-3.5 s on
    facility location where SCIP's takes 18-23 s and the interior point 9.9 s."""
    import highspy

    row, col, coef, b = rows
    n, m = len(c_min), len(b)
    highs = _silent_highs()
    for option, value in (("threads", 1), ("solver", method),
                          ("time_limit", max(float(time_limit), 1e-3))):
        highs.setOptionValue(option, value)
    lp = highspy.HighsLp()
    lp.num_col_, lp.num_row_ = n, m
    lp.col_cost_ = c_min
    lp.col_lower_ = np.where(np.isfinite(lb), lb, -highspy.kHighsInf)
    lp.col_upper_ = np.where(np.isfinite(ub), ub, highspy.kHighsInf)
    lp.row_lower_, lp.row_upper_ = np.full(m, -highspy.kHighsInf), b
    order = np.lexsort((col, row))
    lp.a_matrix_.format_ = highspy.MatrixFormat.kRowwise
    lp.a_matrix_.num_col_, lp.a_matrix_.num_row_ = n, m
    lp.a_matrix_.start_ = np.concatenate([[0], np.cumsum(np.bincount(row, minlength=m))]).astype(np.int32)
    lp.a_matrix_.index_ = col[order].astype(np.int32)
    lp.a_matrix_.value_ = coef[order]
    highs.passModel(lp)
    highs.run()
    if highs.getModelStatus() != highspy.HighsModelStatus.kOptimal:
        return np.zeros(n), np.zeros(m)
    solution = highs.getSolution()
    return np.array(solution.col_value, dtype=np.float64), np.minimum(np.array(solution.row_dual), 0.0)


class BipartiteFeaturizer:
    """Static features of one instance, computed once; :meth:`features` adds a state's incumbent part.

    ``root_lp`` names the LP solver of the static LP columns: ``"scip"`` (SCIP's LP on the relaxed problem, one
    dual per constraint, every shipped model but the auction and facility-location ones), ``"highs"`` or
    ``"highs-simplex"`` (:func:`_root_lp_highs` on the ``a.x <= b`` rows, by interior point or simplex). All give
    the LP's optimum; where it has several optimal points or duals (degenerate LPs, and the two rows of an
    equality) they may return different ones, so a model reads the features of the solver it was trained with
    (its checkpoint's ``root_lp``)."""

    def __init__(self, model: Model, lp_time_limit: float = 10.0, root_lp: str = DEFAULT_ROOT_LP) -> None:
        check_root_lp(root_lp)
        variables = model.getVars()
        n = len(variables)
        self.integer = integer_indices(model)
        lb, ub = bounds(model)
        self.lb, self.ub = lb, ub
        sense = 1.0 if model.getObjectiveSense() == "minimize" else -1.0
        c = sense * np.array([v.getObj() for v in variables], dtype=np.float64)
        c_scale = max(np.abs(c).max(initial=0.0), 1e-12)
        vtypes = [v.vtype() for v in variables]
        is_int = np.zeros(n, dtype=bool)
        is_int[self.integer] = True
        binary = np.array([t == "BINARY" for t in vtypes]) | (is_int & (lb == 0) & (ub == 1))

        row, col, coef, b, source, sign = linear_constraints(model).leq_rows()
        m = len(b)
        row_norm = np.sqrt(np.bincount(row, weights=coef ** 2, minlength=m))
        row_norm = np.where(row_norm > 0, row_norm, 1.0)
        row_deg = np.bincount(row, minlength=m).astype(np.float64)
        col_deg = np.bincount(col, minlength=n).astype(np.float64)

        self._rows = (row, col, coef, b, row_norm)
        if root_lp.startswith("highs"):
            method = "simplex" if root_lp == "highs-simplex" else "ipm"
            x_lp, y = _root_lp_highs(c, lb, ub, (row, col, coef, b), lp_time_limit, method)
        else:
            x_lp, duals = _root_lp(model, lp_time_limit)
            # SCIP gives one dual per constraint, <= 0 on an active "<=" side and >= 0 on an active ">=" side
            # (minimization); each row keeps the part of its own side, sign-corrected for the negated ones.
            y = sign * duals[source]
            y = np.where(y <= 0, y, 0.0)
        slack = self.row_slack(x_lp)
        reduced = c - np.bincount(col, weights=y[row] * coef, minlength=n)
        c_norm = max(float(np.linalg.norm(c)), 1e-12)
        cosine = np.bincount(row, weights=coef * c[col], minlength=m) / (row_norm * c_norm)
        two_sided = np.bincount(source, minlength=len(model.getConss()))[source] > 1

        frac = np.where(is_int, np.abs(x_lp - np.round(x_lp)), 0.0)
        self.static = np.column_stack([
            c / c_scale, binary, is_int & ~binary, ~is_int, np.isfinite(lb), np.isfinite(ub),
            np.where(np.isfinite(lb), signed_log(np.nan_to_num(lb, posinf=0, neginf=0)), 0.0),
            np.where(np.isfinite(ub), signed_log(np.nan_to_num(ub, posinf=0, neginf=0)), 0.0),
            self.scale(x_lp), frac, np.abs(x_lp - lb) <= TIGHT_TOL, np.abs(ub - x_lp) <= TIGHT_TOL,
            reduced / c_scale, col_deg / max(col_deg.max(initial=0.0), 1.0),
        ]).astype(np.float32)
        self.x_lp = x_lp
        self._col_deg = np.maximum(col_deg, 1.0)
        self.cons_x = np.column_stack([
            b / row_norm, two_sided, sign < 0, slack, np.abs(slack) <= TIGHT_TOL, y / c_scale, cosine,
            row_deg / max(row_deg.max(initial=0.0), 1.0),
        ]).astype(np.float32)
        self.edge_index = np.stack([col, row])
        self.edge_attr = np.column_stack([coef / row_norm[row], coef / np.maximum(np.abs(b[row]), 1.0)]).astype(
            np.float32)

    def scale(self, x: np.ndarray) -> np.ndarray:
        """Values scaled into their variable's domain (see the module docstring)."""
        width = self.ub - self.lb
        boxed = np.isfinite(width) & (width > 0)
        safe_lb = np.where(boxed, self.lb, 0.0)
        return np.where(boxed, (x - safe_lb) / np.where(boxed, width, 1.0), signed_log(x))

    def var_features(self, incumbent: np.ndarray, history: Sequence[np.ndarray] = (),
                     lb_relax: np.ndarray | None = None) -> np.ndarray:
        """[n, len(VAR_FEATURES)]: the static columns plus the incumbent, the incumbents of the last 3 steps
        (``history``, most recent first; missing ones repeat the oldest known), and LB-RELAX's values."""
        known = [incumbent, *history][: HISTORY + 1]
        known += [known[-1]] * (HISTORY + 1 - len(known))
        relax = np.zeros_like(incumbent) if lb_relax is None else self.scale(lb_relax)
        dynamic = np.column_stack([
            *(self.scale(v) for v in known), self.scale(incumbent) - self.scale(self.x_lp),
            relax, np.full(len(incumbent), float(lb_relax is not None)),
        ])
        dynamic[:, HISTORY + 1] = np.abs(dynamic[:, HISTORY + 1])
        tight = self.tight_rows(incumbent)
        dynamic = np.column_stack([dynamic, np.log1p(tight), tight / self._col_deg])
        return np.concatenate([self.static, dynamic.astype(np.float32)], axis=1)

    def row_slack(self, values: np.ndarray) -> np.ndarray:
        """(b - a.x) / ||a|| of every ``a.x <= b`` row at the variable values ``values``."""
        row, col, coef, b, row_norm = self._rows
        return (b - np.bincount(row, weights=coef * values[col], minlength=len(b))) / row_norm

    def tight_rows(self, incumbent: np.ndarray) -> np.ndarray:
        """Per variable, how many of its ``a.x <= b`` rows have zero slack (:data:`TIGHT_TOL`, as the LP's
        ``lp_tight``) at ``incumbent``."""
        row, col = self._rows[:2]
        tight = np.abs(self.row_slack(incumbent)) <= TIGHT_TOL
        return np.bincount(col, weights=tight[row].astype(np.float64), minlength=len(incumbent))

    def features(self, incumbent: np.ndarray, history: Sequence[np.ndarray] = (),
                 lb_relax: np.ndarray | None = None) -> BipartiteFeatures:
        """The full graph of one LNS state."""
        return BipartiteFeatures(self.var_features(incumbent, history, lb_relax), self.cons_x, self.edge_index,
                                 self.edge_attr, self.integer)
