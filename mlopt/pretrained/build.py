"""Train the learned sharding models from collected cost data into a weights folder (what
``mlopt shard train`` runs; the shipped weights in :mod:`mlopt.pretrained` come from
``mlopt/pretrained/reproduce.sh``).

- NeuroShard (Zha et al., MLSys 2023, Sec. 3.1): one compute net pre-trained on every sample of every
  data file (shard compute does not depend on the device count) and one comm net per device count
  found in the data; MSE, Adam 1e-3, best-validation checkpoint, 20% of the tasks held out.
- DreamShard (Zha et al., NeurIPS 2022, Sec. 3.4): the cost net is first fitted to the collected data
  (warm start; our addition), then Algorithm 1 (alternating oracle evaluations of the policy, cost-net
  fitting and REINFORCE on the estimated MDP) trains policy and cost net on tasks drawn from the table
  pool.

Every weights file gets a JSON config (:func:`mlopt.nn.checkpoint.save_model`) whose metadata
holds the training config, held-out metrics, the data files' headers and the command line.
"""

from __future__ import annotations

import os
from dataclasses import asdict
from pathlib import Path
from typing import Any, Sequence

import numpy as np
import torch

from mlopt.nn.checkpoint import save_model
from mlopt.costmodels.data import CostDataset, _concat_chunks
from mlopt.costmodels.dreamshard import evaluate_dreamshard, train_dreamshard
from mlopt.costmodels.neuroshard import (CommCostNet, ComputeCostNet, comm_loss, comm_targets, compute_loss,
                                         compute_targets, evaluate_neuroshard, rank_dim_sums)
from mlopt.datasets.embedding_tables import EmbeddingTable
from mlopt.envs.oracles.base import CostOracle
from mlopt.pretrained import COMPUTE_FILE, POLICY_FILE, comm_file, dreamshard_cost_file
from mlopt.nn import fit, seeded
from mlopt.train.dreamshard import DreamShardConfig, train_dreamshard_policy

VAL_FRACTION = 0.2


def merge_datasets(datasets: Sequence[CostDataset]) -> CostDataset:
    """One dataset of all samples (task ids offset so tasks of different files stay distinct)."""
    chunks, offset = [], 0
    for data in datasets:
        tensors = dict(data.tensors)
        tensors["task_id"] = tensors["task_id"] + offset
        offset = int(tensors["task_id"].max()) + 1
        chunks.append(tensors)
    return CostDataset(_concat_chunks(chunks), {"merged": [d.header for d in datasets]})


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


def train_dreamshard_models(datasets: Sequence[CostDataset], tables: Sequence[EmbeddingTable],
                            out: str | os.PathLike[str], *, oracle: CostOracle, seed: int, epochs: int,
                            config: DreamShardConfig, num_tables: tuple[int, int], num_devices: list[int],
                            memory_gb: float, metadata: dict[str, Any], memory_factor: float | None = None,
                            replay: bool = False, quiet: bool = True) -> dict[str, Any]:
    """Warm-start one cost net per device count on the data, run DreamShard's Algorithm 1 over ``tables``
    (with ``replay``, the data's training samples are replayed in the cost-net updates), save the policy
    and the cost nets;
    returns the cost nets' held-out metrics (after the warm start and at the end) and the policy's
    per-iteration ratio to the best greedy."""
    data = merge_datasets(datasets)
    train, held = data.split(VAL_FRACTION, seed)
    cost_nets, warm, replayed, held_by_devices = {}, {}, {}, {}
    for d in sorted({int(n) for n in data.num_devices.unique()}):
        keep = set(data.subset_devices(d))
        train_d, held_d = [i for i in train if i in keep], [i for i in held if i in keep]
        cost_nets[d], _ = train_dreamshard(data, train_d, held_d, seed=seed + d, epochs=epochs)
        warm[f"devices_{d}"] = evaluate_dreamshard(cost_nets[d], data, held_d).as_dict()
        replayed[d] = (data, train_d)
        held_by_devices[d] = held_d
    result = train_dreamshard_policy(tables, num_tables=num_tables, num_devices=num_devices, memory_gb=memory_gb,
                                     memory_factor=memory_factor, oracle=oracle, config=config, seed=seed,
                                     cost_nets=cost_nets, replay=replayed if replay else None, device="cpu",
                                     quiet=quiet)
    final = {f"devices_{d}": evaluate_dreamshard(result.cost_nets[d], data, held_d).as_dict()
             for d, held_d in held_by_devices.items()}
    metrics = {"cost_net_warm_start": warm, "cost_net_after_policy_training": final,
               "policy_ratio_to_greedy": [round(s.ratio_to_greedy, 4) for s in result.history],
               "policy_cpu_s": round(result.cpu_s, 1)}
    training = {"cost_net_epochs": epochs, "replay": replay, "policy": asdict(config), "num_tables": list(num_tables),
                "num_devices": num_devices, "memory_gb": memory_gb, "memory_factor": memory_factor,
                "pool_size": len(tables), "seed": seed}
    saved = {**{dreamshard_cost_file(d): net for d, net in result.cost_nets.items()}, POLICY_FILE: result.policy}
    for name, model in saved.items():
        save_model(model.cpu(), Path(out) / name, {**metadata, "training": training, "metrics": metrics})
    return metrics
