"""The seeded supervised training loop every learner uses: seeded init, Adam with optional linear
decay, mini-batches in a seeded order, best-validation checkpoint (kept in memory and restored at the
end), early stopping.

DreamShard (Zha et al., NeurIPS 2022) trains its cost net with Adam (lr 5e-4, linear decay);
NeuroShard (Zha et al., MLSys 2023) its cost models with Adam (lr 1e-3), keeping the checkpoint with the
best validation loss. Both are :func:`fit` with different arguments.
"""

from __future__ import annotations

import copy
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable, Iterator, Sequence, TypeVar

import numpy as np
import torch
from torch import nn

B = TypeVar("B")


@contextmanager
def seeded(seed: int) -> Iterator[None]:
    """Run the block with torch's CPU generator seeded, restoring the global state afterwards (module
    construction draws its initial weights from the global generator)."""
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        yield


@dataclass
class FitResult:
    """Per-epoch mean training loss and validation loss; the epoch whose weights were kept."""

    train_loss: list[float] = field(default_factory=list)
    val_loss: list[float] = field(default_factory=list)
    best_epoch: int = -1

    @property
    def best_val_loss(self) -> float:
        return self.val_loss[self.best_epoch] if self.best_epoch >= 0 else float("nan")


def fit(
    model: nn.Module,
    loss_fn: Callable[[nn.Module, B], torch.Tensor],
    make_batch: Callable[[Sequence[int]], B],
    train_indices: Sequence[int],
    val_indices: Sequence[int],
    *,
    epochs: int,
    lr: float,
    batch_size: int,
    seed: int | np.random.Generator,
    linear_decay: bool = False,
    patience: int | None = None,
) -> FitResult:
    """Minimize ``loss_fn(model, make_batch(indices))`` over ``train_indices`` with Adam.

    After each epoch the validation loss (batches of ``val_indices``, no gradient) is measured; the
    weights of the best epoch are restored at the end. With ``patience``, training stops after that many
    epochs without improvement. ``linear_decay`` decays the learning rate linearly to 0 over all steps.
    """
    if not len(train_indices):
        raise ValueError("no training samples")
    rng = np.random.default_rng(seed)
    train = np.asarray(train_indices)
    steps_per_epoch = -(-len(train) // batch_size)
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    total = epochs * steps_per_epoch
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, (lambda step: max(0.0, 1.0 - step / total)) if linear_decay else (lambda step: 1.0))
    result = FitResult()
    best_state: dict[str, torch.Tensor] | None = None
    for epoch in range(epochs):
        model.train()
        order = rng.permutation(train)
        losses = []
        for start in range(0, len(order), batch_size):
            loss = loss_fn(model, make_batch(order[start:start + batch_size].tolist()))
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            scheduler.step()
            losses.append(float(loss.detach()))
        result.train_loss.append(float(np.mean(losses)))
        result.val_loss.append(evaluate_loss(model, loss_fn, make_batch, val_indices, batch_size)
                               if len(val_indices) else result.train_loss[-1])
        if result.best_epoch < 0 or result.val_loss[-1] < result.best_val_loss:
            result.best_epoch = epoch
            best_state = copy.deepcopy(model.state_dict())
        elif patience is not None and epoch - result.best_epoch >= patience:
            break
    if best_state is not None:
        model.load_state_dict(best_state)
    model.eval()
    return result


@torch.no_grad()
def evaluate_loss(model: nn.Module, loss_fn: Callable[[nn.Module, B], torch.Tensor],
                  make_batch: Callable[[Sequence[int]], B], indices: Sequence[int], batch_size: int) -> float:
    """Sample-weighted mean of ``loss_fn`` over ``indices`` in batches, in eval mode."""
    model.eval()
    indices = list(indices)
    total = 0.0
    for start in range(0, len(indices), batch_size):
        chunk = indices[start:start + batch_size]
        total += float(loss_fn(model, make_batch(chunk))) * len(chunk)
    return total / len(indices)
