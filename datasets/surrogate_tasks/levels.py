"""Tile-level generation with a connectivity constraint (GenCO's game-level task, Ferber et al. ICML 2024,
there on Zelda levels).

A level is a ``rows x cols`` grid of tiles, 1 = floor (passable), 0 = wall. It is *playable* when the
start tile (0, 0) and the goal tile (rows-1, cols-1) are floor tiles joined by a 4-connected floor
path. :func:`make_levels` draws seeded playable levels in a fixed style: a meandering corridor from start
to goal plus a few rectangular rooms, so that independent per-tile sampling (a plain generative model)
often breaks the corridor. Simplification: GenCO uses the VGLC Zelda levels with several tile types;
here there are two.
"""

from __future__ import annotations

from collections import deque

import numpy as np

from mlopt.errors import InputError


def is_playable(level: np.ndarray) -> bool:
    """Breadth-first search over floor tiles from the start; True when the goal is reached."""
    level = np.asarray(level) > 0.5
    rows, cols = level.shape
    if not (level[0, 0] and level[-1, -1]):
        return False
    seen = np.zeros_like(level)
    seen[0, 0] = True
    queue = deque([(0, 0)])
    while queue:
        r, c = queue.popleft()
        if (r, c) == (rows - 1, cols - 1):
            return True
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and level[nr, nc] and not seen[nr, nc]:
                seen[nr, nc] = True
                queue.append((nr, nc))
    return False


def make_levels(num_levels: int = 256, rows: int = 8, cols: int = 8, *, rooms: int = 2,
                seed: int | np.random.Generator = 0) -> np.ndarray:
    """``[num_levels, rows, cols]`` playable 0/1 levels (module doc).

    The corridor is a random walk from the start that moves right or down toward the goal with
    probability 0.8 and sideways (up/left, never off the grid) otherwise; each room is a floor rectangle
    of side 2-3 at a uniform position.
    """
    if num_levels < 1 or rows < 2 or cols < 2 or rooms < 0:
        raise InputError(f"{num_levels} levels of {rows}x{cols} with {rooms} rooms", field="num_levels/rows/cols/rooms",
                         expected="num_levels >= 1, rows and cols >= 2, rooms >= 0")
    rng = np.random.default_rng(seed)
    levels = np.zeros((num_levels, rows, cols))
    for level in levels:
        r = c = 0
        level[0, 0] = 1.0
        while (r, c) != (rows - 1, cols - 1):
            forward = [(r + 1, c)] * (r + 1 < rows) + [(r, c + 1)] * (c + 1 < cols)
            sideways = [(r - 1, c)] * (r > 0) + [(r, c - 1)] * (c > 0)
            moves = forward if rng.random() < 0.8 or not sideways else sideways
            r, c = moves[rng.integers(len(moves))]
            level[r, c] = 1.0
        for _ in range(rooms):
            h, w = rng.integers(2, 4, 2)
            top, left = rng.integers(0, rows - h + 1), rng.integers(0, cols - w + 1)
            level[top : top + h, left : left + w] = 1.0
    return levels


def diversity(levels: np.ndarray) -> float:
    """Mean pairwise Hamming distance between levels ``[N, ...]``, as a fraction of tiles (0 = all equal)."""
    flat = np.asarray(levels, dtype=np.float64).reshape(len(levels), -1)
    if len(flat) < 2:
        return 0.0
    ones = flat @ flat.T
    distance = flat.sum(1)[:, None] + flat.sum(1)[None, :] - 2 * ones
    n = len(flat)
    return float(distance.sum() / (n * (n - 1) * flat.shape[1]))
