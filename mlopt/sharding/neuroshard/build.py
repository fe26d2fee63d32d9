"""Pre-train NeuroShard's cost nets from collected cost data into a weights folder (what ``mlopt shard
train --method neuroshard`` runs; the shipped weights come from ``mlopt/sharding/pretrained/reproduce.sh``).

NeuroShard (Zha et al., MLSys 2023, Sec. 3.1): one compute net pre-trained on every sample of every data
file (shard compute does not depend on the device count) and one comm net per device count found in the
data; MSE, Adam 1e-3, best-validation checkpoint, 20% of the tasks held out. Every weights file gets a JSON
config (:func:`mlopt.nn.checkpoint.save_model`) whose metadata holds the training config, held-out metrics,
the data files' headers and the command line.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Sequence

import numpy as np
import torch

from mlopt.nn import fit, save_model, seeded
from mlopt.sharding.core.cost_data import VAL_FRACTION, CostDataset, merge_datasets
from mlopt.sharding.neuroshard.nets import (CommCostNet, ComputeCostNet, comm_loss, comm_targets, compute_loss,
                                            compute_targets, evaluate_neuroshard, rank_dim_sums)
from mlopt.sharding.neuroshard.weights import COMPUTE_FILE, comm_file


def train_neuroshard_models(datasets: Sequence[CostDataset], out: str | os.PathLike[str], *, seed: int,
                            epochs: int, metadata: dict[str, Any]) -> dict[str, Any]:
    """Train and save the compute net and one comm net per device count; returns held-out metrics."""
    data = merge_datasets(datasets)
    train, held = data.split(VAL_FRACTION, seed)
    rng = np.random.default_rng(seed)
    batch = data.batch(train)
    nonempty = torch.bincount(batch.table_device, minlength=batch.num_device_rows) > 0
    with seeded(seed):
        compute = ComputeCostNet()
    compute.output_scale.copy_(compute_targets(batch)[nonempty].mean().clamp_min(1e-6))
    fit(compute, compute_loss, data.batch, train, held, epochs=epochs, lr=1e-3, batch_size=64, seed=rng)
    training = {"epochs": epochs, "lr": 1e-3, "batch_size": 64, "val_fraction": VAL_FRACTION, "seed": seed}
    metrics: dict[str, Any] = {}
    for d in sorted({int(n) for n in data.num_devices.unique()}):
        keep = set(data.subset_devices(d))
        train_d, held_d = [i for i in train if i in keep], [i for i in held if i in keep]
        sub = data.batch(train_d)
        with seeded(seed + d):
            comm = CommCostNet(d)
        comm.input_scale.copy_(rank_dim_sums(sub, d).mean().clamp_min(1.0))
        comm.output_scale.copy_(comm_targets(sub, d).mean().clamp_min(1e-6))
        fit(comm, comm_loss, data.batch, train_d, held_d, epochs=epochs, lr=1e-3, batch_size=64, seed=rng)
        metrics[f"devices_{d}"] = evaluate_neuroshard(compute, comm, data, held_d).as_dict()
        save_model(comm, Path(out) / comm_file(d), {**metadata, "training": training,
                                                    "metrics": metrics[f"devices_{d}"]})
    save_model(compute, Path(out) / COMPUTE_FILE, {**metadata, "training": training, "metrics": metrics})
    return metrics
