"""Figures shared by the CLI, notebooks and benchmarks (matplotlib, headless backend)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Mapping

import numpy as np


def _pyplot():  # noqa: ANN202 - matplotlib.pyplot module
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def plot_gap_curves(times: np.ndarray, curves: Mapping[str, np.ndarray], title: str = "") -> "object":
    """Primal gap over wall time, one step curve per method (symlog y axis); returns the figure."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(6, 4))
    for method, curve in curves.items():
        ax.step(times, curve, where="post", label=method)
    ax.set_xlabel("wall time (s)")
    ax.set_ylabel("mean primal gap")
    ax.set_yscale("symlog", linthresh=1e-3)
    if title:
        ax.set_title(title, fontsize=9)
    ax.legend()
    fig.tight_layout()
    return fig


def save_figure(fig: "object", path: str | os.PathLike[str], dpi: int = 100) -> None:
    """Save ``fig`` as PNG atomically (temporary file + rename) and close it."""
    plt = _pyplot()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".png", dir=path.parent)
    os.close(fd)
    try:
        fig.savefig(tmp, dpi=dpi)
        os.replace(tmp, path)
    finally:
        plt.close(fig)
        Path(tmp).unlink(missing_ok=True)
