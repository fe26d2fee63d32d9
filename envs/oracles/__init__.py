"""Cost oracles of sharding plans of every sharding type (DESIGN.md, "Embedding-table sharding").

:class:`AnalyticalOracle` is a roofline-style hardware model driven by a :class:`HardwareProfile`;
:class:`MeasuredOracle` times torch EmbeddingBag kernels (or FBGEMM's TBE when installed) on the local
device. Both implement :class:`mlopt.envs.oracles.base.CostOracle`. ``MeasuredOracle`` is imported on
first use, so importing this package does not import torch.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mlopt.envs.oracles.analytical import AnalyticalOracle
from mlopt.envs.oracles.base import CostOracle
from mlopt.envs.oracles.profiles import PROFILE_NAMES, HardwareProfile, load_profile
from mlopt.envs.oracles.torchrec_estimator import TorchRecOracle
from mlopt.errors import InputError

if TYPE_CHECKING:
    from mlopt.envs.oracles.measured import MeasuredOracle

ORACLE_NAMES: tuple[str, ...] = ("analytical", "measured", "torchrec")


def __getattr__(name: str) -> Any:
    if name == "MeasuredOracle":
        from mlopt.envs.oracles.measured import MeasuredOracle

        return MeasuredOracle
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def make_oracle(name: str, hardware: str = "a100", **kw: Any) -> CostOracle:
    """An oracle by name (``analytical``, ``measured`` or ``torchrec``) for a hardware profile; ``kw`` go to it
    (the deterministic ``torchrec`` oracle takes no ``seed``)."""
    if name == "analytical":
        return AnalyticalOracle(hardware, **kw)
    if name == "measured":
        from mlopt.envs.oracles.measured import MeasuredOracle

        return MeasuredOracle(hardware=hardware, **kw)
    if name == "torchrec":
        kw.pop("seed", None)
        return TorchRecOracle(hardware, **kw)
    raise InputError(f"unknown oracle {name!r}", field="oracle", expected="one of " + ", ".join(ORACLE_NAMES))


__all__ = [
    "AnalyticalOracle", "CostOracle", "HardwareProfile", "MeasuredOracle", "ORACLE_NAMES", "PROFILE_NAMES",
    "TorchRecOracle", "load_profile", "make_oracle",
]
