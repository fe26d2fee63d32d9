r"""Collectives of a sharded embedding layer priced by the topology: hosts of m devices, peers inside a host
reached at the intra-host bandwidth BW_intra (NVLink / NVSwitch), peers on other hosts at the inter-host
bandwidth BW_inter (one NIC per device), each collective stage paying a latency lambda. Bandwidths are per
device and direction (GB/s = 1e6 bytes/ms), from the hardware profile (``alltoall_intra_gbps``,
``alltoall_inter_gbps``, ``alltoall_latency_us``).

Topology (:class:`Topology`): D devices; m = D / ``task.num_hosts`` devices per host when the task gives
hosts, else m = min(D, ``devices_per_node`` of the profile) (every task before hosts existed); h = ceil(D / m)
hosts. Each device is priced by what it sends (as DreamShard measures per device); S is the device's bytes.

* All-to-all (table-wise and column-wise pooled outputs, forward; their gradients, backward): a device
  spreads S evenly over its D - 1 peers, m - 1 of them in its host, sent concurrently:
  t = lambda + S max(f_intra / BW_intra, f_inter / BW_inter), f_intra = (m - 1) / (D - 1),
  f_inter = (D - m) / (D - 1) (:func:`alltoall_ms`; unchanged from the table-wise oracle).
* Reduce-scatter of a buffer of S bytes per device, hierarchical as TorchRec's estimator structures it
  (intra-host collective, then inter-host on the host-reduced chunk; NCCL's ring per NIC): inside the host
  a ring over m devices sends (m - 1) / m S; each device then owns S / m bytes reduced over its host and
  exchanges them with its peers of the same local rank on the other h - 1 hosts, sending (h - 1) / h S / m:
  t_RS(S) = [m > 1] (lambda + (m - 1) / m S / BW_intra) + [h > 1] (lambda + (h - 1) / h S / (m BW_inter))
  (:func:`reduce_scatter_ms`). An all-gather moves the same bytes backward: t_AG = t_RS.
  - row-wise: the partial sums of all B samples (S = 4 B d per table) are reduce-scattered over all D
    devices, so each device ends with its B / D samples (forward); their gradients are all-gathered
    (backward).
  - table-row-wise: the partial sums (S = 4 B d) are reduce-scattered inside the table's host, then each
    device sends its S / m chunk to the owners of its samples on the other hosts (an all-to-all across hosts
    among devices of one local rank, (h - 1) / h of the chunk): the same bytes per stage as t_RS(S), paid by
    the table's m devices only (forward; backward the mirror, all-to-all then intra-host all-gather).
* All-reduce (data-parallel dense gradients, backward): reduce-scatter then all-gather,
  t_AR(S) = 2 t_RS(S), i.e. a ring's 2 (D - 1) / D S on one host.

Shards of one kind on a device travel in one collective (their bytes add, one latency per stage), and the
kinds run one after another: fwd_comm = t_A2A + t_RS(S_rw) + t_RS(S_twrw), bwd_comm = t_A2A + t_AG(S_rw) +
t_AG(S_twrw) + t_AR(S_dp) (:func:`comm_ms`). The index (id) distribution is left out for every kind, as
in the table-wise model (DreamShard measures the pooled-embedding all-to-all only). D = 1 has no comm.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from mlopt.datasets.embedding_tables import ShardingTask
from mlopt.envs.oracles.profiles import HardwareProfile


@dataclass(frozen=True)
class Topology:
    """Hosts x devices of one task on one hardware profile (see the module docstring)."""

    num_devices: int
    devices_per_host: int
    intra_gbps: float
    inter_gbps: float
    latency_ms: float

    @classmethod
    def of(cls, profile: HardwareProfile, task: ShardingTask) -> "Topology":
        """The task's hosts (``task.num_hosts``), else hosts of the profile's node size."""
        per_host = task.devices_per_host or min(task.num_devices, profile.devices_per_node)
        return cls(task.num_devices, per_host, profile.alltoall_intra_gbps, profile.alltoall_inter_gbps,
                   profile.alltoall_latency_us * 1e-3)

    @property
    def num_hosts(self) -> int:
        return math.ceil(self.num_devices / self.devices_per_host)


@dataclass(frozen=True)
class CommBytes:
    """[D] bytes each device puts into each kind of collective of one iteration (see the module docstring)."""

    alltoall: np.ndarray  # pooled outputs sent by table-wise and column-wise shards
    row_wise: np.ndarray  # partial-sum buffers of row-wise shards
    table_row_wise: np.ndarray  # partial-sum buffers of table-row-wise shards
    all_reduce: np.ndarray  # dense gradients of data-parallel replicas


def alltoall_ms(profile: HardwareProfile, send_bytes: np.ndarray, num_devices: int, *, latency: bool = True,
                devices_per_host: int | None = None) -> np.ndarray:
    """All-to-all time (ms) of devices sending ``send_bytes`` each; zero for D = 1 or nothing sent.

    Peers inside the host (``devices_per_host``, default the profile's ``devices_per_node``) are reached at
    the intra-host bandwidth, the others at the inter-host one, concurrently: time = latency + bytes *
    max(f_intra / BW_intra, f_inter / BW_inter). ``latency=False`` gives the bandwidth part alone.
    """
    send = np.asarray(send_bytes, dtype=np.float64)
    if num_devices <= 1:
        return np.zeros_like(send)
    local = min(num_devices, devices_per_host or profile.devices_per_node) - 1
    remote = num_devices - 1 - local
    ms_per_byte = max(local / profile.alltoall_intra_gbps, remote / profile.alltoall_inter_gbps)
    ms_per_byte /= (num_devices - 1) * 1e6
    time = send * ms_per_byte
    if latency:
        time = np.where(send > 0, time + profile.alltoall_latency_us * 1e-3, 0.0)
    return time


def reduce_scatter_ms(topology: Topology, send_bytes: np.ndarray, *, latency: bool = True) -> np.ndarray:
    """Hierarchical reduce-scatter (or all-gather) time (ms) of a buffer of ``send_bytes`` per device:
    t_RS(S) of the module docstring; zero where nothing is sent."""
    send = np.asarray(send_bytes, dtype=np.float64)
    m = min(topology.devices_per_host, topology.num_devices)
    h = topology.num_hosts
    ms_per_byte = (m - 1) / m / topology.intra_gbps + (h - 1) / h / (m * topology.inter_gbps)
    stages = (m > 1) + (h > 1)
    time = send * ms_per_byte * 1e-6
    if latency:
        time = time + stages * topology.latency_ms
    return np.where(send > 0, time, 0.0)


def comm_ms(profile: HardwareProfile, topology: Topology, comm: CommBytes, *, latency: bool = True) -> np.ndarray:
    """[D, 2] forward and backward comm (ms) of every device (module docstring); [..., D, 2] for CommBytes of
    [..., D] arrays."""
    alltoall = alltoall_ms(profile, comm.alltoall, topology.num_devices, latency=latency,
                           devices_per_host=topology.devices_per_host)
    row_wise = reduce_scatter_ms(topology, comm.row_wise, latency=latency)
    table_row_wise = reduce_scatter_ms(topology, comm.table_row_wise, latency=latency)
    all_reduce = 2.0 * reduce_scatter_ms(topology, comm.all_reduce, latency=latency)
    forward = alltoall + row_wise + table_row_wise
    return np.stack([forward, forward + all_reduce], axis=-1)
