"""Measured cost oracle: times real embedding kernels on the local torch device.

As in DreamShard's data collection (Zha et al., NeurIPS 2022), all tables of a device run as one fused
table-batched kernel: FBGEMM's ``SplitTableBatchedEmbeddingBagsCodegen`` (row-wise Adagrad fused into
the backward) when ``fbgemm_gpu`` is importable and the device is CUDA, else one
``torch.nn.EmbeddingBag(mode="sum", sparse=True)`` over the concatenated tables (per-table row
offsets into one weight) followed by an SGD row update from the sparse gradient. EmbeddingBag has a
single width and dtype, so tables form one fused call per distinct (dim, dtype) (one call when all
agree) rather than padding every row to the widest dim; int8 tables run as fp16 (torch has no int8
training bag).

Scaling, recorded per measured shard in :attr:`MeasuredOracle.scales`:

* rows: each table keeps at most ``max_rows_per_table`` rows (memory); indices follow the table's
  Zipf(alpha) over the kept rows, hot rows scattered by a random permutation;
* batch: kernels run on ``min(task batch, batch_size)`` samples and times are multiplied by
  task batch / measured batch (linear in the batch, which also scales fixed per-kernel overheads:
  use the full batch for timings you report).

Bags have Poisson lengths with mean = the pooling factor. Times are the median of ``repeats`` timed
runs after one warm-up, synchronized on CUDA. Measurements are cached by shard signature (sorted
table tuples + batch); :attr:`measurements` counts real measurements. Comm comes from the interconnect
profile and the task's topology (:func:`mlopt.envs.oracles.collectives.comm_ms`: all-to-all, reduce-scatter
/ all-gather, all-reduce).

Plans of any sharding type with the fused kernel are priced through the same lowering as the analytical
oracle (:mod:`mlopt.envs.oracles.lowering`): each device times its derived tables fused in one kernel, a
shard of n rows x c columns with its share s of the table's lookups timed as a table of n rows, c columns
and pooling s P over the batch (shards without rows are left out). Two approximations: a data-parallel
replica runs as the whole table with pooling P / D over all B bags (the same lookups as its B / D samples,
more empty bags), and its dense optimizer step is not timed (its all-reduce is in the comm). The
``fused_uvm_caching`` kernel is not timed (InputError).
"""

from __future__ import annotations

import importlib.util
import statistics
import time
from typing import Callable, Sequence

import numpy as np
import torch

from mlopt.datasets.access import table_alpha
from mlopt.datasets.embedding_tables import EmbeddingTable, ShardingPlan, ShardingTask
from mlopt.envs.oracles.base import DeviceCost, PlanCost
from mlopt.envs.oracles.collectives import Topology, alltoall_ms, comm_ms
from mlopt.envs.oracles.lowering import lower_plan
from mlopt.envs.oracles.profiles import HardwareProfile, load_profile
from mlopt.errors import InputError

TableKey = tuple[int, int, float, str, float]
TORCH_DTYPES = {"fp32": torch.float32, "fp16": torch.float16, "int8": torch.float16}  # no int8 training bag
SGD_LR = 0.01


def _table_key(table: EmbeddingTable) -> TableKey:
    return (table.num_embeddings, table.dim, float(table.pooling_factor), table.dtype, table_alpha(table))


class MeasuredOracle:
    """Times fused embedding kernels per device; comm from the ``hardware`` interconnect profile.

    Args:
        device: torch device (default cuda when available, else cpu).
        hardware: profile whose interconnect prices the all-to-all.
        max_rows_per_table: row cap per table (rows beyond it are dropped, see the module docstring).
        repeats: timed runs per shard (median).
        batch_size: largest batch actually run (None = the task's); times rescale linearly.
        seed: seed of the index sampler.
    """

    name = "measured"

    def __init__(self, device: str | torch.device | None = None, hardware: str | HardwareProfile = "a100",
                 max_rows_per_table: int = 200_000, repeats: int = 5, batch_size: int | None = None,
                 seed: int | np.random.Generator = 0) -> None:
        self.device = torch.device(device or ("cuda" if torch.cuda.is_available() else "cpu"))
        self.profile = hardware if isinstance(hardware, HardwareProfile) else load_profile(hardware)
        self.max_rows_per_table = int(max_rows_per_table)
        self.repeats = int(repeats)
        self.batch_size = batch_size
        self.use_fbgemm = self.device.type == "cuda" and importlib.util.find_spec("fbgemm_gpu") is not None
        self._rng = np.random.default_rng(seed)
        self._cache: dict[tuple[tuple[TableKey, ...], int], tuple[float, float]] = {}
        self._launch: tuple[float, float] | None = None
        self.scales: dict[tuple[tuple[TableKey, ...], int], dict[str, object]] = {}
        self.measurements = 0

    def settings(self) -> dict[str, object]:
        """What the timings depend on besides the hardware profile (JSON; cost-data headers record it)."""
        return {"device": self.device.type, "max_rows_per_table": self.max_rows_per_table, "repeats": self.repeats,
                "batch_size": self.batch_size, "fbgemm": self.use_fbgemm}

    # ------------------------------------------------------------------------------------ timing
    def _sync(self) -> None:
        if self.device.type == "cuda":
            torch.cuda.synchronize(self.device)

    def _inputs(self, keys: Sequence[TableKey], batch: int, *, global_rows: bool
                ) -> tuple[list[int], torch.Tensor, torch.Tensor]:
        """Kept rows per table, table-major indices and bag offsets (T*B+1 of them).

        With ``global_rows`` indices point into the concatenated tables (row offset per table), else
        into each table (FBGEMM's TBE layout).
        """
        rows = [min(k[0], self.max_rows_per_table) for k in keys]
        start = 0
        indices, lengths = [], []
        for key, n in zip(keys, rows):
            length = self._rng.poisson(key[2], size=batch)
            cdf = np.cumsum(np.arange(1, n + 1, dtype=np.float64) ** -key[4])
            ranks = np.searchsorted(cdf, self._rng.random(int(length.sum())) * cdf[-1])
            indices.append(self._rng.permutation(n)[np.minimum(ranks, n - 1)] + (start if global_rows else 0))
            lengths.append(length)
            start += n
        offsets = np.concatenate([[0], np.cumsum(np.concatenate(lengths))])
        return (rows, torch.as_tensor(np.concatenate(indices), dtype=torch.int64, device=self.device),
                torch.as_tensor(offsets, dtype=torch.int64, device=self.device))

    def _time(self, forward: Callable[[], torch.Tensor],
              backward: Callable[[torch.Tensor], None]) -> tuple[float, float]:
        """Median forward and backward ms over ``repeats`` runs after one warm-up (with autograd on, also
        when the caller prices plans under ``torch.no_grad()``, as DreamShard's policy evaluation does)."""
        with torch.enable_grad():
            return self._time_runs(forward, backward)

    def _time_runs(self, forward: Callable[[], torch.Tensor],
                   backward: Callable[[torch.Tensor], None]) -> tuple[float, float]:
        fwd, bwd = [], []
        for run in range(self.repeats + 1):
            self._sync()
            t0 = time.perf_counter()
            out = forward()
            self._sync()
            t1 = time.perf_counter()
            backward(out)
            self._sync()
            if run:
                fwd.append((t1 - t0) * 1e3)
                bwd.append((time.perf_counter() - t1) * 1e3)
        return statistics.median(fwd), statistics.median(bwd)

    def _time_bag(self, keys: Sequence[TableKey], batch: int) -> tuple[float, float]:
        rows, indices, offsets = self._inputs(keys, batch, global_rows=True)
        bag = torch.nn.EmbeddingBag(sum(rows), keys[0][1], mode="sum", sparse=True,
                                    device=self.device, dtype=TORCH_DTYPES[keys[0][3]])
        grad_out = torch.ones(len(offsets) - 1, keys[0][1], device=self.device, dtype=bag.weight.dtype)

        def backward(out: torch.Tensor) -> None:
            bag.weight.grad = None
            out.backward(grad_out)
            grad = bag.weight.grad.coalesce()
            with torch.no_grad():
                bag.weight.index_add_(0, grad.indices()[0], grad.values(), alpha=-SGD_LR)

        return self._time(lambda: bag(indices, offsets[:-1]), backward)

    def _time_tbe(self, keys: Sequence[TableKey], batch: int) -> tuple[float, float]:
        from fbgemm_gpu.split_embedding_configs import EmbOptimType
        from fbgemm_gpu.split_table_batched_embeddings_ops_common import EmbeddingLocation
        from fbgemm_gpu.split_table_batched_embeddings_ops_training import (
            ComputeDevice, SplitTableBatchedEmbeddingBagsCodegen,
        )

        rows, indices, offsets = self._inputs(keys, batch, global_rows=False)
        tbe = SplitTableBatchedEmbeddingBagsCodegen(
            [(n, k[1], EmbeddingLocation.DEVICE, ComputeDevice.CUDA) for n, k in zip(rows, keys)],
            optimizer=EmbOptimType.EXACT_ROWWISE_ADAGRAD, device=self.device,
        )
        grad_out = torch.ones(batch, sum(k[1] for k in keys), device=self.device)
        return self._time(lambda: tbe(indices, offsets), lambda out: out.backward(grad_out))

    def _measure(self, keys: tuple[TableKey, ...], batch: int) -> tuple[float, float]:
        run_batch = min(batch, self.batch_size or batch)
        if self.use_fbgemm:
            fwd, bwd = self._time_tbe(keys, run_batch)
        else:
            fwd = bwd = 0.0
            for group in sorted({(k[1], k[3]) for k in keys}):
                f, b = self._time_bag([k for k in keys if (k[1], k[3]) == group], run_batch)
                fwd, bwd = fwd + f, bwd + b
        self.measurements += 1
        scale = batch / run_batch
        self.scales[(keys, batch)] = {"batch_scale": scale, "measured_batch": run_batch,
                                      "row_scale": tuple(k[0] / min(k[0], self.max_rows_per_table) for k in keys)}
        return fwd * scale, bwd * scale

    def _keys_ms(self, keys: Sequence[TableKey], batch: int) -> tuple[float, float]:
        """Forward and backward compute (ms) of the tables ``keys`` fused on one device."""
        if len(keys) == 0:
            return 0.0, 0.0
        signature = (tuple(sorted(keys)), batch)
        if signature not in self._cache:
            self._cache[signature] = self._measure(*signature)
        return self._cache[signature]

    def _shard_ms(self, task: ShardingTask, idx: Sequence[int]) -> tuple[float, float]:
        """Forward and backward compute (ms) of the tables ``idx`` of ``task`` fused on one device."""
        return self._keys_ms([_table_key(task.tables[i]) for i in idx], task.batch_size)

    def _launch_ms(self) -> tuple[float, float]:
        """Forward and backward time of a one-row, one-bag kernel: the fixed cost of a device."""
        if self._launch is None:
            self._launch = self._measure(((1, 4, 1.0, "fp32", 1.0),), 1)
        return self._launch

    # ------------------------------------------------------------------------------------ interface
    def device_costs(self, task: ShardingTask, plan: ShardingPlan) -> np.ndarray:
        """[D, 4] per-device components (ms, COMPONENTS order) of a plan of fused shards of any sharding
        type (module docstring); empty devices cost 0."""
        for index, placement in enumerate(plan.placements):
            if placement.uvm:
                raise InputError(f"table {task.tables[index].name!r} (#{index}) uses {placement.kernel}",
                                 field="plan", expected="fused kernels only (the measured oracle times no UVM)")
        low = lower_plan(task, plan)
        keys: list[list[TableKey]] = [[] for _ in range(task.num_devices)]
        for t, d, rows, cols, share in zip(low.table, low.device, low.rows, low.cols, low.lookup_share):
            if rows > 0:
                table = task.tables[t]
                keys[d].append((int(rows), int(cols), float(table.pooling_factor) * share, table.dtype,
                                table_alpha(table)))
        out = np.zeros((task.num_devices, 4))
        for d in range(task.num_devices):
            out[d, :2] = self._keys_ms(keys[d], task.batch_size)
        out[:, 2:] = comm_ms(self.profile, Topology.of(self.profile, task), low.comm)
        return out

    def cost(self, task: ShardingTask, plan: ShardingPlan) -> PlanCost:
        """Per-device breakdown of ``plan``; its ``total_ms`` is the slowest device."""
        return PlanCost(tuple(DeviceCost(*map(float, row)) for row in self.device_costs(task, plan)))

    def device_total_ms(self, task: ShardingTask, table_indices: np.ndarray) -> float:
        """Total cost (ms) of one device of ``task`` holding the tables ``table_indices``."""
        idx = np.asarray(table_indices, dtype=np.int64).tolist()
        dims = sum(task.tables[i].dim for i in idx)
        send = task.batch_size * (task.num_devices - 1) / task.num_devices * 4 * dims
        comm = float(alltoall_ms(self.profile, np.array([send]), task.num_devices,
                                 devices_per_host=task.devices_per_host)[0])
        return sum(self._shard_ms(task, idx)) + 2 * comm

    def table_costs(self, task: ShardingTask) -> np.ndarray:
        """[T, 4] single-table measurements less the fixed kernel cost, plus bandwidth-only comm."""
        launch = np.array(self._launch_ms())
        comp = np.array([self._shard_ms(task, [t]) for t in range(task.num_tables)])
        comp = np.maximum(comp - launch, 0.0)
        dims = np.array([t.dim for t in task.tables], dtype=np.float64)
        send = task.batch_size * (task.num_devices - 1) / task.num_devices * 4 * dims
        comm = alltoall_ms(self.profile, send, task.num_devices, latency=False,
                           devices_per_host=task.devices_per_host)
        return np.column_stack([comp, comm, comm])

    def device_overhead_ms(self, task: ShardingTask) -> float:
        """Measured time of a one-row kernel (forward + backward) plus both all-to-all latencies."""
        latency = 2 * self.profile.alltoall_latency_us * 1e-3 if task.num_devices > 1 else 0.0
        return float(sum(self._launch_ms())) + latency
