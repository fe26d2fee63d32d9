"""The shipped weights of the learned sharding methods (package data) and the table split they were
trained on.

The files in this folder are trained on the analytical A100 profile over the *training half* of
``datasets/tables/dlrm_856.csv`` (:func:`split_tables`: even data rows train, odd rows are held out for
``benchmarks/sharding.py``); each ``.pt`` has a ``.json`` beside it (model class, constructor arguments,
training config, metrics and the command that wrote it); ``reproduce.sh`` is the exact command sequence:

- ``dreamshard_policy.pt`` and ``dreamshard_cost.pt``: DreamShard's policy and cost net (Zha et al.,
  NeurIPS 2022), loaded by :mod:`mlopt.sharding.dreamshard.weights`;
- ``neuroshard_compute.pt`` and ``neuroshard_comm.pt``: NeuroShard's pre-trained cost nets (Zha et al.,
  MLSys 2023), loaded by :mod:`mlopt.sharding.neuroshard.weights`;
- ``allreduce.pt`` and ``row_comm.pt``: the all-reduce and row reduce-scatter cost nets of both planners'
  data-parallel and row stages (our extension), loaded by
  :func:`mlopt.sharding.core.collective_nets.load_collective`; a weights folder without one plans without
  data-parallel (row-sharded) tables;
- ``uvm.pt``: the fused and UVM-caching compute of one table (our extension), loaded by
  :func:`mlopt.sharding.core.uvm_net.load_uvm` for the planners' memory stage (:mod:`mlopt.sharding.core.uvm_stage`);
  a folder without one caches the coldest tables first.

The cost nets take the device count and topology as inputs (:mod:`mlopt.sharding.core.topology`), so one
file serves every device count; they are trained on tasks of 2..128 devices over 1..16 hosts, never on
the benchmark's 12, 24, 48 or 96 devices.

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


def check_not_per_count(folder: Path, pattern: re.Pattern[str], what: str) -> None:
    """InputError when ``folder`` holds the older per-device-count files (names matching ``pattern``)."""
    if folder.is_dir():
        old = sorted(f.name for f in folder.iterdir() if pattern.fullmatch(f.name))
        if old:
            raise InputError(f"{old[0]} is a per-device-count {what} weights file, no longer supported",
                             file=str(folder), expected="weights retrained with `mlopt shard train` "
                             "(one net for every device count; see mlopt/sharding/pretrained/reproduce.sh)")


def missing_weights(folder: Path, what: str) -> InputError:
    """The error for a weights folder without ``what`` weights."""
    return InputError(f"no {what} weights", file=str(folder),
                      expected="a folder written by `mlopt shard train` (see mlopt/sharding/pretrained)")
