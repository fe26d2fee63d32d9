"""Regret of predict-then-optimize decisions, per instance and as PyEPO reports it.

For true costs ``c_i``, decisions ``x_hat_i = x*(c_hat_i)`` and optimal decisions ``x*_i = x*(c_i)``, the
regret of instance i is ``r_i = s c_i.(x_hat_i - x*_i) >= 0`` (``s = +1`` for a minimization, -1 for a
maximization) and its optimal objective ``z_i = c_i.x*_i``. Two normalizations are in use:

- the mean of per-instance ratios ``1/N sum_i r_i / |z_i|`` (:func:`normalized_regret`, LANCER's
  per-instance figure);
- the ratio of sums ``sum_i r_i / sum_i |z_i|``, PyEPO's ``pyepo.metric.regret`` (and LANCER's
  ``norm_regret``). It weighs instances by their optimal objective, so the two can differ by a factor
  (about 1.9 at degree 6 on PyEPO's data, where a few instances have large objectives).

:func:`regret_ratios` returns both.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from mlopt.errors import InputError


def _regrets(costs: np.ndarray, x_hat: np.ndarray, x_opt: np.ndarray, sense: str) -> tuple[np.ndarray, np.ndarray]:
    if sense not in ("min", "max"):
        raise InputError(f"unknown sense {sense!r}", field="sense", expected="min or max")
    best = np.einsum("bn,bn->b", costs, x_opt)
    sign = 1.0 if sense == "min" else -1.0
    return sign * np.einsum("bn,bn->b", costs, x_hat - x_opt), best


def normalized_regret(costs: np.ndarray, x_hat: np.ndarray, x_opt: np.ndarray, sense: str = "max") -> np.ndarray:
    """``r_i / |z_i|`` per instance (module doc); ``sense`` of the problem (the knapsack maximizes)."""
    regret, best = _regrets(costs, x_hat, x_opt, sense)
    return regret / np.maximum(np.abs(best), 1e-12)


class RegretRatios(NamedTuple):
    """The mean of per-instance normalized regrets and PyEPO's ratio of sums (module doc)."""

    mean_of_ratios: float
    ratio_of_sums: float


def regret_ratios(costs: np.ndarray, x_hat: np.ndarray, x_opt: np.ndarray, sense: str = "max") -> RegretRatios:
    """Both normalizations of the regret of decisions ``x_hat [N, n]`` against ``x_opt`` under ``costs``."""
    regret, best = _regrets(costs, x_hat, x_opt, sense)
    return RegretRatios(float(np.mean(regret / np.maximum(np.abs(best), 1e-12))),
                        float(regret.sum() / max(float(np.abs(best).sum()), 1e-12)))
