"""The one MLP builder of mlopt's networks: Linear layers with an activation between them.

Every learned method builds its multilayer perceptrons here (DreamShard's and NeuroShard's table and
cost MLPs, CL-LNS's embeddings and head, NVP's head, the PPO actor-critic, the surrogate learners'
float64 nets), so the layer layout, and with it the state-dict keys of shipped checkpoints
(``0.weight``, ``2.weight``, ...), is the same everywhere.
"""

from __future__ import annotations

import itertools
import math
from typing import Callable, Sequence

import torch
from torch import nn


def mlp(sizes: Sequence[int], activation: Callable[[], nn.Module] = nn.ReLU, *, final_activation: bool = False,
        dtype: torch.dtype | None = None, generator: torch.Generator | None = None) -> nn.Sequential:
    """``Linear(sizes[0], sizes[1])``, ``activation()``, ..., ``Linear(sizes[-2], sizes[-1])``, plus a last
    ``activation()`` when ``final_activation``.

    ``dtype`` converts each layer after construction. With ``generator`` the weights and biases are drawn
    again from it with PyTorch's default Linear scheme, ``U(-1/sqrt(fan_in), 1/sqrt(fan_in))``, so a net's
    initialization depends on that generator only (the surrogate learners' seeded float64 nets).
    """
    if len(sizes) < 2:
        raise ValueError(f"an MLP needs at least an input and an output width, got {list(sizes)}")
    layers: list[nn.Module] = []
    last = len(sizes) - 2
    for i, (fan_in, fan_out) in enumerate(itertools.pairwise(sizes)):
        linear = nn.Linear(fan_in, fan_out)
        if dtype is not None:
            linear = linear.to(dtype)
        if generator is not None:
            with torch.no_grad():
                for p in linear.parameters():
                    p.copy_((torch.rand(p.shape, generator=generator, dtype=p.dtype) * 2 - 1) / math.sqrt(fan_in))
        layers.append(linear)
        if i < last or final_activation:
            layers.append(activation())
    return nn.Sequential(*layers)
