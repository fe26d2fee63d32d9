"""Checkpoints of the cost models (DESIGN.md conventions): ``torch.save`` of the state dict at ``path``
and a JSON config beside it (``path`` with suffix ``.json``: model class, constructor arguments and any
extra metadata such as metrics or the dataset header). Both are written through a temporary file and
``os.replace``; loading uses ``torch.load(..., weights_only=True)``, so a checkpoint cannot run code.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import torch
from torch import nn

from mlopt.costmodels.dreamshard import DreamShardCostNet
from mlopt.costmodels.neuroshard import CommCostNet, ComputeCostNet
from mlopt.datasets.atomic_io import write_text_atomic
from mlopt.errors import InputError
from mlopt.torch_io import torch_save_atomic

FORMAT_VERSION = 1
MODEL_CLASSES: dict[str, type[nn.Module]] = {
    cls.__name__: cls for cls in (DreamShardCostNet, ComputeCostNet, CommCostNet)
}


def register_model_class(cls: type[nn.Module]) -> type[nn.Module]:
    """Let ``save_model``/``load_model`` handle ``cls`` (it must have a ``config()`` of its constructor
    arguments); usable as a class decorator."""
    MODEL_CLASSES.setdefault(cls.__name__, cls)
    return cls


def config_path(path: str | os.PathLike[str]) -> Path:
    """The JSON config beside the weights file ``path``."""
    return Path(path).with_suffix(".json")


def save_model(model: nn.Module, path: str | os.PathLike[str], metadata: dict[str, Any] | None = None) -> None:
    """Write the state dict to ``path`` and its JSON config beside it, each atomically."""
    name = type(model).__name__
    if name not in MODEL_CLASSES:
        raise TypeError(f"cannot checkpoint {name}; known: {', '.join(MODEL_CLASSES)}")
    torch_save_atomic({k: v.detach().cpu() for k, v in model.state_dict().items()}, path)
    config = {"format_version": FORMAT_VERSION, "class": name, "config": model.config(),  # type: ignore[operator]
              "metadata": metadata or {}}
    write_text_atomic(config_path(path), json.dumps(config, indent=2, sort_keys=True) + "\n")


def load_model(path: str | os.PathLike[str], map_location: str | torch.device = "cpu") -> tuple[nn.Module, dict[str, Any]]:
    """The model saved at ``path`` (in eval mode) and its metadata."""
    path = Path(path)
    try:
        config = json.loads(config_path(path).read_text())
        cls = MODEL_CLASSES[config["class"]]
        if config.get("format_version") != FORMAT_VERSION:
            raise ValueError(f"format_version {config.get('format_version')}")
        model = cls(**config["config"])
        model.load_state_dict(torch.load(path, map_location=map_location, weights_only=True))
    except (OSError, KeyError, ValueError, RuntimeError, TypeError) as exc:
        raise InputError(f"cannot load checkpoint ({type(exc).__name__}: {exc})", file=str(path),
                         expected="weights and a .json config written by mlopt.costmodels.save_model") from exc
    return model.to(map_location).eval(), config["metadata"]
