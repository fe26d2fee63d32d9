"""The topology of a training job, as ``mlopt shard --topology FILE.json`` reads it.

A topology file is one JSON object::

    {"hosts": 2, "devices_per_host": 8,            # required
     "hbm_gb": 80, "ddr_gb": 128,                  # device memory and host memory per device (GiB)
     "intra_host_gbps": 300, "inter_host_gbps": 25,  # collective bandwidth per device inside / across hosts
     "host_link_gbps": 31.5,                        # device <-> host memory per device (UVM caching)
     "hardware": "a100"}                            # the hardware profile the rest overrides

Every key but ``hosts`` and ``devices_per_host`` is optional: what a file leaves out comes from the
hardware profile (``--hardware``, or the file's ``hardware``). Bandwidths are GB/s (1e9 bytes/s), memory
GiB, as in the hardware profiles. Unknown keys, missing required keys, and values out of range (counts:
integers, at most 1,024 devices in all; memory: up to 4,096 GiB per device; bandwidths: 0.001 to 100,000
GB/s) are one-line errors naming the file and the key.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from typing import Any

from mlopt.datasets.embedding_tables import MAX_DEVICES, MAX_MEMORY_BYTES
from mlopt.datasets.json_files import read_json
from mlopt.errors import InputError

MAX_GBPS = 100_000.0  # the largest bandwidth a file may give (GB/s); the smallest is 0.001
BOUNDS = {"hbm_gb": (0.0, MAX_MEMORY_BYTES / 2**30), "ddr_gb": (0.0, MAX_MEMORY_BYTES / 2**30),
          **{key: (1e-3, MAX_GBPS) for key in ("intra_host_gbps", "inter_host_gbps", "host_link_gbps")}}


@dataclass(frozen=True)
class Topology:
    """Hosts x devices per host, memory per device and optional bandwidth overrides (module docstring)."""

    num_hosts: int
    devices_per_host: int
    hbm_gb: float | None = None
    ddr_gb: float | None = None
    intra_host_gbps: float | None = None
    inter_host_gbps: float | None = None
    host_link_gbps: float | None = None
    hardware: str | None = None

    @property
    def num_devices(self) -> int:
        return self.num_hosts * self.devices_per_host


COUNTS = {"hosts": "num_hosts", "devices_per_host": "devices_per_host"}
NUMBERS = ("hbm_gb", "ddr_gb", "intra_host_gbps", "inter_host_gbps", "host_link_gbps")


def _count(value: Any, path: str, key: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_DEVICES:
        raise InputError(f"{value!r}", file=path, field=key, expected=f"an integer in 1..{MAX_DEVICES}")
    return value


def _number(value: Any, path: str, key: str) -> float:
    low, high = BOUNDS[key]
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not (
            isinstance(value, int) or math.isfinite(value)) or not low < value <= high:
        raise InputError(f"{value!r}", file=path, field=key, expected=f"a number > {low:g} and <= {high:g}")
    return float(value)


def load_topology(path: str | os.PathLike[str]) -> Topology:
    """The topology in the JSON file ``path`` (module docstring), validated."""
    where = str(path)
    data = read_json(path, what="a topology", expected="a JSON object such as {\"hosts\": 2, \"devices_per_host\": 8}")
    if not isinstance(data, dict):
        raise InputError(f"a {type(data).__name__}", file=where, expected="a JSON object")
    unknown = sorted(set(data) - set(COUNTS) - set(NUMBERS) - {"hardware"})
    if unknown:
        raise InputError(f"unknown key {unknown[0]!r}", file=where, field=unknown[0],
                         expected="keys among " + ", ".join([*COUNTS, *NUMBERS, "hardware"]))
    values: dict[str, Any] = {}
    for key, name in COUNTS.items():
        if key not in data:
            raise InputError("missing", file=where, field=key, expected="an integer >= 1")
        values[name] = _count(data[key], where, key)
    if values["num_hosts"] * values["devices_per_host"] > MAX_DEVICES:
        raise InputError(f"{values['num_hosts']} x {values['devices_per_host']} devices", file=where,
                         field="devices_per_host", expected=f"at most {MAX_DEVICES} devices in all")
    for key in NUMBERS:
        if key in data:
            values[key] = _number(data[key], where, key)
    if "hardware" in data:
        if not isinstance(data["hardware"], str):
            raise InputError(f"{data['hardware']!r}", file=where, field="hardware", expected="a profile name")
        values["hardware"] = data["hardware"]
    return Topology(**values)
