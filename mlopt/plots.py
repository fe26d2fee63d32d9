"""Figures shared by the CLI, notebooks and benchmarks (matplotlib, headless backend)."""

from __future__ import annotations

import os
from typing import Mapping

import numpy as np

from mlopt.datasets.atomic_io import atomic_write


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
    try:
        atomic_write(path, lambda tmp: fig.savefig(tmp, dpi=dpi, format="png"))
    finally:
        plt.close(fig)
