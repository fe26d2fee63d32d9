"""The shipped coreset and NVP model (package data, < 5 MB) and how to load a model folder.

A model folder holds ``coreset.json`` (:class:`~mlopt.passes.coreset.Coreset`, from
``mlopt passes coreset``) and ``nvp.pt`` + ``nvp.json`` (:class:`~mlopt.passes.nvp.NVPNet` state dict
and config with training metrics, from ``mlopt passes train``). The shipped one is trained on the
``train`` split of the shipped corpus (``datasets/programs/splits.json``; ``val`` selects the epoch,
``test`` is held out for ``benchmarks/passes.py``); ``reproduce.sh`` lists the commands. Weights load
with ``torch.load(..., weights_only=True)`` (:func:`mlopt.nn.checkpoint.load_model`).
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
