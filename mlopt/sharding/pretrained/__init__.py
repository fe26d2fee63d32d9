"""The shipped weights of the learned sharding methods (package data) and the table split they were
trained on.

The files in this folder are trained on the analytical A100 profile over the *training half* of
``datasets/tables/dlrm_856.csv`` (:func:`split_tables`: even data rows train, odd rows are held out for
``benchmarks/sharding.py``); each ``.pt`` has a ``.json`` beside it (model class, constructor arguments,
training config, metrics and the command that wrote it); ``reproduce.sh`` is the exact command sequence:

- ``dreamshard_policy.pt`` and ``dreamshard_cost_d{D}.pt`` (one cost net per device count D): DreamShard's
  policy and cost nets (Zha et al., NeurIPS 2022), loaded by :mod:`mlopt.sharding.dreamshard.weights`;
- ``neuroshard_compute.pt`` and ``neuroshard_comm_d{D}.pt`` (one comm net per device count D, as the
  comm net's input is the D per-rank dim sums): NeuroShard's pre-trained cost nets (Zha et al., MLSys
  2023), loaded by :mod:`mlopt.sharding.neuroshard.weights`.

This module is torch-free: it only knows where weights are and which files a folder holds.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Sequence, TypeVar

from mlopt.errors import InputError

PRETRAINED_DIR = Path(__file__).resolve().parent
SPLITS: tuple[str, ...] = ("train", "test", "all")
T = TypeVar("T")


def split_tables(tables: Sequence[T], split: str) -> tuple[T, ...]:
    """The deterministic train / held-out split of a table pool: ``train`` = even data rows
    (0, 2, 4, ...), ``test`` = odd rows, ``all`` = every row. For dlrm_856 each half has 428 tables."""
    if split not in SPLITS:
        raise InputError(f"unknown split {split!r}", field="split", expected=" or ".join(SPLITS))
    return tuple(tables) if split == "all" else tuple(tables[split == "test"::2])


def weights_dir(path: str | os.PathLike[str] | None = None) -> Path:
    """The weights folder ``path``, or the shipped one when it is None."""
    return PRETRAINED_DIR if path is None else Path(path)


def device_counts(folder: Path, pattern: re.Pattern[str]) -> tuple[int, ...]:
    """The device counts D of the files in ``folder`` whose names match ``pattern`` (one group: D)."""
    if not folder.is_dir():
        return ()
    return tuple(sorted(int(m.group(1)) for f in folder.iterdir() if (m := pattern.fullmatch(f.name))))


def missing_weights(folder: Path, what: str) -> InputError:
    """The error for a weights folder without ``what`` weights."""
    return InputError(f"no {what} weights", file=str(folder),
                      expected="a folder written by `mlopt shard train` (see mlopt/sharding/pretrained)")
