r"""DreamShard's placement policy (Zha et al., "DreamShard: Generalizable Embedding Table Placement for
Recommender Systems", NeurIPS 2022, Sec. 3.3 and Fig. 4).

Tables are placed one by one in descending order of their *predicted* single-table cost (the cost net's
summed components of the table alone on a device). At each step, for every device d holding the tables
S_d placed so far:

* table part   z_d = sum_{t in S_d} g(x_t),  g an MLP 24 -> 128 -> 32 of its own (not the cost net's);
* cost part    u_d = k(c_d / s),  c_d the cost net's 4 predicted components of device d under the
  partial placement, s the cost net's component scales (so inputs are O(1)), k an MLP 4 -> 64 -> 32;
* logit        l_d = w^T [z_d ; u_d] + b   (linear 64 -> 1);

and the action is drawn from the softmax of l over the *legal* devices (those where the current table
still fits in memory): sampled in training, argmax at inference. At inference we also mask devices
after which the remaining tables would no longer pack first-fit (our addition, see :func:`rollout`).
The weights are shared across devices, so one policy serves any number of tables and devices; it sees the
device count and topology only through the cost features, which the topology-conditioned cost net computes
(:mod:`mlopt.sharding.dreamshard.cost_net`; our extension: one cost net for every device count, where the
paper trains one per hardware setting).

Simplifications: our cost net predicts four components (forward/backward compute, forward/backward
comm) instead of the paper's three, so the cost embedding takes 4 inputs; the current table is not an
input (as in the paper, the fixed placement order carries it).

:func:`rollout` plays B episodes of one task at once (batched over episodes; a Python loop over the T
steps only). :func:`plan_with_dreamshard` is the argmax rollout as a :class:`ShardingPlan`.
Checkpoints go through :mod:`mlopt.nn.checkpoint` (the policy class registers itself there).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch
from torch import nn

from mlopt.datasets.embedding_tables import ShardingPlan, ShardingTask
from mlopt.envs.sharding.features import NUM_FEATURES, table_features
from mlopt.errors import InputError
from mlopt.envs.oracles.profiles import HardwareProfile
from mlopt.nn import load_model, mlp, register_model_class, save_model
from mlopt.sharding.core.topology import topology_features
from mlopt.sharding.dreamshard.cost_net import NUM_COMPONENTS, DreamShardCostNet
from mlopt.sharding.dreamshard.scorer import BatchedPlanScorer
from mlopt.solvers.sharding.packing import still_packable


@register_model_class
class DreamShardPolicy(nn.Module):
    """Per-device logits from summed table embeddings and embedded cost features (module docstring)."""

    def __init__(self, num_features: int = NUM_FEATURES, hidden: int = 128, embed: int = 32,
                 num_costs: int = NUM_COMPONENTS, cost_hidden: int = 64, cost_embed: int = 32) -> None:
        super().__init__()
        self.hparams = {"num_features": num_features, "hidden": hidden, "embed": embed, "num_costs": num_costs,
                        "cost_hidden": cost_hidden, "cost_embed": cost_embed}
        self.table_mlp = mlp([num_features, hidden, embed], final_activation=True)
        self.cost_mlp = mlp([num_costs, cost_hidden, cost_embed], final_activation=True)
        self.head = nn.Linear(embed + cost_embed, 1)

    def config(self) -> dict[str, object]:
        """Constructor arguments (JSON), for checkpoints."""
        return dict(self.hparams)

    def embed_tables(self, features: torch.Tensor) -> torch.Tensor:
        """g(x_t) for features [T, 24] -> [T, embed]."""
        return self.table_mlp(features)

    def forward(self, table_sums: torch.Tensor, cost_features: torch.Tensor) -> torch.Tensor:
        """Logits [..., D] from summed table embeddings [..., D, embed] and cost features [..., D, num_costs]."""
        return self.head(torch.cat([table_sums, self.cost_mlp(cost_features)], dim=-1)).squeeze(-1)


def save_policy(policy: DreamShardPolicy, path: str | os.PathLike[str], metadata: dict[str, Any] | None = None) -> None:
    """Checkpoint ``policy`` (state dict at ``path``, JSON config beside it; see mlopt.nn.checkpoint)."""
    save_model(policy, path, metadata)


def load_policy(path: str | os.PathLike[str],
                map_location: str | torch.device = "cpu") -> tuple[DreamShardPolicy, dict[str, Any]]:
    """The policy saved by :func:`save_policy` and its metadata; InputError for anything else."""
    return load_model(path, map_location, expected=DreamShardPolicy)


@dataclass
class Rollout:
    """B episodes of one task: plans [B, T] (device per table, task order), summed log-probabilities and
    entropies of the chosen actions [B] (differentiable w.r.t. the policy), and which episodes hit a
    memory dead end (no legal device for some table; their later tables ignore memory)."""

    plans: torch.Tensor
    log_prob: torch.Tensor
    entropy: torch.Tensor
    dead_end: torch.Tensor


def placement_order(scorer: BatchedPlanScorer) -> torch.Tensor:
    """Table indices in descending predicted single-table cost (each table alone on a device)."""
    model = scorer.model
    t = scorer.num_tables
    with torch.no_grad():
        h = model.device_repr(scorer.embeddings, torch.arange(t, device=scorer.device), t)
        single = model.device_costs(h, torch.ones(t, dtype=torch.bool, device=scorer.device)).sum(-1)
    return torch.argsort(single, descending=True, stable=True)


def lookahead_mask(legal: torch.Tensor, used: torch.Tensor, size: int, remaining_desc: np.ndarray,
                   memory_bytes: int) -> torch.Tensor:
    """``legal`` [B, D] narrowed to devices after which the remaining tables still pack first-fit
    decreasing (:func:`mlopt.solvers.sharding.packing.still_packable`, all legal (episode, device) pairs at once); an
    episode with no such device keeps its plain memory mask."""
    episode, device = legal.nonzero(as_tuple=True)
    after = (memory_bytes - used.cpu().numpy())[episode.cpu().numpy()]
    after[np.arange(len(after)), device.cpu().numpy()] -= size
    out = torch.zeros_like(legal)
    out[episode, device] = torch.as_tensor(still_packable(after, remaining_desc), device=legal.device)
    return torch.where(out.any(-1, keepdim=True), out, legal)


def legal_devices(used: torch.Tensor, size: int, memory_bytes: int,
                  remaining_desc: np.ndarray | None = None) -> tuple[torch.Tensor, torch.Tensor]:
    """The devices [B, D] a table of ``size`` bytes may go to, given the bytes ``used`` [B, D] so far: those
    with room for it, narrowed by :func:`lookahead_mask` when the sizes still to place are given
    (``remaining_desc``, descending); and which episodes [B] are stuck (no device has room). A stuck episode
    may use every device, so that it still ends with a plan."""
    legal = used + size <= memory_bytes
    if remaining_desc is not None:
        legal = lookahead_mask(legal, used, size, remaining_desc, memory_bytes)
    stuck = ~legal.any(-1)
    return legal | stuck[:, None], stuck


class DeviceCostTracker:
    """The cost net's per-device component estimates [B, D, 4] of B partial placements of one task,
    updated one table at a time: the device representations' sums add the table's embedding and their
    maxima take the elementwise max (embeddings are >= 0, so zeros start both exactly), so a step costs
    O(B D) instead of re-reducing every placed table."""

    def __init__(self, scorer: BatchedPlanScorer, num_episodes: int) -> None:
        self.net = scorer.model
        self.embeddings = scorer.embeddings  # [T, E]
        shape = (num_episodes, scorer.num_devices, self.embeddings.shape[1])
        self.parts = {reduction: self.embeddings.new_zeros(shape) for reduction in self.net.reductions}
        self.count = torch.zeros(shape[:2], dtype=torch.long, device=self.embeddings.device)
        self._episodes = torch.arange(num_episodes, device=self.embeddings.device)

    @torch.no_grad()
    def place(self, devices: torch.Tensor, table: int) -> None:
        """Put ``table`` on ``devices[e]`` in every episode e."""
        e, row = self._episodes, self.embeddings[table]
        for reduction, part in self.parts.items():
            part[e, devices] = part[e, devices] + row if reduction == "sum" else torch.maximum(part[e, devices], row)
        self.count[e, devices] += 1

    @torch.no_grad()
    def costs(self) -> torch.Tensor:
        h = torch.cat([self.parts[r] for r in self.net.reductions], dim=-1)
        return self.net.device_costs(h, self.count > 0)


def rollout(policy: DreamShardPolicy, scorer: BatchedPlanScorer, task: ShardingTask, num_episodes: int,
            *, greedy: bool, generator: torch.Generator | None = None, lookahead: bool = False) -> Rollout:
    """Play ``num_episodes`` episodes of ``task`` on the MDP estimated by the cost net in ``scorer``.

    Cost features come from the cost net on the partial placement (no oracle). ``greedy`` takes the
    argmax action; otherwise actions are sampled with ``generator``. ``lookahead`` (our addition to the
    paper's memory mask, for tight memory; a Python loop over B x D per step, meant for few episodes)
    also masks devices after which the remaining tables would no longer pack (:func:`lookahead_mask`).
    """
    dev = scorer.device
    scale = scorer.model.component_scale.to(dev)
    b, t, d = num_episodes, task.num_tables, task.num_devices
    order = placement_order(scorer).tolist()
    sizes_np = task.sizes()
    sizes = torch.tensor(sizes_np, device=dev)  # a copy: task.sizes() is read-only
    features = torch.as_tensor(table_features(task.tables, task.batch_size), dtype=torch.float32, device=dev)
    emb = policy.embed_tables(features)  # [T, E]
    plans = torch.full((b, t), -1, dtype=torch.long, device=dev)
    used = torch.zeros(b, d, dtype=torch.long, device=dev)
    table_sums = emb.new_zeros(b, d, emb.shape[1])
    cost_features = emb.new_zeros(b, d, NUM_COMPONENTS)
    tracker = DeviceCostTracker(scorer, b)
    log_prob = emb.new_zeros(b)
    entropy = emb.new_zeros(b)
    dead_end = torch.zeros(b, dtype=torch.bool, device=dev)
    episodes = torch.arange(b, device=dev)
    for step, table in enumerate(order):
        remaining = np.sort(sizes_np[order[step + 1:]])[::-1] if lookahead else None
        legal, stuck = legal_devices(used, int(sizes_np[table]), task.memory_bytes, remaining)
        dead_end |= stuck
        logits = policy(table_sums, cost_features).masked_fill(~legal, float("-inf"))
        dist = torch.distributions.Categorical(logits=logits)
        if greedy:
            action = logits.argmax(-1)
        else:
            action = torch.multinomial(dist.probs, 1, generator=generator).squeeze(-1)
        log_prob = log_prob + dist.log_prob(action)
        entropy = entropy + dist.entropy()
        plans[:, table] = action
        used[episodes, action] += sizes[table]
        table_sums = table_sums + nn.functional.one_hot(action, d).to(emb.dtype).unsqueeze(-1) * emb[table]
        tracker.place(action, table)
        cost_features = tracker.costs() / scale
    return Rollout(plans, log_prob, entropy, dead_end)


def make_scorer(task: ShardingTask, cost_net: DreamShardCostNet, device: torch.device | str | None = None,
                profile: HardwareProfile | None = None) -> BatchedPlanScorer:
    """A :class:`BatchedPlanScorer` of ``task``'s tables (features normalized per task) on ``task``'s topology
    with ``profile``'s interconnect (default: A100)."""
    return BatchedPlanScorer(cost_net, task.tables, task.num_devices, device, batch_size=task.batch_size,
                             topology=topology_features(task, profile))


@torch.no_grad()
def plan_with_dreamshard(task: ShardingTask, policy: DreamShardPolicy, cost_net: DreamShardCostNet,
                         device: torch.device | str | None = None,
                         profile: HardwareProfile | None = None) -> ShardingPlan:
    """DreamShard's inference: the argmax rollout of ``policy`` on ``task``, for any T, D and hosts (the cost
    net sees the topology on ``profile``, default A100), with the first-fit lookahead mask (so it avoids
    memory dead ends whenever first-fit can).

    Raises InputError when some table fits no device (the task does not fit, or no packing was found).
    """
    task.check_fits()
    scorer = make_scorer(task, cost_net, device, profile)
    policy = policy.to(scorer.device).eval()
    result = rollout(policy, scorer, task, 1, greedy=True, lookahead=True)
    if bool(result.dead_end.any()):
        raise InputError("the DreamShard policy ran out of device memory while placing the tables",
                         field="memory", expected="more devices or a larger memory (or another method)")
    plan = ShardingPlan.from_array(result.plans[0].cpu().numpy().astype(np.int64))
    plan.validate(task)
    return plan
