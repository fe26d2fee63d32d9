"""Normalised topology features: what the learned cost models see of the devices a task runs on.

DreamShard (Zha et al., NeurIPS 2022) and NeuroShard (Zha et al., MLSys 2023) train their cost nets per
hardware setting, so one set of weights serves one device count. Our extension feeds the count and the
topology to the nets as inputs instead: :func:`topology_features` maps a task's devices D, hosts h, devices
per host m (:class:`mlopt.envs.oracles.collectives.Topology`: the task's hosts, else hosts of the profile's
node size) and the hardware profile's all-to-all bandwidths to :data:`NUM_TOPOLOGY_FEATURES` numbers of
order 1:

0. log2(D) / 7        (D = 128 -> 1)
1. log2(h) / 4        (h = 16 -> 1)
2. log2(m) / 7
3. f_intra = (m - 1) / (D - 1), the share of a device's all-to-all peers in its host (0 when D = 1)
4. f_inter = (D - m) / (D - 1), the share on other hosts
5. BW_intra / 1000 GB/s
6. BW_inter / 100 GB/s
7. 10 x p, p = max(f_intra / BW_intra, f_inter / BW_inter): milliseconds to send one MB spread over the
   peers (the all-to-all time per byte of the analytical model, :func:`~mlopt.envs.oracles.collectives.alltoall_ms`)
8. (log10 p + 3) / 2  (p clamped at 1e-6): the same on a log scale, so that a net whose per-table costs are
   exp(MLP) (DreamShard's additive term) can express comm = bytes x p as a sum of logs
9. the collective latency in ms x 10

The device counts of the shipped weights' training data are :func:`training_topologies`: hosts 1..16 of
1, 2, 4 or 8 devices, 2..128 devices, except :data:`HELD_OUT_DEVICES` (the benchmark's unseen counts).
"""

from __future__ import annotations

import math

import numpy as np

from mlopt.datasets.embedding_tables import ShardingTask
from mlopt.envs.oracles.collectives import Topology
from mlopt.envs.oracles.profiles import HardwareProfile, load_profile

NUM_TOPOLOGY_FEATURES = 10
HELD_OUT_DEVICES: tuple[int, ...] = (12, 24, 48, 96)  # never in the shipped weights' training data
DEFAULT_HARDWARE = "a100"  # the profile of the shipped weights, used when an oracle has none


def profile_of(oracle: object) -> HardwareProfile:
    """The hardware profile of ``oracle`` (its ``profile`` attribute), else the A100 profile."""
    profile = getattr(oracle, "profile", None)
    return profile if isinstance(profile, HardwareProfile) else load_profile(DEFAULT_HARDWARE)


def topology_features(task: ShardingTask, profile: HardwareProfile | None = None) -> np.ndarray:
    """[NUM_TOPOLOGY_FEATURES] float32 features of ``task``'s devices on ``profile`` (module docstring)."""
    return device_features(task.num_devices, task.num_hosts, profile)


def device_features(num_devices: int, num_hosts: int | None = None,
                    profile: HardwareProfile | None = None) -> np.ndarray:
    """:func:`topology_features` of ``num_devices`` devices on ``num_hosts`` hosts (None: hosts of the profile's
    node size, as for a task without hosts) of ``profile`` (default: A100)."""
    profile = profile or load_profile(DEFAULT_HARDWARE)
    m = num_devices // num_hosts if num_hosts else min(num_devices, profile.devices_per_node)
    topo = Topology(num_devices, m, profile.alltoall_intra_gbps, profile.alltoall_inter_gbps,
                    profile.alltoall_latency_us * 1e-3)
    d, h = topo.num_devices, topo.num_hosts
    f_intra = (m - 1) / (d - 1) if d > 1 else 0.0
    f_inter = (d - m) / (d - 1) if d > 1 else 0.0
    per_mb = max(f_intra / topo.intra_gbps, f_inter / topo.inter_gbps)
    return np.array([math.log2(d) / 7, math.log2(h) / 4, math.log2(m) / 7, f_intra, f_inter, topo.intra_gbps / 1000,
                     topo.inter_gbps / 100, 10 * per_mb, (math.log10(max(per_mb, 1e-6)) + 3) / 2,
                     10 * topo.latency_ms], dtype=np.float32)


def training_topologies(max_devices: int = 128, max_hosts: int = 16,
                        exclude: tuple[int, ...] = HELD_OUT_DEVICES) -> tuple[tuple[int, int], ...]:
    """(devices, hosts) pairs of the training tasks: h in 1..``max_hosts`` hosts of m in {1, 2, 4, 8} devices,
    2 <= h m <= ``max_devices``, leaving out the device counts ``exclude``."""
    pairs = {(h * m, h) for h in range(1, max_hosts + 1) for m in (1, 2, 4, 8)}
    return tuple(sorted((d, h) for d, h in pairs if 2 <= d <= max_devices and d not in exclude))
