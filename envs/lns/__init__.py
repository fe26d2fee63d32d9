"""Large neighbourhood search for ILPs as a Gymnasium environment (CL-LNS, Huang et al. ICML 2023)."""

from __future__ import annotations

from mlopt.envs.lns.env import LNSEnv

__all__ = ["LNSEnv"]
