"""Train DreamShard's policy and cost nets from collected cost data into a weights folder (what ``mlopt
shard train --method dreamshard`` runs; the shipped weights come from ``mlopt/sharding/pretrained/reproduce.sh``).

DreamShard (Zha et al., NeurIPS 2022, Sec. 3.4): the cost net (one for every device count, topology as
an input) is first fitted to the collected data (warm
start; our addition), then Algorithm 1 (alternating oracle evaluations of the policy, cost-net fitting and
REINFORCE on the estimated MDP, :mod:`mlopt.sharding.dreamshard.train`) trains policy and cost net on tasks
drawn from the table pool. Every weights file gets a JSON config (:func:`mlopt.nn.checkpoint.save_model`)
whose metadata holds the training config, held-out metrics, the data files' headers and the command line.
"""

from __future__ import annotations

import os
from dataclasses import asdict
from pathlib import Path
from typing import Any, Sequence

from mlopt.datasets.embedding_tables import EmbeddingTable
from mlopt.envs.oracles.base import CostOracle
from mlopt.nn import save_model
from mlopt.sharding.core.cost_data import VAL_FRACTION, CostDataset, merge_datasets
from mlopt.sharding.dreamshard.cost_net import evaluate_dreamshard, train_dreamshard
from mlopt.sharding.dreamshard.train import DreamShardConfig, train_dreamshard_policy
from mlopt.sharding.dreamshard.weights import COST_FILE, POLICY_FILE


def train_dreamshard_models(datasets: Sequence[CostDataset], tables: Sequence[EmbeddingTable],
                            out: str | os.PathLike[str], *, oracle: CostOracle, seed: int, epochs: int,
                            config: DreamShardConfig, num_tables: tuple[int, int], num_devices: list[int],
                            memory_gb: float, metadata: dict[str, Any], memory_factor: float | None = None,
                            replay: bool = False, quiet: bool = True) -> dict[str, Any]:
    """Warm-start the cost net on the data (every device count and topology in it: the net takes the
    topology as an input), run DreamShard's Algorithm 1 over ``tables`` on tasks of ``num_devices`` devices
    (with ``replay``, the data's training samples are replayed in the cost-net updates), save the policy and
    the cost net; returns the cost net's held-out metrics (after the warm start and at the end) and the
    policy's per-iteration ratio to the best greedy."""
    data = merge_datasets(datasets)
    train, held = data.split(VAL_FRACTION, seed)
    cost_net, _ = train_dreamshard(data, train, held, seed=seed, epochs=epochs)
    warm = evaluate_dreamshard(cost_net, data, held).as_dict()
    result = train_dreamshard_policy(tables, num_tables=num_tables, num_devices=num_devices, memory_gb=memory_gb,
                                     memory_factor=memory_factor, oracle=oracle, config=config, seed=seed,
                                     cost_net=cost_net, replay=(data, train) if replay else None, device="cpu",
                                     quiet=quiet)
    final = evaluate_dreamshard(result.cost_net, data, held).as_dict()
    metrics = {"cost_net_warm_start": warm, "cost_net_after_policy_training": final,
               "policy_ratio_to_greedy": [round(s.ratio_to_greedy, 4) for s in result.history],
               "policy_cpu_s": round(result.cpu_s, 1),
               "policy_imitation_loss": None if result.imitation_loss is None else round(result.imitation_loss, 4)}
    training = {"cost_net_epochs": epochs, "replay": replay, "policy": asdict(config), "num_tables": list(num_tables),
                "num_devices": num_devices, "memory_gb": memory_gb, "memory_factor": memory_factor,
                "pool_size": len(tables), "seed": seed}
    for name, model in ((COST_FILE, result.cost_net), (POLICY_FILE, result.policy)):
        save_model(model.cpu(), Path(out) / name, {**metadata, "training": training, "metrics": metrics})
    return metrics
