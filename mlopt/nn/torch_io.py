"""``torch.save`` through :func:`mlopt.datasets.atomic_io.atomic_write` (temporary file + rename)."""

from __future__ import annotations

import os
from typing import Any

import torch

from mlopt.datasets.atomic_io import atomic_write


def torch_save_atomic(obj: Any, path: str | os.PathLike[str]) -> None:
    """``torch.save(obj)`` to ``path`` atomically; load with ``torch.load(..., weights_only=True)``."""
    atomic_write(path, lambda tmp: torch.save(obj, tmp))
