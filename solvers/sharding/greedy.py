"""Baseline table-wise sharding heuristics: random, round-robin and the greedy family.

These are the baselines of DreamShard (Zha et al., NeurIPS 2022), AutoShard (Zha et al., KDD 2022)
and NeuroShard (Zha et al., MLSys 2023):

- ``random``: each table goes to a uniformly random device among those it still fits on;
- ``round-robin``: table t goes to device t mod D (the next device with room when that one is full);
- greedy family: sort tables descending by a key and place each on the device with the lowest running
  key-sum among those it fits on; keys ``dim`` (dim-greedy), ``size`` (size-greedy), ``dim*pooling``
  (lookup-greedy) and ``dim*pooling*log10(rows)`` (size-lookup-greedy).

Every function checks the task first (:meth:`ShardingTask.check_fits`) and raises
:class:`mlopt.errors.InputError` naming the table where the packing got stuck.
"""

from __future__ import annotations

import heapq

import numpy as np

from mlopt.datasets.embedding_tables import ShardingPlan, ShardingTask
from mlopt.errors import InputError

Seed = int | np.random.Generator | None


def packing_failed(task: ShardingTask, table: int, free: np.ndarray, method: str) -> InputError:
    """The error raised when ``method`` finds no device with room for ``table``."""
    t = task.tables[table]
    return InputError(
        f"{method} packing failed at table {t.name!r}: it needs {t.size_bytes / 2**30:.3f} GiB but the "
        f"most free memory left on any of {task.num_devices} devices is {free.max() / 2**30:.3f} GiB",
        file=task.source or None, field="memory",
        expected="more devices, more memory per device, or another planner (e.g. milp)",
    )


def greedy_plan(task: ShardingTask, key: np.ndarray, *, method: str = "greedy") -> ShardingPlan:
    """Place tables in descending ``key`` order on the fitting device with the lowest key-sum.

    Ties (equal keys, equal device sums) go to the lower index, so the result is deterministic. Devices wait in
    a heap of (key-sum, index): a table pops devices until one has room, so a step costs O(log D) while devices
    have room (100,000 tables in well under a second).
    """
    task.check_fits()
    key = np.asarray(key, dtype=np.float64)
    if key.shape != (task.num_tables,):
        raise ValueError(f"key has shape {key.shape}, expected ({task.num_tables},)")
    sizes = task.sizes().tolist()
    keys = key.tolist()
    free = [task.memory_bytes] * task.num_devices
    devices = [(0.0, d) for d in range(task.num_devices)]  # a heap already: sorted
    assignment = np.empty(task.num_tables, dtype=np.int64)
    for t in np.argsort(-key, kind="stable").tolist():
        full = []
        while devices:
            load, d = heapq.heappop(devices)
            if free[d] >= sizes[t]:
                break
            full.append((load, d))
        else:
            raise packing_failed(task, t, np.array(free), method)
        assignment[t] = d
        free[d] -= sizes[t]
        heapq.heappush(devices, (load + keys[t], d))
        for entry in full:
            heapq.heappush(devices, entry)
    return ShardingPlan.from_array(assignment)


def random_plan(task: ShardingTask, seed: Seed = None) -> ShardingPlan:
    """Each table, in input order, on a uniformly random device among those where it still fits."""
    task.check_fits()
    rng = np.random.default_rng(seed)
    sizes = task.sizes()
    free = np.full(task.num_devices, task.memory_bytes, dtype=np.int64)
    assignment = np.empty(task.num_tables, dtype=np.int64)
    for t in range(task.num_tables):
        fits = np.flatnonzero(free >= sizes[t])
        if fits.size == 0:
            raise packing_failed(task, t, free, "random")
        d = int(rng.choice(fits))
        assignment[t] = d
        free[d] -= sizes[t]
    return ShardingPlan.from_array(assignment)


def round_robin_plan(task: ShardingTask, seed: Seed = None) -> ShardingPlan:
    """Table t on device t mod D; when that device is full, the next device (cyclically) with room.

    ``seed`` is accepted for the registry's uniform signature and unused (the plan is deterministic).
    """
    task.check_fits()
    sizes = task.sizes()
    num_devices = task.num_devices
    free = np.full(num_devices, task.memory_bytes, dtype=np.int64)
    assignment = np.empty(task.num_tables, dtype=np.int64)
    for t in range(task.num_tables):
        candidates = [(t + k) % num_devices for k in range(num_devices)]
        d = next((c for c in candidates if free[c] >= sizes[t]), None)
        if d is None:
            raise packing_failed(task, t, free, "round-robin")
        assignment[t] = d
        free[d] -= sizes[t]
    return ShardingPlan.from_array(assignment)


def dim_keys(task: ShardingTask) -> np.ndarray:
    return np.array([t.dim for t in task.tables], dtype=np.float64)


def size_keys(task: ShardingTask) -> np.ndarray:
    return task.sizes().astype(np.float64)


def lookup_keys(task: ShardingTask) -> np.ndarray:
    return np.array([t.dim * t.pooling_factor for t in task.tables], dtype=np.float64)


def size_lookup_keys(task: ShardingTask) -> np.ndarray:
    return np.array([t.dim * t.pooling_factor * np.log10(t.num_embeddings) for t in task.tables],
                    dtype=np.float64)


def dim_greedy_plan(task: ShardingTask, seed: Seed = None) -> ShardingPlan:
    """Greedy on the embedding dimension (``seed`` unused)."""
    return greedy_plan(task, dim_keys(task), method="dim-greedy")


def size_greedy_plan(task: ShardingTask, seed: Seed = None) -> ShardingPlan:
    """Greedy on the table size in bytes (``seed`` unused)."""
    return greedy_plan(task, size_keys(task), method="size-greedy")


def lookup_greedy_plan(task: ShardingTask, seed: Seed = None) -> ShardingPlan:
    """Greedy on dim * pooling factor (``seed`` unused)."""
    return greedy_plan(task, lookup_keys(task), method="lookup-greedy")


def size_lookup_greedy_plan(task: ShardingTask, seed: Seed = None) -> ShardingPlan:
    """Greedy on dim * pooling factor * log10(rows) (``seed`` unused)."""
    return greedy_plan(task, size_lookup_keys(task), method="size-lookup-greedy")
