"""First-fit-decreasing (FFD) bin packing of table sizes into device memory: the one packing test every
sharding component uses (task samplers, DreamShard's lookahead mask, NeuroShard's grid search, the
surrogate sharding task).

FFD places the tables in descending size, each on the first device with room. It is a sufficient test of
feasibility (a task FFD packs has a table-wise plan that fits memory), not a necessary one.
"""

from __future__ import annotations

import numpy as np


def still_packable(free: np.ndarray, sizes_desc: np.ndarray, group: np.ndarray | None = None) -> np.ndarray:
    """[N] whether tables of descending sizes pack first-fit into each row of free memory ``free`` [N, D].

    ``sizes_desc`` is one list for every row ([M]), or with ``group`` [N] one list per group ([G, M];
    row n packs ``sizes_desc[group[n]]``; zeros, anywhere, are skipped). A row stops as soon as first-fit
    provably succeeds on the rest of its list, so the answer equals a full first-fit simulation."""
    sizes = np.atleast_2d(sizes_desc)
    group = np.zeros(len(free), dtype=np.int64) if group is None else np.asarray(group)
    rest = np.cumsum(sizes[:, ::-1], axis=1)[:, ::-1]  # rest[:, j] = sum of sizes[:, j:]
    largest = np.maximum.accumulate(sizes[:, ::-1], axis=1)[:, ::-1]  # largest[:, j] = max of sizes[:, j:]
    d = free.shape[1]
    ok = np.ones(len(free), dtype=bool)
    rows = np.arange(len(free))
    free = free.copy()
    for j in range(sizes.shape[1]):
        size = sizes[group, j]
        # Done when the rest fits on the freest device, or when first-fit cannot fail: it fails on an item
        # only when every device has less than that item (<= the largest left) free, so total free < D x it.
        done = (rest[group, j] <= free.max(axis=1)) | (rest[group, j] <= free.sum(axis=1) - d * largest[group, j])
        pending = ok & ~done
        if not pending.any():
            break
        room = free >= size[:, None]
        ok &= room.any(axis=1) | ~pending
        free[rows, room.argmax(axis=1)] -= np.where(pending, size, 0)
    return ok


def packs_first_fit(sizes: np.ndarray, num_devices: int, memory_bytes: int) -> bool:
    """Whether first-fit decreasing places every one of ``sizes`` on ``num_devices`` devices of
    ``memory_bytes`` each."""
    free = np.full((1, num_devices), memory_bytes, dtype=np.int64)
    return bool(still_packable(free, np.sort(np.asarray(sizes, dtype=np.int64))[::-1])[0])
