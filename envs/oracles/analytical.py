r"""Analytical cost oracle: a roofline-style hardware model of one training iteration of a sharded
embedding layer, for plans of every sharding type and compute kernel, driven by a :class:`HardwareProfile`.

It follows the structure of the measurements in DreamShard (Zha et al., NeurIPS 2022): per device,
forward compute of the fused table-batched embedding (TBE) kernel over all tables of the device,
forward comm of pooled embeddings, backward comm of their gradients, backward compute (gradients +
optimizer). The kernel model borrows the owensgroup analytical model (arXiv 2201.07821): the cache hit
rate depends on the access skew, the rows and the *set* of tables run together, and time is traffic over
bandwidth; TorchRec's planner estimators are the additive special case, and its estimator's structure
(per-shard compute, per-sharding-type output collectives, UVM hits at HBM and misses at host bandwidth)
is the one followed for the other sharding types.

Every shard is lowered to a *derived table* on its device (:mod:`mlopt.envs.oracles.lowering`: rows n,
columns c, a share of the table's lookups and bags, an HBM share phi); the kernel model below runs over
the derived tables of each device, and the collectives of :mod:`mlopt.envs.oracles.collectives` price the
communication by the topology (hosts x devices, intra- and inter-host bandwidth). A table-wise fused plan
lowers to its tables themselves and is priced by the vectorized table-wise path (the same figures, bit for
bit, as before other types existed).

Notation for derived table t on a device holding the set S (B global batch, P_t pooling, alpha_t Zipf
exponent, b_t bytes per element; lookups L_t = B P_t x lookup share, bags q_t = B x bag share):

* row bytes r_t = 32 ceil(c_t b_t / 32) (rows read in 32-byte sectors); fp32 gradient row
  g_t = 32 ceil(4 c_t / 32). S_{alpha,n}(x): share of accesses on the x hottest of n Zipf rows
  (datasets/access.py). Unique rows of L draws: U(L, n) = min(L, n, F + L (1 - S_{alpha,n}(F))),
  F = min((L S_{alpha,n}(1))^(1/alpha), n) (rows expected >= once, plus one per access to colder rows).
* HBM rows: fused, phi_t = 1: n_t; UVM caching: the cache holds the hot n_h = phi_t n_t rows (the steady
  state of a frequency-aware cache; FBGEMM's LRU hits somewhat less), hit share H_t = S_{alpha,n}(n_h);
  hits L_h = L_t H_t are priced below over a Zipf(alpha) table of n_h rows (the top rows of a Zipf table
  are again Zipf; fused: L_h = L_t).
* Cache: the device cache C (L2 / LLC) is shared by the derived tables in proportion to their HBM row
  traffic w_t = L_h r_t: C_t = C w_t / sum_{s in S} w_s, i.e. h_t = C_t / r_t cached rows, hit share
  S_{alpha,n_h}(h_t). The cache does not persist across iterations, so each cached row touched is loaded
  once: misses m_t = min(L_h, L_h (1 - S(h_t)) + min(h_t, U_t)), U_t = U(L_h, n_h).
* Forward traffic: DRAM_t = m_t r_t + 8 L_t + 8 q_t + 4 q_t c_t (missed rows, int64 indices and offsets,
  fp32 pooled outputs); cache traffic (hits) CACHE_t = (L_h - m_t) r_t; host link (UVM misses, read over
  PCIe) LINK_t = (L_t - L_h) r_t.
* Backward traffic (row-wise Adagrad as in FBGEMM): DRAM_t = 4 q_t c_t (output gradients)
  + SORT_BYTES L_t (radix sort of indices) + U_t (2 r_t + 2 * 32) (read+write of each touched HBM row
  and of its optimizer state) + [data parallel] 6 n_t c_t b_t (dense optimizer step of the replica: zero
  the dense gradient, read it, read+write the weights and one Adagrad state element); cache traffic
  L_t g_t (each lookup re-reads its bag's gradient); host link (UVM) U_c (2 r_t + 2 * 32), the touched
  cold rows U_c = max(U(L_t, n_t) - U_t, 0) read, updated and written back over PCIe.
* Stream time of a pass: sum_t DRAM_t / BW_dram + CACHE_t / BW_cache + LINK_t / BW_link.
* Occupancy: one bag per lane (GPU warp, CPU thread); with w = sum_t q_t / lanes waves, the kernel runs
  max(1, 1/w) + 0.5 min(1, 1/w) times its stream time: a half-wave tail per kernel, and a kernel of
  less than one wave is latency bound (runs as long as one full wave).
* Compute: fwd = launch + stream_fwd f(w); bwd = BWD_LAUNCHES launch + stream_bwd f(w). Launch and
  tail are paid once per fused kernel, so compute is sublinear in the tables (fusion), while the
  shared cache makes hot tables compete.
* Comm (D > 1; collectives.py): table-wise and column-wise shards send B (D-1)/D 4 c_t bytes in the
  all-to-all forward and the same gradient bytes backward, time = latency + bytes max(f_intra / BW_intra,
  f_inter / BW_inter) (f = share of peers inside / outside the host); row-wise partial sums (4 B c_t per
  device) are reduce-scattered over all devices forward and all-gathered backward, table-row-wise ones
  reduce-scattered in the host then sent across hosts; data-parallel dense gradients are all-reduced
  backward (2 reduce-scatter times). D = 1 has no comm.
* Plan cost = max over devices of the four components (base.PlanCost).

Per sharding type, a table t (N rows, d columns, L = B P lookups) lowers to: table-wise, one derived
table = t; column-wise, one per column block (c columns, all L lookups, B bags); row-wise, one per device
(its block of n = ceil(N / D) rows or fewer, n / N of the lookups, B bags); table-row-wise, one per device
of its host (blocks of ceil(N / m) rows, likewise); data parallel, a replica per device (N rows, L / D
lookups, B / D bags, dense update). UVM caching applies to any of them but data parallel (fused only, as
in TorchRec).

:meth:`AnalyticalOracle.table_costs` linearizes this for additive planners: each table is priced as
if it shared a device with T/D - 1 tables of the task's mean traffic (cache share and waves at the
average shard), without launches and comm latency, which :meth:`device_overhead_ms` returns.
:meth:`AnalyticalOracle.placement_costs` does the same for one table under any placement: each of its
derived tables shares its device with T/D - 1 mean tables, its collectives at bandwidth only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from mlopt.datasets.access import hot_access_share, table_alpha
from mlopt.datasets.caching import IdentityCache
from mlopt.datasets.embedding_tables import ShardingPlan, ShardingTask
from mlopt.datasets.sharding_plan import TablePlacement
from mlopt.envs.oracles.base import COMPONENTS, DeviceCost, PlanCost
from mlopt.envs.oracles.collectives import Topology, alltoall_ms, comm_ms
from mlopt.envs.oracles.lowering import OUTPUT_BYTES, LoweredPlan, check_placement_count, lower, lower_plan
from mlopt.envs.oracles.profiles import HardwareProfile, load_profile

SECTOR_BYTES = 32
INDEX_BYTES = 8  # int64 indices and offsets
SORT_BYTES = 2 * 2 * 12  # two radix passes reading and writing (int64 key, int32 position) pairs
OPTIMIZER_STATE_BYTES = 2 * SECTOR_BYTES  # row-wise Adagrad: one fp32 per row, read and written
DENSE_UPDATE_PASSES = 6  # data parallel: zero + read the dense gradient, read+write weights and Adagrad state
BWD_LAUNCHES = 8  # index linearization, radix sort passes, run-length encoding, grad + fused update
HIT_GRID = 65  # points of each table's hit-share curve, uniform in log(1 + cached rows)
TASK_CACHE_SIZE = 16

__all__ = ["AnalyticalOracle", "alltoall_ms", "occupancy_factor"]


def occupancy_factor(bags: np.ndarray | float, lanes: int) -> np.ndarray:
    """Kernel time over stream time for ``bags`` bags on ``lanes`` lanes (see the module docstring)."""
    inv_waves = lanes / np.maximum(np.asarray(bags, dtype=np.float64), 1e-12)
    return np.maximum(1.0, inv_waves) + 0.5 * np.minimum(1.0, inv_waves)


def _unique_rows(alpha: np.ndarray, rows: np.ndarray, lookups: np.ndarray) -> np.ndarray:
    """U(L, n) of the module docstring before its min with L and n, elementwise over tables."""
    top_share = hot_access_share(alpha, rows, 1.0)  # access share of the most popular row
    frequent = np.minimum((lookups * top_share) ** (1.0 / alpha), rows)  # rows expected >= once
    return frequent + lookups * (1.0 - hot_access_share(alpha, rows, frequent))


@dataclass(frozen=True)
class _Arrays:
    """Per derived table quantities that do not depend on the other tables of its device (docstring)."""

    lookups: np.ndarray  # L_h: lookups served from HBM rows
    bags: np.ndarray
    row_bytes: np.ndarray
    traffic: np.ndarray
    rows: np.ndarray  # n_h: rows in HBM
    unique: np.ndarray
    log_rows: np.ndarray
    hit_curve: np.ndarray  # [S, HIT_GRID] hit share at cached rows expm1(k/(G-1) * log1p(rows))
    fwd_dram_fixed: np.ndarray
    bwd_dram: np.ndarray
    bwd_cache: np.ndarray
    link_fwd: np.ndarray
    link_bwd: np.ndarray


@dataclass(frozen=True)
class _TaskArrays(_Arrays):
    """The task's tables as derived tables of a table-wise plan, with their all-to-all bytes."""

    comm_bytes: np.ndarray


def _derived_arrays(task: ShardingTask, table: np.ndarray, rows: np.ndarray, cols: np.ndarray,
                    lookup_share: np.ndarray, bag_share: np.ndarray, hbm_share: np.ndarray,
                    dense: np.ndarray) -> dict[str, np.ndarray]:
    """The :class:`_Arrays` fields of derived tables (lowering.SPEC_FIELDS, one entry each)."""
    batch = float(task.batch_size)
    table = np.asarray(table, dtype=np.int64)
    tables = [task.tables[i] for i in table]
    dims = np.asarray(cols, dtype=np.float64)
    rows = np.asarray(rows, dtype=np.float64)
    elem = np.array([t.bytes_per_element for t in tables], dtype=np.float64)
    pooling = np.array([t.pooling_factor for t in tables], dtype=np.float64)
    alphas = np.array([table_alpha(t) for t in tables], dtype=np.float64)
    lookups = batch * pooling * lookup_share
    bags = batch * bag_share
    uvm = hbm_share < 1.0
    hot = rows * hbm_share
    hbm_lookups = np.where(uvm, lookups * hot_access_share(alphas, rows, hot), lookups)
    row_bytes = SECTOR_BYTES * np.ceil(dims * elem / SECTOR_BYTES)
    grad_bytes = SECTOR_BYTES * np.ceil(dims * OUTPUT_BYTES / SECTOR_BYTES)
    curve_rows = np.maximum(hot, 1.0)
    log_rows = np.log1p(curve_rows)
    grid = np.linspace(0.0, 1.0, HIT_GRID)
    hit_curve = hot_access_share(alphas[:, None], curve_rows[:, None], np.expm1(grid * log_rows[:, None]))
    unique = np.minimum(_unique_rows(alphas, hot, hbm_lookups), np.minimum(hbm_lookups, hot))
    every = np.minimum(_unique_rows(alphas, rows, lookups), np.minimum(lookups, rows))
    cold = np.where(uvm, np.maximum(every - unique, 0.0), 0.0)
    dense_bytes = np.where(dense, DENSE_UPDATE_PASSES * rows * dims * elem, 0.0)
    return dict(
        lookups=hbm_lookups,
        bags=bags,
        row_bytes=row_bytes,
        traffic=hbm_lookups * row_bytes,
        rows=hot,
        unique=unique,
        log_rows=log_rows,
        hit_curve=hit_curve,
        fwd_dram_fixed=INDEX_BYTES * (lookups + bags) + OUTPUT_BYTES * bags * dims,
        bwd_dram=OUTPUT_BYTES * bags * dims + SORT_BYTES * lookups
        + unique * (2.0 * row_bytes + OPTIMIZER_STATE_BYTES) + dense_bytes,
        bwd_cache=lookups * grad_bytes,
        link_fwd=(lookups - hbm_lookups) * row_bytes,
        link_bwd=cold * (2.0 * row_bytes + OPTIMIZER_STATE_BYTES),
    )


def _task_arrays(task: ShardingTask) -> _TaskArrays:
    t, d = task.num_tables, task.num_devices
    dims = np.array([tb.dim for tb in task.tables], dtype=np.float64)
    fields = _derived_arrays(task, np.arange(t), np.array([tb.num_embeddings for tb in task.tables]), dims,
                             np.ones(t), np.ones(t), np.ones(t), np.zeros(t, dtype=bool))
    return _TaskArrays(**fields, comm_bytes=float(task.batch_size) * (d - 1) / d * OUTPUT_BYTES * dims)


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

    def _stream_ms(self, a: _Arrays, idx: np.ndarray, cache_share: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Forward and backward stream times (ms) of derived tables ``idx`` given their cache bytes."""
        p = self.profile
        cached_rows = np.minimum(cache_share / a.row_bytes[idx], a.rows[idx])
        pos = np.log1p(cached_rows) / a.log_rows[idx] * (HIT_GRID - 1)
        lo = np.minimum(np.floor(pos).astype(np.int64), HIT_GRID - 2)
        low, high = a.hit_curve[idx, lo], a.hit_curve[idx, lo + 1]
        hit = low + (pos - lo) * (high - low)
        lookups = a.lookups[idx]
        misses = np.minimum(lookups, lookups * (1.0 - hit) + np.minimum(cached_rows, a.unique[idx]))
        dram_fwd = misses * a.row_bytes[idx] + a.fwd_dram_fixed[idx]
        cache_fwd = (lookups - misses) * a.row_bytes[idx]
        fwd = dram_fwd / p.dram_bandwidth_gbps + cache_fwd / p.cache_bandwidth_gbps
        bwd = a.bwd_dram[idx] / p.dram_bandwidth_gbps + a.bwd_cache[idx] / p.cache_bandwidth_gbps
        fwd = fwd + a.link_fwd[idx] / p.host_link_gbps
        bwd = bwd + a.link_bwd[idx] / p.host_link_gbps
        return fwd * 1e-6, bwd * 1e-6

    def _compute(self, a: _Arrays, idx: np.ndarray, device: np.ndarray, num_groups: int,
                 bags: np.ndarray) -> np.ndarray:
        """[num_groups, 2] forward and backward compute of derived tables ``idx`` on groups ``device``, each
        group running ``bags`` bags."""
        p = self.profile
        out = np.zeros((num_groups, 2))
        if len(idx) == 0:
            return out
        total_traffic = np.bincount(device, weights=a.traffic[idx], minlength=num_groups)
        share = p.cache_bytes * a.traffic[idx] / np.where(total_traffic > 0, total_traffic, 1.0)[device]
        fwd, bwd = self._stream_ms(a, idx, share)
        used = np.bincount(device, minlength=num_groups) > 0
        factor = occupancy_factor(bags, p.parallel_lanes)
        launch = p.kernel_launch_us * 1e-3
        out[:, 0] = np.where(used, launch + np.bincount(device, weights=fwd, minlength=num_groups) * factor, 0.0)
        out[:, 1] = np.where(used, BWD_LAUNCHES * launch
                             + np.bincount(device, weights=bwd, minlength=num_groups) * factor, 0.0)
        return out

    def _matrix(self, task: ShardingTask, idx: np.ndarray, device: np.ndarray, num_groups: int) -> np.ndarray:
        """Noiseless [num_groups, 4] costs of whole tables ``idx`` placed (table-wise, fused) on groups
        ``device``: the vectorized table-wise path."""
        a = self._arrays(task)
        out = np.zeros((num_groups, len(COMPONENTS)))
        if len(idx) == 0:
            return out
        count = np.bincount(device, minlength=num_groups)
        out[:, :2] = self._compute(a, idx, device, num_groups, task.batch_size * count)
        send = np.bincount(device, weights=a.comm_bytes[idx], minlength=num_groups)
        comm = alltoall_ms(self.profile, np.where(count > 0, send, 0.0), task.num_devices,
                           devices_per_host=task.devices_per_host)
        out[:, 2] = comm
        out[:, 3] = comm
        return out

    def _lowered_arrays(self, task: ShardingTask, specs: np.ndarray) -> _Arrays:
        return _Arrays(**_derived_arrays(task, *specs.T))

    def _general(self, task: ShardingTask, plan: ShardingPlan) -> np.ndarray:
        """Noiseless [D, 4] costs of any plan through its derived tables (module docstring)."""
        return self._lowered_costs(task, lower_plan(task, plan))

    def _lowered_costs(self, task: ShardingTask, low: LoweredPlan) -> np.ndarray:
        """Noiseless [D, 4] costs of the derived tables and collective bytes ``low``."""
        specs, idx = low.specs()
        a = self._lowered_arrays(task, specs)
        d = task.num_devices
        out = np.zeros((d, len(COMPONENTS)))
        bags = np.bincount(low.device, weights=a.bags[idx], minlength=d)
        out[:, :2] = self._compute(a, idx, low.device, d, bags)
        out[:, 2:] = comm_ms(self.profile, Topology.of(self.profile, task), low.comm)
        return out

    def _noisy(self, matrix: np.ndarray) -> np.ndarray:
        if self.noise <= 0:
            return matrix
        return matrix * self._rng.lognormal(0.0, self.noise, size=matrix.shape)

    # ------------------------------------------------------------------------------------ interface
    def device_costs(self, task: ShardingTask, plan: ShardingPlan) -> np.ndarray:
        """[D, 4] per-device components (ms, COMPONENTS order) of a plan of any sharding types and kernels;
        empty devices cost 0."""
        if plan.is_table_wise:
            matrix = self._matrix(task, np.arange(task.num_tables), plan.as_array(), task.num_devices)
        else:
            matrix = self._general(task, plan)
        return self._noisy(matrix)

    def device_costs_on(self, task: ShardingTask, plan: ShardingPlan, devices: Sequence[int]) -> np.ndarray:
        """[len(devices), 4] rows ``devices`` of :meth:`device_costs`, from the placements with a shard on them
        alone: a device's cost depends only on its own shards and collective bytes, so this is the same
        figure at a fraction of the work (a local search that changes two devices prices those two)."""
        if self.noise > 0 or plan.is_table_wise:
            return self.device_costs(task, plan)[list(devices)]
        check_placement_count(task, plan)
        wanted = set(int(d) for d in devices)
        items = [(t, p) for t, p in enumerate(plan.placements) if any(s.device in wanted for s in p.shards)]
        return self._lowered_costs(task, lower(task, items))[list(devices)]

    def cost(self, task: ShardingTask, plan: ShardingPlan) -> PlanCost:
        """Per-device breakdown of ``plan``; its ``total_ms`` is the slowest device."""
        return PlanCost(tuple(DeviceCost(*map(float, row)) for row in self.device_costs(task, plan)))

    def device_total_ms(self, task: ShardingTask, table_indices: np.ndarray) -> float:
        """Total cost (ms) of one device of ``task`` holding the whole tables ``table_indices`` (fused)."""
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
        comm = alltoall_ms(p, a.comm_bytes, task.num_devices, latency=False, devices_per_host=task.devices_per_host)
        return np.stack([fwd * factor, bwd * factor, comm, comm], axis=1)

    def placement_costs(self, task: ShardingTask, table_index: int, placement: TablePlacement) -> np.ndarray:
        """[D, 4] linearized cost (ms) that table ``table_index`` placed by ``placement`` adds to each device:
        each of its derived tables shares its device with T/D - 1 tables of the task's mean traffic (as
        :meth:`table_costs`, which a table-wise placement reproduces on its device), collectives at bandwidth
        only; launches and latencies are :meth:`device_overhead_ms` and left out. Summed over a plan's tables
        plus :meth:`device_overhead_ms`, within 15% of each device's true cost and 5% of the plan's (tests; on
        mixed plans of 24-200 tables on 4-64 devices the median error per device is about 1%)."""
        return self.placement_costs_many(task, [(int(table_index), placement)])[0]

    def placement_costs_many(self, task: ShardingTask, items: Sequence[tuple[int, TablePlacement]]) -> np.ndarray:
        """[P, D, 4] :meth:`placement_costs` of each ``(table index, placement)`` of ``items``, in one vectorized
        pass over all their shards (the same numbers as one call each)."""
        low = lower(task, list(items))
        group = np.repeat(np.arange(len(items)), [len(placement.shards) for _, placement in items])
        specs, idx = low.specs()
        a = self._lowered_arrays(task, specs)
        p = self.profile
        d = task.num_devices
        per_device = task.num_tables / d
        others = max(per_device - 1.0, 0.0) * self._arrays(task).traffic.mean()
        traffic = a.traffic[idx]
        share = p.cache_bytes * traffic / np.where(traffic + others > 0, traffic + others, 1.0)
        fwd, bwd = self._stream_ms(a, idx, share)
        factor = occupancy_factor(task.batch_size * max(per_device, 1.0), p.parallel_lanes)
        cell, cells = group * d + low.device, len(items) * d
        out = np.zeros((len(items), d, len(COMPONENTS)))
        out[..., 0] = np.bincount(cell, weights=fwd * factor, minlength=cells).reshape(len(items), d)
        out[..., 1] = np.bincount(cell, weights=bwd * factor, minlength=cells).reshape(len(items), d)
        out[..., 2:] = comm_ms(p, Topology.of(p, task), low.comm_by_group(task, group, len(items)), latency=False)
        return out

    def device_overhead_ms(self, task: ShardingTask) -> float:
        """Kernel launches of the forward and backward passes plus both all-to-all latencies."""
        launches = (1 + BWD_LAUNCHES) * self.profile.kernel_launch_us * 1e-3
        latency = 2 * self.profile.alltoall_latency_us * 1e-3 if task.num_devices > 1 else 0.0
        return launches + latency
