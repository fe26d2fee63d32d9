r"""Analytical cost oracle: a roofline-style hardware model of one training iteration of a sharded
embedding layer (table-wise plans), driven by a :class:`HardwareProfile`.

It follows the structure of the measurements in DreamShard (Zha et al., NeurIPS 2022): per device,
forward compute of the fused table-batched embedding (TBE) kernel over all tables of the device,
forward all-to-all of pooled embeddings, backward all-to-all of their gradients, backward compute
(gradients + optimizer). The kernel model borrows the owensgroup analytical model (arXiv 2201.07821):
the cache hit rate depends on the access skew, the rows and the *set* of tables run together, and
time is traffic over bandwidth; TorchRec's planner estimators are the additive special case.

Notation for table t on a device holding the set S (B batch, P_t pooling, d_t dim, N_t rows):

* lookups L_t = B P_t; row bytes r_t = 32 ceil(d_t b_t / 32) (rows read in 32-byte sectors, b_t =
  bytes per element); fp32 gradient row g_t = 32 ceil(4 d_t / 32).
* Cache: the device cache C (L2 / LLC) is shared by the fused tables in proportion to their row
  traffic w_t = L_t r_t: C_t = C w_t / sum_{s in S} w_s, i.e. h_t = C_t / r_t cached rows, hit share
  H_t = hot_access_share(alpha_t, N_t, h_t) (Zipf, datasets/access.py). The cache does not persist
  across iterations, so each cached row touched is loaded once: misses
  m_t = min(L_t, L_t (1 - H_t) + min(h_t, U_t)), with U_t the expected unique rows of L_t Zipf draws
  (rows with expected count >= 1, plus one per access to colder rows).
* Forward traffic: DRAM_t = m_t r_t + 8 L_t + 8 B + 4 B d_t (missed rows, int64 indices and offsets,
  fp32 pooled outputs); cache traffic (hits) CACHE_t = (L_t - m_t) r_t.
* Backward traffic (row-wise Adagrad as in FBGEMM): DRAM_t = 4 B d_t (output gradients)
  + SORT_BYTES L_t (radix sort of indices) + U_t (2 r_t + 2 * 32) (read+write of each touched row
  and of its optimizer state); cache traffic L_t g_t (each lookup re-reads its bag's gradient).
* Stream time of a pass: sum_t DRAM_t / BW_dram + CACHE_t / BW_cache.
* Occupancy: one bag per lane (GPU warp, CPU thread); with w = B |S| / lanes waves, the kernel runs
  max(1, 1/w) + 0.5 min(1, 1/w) times its stream time: a half-wave tail per kernel, and a kernel of
  less than one wave is latency bound (runs as long as one full wave).
* Compute: fwd = launch + stream_fwd f(w); bwd = BWD_LAUNCHES launch + stream_bwd f(w). Launch and
  tail are paid once per fused kernel, so compute is sublinear in the tables (fusion), while the
  shared cache makes hot tables compete.
* Comm (D > 1): device d sends bytes_d = B (D-1)/D sum_{t on d} 4 d_t (fp32 pooled outputs) forward
  and the same gradient bytes backward; time = latency + bytes_d max(f_intra / BW_intra,
  f_inter / BW_inter), f = share of peers inside / outside the node. D = 1 has no comm.
* Plan cost = max over devices of the four components (base.PlanCost).

:meth:`AnalyticalOracle.table_costs` linearizes this for additive planners: each table is priced as
if it shared a device with T/D - 1 tables of the task's mean traffic (cache share and waves at the
average shard), without launches and comm latency, which :meth:`device_overhead_ms` returns.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from mlopt.datasets.access import hot_access_share, table_alpha
from mlopt.datasets.caching import IdentityCache
from mlopt.datasets.embedding_tables import ShardingPlan, ShardingTask
from mlopt.envs.oracles.base import COMPONENTS, DeviceCost, PlanCost
from mlopt.envs.oracles.profiles import HardwareProfile, load_profile

SECTOR_BYTES = 32
INDEX_BYTES = 8  # int64 indices and offsets
OUTPUT_BYTES = 4  # fp32 pooled outputs and their gradients
SORT_BYTES = 2 * 2 * 12  # two radix passes reading and writing (int64 key, int32 position) pairs
OPTIMIZER_STATE_BYTES = 2 * SECTOR_BYTES  # row-wise Adagrad: one fp32 per row, read and written
BWD_LAUNCHES = 8  # index linearization, radix sort passes, run-length encoding, grad + fused update
HIT_GRID = 65  # points of each table's hit-share curve, uniform in log(1 + cached rows)
TASK_CACHE_SIZE = 16


def alltoall_ms(profile: HardwareProfile, send_bytes: np.ndarray, num_devices: int,
                *, latency: bool = True) -> np.ndarray:
    """All-to-all time (ms) of devices sending ``send_bytes`` each; zero for D = 1 or nothing sent.

    Peers inside the node (``devices_per_node``) are reached at the intra-node bandwidth, the others
    at the inter-node one, concurrently: time = latency + bytes * max(f_intra / BW_intra,
    f_inter / BW_inter). ``latency=False`` gives the bandwidth part alone (linearized costs).
    """
    send = np.asarray(send_bytes, dtype=np.float64)
    if num_devices <= 1:
        return np.zeros_like(send)
    local = min(num_devices, profile.devices_per_node) - 1
    remote = num_devices - 1 - local
    ms_per_byte = max(local / profile.alltoall_intra_gbps, remote / profile.alltoall_inter_gbps)
    ms_per_byte /= (num_devices - 1) * 1e6
    time = send * ms_per_byte
    if latency:
        time = np.where(send > 0, time + profile.alltoall_latency_us * 1e-3, 0.0)
    return time


def occupancy_factor(bags: np.ndarray | float, lanes: int) -> np.ndarray:
    """Kernel time over stream time for ``bags`` bags on ``lanes`` lanes (see the module docstring)."""
    inv_waves = lanes / np.maximum(np.asarray(bags, dtype=np.float64), 1e-12)
    return np.maximum(1.0, inv_waves) + 0.5 * np.minimum(1.0, inv_waves)


@dataclass(frozen=True)
class _TaskArrays:
    """Per-table quantities of one task that do not depend on the plan (see the module docstring)."""

    lookups: np.ndarray
    row_bytes: np.ndarray
    traffic: np.ndarray
    rows: np.ndarray
    unique: np.ndarray
    log_rows: np.ndarray
    hit_curve: np.ndarray  # [T, HIT_GRID] hit share at cached rows expm1(k/(G-1) * log1p(rows))
    fwd_dram_fixed: np.ndarray
    bwd_dram: np.ndarray
    bwd_cache: np.ndarray
    comm_bytes: np.ndarray


def _task_arrays(task: ShardingTask) -> _TaskArrays:
    batch = float(task.batch_size)
    dims = np.array([t.dim for t in task.tables], dtype=np.float64)
    elem = np.array([t.bytes_per_element for t in task.tables], dtype=np.float64)
    pooling = np.array([t.pooling_factor for t in task.tables], dtype=np.float64)
    rows = np.array([t.num_embeddings for t in task.tables], dtype=np.float64)
    alphas = [table_alpha(t) for t in task.tables]
    lookups = batch * pooling
    row_bytes = SECTOR_BYTES * np.ceil(dims * elem / SECTOR_BYTES)
    grad_bytes = SECTOR_BYTES * np.ceil(dims * OUTPUT_BYTES / SECTOR_BYTES)
    log_rows = np.log1p(rows)
    grid = np.linspace(0.0, 1.0, HIT_GRID)
    hit_curve = np.empty((len(rows), HIT_GRID))
    unique = np.empty(len(rows))
    for t, (alpha, n, lk) in enumerate(zip(alphas, rows.astype(int), lookups)):
        hit_curve[t] = hot_access_share(alpha, n, np.expm1(grid * log_rows[t]))
        top_share = float(hot_access_share(alpha, n, 1.0))  # access share of the most popular row
        frequent = min((lk * top_share) ** (1.0 / alpha), float(n))  # rows expected >= once
        unique[t] = frequent + lk * (1.0 - float(hot_access_share(alpha, n, frequent)))
    unique = np.minimum(unique, np.minimum(lookups, rows))
    d = task.num_devices
    return _TaskArrays(
        lookups=lookups,
        row_bytes=row_bytes,
        traffic=lookups * row_bytes,
        rows=rows,
        unique=unique,
        log_rows=log_rows,
        hit_curve=hit_curve,
        fwd_dram_fixed=INDEX_BYTES * (lookups + batch) + OUTPUT_BYTES * batch * dims,
        bwd_dram=OUTPUT_BYTES * batch * dims + SORT_BYTES * lookups
        + unique * (2.0 * row_bytes + OPTIMIZER_STATE_BYTES),
        bwd_cache=lookups * grad_bytes,
        comm_bytes=batch * (d - 1) / d * OUTPUT_BYTES * dims,
    )


class AnalyticalOracle:
    """Deterministic hardware model of sharded embedding training (module docstring has the equations).

    Args:
        hardware: a profile name (``v100``, ``a100``, ``h100``, ``cpu``) or a HardwareProfile.
        noise: standard deviation of a lognormal factor applied to every component (0 = none).
        seed: seed of the noise generator.
    """

    name = "analytical"

    def __init__(self, hardware: str | HardwareProfile = "a100", noise: float = 0.0,
                 seed: int | np.random.Generator = 0) -> None:
        self.profile = hardware if isinstance(hardware, HardwareProfile) else load_profile(hardware)
        self.noise = float(noise)
        self._rng = np.random.default_rng(seed)
        self._tasks: IdentityCache[ShardingTask, _TaskArrays] = IdentityCache(TASK_CACHE_SIZE)

    # ------------------------------------------------------------------------------------ internals
    def _arrays(self, task: ShardingTask) -> _TaskArrays:
        return self._tasks.fetch(task, _task_arrays)

    def _stream_ms(self, a: _TaskArrays, idx: np.ndarray, cache_share: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Forward and backward stream times (ms) of tables ``idx`` given their cache bytes."""
        p = self.profile
        cached_rows = np.minimum(cache_share / a.row_bytes[idx], a.rows[idx])
        pos = np.log1p(cached_rows) / a.log_rows[idx] * (HIT_GRID - 1)
        lo = np.minimum(np.floor(pos).astype(np.int64), HIT_GRID - 2)
        curve = a.hit_curve[idx]
        ar = np.arange(len(idx))
        hit = curve[ar, lo] + (pos - lo) * (curve[ar, lo + 1] - curve[ar, lo])
        lookups = a.lookups[idx]
        misses = np.minimum(lookups, lookups * (1.0 - hit) + np.minimum(cached_rows, a.unique[idx]))
        dram_fwd = misses * a.row_bytes[idx] + a.fwd_dram_fixed[idx]
        cache_fwd = (lookups - misses) * a.row_bytes[idx]
        fwd = dram_fwd / p.dram_bandwidth_gbps + cache_fwd / p.cache_bandwidth_gbps
        bwd = a.bwd_dram[idx] / p.dram_bandwidth_gbps + a.bwd_cache[idx] / p.cache_bandwidth_gbps
        return fwd * 1e-6, bwd * 1e-6

    def _matrix(self, task: ShardingTask, idx: np.ndarray, device: np.ndarray, num_groups: int) -> np.ndarray:
        """Noiseless [num_groups, 4] costs of tables ``idx`` placed on groups ``device``."""
        a = self._arrays(task)
        p = self.profile
        out = np.zeros((num_groups, len(COMPONENTS)))
        if len(idx) == 0:
            return out
        total_traffic = np.bincount(device, weights=a.traffic[idx], minlength=num_groups)
        share = p.cache_bytes * a.traffic[idx] / total_traffic[device]
        fwd, bwd = self._stream_ms(a, idx, share)
        count = np.bincount(device, minlength=num_groups)
        used = count > 0
        factor = occupancy_factor(task.batch_size * count, p.parallel_lanes)
        launch = p.kernel_launch_us * 1e-3
        out[:, 0] = np.where(used, launch + np.bincount(device, weights=fwd, minlength=num_groups) * factor, 0.0)
        out[:, 1] = np.where(used, BWD_LAUNCHES * launch
                             + np.bincount(device, weights=bwd, minlength=num_groups) * factor, 0.0)
        send = np.bincount(device, weights=a.comm_bytes[idx], minlength=num_groups)
        comm = alltoall_ms(p, np.where(used, send, 0.0), task.num_devices)
        out[:, 2] = comm
        out[:, 3] = comm
        return out

    def _noisy(self, matrix: np.ndarray) -> np.ndarray:
        if self.noise <= 0:
            return matrix
        return matrix * self._rng.lognormal(0.0, self.noise, size=matrix.shape)

    # ------------------------------------------------------------------------------------ interface
    def device_costs(self, task: ShardingTask, plan: ShardingPlan) -> np.ndarray:
        """[D, 4] per-device components (ms, COMPONENTS order); empty devices cost 0."""
        assignment = plan.as_array()
        return self._noisy(self._matrix(task, np.arange(task.num_tables), assignment, task.num_devices))

    def cost(self, task: ShardingTask, plan: ShardingPlan) -> PlanCost:
        """Per-device breakdown of ``plan``; its ``total_ms`` is the slowest device."""
        return PlanCost(tuple(DeviceCost(*map(float, row)) for row in self.device_costs(task, plan)))

    def device_total_ms(self, task: ShardingTask, table_indices: np.ndarray) -> float:
        """Total cost (ms) of one device of ``task`` holding the tables ``table_indices``."""
        idx = np.asarray(table_indices, dtype=np.int64)
        return float(self._noisy(self._matrix(task, idx, np.zeros(len(idx), dtype=np.int64), 1)).sum())

    def table_costs(self, task: ShardingTask) -> np.ndarray:
        """[T, 4] linearized per-table costs (ms): each table on a device holding an average share."""
        a = self._arrays(task)
        p = self.profile
        per_device = task.num_tables / task.num_devices
        others = max(per_device - 1.0, 0.0) * a.traffic.mean()
        share = p.cache_bytes * a.traffic / (a.traffic + others)
        fwd, bwd = self._stream_ms(a, np.arange(task.num_tables), share)
        factor = occupancy_factor(task.batch_size * max(per_device, 1.0), p.parallel_lanes)
        comm = alltoall_ms(p, a.comm_bytes, task.num_devices, latency=False)
        return np.stack([fwd * factor, bwd * factor, comm, comm], axis=1)

    def device_overhead_ms(self, task: ShardingTask) -> float:
        """Kernel launches of the forward and backward passes plus both all-to-all latencies."""
        launches = (1 + BWD_LAUNCHES) * self.profile.kernel_launch_us * 1e-3
        latency = 2 * self.profile.alltoall_latency_us * 1e-3 if task.num_devices > 1 else 0.0
        return launches + latency
