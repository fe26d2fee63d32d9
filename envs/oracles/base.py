"""The cost-oracle interface: per-device cost breakdown of a sharding plan (DESIGN.md).

Plan cost = max over devices of (forward compute + backward compute + forward comm + backward comm),
as measured in DreamShard (Zha et al., NeurIPS 2022) and NeuroShard (Zha et al., MLSys 2023).
All times are in milliseconds (``_ms``) per training iteration.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Protocol, runtime_checkable

import numpy as np

from mlopt.datasets.embedding_tables import ShardingPlan, ShardingTask

COMPONENTS: tuple[str, ...] = ("fwd_comp_ms", "bwd_comp_ms", "fwd_comm_ms", "bwd_comm_ms")


@dataclass(frozen=True)
class DeviceCost:
    """Cost of one device for one iteration, in milliseconds."""

    fwd_comp_ms: float
    bwd_comp_ms: float
    fwd_comm_ms: float
    bwd_comm_ms: float

    @property
    def total_ms(self) -> float:
        return self.fwd_comp_ms + self.bwd_comp_ms + self.fwd_comm_ms + self.bwd_comm_ms

    def as_dict(self) -> dict[str, float]:
        return {**asdict(self), "total_ms": self.total_ms}


@dataclass(frozen=True)
class PlanCost:
    """Per-device breakdown; the plan's cost is the slowest device (``total_ms``)."""

    devices: tuple[DeviceCost, ...]

    @property
    def total_ms(self) -> float:
        return max(d.total_ms for d in self.devices)

    def matrix(self) -> np.ndarray:
        """[D, 4] array of the four components in COMPONENTS order."""
        return np.array([[getattr(d, c) for c in COMPONENTS] for d in self.devices], dtype=np.float64)

    def as_dict(self) -> dict[str, object]:
        return {"total_ms": self.total_ms, "devices": [d.as_dict() for d in self.devices]}


@runtime_checkable
class CostOracle(Protocol):
    """Anything that prices a plan of a task."""

    name: str

    def cost(self, task: ShardingTask, plan: ShardingPlan) -> PlanCost:
        """Per-device breakdown of ``plan`` on ``task``."""
        ...

    def table_costs(self, task: ShardingTask) -> np.ndarray:
        """[T, 4] linearized per-table costs (ms, COMPONENTS order) for additive planners such as the
        MILP: the cost each table adds to a device holding an average share of the task."""
        ...

    def device_overhead_ms(self, task: ShardingTask) -> float:
        """Fixed cost of a non-empty device (kernel launches), paid once per device."""
        ...
