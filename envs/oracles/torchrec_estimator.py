r"""TorchRec's planner estimators, re-implemented: any mlopt plan priced per shard as TorchRec 1.9.2 does.

TorchRec's planner (``torchrec.distributed.planner``) prices every shard of every sharding option with
``EmbeddingPerfEstimator`` (its default configuration: all coefficients 1) and sizes it with
``EmbeddingStorageEstimator``; a plan's rate is the max over ranks of the sum of its shards' perf
(``NoopPerfModel``), and a plan fits when every rank's summed shard storage stays within the rank's HBM
and DDR left by ``HeuristicalStorageReservation(0.15)``. This module writes those formulas out (from
TorchRec's source and documentation, in our own code) so that ``--oracle torchrec`` prices a plan as an
out-of-the-box TorchRec planner would; ``benchmarks/torchrec_estimator_check.py`` checks it shard by shard
against the real package.

Vocabulary (mlopt -> TorchRec). W = ``task.num_devices`` (world size); L = local world size =
``task.devices_per_host``, or min(W, the hardware profile's ``devices_per_node``) when the task names no
hosts; TorchRec's TWRW group is one host (no pods: intra_group_size = L); hosts H = max(1, floor(W / L)).
B = ``task.batch_size / W``: TorchRec's ``batch_size`` is per rank, mlopt's the global batch. Per table:
P = ``pooling_factor`` (TorchRec's input length, one feature per table, one pooling per sample), N x dim
rows x columns, e = bytes per element as TorchRec's training EmbeddingBagCollection stores it (4 for fp32,
2 for every other dtype: it keeps int8 tables in fp16, int8 being an inference format); a shard has n rows
and d columns. Inputs are int64 (8 bytes); pooled outputs and their gradients travel in e bytes (no
quantized comms). Features are unweighted, there are no feature processors and no training pipeline
(TorchRec's defaults).

Per shard (times in ms, bandwidths in bytes/ms with GB = 2^30 bytes; defaults are TorchRec's constants:
HBM 897 GB/s, DDR 51 GB/s, HBM<->DDR 32 GB/s, intra-host 600 GB/s, cross-host 12.5 GB/s, device cuda):

* lookups per rank I = P B, pooled rows per rank O = min(1, P) B.
* Kernel bandwidth K: fused = HBM; fused_uvm_caching with cache load factor c = (c HBM + (1 - c) HBM_DDR) / 10;
  data-parallel tables run TorchRec's dense kernel, K = HBM / 2.
* Collective bandwidth of a collective over w ranks: intra-host if w <= L else cross-host; an all-reduce
  runs at cross-host x L (one NIC per GPU).
* table-wise and column-wise (a column shard re-reads the whole index stream):
  fwd_compute = (ceil(8 I W) + I W max(d, 32) e + O W d e) p(d) / K, with the block-usage penalty
  p(d) = 1 for d >= 128, 1.15 for 64 <= d < 128, 1.75 below; fwd_comms = bwd_comms = O W d e / BW_W.
* row-wise: fwd_compute = (ceil(8 (I / W) W) + (I / W) W d e + O W d e) / K; fwd_comms (reduce-scatter)
  = O W d e / BW_W; bwd_comms (all-gather, then a batched copy) = O W d e / BW_W + 2.455 O W d e / K.
  Trailing empty row blocks are priced like full ones, as TorchRec does.
* table-row-wise: as row-wise with I / L in place of I / W; fwd_comms = O W d e / BW_intra (reduce-scatter
  in the host) + [H > 1] O H d e / BW_cross (all-to-all across hosts); bwd_comms = the same cross-host
  term + O W d e / BW_intra (all-gather) + 2.455 O W d e / K.
* data-parallel (d = dim): fwd_compute = (ceil(8 I) + I d e + O d e) / K; fwd_comms = 0;
  bwd_comms = all-reduce + optimizer kernels = N d e (2m - 1) / m / (BW_cross L) x (2 if W > 2L)
  + 9.22 N d e / K, with m = min(W / L, 2).
* bwd_compute = 2 fwd_compute (every type).
* input distribution (every type but data-parallel) = ceil(8 I W) / BW_W.
* prefetch (UVM caching with cache statistics only; TorchRec's default planner has none, so 0):
  miss(c) U / g x d e / HBM_DDR, with U the expected distinct rows of the table in a global batch, miss(c)
  the cache's miss rate at load factor c and g = 1 (table/column-wise), W (row-wise), L (table-row-wise).
  ``cache_stats=True`` supplies U and miss(c) from the table's Zipf access model (:func:`zipf_cache_stats`).
* TorchRec's shard total = fwd_compute + bwd_compute + fwd_comms + bwd_comms + prefetch; the input
  distribution is estimated but left out of the total (``Perf.total``), and so out of the plan cost.

Plan cost (base.PlanCost, per device the sum over its shards): fwd_comp = fwd_compute + prefetch (the
prefetch blocks the forward lookup), bwd_comp = bwd_compute, fwd_comm = fwd_comms, bwd_comm = bwd_comms;
``total_ms`` is then TorchRec's rate, the max over ranks of the summed shard totals. The estimate is
additive over shards, so :meth:`TorchRecOracle.table_costs` (each table table-wise, fused) is the exact
linearization of table-wise plans and :meth:`TorchRecOracle.device_overhead_ms` is 0.

Storage per shard (bytes; S = N dim e the table's bytes; row-wise Adagrad unless ``optimizer`` says
otherwise, with optimizer factor f = 1 / dim, Adam 2, SGD 0):

* weights: fused and data-parallel in HBM, UVM-cached in DDR with round(S c') in HBM, where c' = c, or
  TorchRec's 0.2 when c = 0 (its storage estimator treats a zero factor as unset).
* per memory (HBM, DDR) holding Z of the table: tensor = ceil(Z n d / (N dim)) (data-parallel: Z),
  optimizer = ceil(tensor f); HBM of a UVM shard adds the cache's state ceil(n (4 + 16 c')).
* HBM adds the input and output buffers: data-parallel ceil(8 I) and ceil(O dim e); table-wise and
  column-wise ceil(8 I W) and ceil(O W d e); row-wise ceil(8 (I / W) W) and ceil(O W d e); table-row-wise
  ceil(8 (I / L) W) and ceil(O W d e); an empty row block has none.
* Reservation (HeuristicalStorageReservation(0.15), no dense part: the tables are the whole model): each
  rank keeps int(0.85 HBM) - 20 ceil(8 sum_t P_t B) of HBM (two pipelined batches of ten copies of the
  input indices) and all of its DDR.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from mlopt.datasets.access import hot_access_share, table_alpha
from mlopt.datasets.caching import IdentityCache
from mlopt.datasets.embedding_tables import EmbeddingTable, ShardingPlan, ShardingTask
from mlopt.datasets.sharding_plan import DEFAULT_CACHE_LOAD_FACTOR, ShardingType, TablePlacement
from mlopt.envs.oracles.base import COMPONENTS, DeviceCost, PlanCost
from mlopt.envs.oracles.profiles import HardwareProfile, load_profile
from mlopt.errors import InputError

GIB_PER_S = 2**30 / 1e3  # TorchRec's bandwidth unit: bytes per ms of one "GB/s" (GB = 2^30 bytes)
INDEX_BYTES = 8  # int64 input indices
FULL_BLOCK_DIM = 128
HALF_BLOCK_PENALTY = 1.15
QUARTER_BLOCK_PENALTY = 1.75
MIN_LOOKUP_DIM = 32  # table/column-wise lookups read at least 32 columns
BWD_COMPUTE_MULTIPLIER = 2.0
BATCHED_COPY_FACTOR = 2.455
DP_OPTIMIZER_KERNELS_FACTOR = 9.22
UVM_KERNEL_DIVISOR = 10.0
DENSE_KERNEL_SHARE = 0.5  # data-parallel tables run the dense kernel at half the HBM bandwidth
CACHE_STATE_BYTES_PER_ROW = 4.0  # int32 map from cache slot to table, per row of the shard
CACHE_STATE_BYTES_PER_SLOT = 16.0  # int64 cached index + int64 LRU timestamp, per cache slot
STORAGE_RESERVATION = 0.15
KJT_COPIES = 20  # two pipelined batches, ten copies each
OPTIMIZERS: tuple[str, ...] = ("rowwise_adagrad", "adam", "sgd")  # state per weight byte: 1 / dim, 2, 0
TASK_CACHE_SIZE = 16


@dataclass(frozen=True)
class TorchRecBandwidths:
    """TorchRec's topology bandwidths in bytes per ms (its unit; GB = 2^30 bytes), defaults its constants."""

    hbm: float = 897 * GIB_PER_S
    ddr: float = 51 * GIB_PER_S
    hbm_to_ddr: float = 32 * GIB_PER_S
    intra_host: float = 600 * GIB_PER_S
    inter_host: float = 12.5 * GIB_PER_S

    @classmethod
    def from_profile(cls, profile: HardwareProfile) -> "TorchRecBandwidths":
        """HBM, intra- and inter-host bandwidths of an mlopt profile (GB/s of 1e9 bytes); the host memory and
        host link keep TorchRec's defaults (the profiles do not give them)."""
        return cls(hbm=profile.dram_bandwidth_gbps * 1e6, intra_host=profile.alltoall_intra_gbps * 1e6,
                   inter_host=profile.alltoall_inter_gbps * 1e6)

    def as_dict(self) -> dict[str, float]:
        return {"hbm": self.hbm, "ddr": self.ddr, "hbm_to_ddr": self.hbm_to_ddr, "intra_host": self.intra_host,
                "inter_host": self.inter_host}


@dataclass(frozen=True)
class TorchRecTopology:
    """What TorchRec is told about a task: world size, local world size (= devices per host) and the
    per-rank batch."""

    world_size: int
    local_world_size: int
    batch_size: float

    @property
    def num_hosts(self) -> int:
        return max(1, self.world_size // self.local_world_size)


@dataclass(frozen=True)
class CacheStats:
    """TorchRec's cache statistics of a UVM-cached table: expected distinct rows of a global batch and the
    miss rate of its cache at the placement's load factor."""

    expected_lookups: float
    miss_rate: float


@dataclass(frozen=True)
class ShardPerf:
    """TorchRec's ``Perf`` of one shard, in ms."""

    fwd_compute: float
    fwd_comms: float
    bwd_compute: float
    bwd_comms: float
    input_dist_comms: float = 0.0
    prefetch_compute: float = 0.0

    @property
    def total(self) -> float:
        """TorchRec's shard total: the input distribution is not part of it."""
        return self.fwd_compute + self.bwd_compute + self.fwd_comms + self.bwd_comms + self.prefetch_compute

    def components(self) -> tuple[float, float, float, float]:
        """The four plan-cost components (COMPONENTS order): the prefetch joins the forward compute."""
        return (self.fwd_compute + self.prefetch_compute, self.bwd_compute, self.fwd_comms, self.bwd_comms)


@dataclass(frozen=True)
class ShardStorage:
    """TorchRec's ``Storage`` of one shard, in bytes."""

    hbm: int
    ddr: int


@dataclass(frozen=True)
class DeviceStorage:
    """[D] bytes of HBM and DDR per device, and what each device keeps for tables after the reservation."""

    hbm: np.ndarray
    ddr: np.ndarray
    hbm_capacity: int
    ddr_capacity: int


def zipf_cache_stats(table: EmbeddingTable, global_batch: float, cache_load_factor: float) -> CacheStats:
    """Cache statistics from the table's Zipf(alpha) row popularity (datasets/access.py).

    Over M = global_batch x pooling draws, a row is touched when its expected count is at least one (the
    r1 = (M / H(N))^(1 / alpha) hottest rows), a colder row with probability its count (as in
    :func:`mlopt.datasets.access.bins_from_zipf`): U = min(r1 + M (1 - share(r1)), M, N), share(r) being
    the access share of the r hottest rows. A cache of c N rows keeps the hottest rows:
    miss(c) = 1 - share(c N).
    """
    lookups = float(global_batch) * table.pooling_factor
    alpha = table_alpha(table)
    rows = table.num_embeddings
    top_share = float(hot_access_share(alpha, rows, 1.0))
    frequent = min((lookups * top_share) ** (1.0 / alpha), float(rows))
    unique = frequent + lookups * (1.0 - float(hot_access_share(alpha, rows, frequent)))
    miss = 1.0 - float(hot_access_share(alpha, rows, cache_load_factor * rows))
    return CacheStats(min(unique, lookups, float(rows)), max(miss, 0.0))


def element_bytes(table: EmbeddingTable) -> int:
    """Bytes per weight as TorchRec trains the table: fp32 stays fp32, any other dtype is held in fp16."""
    return 4 if table.dtype == "fp32" else 2


def block_usage_penalty(dim: int) -> float:
    """TorchRec's penalty for rows that fill part of FBGEMM's 128-wide block (table/column-wise)."""
    if dim >= FULL_BLOCK_DIM:
        return 1.0
    return HALF_BLOCK_PENALTY if dim >= 64 else QUARTER_BLOCK_PENALTY


class TorchRecOracle:
    """TorchRec 1.9.2's perf and storage estimators on mlopt plans (module docstring has the formulas).

    Args:
        hardware: profile name or HardwareProfile: its node size is the local world size of tasks without
            hosts, and its bandwidths are used when ``bandwidths="profile"``.
        bandwidths: ``"torchrec"`` (TorchRec's defaults, an out-of-the-box planner), ``"profile"``
            (:meth:`TorchRecBandwidths.from_profile`) or a TorchRecBandwidths.
        optimizer: the embedding optimizer whose state the storage counts (one of OPTIMIZERS).
        storage_reservation: share of HBM TorchRec's HeuristicalStorageReservation keeps back.
        cache_stats: give UVM-cached tables cache statistics from their access model (prefetch > 0);
            False prices them as TorchRec's default planner does, without statistics (prefetch 0).
    """

    name = "torchrec"

    def __init__(self, hardware: str | HardwareProfile = "a100", *,
                 bandwidths: str | TorchRecBandwidths = "torchrec", optimizer: str = "rowwise_adagrad",
                 storage_reservation: float = STORAGE_RESERVATION, cache_stats: bool = False) -> None:
        self.profile = hardware if isinstance(hardware, HardwareProfile) else load_profile(hardware)
        if isinstance(bandwidths, TorchRecBandwidths):
            self.bandwidths = bandwidths
        elif bandwidths == "torchrec":
            self.bandwidths = TorchRecBandwidths()
        elif bandwidths == "profile":
            self.bandwidths = TorchRecBandwidths.from_profile(self.profile)
        else:
            raise InputError(f"bandwidths {bandwidths!r}", field="bandwidths",
                             expected="torchrec, profile or a TorchRecBandwidths")
        if optimizer not in OPTIMIZERS:
            raise InputError(f"unknown optimizer {optimizer!r}", field="optimizer",
                             expected="one of " + ", ".join(OPTIMIZERS))
        if not 0.0 <= storage_reservation < 1.0:
            raise InputError(f"storage reservation {storage_reservation}", field="storage_reservation",
                             expected="a share in [0, 1)")
        self.optimizer = optimizer
        self.storage_reservation = float(storage_reservation)
        self.cache_stats = bool(cache_stats)
        self._tables: IdentityCache[ShardingTask, np.ndarray] = IdentityCache(TASK_CACHE_SIZE)

    # ------------------------------------------------------------------------------------ setting
    def topology(self, task: ShardingTask) -> TorchRecTopology:
        """World size, local world size and per-rank batch TorchRec sees for ``task``."""
        world = task.num_devices
        local = task.devices_per_host or min(world, self.profile.devices_per_node)
        return TorchRecTopology(world, local, task.batch_size / world)

    def table_cache_stats(self, task: ShardingTask, index: int, placement: TablePlacement) -> CacheStats | None:
        """The cache statistics TorchRec is given for table ``index`` under ``placement`` (None: none)."""
        if not (self.cache_stats and placement.uvm):
            return None
        return zipf_cache_stats(task.tables[index], task.batch_size, float(placement.cache_load_factor))

    def _kernel_bandwidth(self, placement: TablePlacement) -> float:
        bw = self.bandwidths
        if placement.sharding_type is ShardingType.DATA_PARALLEL:
            return DENSE_KERNEL_SHARE * bw.hbm
        if placement.uvm:
            c = float(placement.cache_load_factor)
            return (c * bw.hbm + (1.0 - c) * bw.hbm_to_ddr) / UVM_KERNEL_DIVISOR
        return bw.hbm

    def _collective_bandwidth(self, ranks: int, local: int) -> float:
        return self.bandwidths.intra_host if ranks <= local else self.bandwidths.inter_host

    # ------------------------------------------------------------------------------------ per shard
    def shard_perf(self, task: ShardingTask, index: int, placement: TablePlacement, cols: int,
                   stats: CacheStats | None = None) -> ShardPerf:
        """TorchRec's perf of a shard of ``cols`` columns of table ``index`` placed by ``placement``."""
        table = task.tables[index]
        top = self.topology(task)
        w, local, e = top.world_size, top.local_world_size, element_bytes(table)
        lookups = table.pooling_factor * 1.0 * top.batch_size  # TorchRec's I: pooling x poolings x batch
        pooled = min(1.0, table.pooling_factor) * 1.0 * top.batch_size
        kernel = self._kernel_bandwidth(placement)
        kind = placement.sharding_type
        if kind is ShardingType.DATA_PARALLEL:
            fwd = (math.ceil(lookups * INDEX_BYTES) + lookups * cols * e + pooled * cols * e) / kernel
            table_bytes = table.num_embeddings * cols * e
            nodes = min(w / local, 2)
            all_reduce = table_bytes * (2 * nodes - 1) / nodes / (self.bandwidths.inter_host * local)
            if w > 2 * local:
                all_reduce *= 2
            bwd_comms = all_reduce + table_bytes * DP_OPTIMIZER_KERNELS_FACTOR / kernel
            return ShardPerf(fwd, 0.0, BWD_COMPUTE_MULTIPLIER * fwd, bwd_comms)
        world_bw = self._collective_bandwidth(w, local)
        output = pooled * w * cols * e
        input_dist = math.ceil(lookups * w * INDEX_BYTES) / world_bw
        if kind in (ShardingType.TABLE_WISE, ShardingType.COLUMN_WISE):
            fwd = (math.ceil(lookups * w * INDEX_BYTES) + lookups * w * max(cols, MIN_LOOKUP_DIM) * e + output) \
                * block_usage_penalty(cols) / kernel
            fwd_comms = bwd_comms = output / world_bw
            divisor = 1
        else:
            divisor = w if kind is ShardingType.ROW_WISE else local
            fwd = (math.ceil(lookups / divisor * w * INDEX_BYTES) + lookups / divisor * w * cols * e + output) / kernel
            batched_copy = output * BATCHED_COPY_FACTOR / kernel
            if kind is ShardingType.ROW_WISE:
                fwd_comms = output / world_bw
                bwd_comms = output / world_bw + batched_copy
            else:
                hosts = top.num_hosts
                cross = pooled * hosts * cols * e / self.bandwidths.inter_host if hosts > 1 else 0.0
                fwd_comms = output / self.bandwidths.intra_host + cross
                bwd_comms = cross + output / self.bandwidths.intra_host + batched_copy
        prefetch = 0.0
        if stats is not None:
            prefetch = stats.miss_rate * stats.expected_lookups / divisor * cols * e / self.bandwidths.hbm_to_ddr
        return ShardPerf(fwd, fwd_comms, BWD_COMPUTE_MULTIPLIER * fwd, bwd_comms, input_dist, prefetch)

    def shard_storage(self, task: ShardingTask, index: int, placement: TablePlacement, rows: int,
                      cols: int) -> ShardStorage:
        """TorchRec's storage of a shard of ``rows`` x ``cols`` of table ``index`` placed by ``placement``."""
        table = task.tables[index]
        table_bytes = table.num_embeddings * table.dim * element_bytes(table)
        kind = placement.sharding_type
        factor = float(placement.cache_load_factor) if placement.uvm else None
        if factor is not None and not factor:
            factor = DEFAULT_CACHE_LOAD_FACTOR
        hbm_bytes, ddr_bytes = (round(table_bytes * factor), table_bytes) if factor is not None else (table_bytes, 0)

        def held(stored: int) -> int:
            if kind is ShardingType.DATA_PARALLEL:
                tensor = stored
            else:
                tensor = math.ceil(stored * (rows * cols) / (table.num_embeddings * table.dim))
            return tensor + math.ceil(tensor * self._optimizer_factor(table))

        cache_state = math.ceil(rows * (CACHE_STATE_BYTES_PER_ROW + factor * CACHE_STATE_BYTES_PER_SLOT)) \
            if factor is not None else 0
        inputs, outputs = self._io_bytes(table, kind, self.topology(task), rows, cols)
        return ShardStorage(held(hbm_bytes) + cache_state + inputs + outputs, held(ddr_bytes))

    def _optimizer_factor(self, table: EmbeddingTable) -> float:
        if self.optimizer == "rowwise_adagrad":
            return 1 / table.dim
        return 2.0 if self.optimizer == "adam" else 0.0

    @staticmethod
    def _io_bytes(table: EmbeddingTable, kind: ShardingType, top: TorchRecTopology, rows: int,
                  cols: int) -> tuple[int, int]:
        """Input-index and pooled-output buffer bytes of one shard (module docstring)."""
        w, e = top.world_size, element_bytes(table)
        lookups = table.pooling_factor * 1.0 * top.batch_size
        pooled = min(1.0, table.pooling_factor) * 1.0 * top.batch_size
        if kind is ShardingType.DATA_PARALLEL:
            return math.ceil(lookups * INDEX_BYTES), math.ceil(pooled * table.dim * e)
        if kind in (ShardingType.TABLE_WISE, ShardingType.COLUMN_WISE):
            return math.ceil(lookups * w * INDEX_BYTES), math.ceil(pooled * w * cols * e)
        if rows * cols == 0:
            return 0, 0
        divisor = w if kind is ShardingType.ROW_WISE else top.local_world_size
        return math.ceil(lookups / divisor * w * INDEX_BYTES), math.ceil(pooled * w * cols * e)

    # ------------------------------------------------------------------------------------ per plan
    def shard_perfs(self, task: ShardingTask, plan: ShardingPlan) -> list[list[ShardPerf]]:
        """Per table, the perf of each of its shards (in shard order)."""
        plan.check_shape(task)
        out = []
        for i, placement in enumerate(plan.placements):
            stats = self.table_cache_stats(task, i, placement)
            by_cols: dict[int, ShardPerf] = {}
            perfs = []
            for shard in placement.shards:
                cols = shard.cols(task.tables[i])
                if cols not in by_cols:
                    by_cols[cols] = self.shard_perf(task, i, placement, cols, stats)
                perfs.append(by_cols[cols])
            out.append(perfs)
        return out

    def shard_storages(self, task: ShardingTask, plan: ShardingPlan) -> list[list[ShardStorage]]:
        """Per table, the storage of each of its shards (in shard order)."""
        plan.check_shape(task)
        return [[self.shard_storage(task, i, p, s.rows(t), s.cols(t)) for s in p.shards]
                for i, (p, t) in enumerate(zip(plan.placements, task.tables))]

    def table_costs(self, task: ShardingTask) -> np.ndarray:
        """[T, 4] each table's cost table-wise with the fused kernel: exact for table-wise plans, since
        TorchRec's estimate is a sum over shards."""
        return self._tables.fetch(task, self._table_wise_costs)

    def _table_wise_costs(self, task: ShardingTask) -> np.ndarray:
        placement = TablePlacement.table_wise(0)
        return np.array([self.shard_perf(task, i, placement, t.dim).components() for i, t in enumerate(task.tables)],
                        dtype=np.float64).reshape(task.num_tables, len(COMPONENTS))

    def device_overhead_ms(self, task: ShardingTask) -> float:
        """TorchRec's estimate has no per-device term."""
        return 0.0

    def device_total_ms(self, task: ShardingTask, table_indices: Sequence[int] | np.ndarray) -> float:
        """Total (ms) of one device holding ``table_indices`` whole with the fused kernel."""
        return float(self.table_costs(task)[np.asarray(table_indices, dtype=np.int64)].sum())

    def placement_costs(self, task: ShardingTask, table_index: int, placement: TablePlacement) -> np.ndarray:
        """[D, 4] what table ``table_index`` placed by ``placement`` adds to each device: exact, since the
        estimate is a sum over shards."""
        table = task.tables[table_index]
        stats = self.table_cache_stats(task, table_index, placement)
        out = np.zeros((task.num_devices, len(COMPONENTS)))
        for shard in placement.shards:
            out[shard.device] += self.shard_perf(task, table_index, placement, shard.cols(table), stats).components()
        return out

    def placement_storage(self, task: ShardingTask, table_index: int,
                          placement: TablePlacement) -> tuple[np.ndarray, np.ndarray]:
        """[D] HBM and [D] DDR bytes the placement takes on each device in TorchRec's storage estimate (to be
        held within :meth:`capacity`)."""
        table = task.tables[table_index]
        hbm, ddr = np.zeros(task.num_devices), np.zeros(task.num_devices)
        for shard in placement.shards:
            used = self.shard_storage(task, table_index, placement, shard.rows(table), shard.cols(table))
            hbm[shard.device] += used.hbm
            ddr[shard.device] += used.ddr
        return hbm, ddr

    def device_costs(self, task: ShardingTask, plan: ShardingPlan) -> np.ndarray:
        """[D, 4] per-device sums of the shards' components (COMPONENTS order); empty devices cost 0."""
        plan.check_shape(task)
        out = np.zeros((task.num_devices, len(COMPONENTS)))
        if plan.is_table_wise:
            np.add.at(out, plan.as_array(), self.table_costs(task))
            return out
        for placement, perfs in zip(plan.placements, self.shard_perfs(task, plan)):
            np.add.at(out, list(placement.devices), np.array([p.components() for p in perfs]))
        return out

    def cost(self, task: ShardingTask, plan: ShardingPlan) -> PlanCost:
        """Per-device breakdown; ``total_ms`` is TorchRec's rate of the plan (max over ranks)."""
        return PlanCost(tuple(DeviceCost(*map(float, row)) for row in self.device_costs(task, plan)))

    # ------------------------------------------------------------------------------------ storage
    def capacity(self, task: ShardingTask) -> tuple[int, int]:
        """HBM and DDR bytes each device keeps for tables after TorchRec's storage reservation."""
        top = self.topology(task)
        inputs = sum(t.pooling_factor * top.batch_size for t in task.tables)
        kjt = math.ceil(inputs * float(INDEX_BYTES)) * KJT_COPIES
        return int((1 - self.storage_reservation) * task.memory_bytes) - kjt, int(task.ddr_bytes)

    def storage(self, task: ShardingTask, plan: ShardingPlan) -> DeviceStorage:
        """Per device, the summed HBM and DDR of its shards, with the capacities after the reservation."""
        hbm = np.zeros(task.num_devices, dtype=np.int64)
        ddr = np.zeros(task.num_devices, dtype=np.int64)
        for placement, storages in zip(plan.placements, self.shard_storages(task, plan)):
            for shard, used in zip(placement.shards, storages):
                hbm[shard.device] += used.hbm
                ddr[shard.device] += used.ddr
        hbm_capacity, ddr_capacity = self.capacity(task)
        return DeviceStorage(hbm, ddr, hbm_capacity, ddr_capacity)

    def check_storage(self, task: ShardingTask, plan: ShardingPlan) -> None:
        """InputError (one line, naming the first device over) unless ``plan`` passes TorchRec's storage check."""
        used = self.storage(task, plan)
        for what, per_device, capacity in (("HBM", used.hbm, used.hbm_capacity), ("DDR", used.ddr, used.ddr_capacity)):
            over = np.flatnonzero(per_device > capacity)
            if over.size:
                d = int(over[0])
                raise InputError(
                    f"device {d} needs {per_device[d] / 2**30:.2f} GiB of {what} in TorchRec's estimate but keeps "
                    f"{capacity / 2**30:.2f} GiB after its {self.storage_reservation:.0%} reservation and input "
                    f"buffers", field="plan", expected=f"a plan within TorchRec's {what} budget")

    def fits(self, task: ShardingTask, plan: ShardingPlan) -> bool:
        """Whether ``plan`` passes TorchRec's storage check (:meth:`check_storage`)."""
        used = self.storage(task, plan)
        return bool((used.hbm <= used.hbm_capacity).all() and (used.ddr <= used.ddr_capacity).all())
