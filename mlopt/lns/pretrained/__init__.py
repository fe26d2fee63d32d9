"""Shipped CL-LNS / IL-LNS selector weights, one file per ILP family (Huang et al., ICML 2023).

``--selector cl-lns`` (or ``il-lns``) without ``--model`` uses ``<method>_<family>.pt`` from this folder
(or from the folder in ``$MLOPT_LNS_MODELS``), where the family comes from the instance file names that
``mlopt lns generate`` writes (``mvc_clns_0.mps`` -> ``mvc``). Anything else -- a user's own MPS file, a
folder mixing families, a family without a shipped model -- is a one-line error asking for ``--model``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Sequence

from mlopt.datasets.ilp import FAMILIES
from mlopt.errors import InputError

LNS_MODELS_ENV = "MLOPT_LNS_MODELS"


def lns_models_dir() -> Path:
    """Where shipped selector weights are looked up: ``$MLOPT_LNS_MODELS`` or this package folder."""
    override = os.environ.get(LNS_MODELS_ENV)
    return Path(override) if override else Path(__file__).resolve().parent


def instance_family(path: str | os.PathLike[str]) -> str | None:
    """The generator family named by an instance file (``<family>_<size>_<i>.mps``), else ``None``."""
    prefix = Path(path).name.split("_", 1)[0]
    return prefix if prefix in FAMILIES else None


def shipped_lns_model(method: str, instances: Sequence[str | os.PathLike[str]]) -> Path:
    """The shipped ``method`` weights for the family of ``instances`` (InputError when none fits)."""
    families = sorted({instance_family(p) or "?" for p in instances})
    if families != [f for f in families if f != "?"] or len(families) != 1:
        found = ", ".join(families).replace("?", "unknown")
        raise InputError(f"no shipped {method} model fits instances of family {found}", field="--model",
                         expected="--model PATH (a model.pt from `mlopt lns train`); shipped models are chosen "
                                  "by the generator's file names, one family at a time")
    path = lns_models_dir() / f"{method}_{families[0]}.pt"
    if not path.is_file():
        raise InputError(f"no shipped {method} model for family {families[0]}", field="--model",
                         expected="--model PATH (a model.pt from `mlopt lns train`)")
    return path
