"""Cost-data collection for the learned sharding cost models.

Samples (task, plan) pairs over a pool of tables and prices every plan with a cost oracle, which is
how DreamShard (Zha et al., NeurIPS 2022, Sec. 3.2) fills its cost-net buffer and how NeuroShard
(Zha et al., MLSys 2023, Sec. 3.1) pre-trains its cost models:

- tables are *augmented* as in NeuroShard: each drawn table gets a dim from {4, 8, ..., 128}, its rows
  and pooling factor rescaled by log-uniform factors (``rows_scale``, ``pooling_scale``; rows capped so
  the table takes at most ``max_table_share`` of a device), and with
  probability ``split_prob`` it is split column-wise into 2 or 4 shards of dim / 2^k (k = 1, 2; kept
  divisible by 4), all of which enter the task (NeuroShard's column-wise plans place such shards);
- each task gets ``plans_per_task`` plans, each from a method drawn from ``plan_methods`` (names of
  :data:`mlopt.solvers.sharding.HEURISTICS`; ``random`` twice by default so a third of the plans are
  random; a method whose packing fails falls back to the others in order);
- every plan is priced per device: a [D, 4] matrix in ``COMPONENTS`` order (fwd_comp, bwd_comp,
  fwd_comm, bwd_comm, milliseconds);
- with ``topologies`` (our extension, so one set of weights serves any device count), each task draws its
  (devices, hosts) from that list, and with ``per_device`` its table count is D x a count drawn from
  ``num_tables``.

Sample ``i`` belongs to task ``i // plans_per_task``; the task is drawn from
``np.random.default_rng([seed, task])`` and the plan from ``default_rng([seed, task, i])``, so a
dataset is the same for a seed whatever the chunking, executor or resumption (for a deterministic
oracle, e.g. the analytical one without noise).

Storage (:class:`CostDataset`, ragged, no padding) over N samples, T_all tables, D_all device rows:

- ``features`` [T_all, 24] float32: DreamShard's per-task normalized table features and our 3 absolute
  ones (:func:`mlopt.envs.sharding.features.normalize_features`);
- ``raw_features`` [T_all, 21] float32: DreamShard's 21 before normalization (NeuroShard's inputs);
- ``table_ptr`` [N + 1], ``device_ptr`` [N + 1] int64: the tables / device rows of sample n are
  ``table_ptr[n]:table_ptr[n+1]`` / ``device_ptr[n]:device_ptr[n+1]``;
- ``assignment`` [T_all] int64: each table's device within its sample;
- ``costs`` [D_all, 4] float32: oracle costs per device; ``task_id`` [N] int64: the sample's task;
- ``topology`` [N, 10] float32: the task's topology features on the oracle's hardware profile
  (:func:`mlopt.sharding.core.topology.topology_features`).

:func:`collect_cost_data` writes one file: ``torch.save`` of ``{"header": json, "chunks": [...]}``,
each chunk a dict of the tensors above for samples ``start:stop``. The JSON header holds
``format_version``, the oracle's name and hardware, the seed, the count and the sampling config. The
file is written through a temporary file and ``os.replace`` after every chunk, so an interrupted run
resumes from its last complete chunk and a later call with more samples reuses the chunks present.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Sequence

import numpy as np
import torch

from mlopt.datasets.access import table_alpha
from mlopt.datasets.embedding_tables import EmbeddingTable, ShardingPlan, ShardingTask
from mlopt.envs.oracles.base import CostOracle
from mlopt.envs.sharding.features import normalize_features, raw_table_features
from mlopt.envs.sharding.task_sampler import is_placeable
from mlopt.errors import InputError
from mlopt.nn.torch_io import torch_save_atomic
from mlopt.parallel import Executor, make_executor
from mlopt.sharding.core.topology import profile_of, topology_features
from mlopt.solvers.sharding.registry import HEURISTICS

FORMAT_VERSION = 3  # 2: features gained the 3 absolute columns; 3: per-sample topology features
VAL_FRACTION = 0.2  # share of the tasks held out when the learned methods train on collected data
AUGMENT_DIMS: tuple[int, ...] = (4, 8, 16, 32, 64, 128)
TENSOR_KEYS: tuple[str, ...] = ("features", "raw_features", "table_ptr", "device_ptr", "assignment", "costs",
                                "task_id", "topology")


@dataclass(frozen=True)
class SamplingConfig:
    """How tasks and plans are drawn (all part of the dataset header; a resumed file must match)."""

    num_tables: tuple[int, int] = (10, 60)  # inclusive range of tables drawn per task (NeuroShard: [10, 60))
    num_devices: int = 4
    memory_bytes: int = 16 * 2**30
    batch_size: int = 65_536
    plans_per_task: int = 4
    plan_methods: tuple[str, ...] = ("random", "random", "dim-greedy", "size-greedy", "lookup-greedy",
                                     "size-lookup-greedy")
    rows_scale: float = 10.0  # rows times a log-uniform factor in [1/rows_scale, rows_scale]
    pooling_scale: float = 4.0  # pooling likewise (then at least 1)
    split_prob: float = 0.2
    keep_dim_prob: float = 0.0  # chance a table keeps its own dim (e.g. 256) instead of one of AUGMENT_DIMS
    max_table_share: float = 0.25  # augmented rows are cut so a table takes at most this share of a device
    max_tries: int = 20
    topologies: tuple[tuple[int, int], ...] = ()  # (devices, hosts) per task; empty: num_devices on the node model
    per_device: bool = False  # num_tables counts tables per device

    def __post_init__(self) -> None:
        unknown = [m for m in self.plan_methods if m not in HEURISTICS]
        if unknown:
            raise InputError(f"unknown plan method {unknown[0]!r}", field="plan_methods",
                             expected="names among " + ", ".join(HEURISTICS))
        if self.plans_per_task < 1 or self.num_tables[0] < 1 or self.num_tables[0] > self.num_tables[1]:
            raise InputError("bad sampling config", field="num_tables/plans_per_task",
                             expected="plans_per_task >= 1 and 1 <= lo <= hi")
        bad = [(d, h) for d, h in self.topologies if h < 1 or d < 1 or d % h]
        if bad:
            raise InputError(f"{bad[0][0]} devices on {bad[0][1]} hosts", field="topologies",
                             expected="(devices, hosts) pairs with hosts dividing devices")


# ------------------------------------------------------------------------------------------ sampling


def augment_table(table: EmbeddingTable, rng: np.random.Generator, config: SamplingConfig) -> list[EmbeddingTable]:
    """NeuroShard's table augmentation: new dim, rescaled rows and pooling, optional column split.

    The new dim is drawn from :data:`AUGMENT_DIMS` (NeuroShard's 4..128), or with probability
    ``keep_dim_prob`` is the table's own (our addition: pools such as dlrm_856 hold dims up to 256, which
    the nets would otherwise never see).

    The access skew is kept as the table's Zipf exponent (the bins are recomputed for the new rows).
    Returns the table, or its 2^k column shards when split.
    """
    rows = max(10, int(round(table.num_embeddings * config.rows_scale ** rng.uniform(-1.0, 1.0))))
    keep = config.keep_dim_prob > 0 and rng.random() < config.keep_dim_prob
    dim = table.dim if keep else int(rng.choice(AUGMENT_DIMS))
    rows = min(rows, int(config.max_table_share * config.memory_bytes) // (dim * table.bytes_per_element))
    pooling = max(1.0, table.pooling_factor * config.pooling_scale ** rng.uniform(-1.0, 1.0))
    base = EmbeddingTable(table.name, rows, dim, round(pooling, 3), table.dtype, table_alpha(table), None,
                          table.coverage)
    if dim >= 8 and rng.random() < config.split_prob:
        k = int(rng.integers(1, 3)) if dim >= 16 else 1
        return [base.with_dim(dim >> k) for _ in range(2**k)]
    return [base]


def sample_task(pool: Sequence[EmbeddingTable], rng: np.random.Generator, config: SamplingConfig) -> ShardingTask:
    """A placeable task of augmented tables drawn (with replacement) from ``pool``."""
    for _ in range(config.max_tries):
        devices, hosts = (config.topologies[int(rng.integers(len(config.topologies)))] if config.topologies
                          else (config.num_devices, None))
        lo, hi = (devices * n for n in config.num_tables) if config.per_device else config.num_tables
        count = int(rng.integers(lo, hi + 1))
        tables: list[EmbeddingTable] = []
        for i in rng.integers(0, len(pool), size=count):
            tables.extend(augment_table(pool[int(i)], rng, config))
        tables = tables[:hi]  # column splits may exceed the range
        task = ShardingTask(tuple(tables), devices, config.memory_bytes, config.batch_size, num_hosts=hosts)
        if is_placeable(task):
            return task
    raise InputError(f"no placeable task in {config.max_tries} draws", field="memory_bytes",
                     expected="fewer tables per task or more device memory")


def sample_plan(task: ShardingTask, rng: np.random.Generator, config: SamplingConfig) -> ShardingPlan:
    """A plan by a method drawn from ``config.plan_methods``; when its packing fails (e.g. random placement
    fills a device), the other methods are tried in their listed order."""
    first = config.plan_methods[int(rng.integers(len(config.plan_methods)))]
    error: InputError | None = None
    for method in (first, *config.plan_methods):
        try:
            return HEURISTICS[method](task, rng)
        except InputError as exc:
            error = error or exc
    assert error is not None
    raise error


# ------------------------------------------------------------------------------------------ chunks


@dataclass(frozen=True)
class _ChunkJob:
    pool: tuple[EmbeddingTable, ...]
    oracle: CostOracle
    seed: int
    start: int
    stop: int
    config: SamplingConfig = field(default_factory=SamplingConfig)


def _collect_chunk(job: _ChunkJob) -> dict[str, torch.Tensor]:
    """Samples ``job.start:job.stop`` as one chunk of tensors (module-level: runs in worker processes)."""
    cfg = job.config
    features, raw, assign, costs, task_ids, topologies = [], [], [], [], [], []
    table_counts, device_counts = [], []
    task_index, task, feats, raw_feats, topo = -1, None, None, None, None
    profile = profile_of(job.oracle)
    for i in range(job.start, job.stop):
        if i // cfg.plans_per_task != task_index:
            task_index = i // cfg.plans_per_task
            task = sample_task(job.pool, np.random.default_rng([job.seed, task_index]), cfg)
            raw_feats = raw_table_features(task.tables, task.batch_size)
            feats = normalize_features(raw_feats)
            topo = topology_features(task, profile)
        plan = sample_plan(task, np.random.default_rng([job.seed, task_index, i]), cfg)
        matrix = np.asarray(job.oracle.device_costs(task, plan))  # type: ignore[attr-defined]
        features.append(feats)
        raw.append(raw_feats)
        assign.append(plan.as_array())
        costs.append(matrix)
        task_ids.append(task_index)
        topologies.append(topo)
        table_counts.append(task.num_tables)
        device_counts.append(task.num_devices)
    return {
        "features": torch.from_numpy(np.concatenate(features)).float(),
        "raw_features": torch.from_numpy(np.concatenate(raw)).float(),
        "table_ptr": torch.from_numpy(np.concatenate([[0], np.cumsum(table_counts)])).long(),
        "device_ptr": torch.from_numpy(np.concatenate([[0], np.cumsum(device_counts)])).long(),
        "assignment": torch.from_numpy(np.concatenate(assign)).long(),
        "costs": torch.from_numpy(np.concatenate(costs)).float(),
        "task_id": torch.tensor(task_ids, dtype=torch.long),
        "topology": torch.from_numpy(np.stack(topologies)).float(),
    }


def _concat_chunks(chunks: Sequence[dict[str, torch.Tensor]]) -> dict[str, torch.Tensor]:
    out = {k: torch.cat([c[k] for c in chunks]) for k in ("features", "raw_features", "assignment", "costs",
                                                            "task_id", "topology")}
    for ptr in ("table_ptr", "device_ptr"):
        parts, offset = [torch.zeros(1, dtype=torch.long)], 0
        for c in chunks:
            parts.append(c[ptr][1:] + offset)
            offset += int(c[ptr][-1])
        out[ptr] = torch.cat(parts)
    return out


# ------------------------------------------------------------------------------------------ dataset


@dataclass
class CostBatch:
    """A mini-batch of samples, flattened: table i lies on device row ``table_device[i]``, device row j
    belongs to sample ``device_sample[j]`` (both batch-local)."""

    features: torch.Tensor  # [n_tables, 24]
    raw_features: torch.Tensor  # [n_tables, 21]
    table_device: torch.Tensor  # [n_tables]
    device_sample: torch.Tensor  # [n_devices]
    costs: torch.Tensor  # [n_devices, 4]
    num_samples: int
    topology: torch.Tensor  # [num_samples, NUM_TOPOLOGY_FEATURES]

    @property
    def num_device_rows(self) -> int:
        return int(self.device_sample.numel())

    def plan_costs(self) -> torch.Tensor:
        """[num_samples] oracle plan cost: max over the sample's devices of the summed components."""
        return segment_max(self.costs.sum(-1), self.device_sample, self.num_samples)

    def to(self, device: torch.device | str) -> "CostBatch":
        return CostBatch(self.features.to(device), self.raw_features.to(device), self.table_device.to(device),
                         self.device_sample.to(device), self.costs.to(device), self.num_samples,
                         self.topology.to(device))

    def table_topology(self) -> torch.Tensor:
        """[n_tables, NUM_TOPOLOGY_FEATURES] each table's task topology."""
        return self.topology[self.device_sample[self.table_device]]


def segment_max(values: torch.Tensor, index: torch.Tensor, size: int) -> torch.Tensor:
    """Max of ``values`` [n, ...] over the groups ``index`` [n] -> [size, ...] (empty groups: -inf)."""
    out = values.new_full((size, *values.shape[1:]), float("-inf"))
    expanded = index.view(-1, *([1] * (values.dim() - 1))).expand_as(values)
    return out.scatter_reduce(0, expanded, values, reduce="amax", include_self=True)


class CostDataset:
    """The collected samples (module docstring lists the tensors) with a JSON-able ``header``."""

    def __init__(self, tensors: dict[str, torch.Tensor], header: dict[str, object]) -> None:
        self.tensors = tensors
        self.header = header
        self.num_devices = tensors["device_ptr"].diff()

    def __len__(self) -> int:
        return int(self.tensors["task_id"].numel())

    def batch(self, indices: Sequence[int] | torch.Tensor) -> CostBatch:
        """The samples ``indices`` as one flattened :class:`CostBatch`."""
        t = self.tensors
        idx = torch.as_tensor(indices, dtype=torch.long)
        t_lo, t_hi = t["table_ptr"][idx], t["table_ptr"][idx + 1]
        d_lo, d_hi = t["device_ptr"][idx], t["device_ptr"][idx + 1]
        n_tab, n_dev = t_hi - t_lo, d_hi - d_lo
        sample_of_table = torch.repeat_interleave(torch.arange(len(idx)), n_tab)
        sample_of_device = torch.repeat_interleave(torch.arange(len(idx)), n_dev)
        table_rows = _ranges(t_lo, n_tab)
        device_rows = _ranges(d_lo, n_dev)
        device_offset = torch.cumsum(n_dev, 0) - n_dev
        return CostBatch(
            features=t["features"][table_rows],
            raw_features=t["raw_features"][table_rows],
            table_device=t["assignment"][table_rows] + device_offset[sample_of_table],
            device_sample=sample_of_device,
            costs=t["costs"][device_rows],
            num_samples=len(idx),
            topology=t["topology"][idx],
        )

    def split(self, val_fraction: float, seed: int | np.random.Generator) -> tuple[list[int], list[int]]:
        """Train / held-out sample indices, split by *task* (all plans of a task on one side)."""
        tasks = torch.unique(self.tensors["task_id"]).numpy()
        rng = np.random.default_rng(seed)
        held = set(rng.choice(tasks, size=max(1, int(round(val_fraction * len(tasks)))), replace=False).tolist())
        ids = self.tensors["task_id"].tolist()
        return [i for i, t in enumerate(ids) if t not in held], [i for i, t in enumerate(ids) if t in held]

    def subset_devices(self, num_devices: int) -> list[int]:
        """Indices of the samples with exactly ``num_devices`` devices."""
        return torch.nonzero(self.num_devices == num_devices).flatten().tolist()


def _ranges(starts: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
    """Concatenation of ``arange(s, s + l)`` for each (s, l)."""
    total = int(lengths.sum())
    offsets = torch.repeat_interleave(starts - (torch.cumsum(lengths, 0) - lengths), lengths)
    return torch.arange(total) + offsets


# ------------------------------------------------------------------------------------------ files


def oracle_info(oracle: CostOracle) -> dict[str, object]:
    """The oracle's name, hardware and noise, and its settings when it has any (the measured oracle's)."""
    profile = getattr(oracle, "profile", None)
    info = {"name": oracle.name, "hardware": getattr(profile, "name", None), "noise": getattr(oracle, "noise", None)}
    settings = getattr(oracle, "settings", None)
    return {**info, "settings": settings()} if callable(settings) else info


def _pool_digest(pool: Sequence[EmbeddingTable]) -> str:
    return hashlib.sha256(repr(tuple(pool)).encode()).hexdigest()[:16]


def _write_atomic(path: Path, header: dict[str, object], chunks: list[dict[str, torch.Tensor]]) -> None:
    torch_save_atomic({"header": json.dumps(header, sort_keys=True), "chunks": chunks}, path)


def _read(path: Path) -> tuple[dict[str, object], list[dict[str, torch.Tensor]]]:
    try:
        blob = torch.load(path, weights_only=True)
        header = json.loads(blob["header"])
    except Exception as exc:  # noqa: BLE001 - any unreadable file is the same input error
        raise InputError(f"not a cost dataset ({type(exc).__name__})", file=str(path),
                         expected="a file written by collect_cost_data") from exc
    if header.get("format_version") != FORMAT_VERSION:
        raise InputError(f"format_version {header.get('format_version')}", file=str(path), field="format_version",
                         expected=f"{FORMAT_VERSION} (re-collect the data)")
    return header, blob["chunks"]


def load_cost_data(path: str | os.PathLike[str]) -> CostDataset:
    """Read a dataset written by :func:`collect_cost_data` (``torch.load(..., weights_only=True)``)."""
    header, chunks = _read(Path(path))
    return CostDataset(_concat_chunks(chunks), header)


def collect_cost_data(
    pool: Sequence[EmbeddingTable],
    num_samples: int,
    oracle: CostOracle,
    seed: int,
    executor: Executor | None = None,
    *,
    path: str | os.PathLike[str] | None = None,
    config: SamplingConfig | None = None,
    chunk_size: int = 256,
    quiet: bool = False,
) -> CostDataset:
    """Collect ``num_samples`` priced (task, plan) samples (module docstring has the scheme).

    With ``path``, chunks already in that file are reused (same header required) and the file is
    rewritten atomically after each new chunk; without it the data stays in memory. Chunks run through
    ``executor`` (default: an inline local executor), which shows a progress bar unless ``quiet``.
    """
    if num_samples < 1 or chunk_size < 1:
        raise InputError("must be positive", field="num_samples/chunk_size", expected="integers >= 1")
    if not len(pool):
        raise InputError("empty table pool", field="pool", expected="at least one table")
    config = config or SamplingConfig()
    header: dict[str, object] = {
        "format_version": FORMAT_VERSION, "oracle": oracle_info(oracle), "seed": int(seed),
        "chunk_size": chunk_size, "sampling": asdict(config), "pool": {"size": len(pool), "digest": _pool_digest(pool)},
    }
    header = json.loads(json.dumps(header))  # tuples -> lists, as read back from a file
    chunks: list[dict[str, torch.Tensor]] = []
    if path is not None and Path(path).exists():
        old, present = _read(Path(path))
        mismatched = [k for k in header if old.get(k) != header[k]]
        if mismatched:
            raise InputError(f"existing dataset differs in {mismatched[0]!r}", file=str(path), field=mismatched[0],
                             expected="the same oracle, seed, sampling config and pool (or a new path)")
        full = [c for c in present if int(c["task_id"].numel()) == chunk_size]  # a trailing partial chunk is redone
        chunks = full[: num_samples // chunk_size]
    starts = list(range(len(chunks) * chunk_size, num_samples, chunk_size))
    jobs = [_ChunkJob(tuple(pool), oracle, int(seed), s, min(s + chunk_size, num_samples), config) for s in starts]
    own = executor is None
    executor = executor or make_executor("local", workers=1)
    try:
        # One map per chunk keeps the file current: an interrupted run loses at most the chunks in flight.
        batch = max(1, executor.workers)
        for i in range(0, len(jobs), batch):
            chunks.extend(executor.map(_collect_chunk, jobs[i:i + batch],
                                       description=f"collecting cost data {i * chunk_size}/{num_samples}",
                                       quiet=quiet))
            if path is not None:
                _write_atomic(Path(path), {**header, "count": sum(int(c["task_id"].numel()) for c in chunks)}, chunks)
    finally:
        if own:
            executor.close()
    header["count"] = num_samples
    return CostDataset(_concat_chunks(chunks), header)


def merge_datasets(datasets: Sequence[CostDataset]) -> CostDataset:
    """One dataset of all samples (task ids offset so tasks of different files stay distinct)."""
    chunks, offset = [], 0
    for data in datasets:
        tensors = dict(data.tensors)
        tensors["task_id"] = tensors["task_id"] + offset
        offset = int(tensors["task_id"].max()) + 1
        chunks.append(tensors)
    return CostDataset(_concat_chunks(chunks), {"merged": [d.header for d in datasets]})
