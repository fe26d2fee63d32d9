"""A lower bound on the cost of *every* plan of the plan model under an additive oracle (TorchRec's estimate),
not only of the plans the MILP's option set can express.

For an oracle whose plan cost is the max over devices of per-device sums of what each table's placement adds
(:meth:`placement_costs`, exact for :class:`~mlopt.envs.oracles.torchrec_estimator.TorchRecOracle`), any plan
costs at least

    max( sum_t W_t / D ,  max_t P_t ) + overhead,

with W_t the least *total work* (sum over devices) and P_t the least *peak* (max over devices) of table t over
every placement it can take: table-wise; column-wise in every number k = 2..min(D, dim/4) of near-even blocks
of multiples of 4 columns; row-wise over all devices; table-row-wise on each host; data-parallel; each with
the fused kernel and with UVM caching at cache load factors :data:`CACHE_LOAD_FACTORS` where the task has
host memory. The first term is the average device load of the least-work plan, the second the table that
cannot be made lighter on its heaviest device. Memory is relaxed (ignored), so the bound holds whatever the
capacities. It is our addition, used by the benchmarks to say where a target is out of reach for any plan.

Limits: column splits other than near-even ones and cache load factors off the grid are not enumerated (on
TorchRec's estimate each extra column shard re-reads the index stream, so more shards cost more work, and UVM
misses cost more than HBM hits, so the fused kernel and k = 1 give the least work in every case we checked).
"""

from __future__ import annotations

from typing import Iterator

import numpy as np

from mlopt.datasets.embedding_tables import EmbeddingTable, ShardingTask
from mlopt.datasets.sharding_plan import ComputeKernel, TablePlacement
from mlopt.envs.oracles.torchrec_estimator import TorchRecOracle
from mlopt.errors import InputError

CACHE_LOAD_FACTORS: tuple[float, ...] = (0.05, 0.1, 0.2, 0.5, 1.0)
COLUMN_BLOCK = 4


def _kernels(task: ShardingTask) -> list[tuple[ComputeKernel, float | None]]:
    kernels: list[tuple[ComputeKernel, float | None]] = [(ComputeKernel.FUSED, None)]
    if task.ddr_bytes > 0:
        kernels += [(ComputeKernel.FUSED_UVM_CACHING, f) for f in CACHE_LOAD_FACTORS]
    return kernels


def _column_blocks(dim: int, k: int) -> list[int] | None:
    """``k`` near-even blocks of multiples of :data:`COLUMN_BLOCK` columns summing to ``dim`` (None if none)."""
    if dim % COLUMN_BLOCK or dim // COLUMN_BLOCK < k:
        return None
    units, extra = divmod(dim // COLUMN_BLOCK, k)
    return [COLUMN_BLOCK * (units + (i < extra)) for i in range(k)]


def table_placements(task: ShardingTask, table: EmbeddingTable) -> Iterator[TablePlacement]:
    """Every placement of ``table`` the bound ranges over (module docstring)."""
    d = task.num_devices
    for kernel, factor in _kernels(task):
        yield TablePlacement.table_wise(0, kernel, factor)
        for k in range(2, d + 1):
            blocks = _column_blocks(table.dim, k)
            if blocks is not None:
                yield TablePlacement.column_wise(table, list(range(k)), blocks, kernel, factor)
        if d > 1:
            yield TablePlacement.row_wise(table, d, kernel, factor)
        hosts = task.num_hosts or 1
        if hosts > 1:
            for host in range(hosts):
                yield TablePlacement.table_row_wise(table, host, task.devices_per_host, kernel, factor)
    if d > 1:
        yield TablePlacement.data_parallel(d)


def work_lower_bound(task: ShardingTask, oracle: TorchRecOracle) -> float:
    """The bound of the module docstring (ms) under TorchRec's estimate."""
    if not isinstance(oracle, TorchRecOracle):
        raise InputError(f"oracle {type(oracle).__name__}", field="oracle",
                         expected="the torchrec oracle (additive over shards)")
    total_work, peak = 0.0, 0.0
    for i, table in enumerate(task.tables):
        work, top = np.inf, np.inf
        for placement in table_placements(task, table):
            per_device = oracle.placement_costs(task, i, placement).sum(axis=1)
            work, top = min(work, float(per_device.sum())), min(top, float(per_device.max()))
        total_work += work
        peak = max(peak, top)
    return max(total_work / task.num_devices, peak) + oracle.device_overhead_ms(task)
