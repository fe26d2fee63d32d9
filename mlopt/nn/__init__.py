"""What every learning area of mlopt shares: the seeded fit loop (:mod:`.fit`), the MLP builder
(:mod:`.mlp`), checkpoints with a model-class registry (:mod:`.checkpoint`) and atomic torch I/O
(:mod:`.torch_io`). It imports no area (sharding, lns, passes, surrogates): they import it."""

from __future__ import annotations

from mlopt.nn.checkpoint import load_model, register_model_class, save_model
from mlopt.nn.fit import FitResult, evaluate_loss, fit, seeded
from mlopt.nn.mlp import mlp
from mlopt.nn.torch_io import torch_save_atomic

__all__ = ["FitResult", "evaluate_loss", "fit", "load_model", "mlp", "register_model_class", "save_model", "seeded",
           "torch_save_atomic"]
