"""Shipped CL-LNS selector weights, one file per ILP family plus one cross-family model (Huang et al., ICML
2023), and the one place that decides which model a learned selector uses.

A learned selector (``cl-lns``, ``il-lns``: the learned entries of :mod:`mlopt.solvers.lns.registry`)
uses the model it is given, else ``<method>_<family>.pt`` from this folder (or from the folder in
``$MLOPT_LNS_MODELS``), where the family comes from the instance file names that ``mlopt lns generate``
writes (``mvc_clns_0.mps`` -> ``mvc``). Anything else -- a user's own MPS file, a folder mixing families,
a family without a shipped model -- gets ``<method>_cross.pt``, the model trained on every family's data
together (:data:`CROSS_FAMILY`), with a note saying so; only a method without a cross-family model is a
one-line error asking for a model. Shipped here (package data): ``cl-lns_mvc``, ``cl-lns_mis``,
``cl-lns_cauction``, ``cl-lns_cfl`` and ``cl-lns_cross`` (``.pt`` weights + ``.json`` config with the training
metadata), from ``reproduce.sh``. This module does not import torch.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from mlopt.datasets.ilp import FAMILIES
from mlopt.errors import InputError
from mlopt.solvers.lns.registry import SELECTORS

LNS_MODELS_ENV = "MLOPT_LNS_MODELS"
NEEDS_A_MODEL = "a model.pt from `mlopt lns train`"
CROSS_FAMILY = "cross"  # <method>_cross.pt: trained on every generator family's data together


def lns_models_dir() -> Path:
    """Where shipped selector weights are looked up: ``$MLOPT_LNS_MODELS`` or this package folder."""
    override = os.environ.get(LNS_MODELS_ENV)
    return Path(override) if override else Path(__file__).resolve().parent


def instance_family(path: str | os.PathLike[str]) -> str | None:
    """The generator family named by an instance file (``<family>_<size>_<i>.mps``), else ``None``."""
    prefix = Path(path).name.split("_", 1)[0]
    return prefix if prefix in FAMILIES else None


@dataclass(frozen=True)
class ModelChoice:
    """The weights a learned selector uses; ``note`` (one line) when they are not a model of the instances'
    own family, i.e. the cross-family model stands in."""

    path: Path
    note: str | None = None


def shipped_lns_model(method: str, instances: Sequence[str | os.PathLike[str]]) -> ModelChoice:
    """The shipped ``method`` weights for the family of ``instances``, else the cross-family model with a note
    (InputError when neither is shipped)."""
    families = sorted({instance_family(p) or "?" for p in instances})
    if families == ["?"]:
        why = "the file names name no generator family"
    elif len(families) > 1:
        why = f"the instances mix families {', '.join(families).replace('?', 'unknown')}"
    else:
        path = lns_models_dir() / f"{method}_{families[0]}.pt"
        if path.is_file():
            return ModelChoice(path)
        why = f"no shipped {method} model for family {families[0]}"
    cross = lns_models_dir() / f"{method}_{CROSS_FAMILY}.pt"
    if not cross.is_file():
        raise InputError(why, field="model", expected=f"{NEEDS_A_MODEL}; no cross-family {method} model is shipped")
    return ModelChoice(cross, f"note: {method} uses the cross-family model {cross.name} ({why})")


def selector_models(methods: Sequence[str], models: Mapping[str, str | os.PathLike[str]],
                    instances: Sequence[str | os.PathLike[str]]) -> dict[str, ModelChoice]:
    """The model of every learned selector among ``methods`` (other names are skipped): its entry in
    ``models`` when given, else the shipped model of the ``instances``' family or the cross-family model
    (:func:`shipped_lns_model`)."""
    learned = [m for m in methods if m in SELECTORS and SELECTORS[m].learned]
    return {name: ModelChoice(Path(models[name])) if name in models else shipped_lns_model(name, instances)
            for name in learned}
