"""The shipped coreset and NVP model (package data, < 5 MB) and how to load a model folder.

A model folder holds ``coreset.json`` (:class:`~mlopt.passes.coreset.Coreset`, from
``mlopt passes coreset``) and ``nvp.pt`` + ``nvp.json`` (an :class:`~mlopt.passes.nvp.NVPNet` or
:class:`~mlopt.passes.feature_ranker.NVPFeatureNet` state dict and config with training metrics, from
``mlopt passes train``). The shipped one (an NVPFeatureNet) is trained on 92 generated Csmith programs plus the
``train`` split of the shipped corpus (``val`` of both selects the epoch; the shipped ``test`` split and the
generated ``heldout`` split are held out for ``benchmarks/passes.py``), its coreset built with the differential
check; ``reproduce.sh`` lists the commands and ``earlier_search.json`` the earlier coreset whose sequences join
the candidates. Weights load with ``torch.load(..., weights_only=True)`` (:func:`mlopt.nn.checkpoint.load_model`).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from mlopt.errors import InputError
from mlopt.passes.coreset import Coreset

if TYPE_CHECKING:
    from mlopt.passes.nvp import Ranker

PRETRAINED_DIR = Path(__file__).resolve().parent
CORESET_FILE = "coreset.json"
MODEL_FILE = "nvp.pt"


def load_pretrained(path: str | os.PathLike[str] | None = None) -> tuple[Coreset, Ranker]:
    """The coreset and NVP model (graph or features) of a model folder (default: the shipped one)."""
    from mlopt.passes.nvp import load_ranker

    folder = PRETRAINED_DIR if path is None else Path(path)
    coreset = Coreset.load(folder / CORESET_FILE)
    model = load_ranker(folder / MODEL_FILE)
    if model.config()["num_sequences"] != len(coreset.sequences):
        raise InputError("the model does not match the coreset", file=str(folder / MODEL_FILE),
                         expected="nvp.pt trained by `mlopt passes train` on this folder's coreset.json")
    return coreset, model
