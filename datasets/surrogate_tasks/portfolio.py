"""Predict-then-optimize portfolio with quadratic risk (LANCER's portfolio task, Zharmagambetov et al.
NeurIPS 2023, which follows LODL, Shah et al. NeurIPS 2022): predict next-period returns ``r [n]`` from
features, then pick weights on the simplex maximizing the mean-variance utility

    U(x; r) = r.x - alpha * x' Sigma x,   x >= 0, sum(x) = 1.

Decision quality is the regret ``U(x*(r); r) - U(x*(r_hat); r)``. Returns and covariance follow PyEPO's
portfolio generator (Tang & Khalil 2022): a factor model ``Sigma = L L' + (0.01 tau)^2 I`` with
``L ~ U(-0.0025 tau, 0.0025 tau)^{n x 4}`` and ``r = (0.05 (B y)/sqrt(p) + 0.1^(1/deg))^deg + L f +
0.01 tau eps``, ``f, eps ~ N(0, I)``. Simplification: LANCER/LODL use real S&P 500 data; this is synthetic.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from mlopt.errors import InputError


@dataclass(frozen=True)
class PortfolioData:
    """``features [N, p]``, realized ``returns [N, n]``, shared ``covariance [n, n]`` and ``alpha``."""

    features: np.ndarray
    returns: np.ndarray
    covariance: np.ndarray
    alpha: float

    def utility(self, x: np.ndarray, returns: np.ndarray | None = None) -> np.ndarray:
        """``U(x; r)`` per row of ``x [B, n]`` (``returns`` default: this data's, row-aligned)."""
        r = self.returns if returns is None else returns
        return np.einsum("bn,bn->b", r, x) - self.alpha * np.einsum("bn,nm,bm->b", x, self.covariance, x)


def make_portfolio(
    num_instances: int = 400,
    num_assets: int = 20,
    num_features: int = 5,
    *,
    deg: int = 4,
    noise_level: float = 1.0,
    alpha: float = 100.0,
    seed: int | np.random.Generator = 0,
) -> PortfolioData:
    """Seeded data set (module doc; ``noise_level`` is PyEPO's tau)."""
    if num_instances < 1 or num_assets < 2 or num_features < 1 or deg < 1 or alpha < 0:
        raise InputError("portfolio sizes must be >= 1 (assets >= 2) and alpha >= 0",
                         field="num_instances/num_assets/num_features/deg/alpha")
    rng = np.random.default_rng(seed)
    tau = noise_level
    loading = rng.uniform(-0.0025 * tau, 0.0025 * tau, (num_assets, 4))
    covariance = loading @ loading.T + (0.01 * tau) ** 2 * np.eye(num_assets)
    features = rng.standard_normal((num_instances, num_features))
    basis = rng.binomial(1, 0.5, (num_assets, num_features))
    mean = (0.05 * (features @ basis.T) / np.sqrt(num_features) + 0.1 ** (1.0 / deg)) ** deg
    returns = (mean + rng.standard_normal((num_instances, 4)) @ loading.T
               + 0.01 * tau * rng.standard_normal((num_instances, num_assets)))
    return PortfolioData(features, returns, covariance, alpha)
