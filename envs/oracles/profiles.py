"""Hardware profiles of the analytical cost oracle, shipped as data in ``profiles/<name>.json``.

Each profile holds the few figures a roofline-style model of a sharded embedding layer needs (the
inputs of the owensgroup analytical model, arXiv 2201.07821, and of TorchRec's planner estimators):
device memory bandwidth, last-level cache size and bandwidth, kernel launch overhead, memory, the
number of concurrently processed bags, host memory per device and the device's link to it (UVM caching),
and the interconnect: devices per host (node), intra- and inter-host bandwidth per device and the
latency of a collective stage (used for every collective: all-to-all, reduce-scatter, all-gather,
all-reduce; see collectives.py). Every JSON file lists in
``sources`` where each figure comes from (datasheets, whitepapers, microbenchmark papers) and marks
estimates as such.

Units: bandwidths in GB/s (1e9 bytes/s), cache in MiB, memory in GiB, times in microseconds.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from mlopt.errors import InputError

PROFILE_NAMES: tuple[str, ...] = ("v100", "a100", "h100", "cpu")


@dataclass(frozen=True)
class HardwareProfile:
    """One device kind and its interconnect (see the module docstring for units)."""

    name: str
    description: str
    dram_bandwidth_gbps: float
    cache_mb: float
    cache_bandwidth_gbps: float
    kernel_launch_us: float
    memory_gb: float
    ddr_gb: float  # host memory (DDR) per device, for UVM-cached tables
    host_link_gbps: float  # device <-> host memory link per device and direction (PCIe), for UVM misses
    parallel_lanes: int  # bags processed at once: GPU SMs x resident warps, CPU hardware threads
    devices_per_node: int
    alltoall_intra_gbps: float
    alltoall_inter_gbps: float
    alltoall_latency_us: float
    sources: tuple[str, ...] = ()

    @property
    def cache_bytes(self) -> float:
        return self.cache_mb * 2**20


@lru_cache(maxsize=None)
def load_profile(name: str) -> HardwareProfile:
    """The shipped profile ``name`` (one of PROFILE_NAMES); InputError for any other name."""
    key = name.strip().lower() if isinstance(name, str) else name
    if key not in PROFILE_NAMES:
        raise InputError(f"unknown hardware profile {name!r}", field="hardware",
                         expected="one of " + ", ".join(PROFILE_NAMES))
    text = resources.files("mlopt.envs.oracles").joinpath("profiles", f"{key}.json").read_text(encoding="utf-8")
    data = json.loads(text)
    data["sources"] = tuple(data.get("sources", ()))
    return HardwareProfile(**data)
