"""Pre-train NeuroShard's cost nets from collected cost data into a weights folder (what ``mlopt shard
train --method neuroshard`` runs; the shipped weights come from ``mlopt/sharding/pretrained/reproduce.sh``).

NeuroShard (Zha et al., MLSys 2023, Sec. 3.1): one compute net and one comm net pre-trained on every
sample of every data file (shard compute does not depend on the device count; the comm net takes the
topology as an input, our extension where the paper trains one per device count); MSE, Adam 1e-3, best-validation checkpoint, 20% of the tasks held out. Every weights file gets a JSON
config (:func:`mlopt.nn.checkpoint.save_model`) whose metadata holds the training config, held-out metrics,
the data files' headers and the command line.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Sequence

from mlopt.nn import save_model
from mlopt.sharding.core.cost_data import VAL_FRACTION, CostDataset, merge_datasets
from mlopt.sharding.neuroshard.nets import evaluate_neuroshard, train_neuroshard
from mlopt.sharding.neuroshard.weights import COMM_FILE, COMPUTE_FILE


def train_neuroshard_models(datasets: Sequence[CostDataset], out: str | os.PathLike[str], *, seed: int,
                            epochs: int, metadata: dict[str, Any]) -> dict[str, Any]:
    """Train and save the compute and comm nets; returns held-out metrics, overall and per device count."""
    data = merge_datasets(datasets)
    train, held = data.split(VAL_FRACTION, seed)
    compute, comm, _ = train_neuroshard(data, train, held, seed=seed, epochs=epochs)
    training = {"epochs": epochs, "lr": 1e-3, "batch_size": 64, "val_fraction": VAL_FRACTION, "seed": seed}
    held_set = set(held)
    metrics: dict[str, Any] = {"all": evaluate_neuroshard(compute, comm, data, held).as_dict()}
    for d in sorted({int(n) for n in data.num_devices.unique()}):
        held_d = [i for i in data.subset_devices(d) if i in held_set]
        if held_d:
            metrics[f"devices_{d}"] = evaluate_neuroshard(compute, comm, data, held_d).as_dict()
    for name, model in ((COMPUTE_FILE, compute), (COMM_FILE, comm)):
        save_model(model, Path(out) / name, {**metadata, "training": training, "metrics": metrics})
    return metrics
