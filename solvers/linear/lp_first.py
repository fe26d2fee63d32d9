"""A MILP backend that tries the model's LP relaxation first: an LP optimum whose integer variables are
integral is feasible for the MILP and at least as good as any MILP solution (the LP's feasible set holds the
MILP's), so it is a MILP optimum, found by GLOP from its previous basis in a fraction of a MILP solve's
set-up. Only a fractional LP optimum goes to the MILP backend (SCIP by default).

Training a decision-focused model sends many cost vectors whose LP optimum is integral: SPO+'s ``2 c_hat - c``
on a knapsack is mostly negative early in training, with x = 0 optimal, and objectives that make one item
dominate are integral too. Where the LP is mostly fractional it is wasted work, so the backend keeps a
moving hit rate and stops trying the LP while the rate is below ``min_hit_rate``, probing one vector in
``probe_every`` to notice when it rises again. The answer is always a MILP optimum; only the work changes.
"""

from __future__ import annotations

import numpy as np

from mlopt.errors import InputError
from mlopt.solvers.linear.backends import GlopSolver, ScipSolver
from mlopt.solvers.linear.base import BatchSolver, LinearModel

INTEGRALITY_TOLERANCE = 1e-6
RATE_WEIGHT = 1.0 / 16  # weight of the newest try in the moving hit rate


class LpFirstSolver(BatchSolver):
    """GLOP on ``model.relaxed()`` first, ``milp`` (default: :class:`ScipSolver` on ``model``) where the LP
    optimum is fractional (module doc). ``lp_tries`` / ``lp_hits`` count the LP solves and the integral ones
    among them; ``solves`` less ``lp_hits`` went to the MILP."""

    def __init__(self, model: LinearModel, milp: BatchSolver | None = None, *, sense: str = "min", workers: int = 1,
                 cache_size: int = 4096, min_hit_rate: float = 0.25, probe_every: int = 16) -> None:
        super().__init__(model.num_vars, sense=sense, workers=workers, cache_size=cache_size)
        if not model.integrality.any():
            raise InputError("the model has no integer variables", field="integrality",
                             expected="a MILP (use glop for an LP)")
        if not 0.0 <= min_hit_rate <= 1.0 or probe_every < 1:
            raise InputError(f"min_hit_rate {min_hit_rate}, probe_every {probe_every}", field="min_hit_rate/probe_every",
                             expected="a rate in [0, 1] and a probe every >= 1 vectors")
        self.lp = GlopSolver(model.relaxed(), sense=sense, cache_size=0)
        self.milp = milp if milp is not None else ScipSolver(model, sense=sense, cache_size=0)
        self.integer = model.integrality.copy()
        self.min_hit_rate = min_hit_rate
        self.probe_every = probe_every
        self.hit_rate = 1.0
        self.lp_tries = self.lp_hits = 0
        self._skipped = 0

    def _should_try_lp(self) -> bool:
        with self._lock:
            if self.hit_rate >= self.min_hit_rate:
                return True
            self._skipped += 1
            return self._skipped % self.probe_every == 0

    def _solve_one(self, costs: np.ndarray) -> np.ndarray:
        if self._should_try_lp():
            x = self.lp._solve_one(costs)
            rounded = np.round(x[self.integer])
            hit = bool(np.abs(x[self.integer] - rounded).max(initial=0.0) <= INTEGRALITY_TOLERANCE)
            with self._lock:
                self.lp_tries += 1
                self.lp_hits += hit
                self.hit_rate += RATE_WEIGHT * (hit - self.hit_rate)
            if hit:
                x[self.integer] = rounded
                return x
        return self.milp._solve_one(costs)

    def close(self) -> None:
        super().close()
        self.lp.close()
        self.milp.close()
