"""Checkpoints of mlopt's networks (DESIGN.md conventions): ``torch.save`` of the state dict at ``path``
and a JSON config beside it (``path`` with suffix ``.json``: model class, constructor arguments and any
extra metadata such as metrics or the dataset header). Both are written through a temporary file and a
rename; loading uses ``torch.load(..., weights_only=True)``, so a checkpoint cannot run code.

A model class takes part by registering itself (``@register_model_class``) and by having a ``config()``
that returns its constructor arguments; this module knows no model class of its own. The class is found
by the name stored in the JSON, so the module that defines it must have been imported: loaders pass the
class they expect (``load_model(path, expected=DreamShardPolicy)``), which both registers it and checks
what the file holds.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, TypeVar

import torch
from torch import nn

from mlopt.datasets.atomic_io import write_text_atomic
from mlopt.errors import InputError
from mlopt.nn.torch_io import torch_save_atomic

FORMAT_VERSION = 1
MODEL_CLASSES: dict[str, type[nn.Module]] = {}
M = TypeVar("M", bound=nn.Module)


def register_model_class(cls: type[M]) -> type[M]:
    """Let :func:`save_model` / :func:`load_model` handle ``cls`` (it must have a ``config()`` of its
    constructor arguments); usable as a class decorator. Another class of the same name is an error."""
    known = MODEL_CLASSES.get(cls.__name__)
    if known is not None and known is not cls and (known.__module__, known.__qualname__) != (cls.__module__,
                                                                                              cls.__qualname__):
        raise ValueError(f"another model class named {cls.__name__} is registered ({known.__module__})")
    MODEL_CLASSES[cls.__name__] = cls  # the same class again, or its module reloaded
    return cls


def config_path(path: str | os.PathLike[str]) -> Path:
    """The JSON config beside the weights file ``path``."""
    return Path(path).with_suffix(".json")


def save_model(model: nn.Module, path: str | os.PathLike[str], metadata: dict[str, Any] | None = None) -> None:
    """Write the state dict to ``path`` and its JSON config beside it, each atomically."""
    name = type(model).__name__
    if MODEL_CLASSES.get(name) is not type(model):
        raise TypeError(f"cannot checkpoint {name}: register it with register_model_class; known: "
                        f"{', '.join(MODEL_CLASSES) or '(none)'}")
    torch_save_atomic({k: v.detach().cpu() for k, v in model.state_dict().items()}, path)
    config = {"format_version": FORMAT_VERSION, "class": name, "config": model.config(),  # type: ignore[operator]
              "metadata": metadata or {}}
    write_text_atomic(config_path(path), json.dumps(config, indent=2, sort_keys=True) + "\n")


def load_model(path: str | os.PathLike[str], map_location: str | torch.device = "cpu", *,
               expected: type[M] | None = None) -> tuple[M, dict[str, Any]]:
    """The model saved at ``path`` (in eval mode) and its metadata; with ``expected`` (registered here if it
    is not yet), an InputError when the file holds another class."""
    path = Path(path)
    if expected is not None:
        register_model_class(expected)
    try:
        config = json.loads(config_path(path).read_text())
        cls = MODEL_CLASSES[config["class"]]
        if config.get("format_version") != FORMAT_VERSION:
            raise ValueError(f"format_version {config.get('format_version')}")
        model = cls(**config["config"])
        model.load_state_dict(torch.load(path, map_location=map_location, weights_only=True))
    except (OSError, KeyError, ValueError, RuntimeError, TypeError) as exc:
        raise InputError(f"cannot load checkpoint ({type(exc).__name__}: {exc})", file=str(path),
                         expected="weights and a .json config written by mlopt.nn.checkpoint.save_model") from exc
    if expected is not None and not isinstance(model, expected):
        raise InputError(f"holds a {type(model).__name__}", file=str(path), expected=f"a {expected.__name__}")
    return model.to(map_location).eval(), config["metadata"]  # type: ignore[return-value]
