"""Small seeded float64 MLPs shared by the surrogate learners (LANCER's landscape surrogate, GenCO's VAE)."""

from __future__ import annotations

import itertools

import numpy as np
import torch
from torch import nn


def mlp(sizes: list[int], generator: torch.Generator) -> nn.Sequential:
    """Linear layers of the given widths with ReLU between them, in float64, initialized from ``generator``
    with PyTorch's default Linear scheme (weights and biases ``U(-1/sqrt(fan_in), 1/sqrt(fan_in))``)."""
    layers: list[nn.Module] = []
    for i, (a, b) in enumerate(itertools.pairwise(sizes)):
        linear = nn.Linear(a, b).double()
        with torch.no_grad():
            for p in linear.parameters():
                p.copy_((torch.rand(p.shape, generator=generator, dtype=p.dtype) * 2 - 1) / np.sqrt(a))
        layers.append(linear)
        if i < len(sizes) - 2:
            layers.append(nn.ReLU())
    return nn.Sequential(*layers)
