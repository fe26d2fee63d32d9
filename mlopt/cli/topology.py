"""`mlopt shard`'s job topology from its flags: ``--devices``, ``--hosts``, ``--memory-gb`` and a
``--topology FILE.json`` (:mod:`mlopt.datasets.topology`), over the hardware profile.

Resolution: a topology file fixes the devices and hosts (a ``--devices`` / ``--hosts`` that disagrees is an
error) and may override memory and bandwidths; ``--memory-gb`` beats the file's ``hbm_gb``, which beats the
profile's memory; host memory (DDR) per device is the file's ``ddr_gb`` or the profile's. Without a file or
``--hosts``, the devices form hosts of the profile's node size (one host up to that size; a device count
that is no multiple of it leaves hosts to the oracle's node model, as tasks without hosts always did).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from mlopt.cli.options import bounded
from mlopt.datasets.embedding_tables import MAX_MEMORY_BYTES
from mlopt.datasets.topology import MAX_DEVICES, load_topology
from mlopt.envs.oracles import PROFILE_NAMES, HardwareProfile, load_profile
from mlopt.errors import InputError

DEFAULT_DEVICES = 4
MAX_MEMORY_GB = MAX_MEMORY_BYTES / 2**30
PROFILE_OVERRIDES = {"intra_host_gbps": "alltoall_intra_gbps", "inter_host_gbps": "alltoall_inter_gbps",
                     "host_link_gbps": "host_link_gbps", "ddr_gb": "ddr_gb", "hbm_gb": "memory_gb"}


@dataclass(frozen=True)
class JobTopology:
    """What a ShardingTask and its oracle need: devices, hosts (None: the oracle's node model), device and
    host memory per device in bytes, and the hardware profile with the topology's overrides."""

    num_devices: int
    num_hosts: int | None
    memory_bytes: int
    ddr_bytes: int
    profile: HardwareProfile


def _agree(flag: str, given: int | None, from_file: int, path: Path) -> None:
    if given is not None and given != from_file:
        raise InputError(f"{given}, but the topology file has {from_file}", file=path, field=flag,
                         expected="the topology file's value, or no flag")


def job_topology(devices: int | None, hosts: int | None, memory_gb: float | None, topology: Path | None,
                 hardware: str) -> JobTopology:
    """The job's topology from the ``mlopt shard`` flags (module docstring)."""
    spec = load_topology(topology) if topology is not None else None
    name = spec.hardware if spec is not None and spec.hardware is not None else hardware
    if name not in PROFILE_NAMES:
        raise InputError(f"unknown value {name!r}", file=topology, field="--hardware" if spec is None or
                         spec.hardware is None else "hardware", expected="one of " + ", ".join(PROFILE_NAMES))
    profile = load_profile(name)
    if spec is not None:
        _agree("--devices", devices, spec.num_devices, topology)
        _agree("--hosts", hosts, spec.num_hosts, topology)
        devices, hosts = spec.num_devices, spec.num_hosts
        overrides = {field: getattr(spec, key) for key, field in PROFILE_OVERRIDES.items()
                     if getattr(spec, key) is not None}
        profile = dataclasses.replace(profile, **overrides)
    devices = DEFAULT_DEVICES if devices is None else devices
    if not 1 <= devices <= MAX_DEVICES:
        raise InputError(f"{devices}", field="--devices", expected=f"a number of devices in 1..{MAX_DEVICES}")
    if hosts is None:
        per_node = profile.devices_per_node
        hosts = 1 if devices <= per_node else (devices // per_node if devices % per_node == 0 else None)
    elif not 1 <= hosts <= devices or devices % hosts:
        raise InputError(f"{hosts} hosts for {devices} devices", field="--hosts",
                         expected="a number of hosts that divides the number of devices")
    memory = profile.memory_gb if memory_gb is None else memory_gb
    bounded(memory, "--memory-gb", 0, MAX_MEMORY_GB, strict=True)
    return JobTopology(devices, hosts, int(memory * 2**30), int(profile.ddr_gb * 2**30), profile)
