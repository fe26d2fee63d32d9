"""mlopt: machine learning for combinatorial optimization in computer systems.

Import roots: ``mlopt`` (learning side, public API, CLI), ``mlopt.solvers`` (classic optimization),
``mlopt.envs`` (Gymnasium environments and cost oracles), ``mlopt.datasets`` (loaders, generators and
shipped data). Importing ``mlopt`` is cheap: heavy modules load on first use.
"""

from __future__ import annotations

from mlopt.errors import InputError

__all__ = ["InputError", "device", "__version__"]
__version__ = "0.1.0"


def device(override: str | None = None) -> "torch.device":  # noqa: F821 - torch imported lazily
    """The torch device that batched cost models run on: ``override`` if given, else cuda if available, else cpu."""
    import torch

    if override is not None:
        try:
            return torch.device(override)
        except RuntimeError as exc:
            raise InputError(f"unknown torch device {override!r}", field="device", expected="cpu, cuda or cuda:N") from exc
    return torch.device("cuda" if torch.cuda.is_available() else "cpu")
