"""Primal-gap metrics of CL-LNS (Huang et al. ICML 2023), after Berthold (2013), from trajectories.

A trajectory is ``[(seconds, objective)]``, the incumbent's objective from each time on (a step
function); ``v*`` is the reference (best known) objective of the instance.

- primal gap: γ(v) = |v - v*| / max(|v|, |v*|); 0 when v = v* (both 0 included); 1 with no solution or
  when v·v* < 0.
- primal integral: ∫_0^T γ(t) dt over wall time, γ = 1 before the first solution.
- survival rate at threshold g by time t: fraction of instances whose gap at t is <= g.
- best-performing rate at time t: per method, fraction of instances where its gap at t is the best
  among the methods (ties count for every tied method).
"""

from __future__ import annotations

from typing import Mapping, Sequence

import numpy as np

Trajectory = Sequence[tuple[float, float]]


def primal_gap(value: float | None, reference: float) -> float:
    """Berthold's primal gap of ``value`` against ``reference`` (1 when ``value`` is None)."""
    if value is None:
        return 1.0
    if value == reference:
        return 0.0
    if value * reference < 0:
        return 1.0
    return abs(value - reference) / max(abs(value), abs(reference))


def value_at(trajectory: Trajectory, t: float) -> float | None:
    """The incumbent objective at time ``t`` (``None`` before the first solution)."""
    value = None
    for time_s, objective in trajectory:
        if time_s > t:
            break
        value = objective
    return value


def gap_at(trajectory: Trajectory, reference: float, t: float) -> float:
    return primal_gap(value_at(trajectory, t), reference)


def primal_integral(trajectory: Trajectory, reference: float, horizon: float) -> float:
    """∫_0^horizon γ(t) dt of the step function (seconds of gap), γ = 1 before the first solution."""
    total, last_t, last_gap = 0.0, 0.0, 1.0
    for time_s, objective in trajectory:
        if time_s >= horizon:
            break
        total += last_gap * (time_s - last_t)
        last_t, last_gap = time_s, primal_gap(objective, reference)
    return total + last_gap * (horizon - last_t)


def survival_rate(trajectories: Sequence[Trajectory], references: Sequence[float], threshold: float,
                  t: float) -> float:
    """Fraction of instances whose primal gap at time ``t`` is at most ``threshold``."""
    if len(trajectories) != len(references):
        raise ValueError(f"{len(trajectories)} trajectories for {len(references)} references")
    gaps = [gap_at(tr, ref, t) for tr, ref in zip(trajectories, references)]
    return float(np.mean([g <= threshold for g in gaps])) if gaps else 0.0


def best_performing_rate(runs: Mapping[str, Sequence[Trajectory]], references: Sequence[float],
                         t: float, tol: float = 1e-9) -> dict[str, float]:
    """Per method, the fraction of instances where its gap at ``t`` is the best (within ``tol``)."""
    for method, trajectories in runs.items():
        if len(trajectories) != len(references):
            raise ValueError(f"method {method!r} has {len(trajectories)} runs for {len(references)} instances")
    if not references:
        return {method: 0.0 for method in runs}
    gaps = np.array([[gap_at(tr, ref, t) for tr, ref in zip(trajectories, references)]
                     for trajectories in runs.values()])
    best = gaps.min(axis=0)
    return {method: float(np.mean(row <= best + tol)) for method, row in zip(runs, gaps)}
