"""Training-loop helpers shared by mlopt's learners: seeded initialization and a mini-batch regression
loop that keeps the best-validation weights (NeuroShard, Zha et al., MLSys 2023, Sec. 3.1)."""

from __future__ import annotations

from mlopt.train.loop import FitResult, fit, seeded

__all__ = ["FitResult", "fit", "seeded"]
