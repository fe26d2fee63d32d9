"""A TorchRec-style table-wise planner: storage reservation, perf estimate, greedy perf partitioner.

Follows the pipeline of the TorchRec planner (pytorch.org/torchrec, ``EmbeddingShardingPlanner``),
restricted to table-wise sharding, the option the other planners of this package produce:

1. storage reservation: 15% of each device's memory is held back, the rest holds tables;
2. perf estimate of each table on its own (TorchRec's table-wise estimator), in ms per iteration:
   lookup bytes = batch * pooling * (index bytes + max(dim, 32) * dtype bytes) + output bytes,
   output bytes = batch * dim * dtype bytes (pooled embeddings),
   fwd_compute = lookup bytes * penalty / HBM bandwidth, with the block-usage penalty 1.15 for
   64 <= dim < 128 and 1.75 for dim < 64; bwd_compute = 2 * fwd_compute;
   fwd_comms = bwd_comms = output bytes / all-to-all bandwidth;
3. GreedyPerfPartitioner: tables by perf descending, each onto the device with the lowest accumulated
   perf (a min-heap) whose remaining storage fits it.

The estimate is additive per table: a device's perf is the sum of its tables' perfs, so the planner
cannot see fused-kernel effects (several tables run as one table-batched kernel, sublinearly) that the
cost oracles and the learned planners (DreamShard, Zha et al., NeurIPS 2022) model.
"""

from __future__ import annotations

import heapq

import numpy as np

from mlopt.datasets.embedding_tables import ShardingPlan, ShardingTask
from mlopt.errors import InputError

from .greedy import Seed, packing_failed

HBM_BANDWIDTH_GBPS = 897.0  # TorchRec's HBM_MEM_BW
INTRA_NODE_BANDWIDTH_GBPS = 600.0  # TorchRec's INTRA_NODE_BANDWIDTH (all-to-all within a host)
INTER_NODE_BANDWIDTH_GBPS = 12.5  # TorchRec's CROSS_NODE_BANDWIDTH
STORAGE_RESERVATION = 0.15
INDEX_BYTES = 8  # int64 indices read by the lookup kernel
BWD_COMPUTE_MULTIPLIER = 2.0


def block_usage_penalty(dim: int) -> float:
    """TorchRec's penalty for embedding rows that fill only part of a 128-wide memory block."""
    if dim >= 128:
        return 1.0
    return 1.15 if dim >= 64 else 1.75


def torchrec_table_perf(
    task: ShardingTask,
    *,
    hbm_bandwidth_gbps: float = HBM_BANDWIDTH_GBPS,
    a2a_bandwidth_gbps: float = INTRA_NODE_BANDWIDTH_GBPS,
) -> np.ndarray:
    """[T, 4] per-table perf in ms: fwd_compute, bwd_compute, fwd_comms, bwd_comms (GB = 2**30 bytes).

    ``task.batch_size`` is the global batch: a table-wise shard serves the whole batch.
    """
    if hbm_bandwidth_gbps <= 0 or a2a_bandwidth_gbps <= 0:
        raise InputError("bandwidth must be positive", field="bandwidth", expected="GB/s > 0")
    hbm = hbm_bandwidth_gbps * 2**30 / 1e3  # bytes per ms
    a2a = a2a_bandwidth_gbps * 2**30 / 1e3
    batch = float(task.batch_size)
    perf = np.empty((task.num_tables, 4), dtype=np.float64)
    for i, t in enumerate(task.tables):
        elem = t.bytes_per_element
        output_bytes = batch * t.dim * elem
        lookup_bytes = batch * t.pooling_factor * (INDEX_BYTES + max(t.dim, 32) * elem) + output_bytes
        fwd_compute = lookup_bytes * block_usage_penalty(t.dim) / hbm
        fwd_comms = output_bytes / a2a
        perf[i] = (fwd_compute, BWD_COMPUTE_MULTIPLIER * fwd_compute, fwd_comms, fwd_comms)
    return perf


def torchrec_plan(
    task: ShardingTask,
    seed: Seed = None,
    *,
    hbm_bandwidth_gbps: float = HBM_BANDWIDTH_GBPS,
    a2a_bandwidth_gbps: float = INTRA_NODE_BANDWIDTH_GBPS,
    storage_reservation: float = STORAGE_RESERVATION,
) -> ShardingPlan:
    """Table-wise plan from TorchRec's GreedyPerfPartitioner (``seed`` unused; it is deterministic).

    Raises InputError naming a table that does not fit a device after the storage reservation, or the
    table where the greedy packing got stuck.
    """
    task.check_fits()
    if not 0.0 <= storage_reservation < 1.0:
        raise InputError(f"storage reservation {storage_reservation}", field="storage_reservation",
                         expected="a share in [0, 1)")
    usable = int(task.memory_bytes * (1.0 - storage_reservation))
    sizes = task.sizes()
    for t in np.flatnonzero(sizes > usable):
        table = task.tables[int(t)]
        raise InputError(
            f"table {table.name!r} needs {table.size_bytes / 2**30:.3f} GiB but a device keeps "
            f"{usable / 2**30:.3f} GiB after TorchRec's {storage_reservation:.0%} storage reservation",
            file=task.source or None, field="memory", expected="more memory per device or another planner",
        )
    perf = torchrec_table_perf(task, hbm_bandwidth_gbps=hbm_bandwidth_gbps,
                               a2a_bandwidth_gbps=a2a_bandwidth_gbps).sum(axis=1)
    free = np.full(task.num_devices, usable, dtype=np.int64)
    heap = [(0.0, d) for d in range(task.num_devices)]
    assignment = np.empty(task.num_tables, dtype=np.int64)
    for t in np.lexsort((-sizes, -perf)):  # perf descending, then storage descending
        skipped = []
        while heap and free[heap[0][1]] < sizes[t]:
            skipped.append(heapq.heappop(heap))
        if not heap:
            raise packing_failed(task, int(t), free, "torchrec")
        load, d = heapq.heappop(heap)
        assignment[t] = d
        free[d] -= sizes[t]
        heapq.heappush(heap, (load + perf[t], d))
        for item in skipped:
            heapq.heappush(heap, item)
    return ShardingPlan.from_array(assignment)
