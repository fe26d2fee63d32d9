r"""A warm start of DreamShard's policy by imitation of the least-loaded device under the cost net (our
addition to Zha et al., NeurIPS 2022, Algorithm 1; off in the paper's preset).

Why: the paper's REINFORCE starts from a random policy. Ten iterations of it (100 policy batches) left the
shipped policy's argmax plans 1.009x the best greedy baseline on device counts it never saw, while the rule
"put the table on the legal device whose *predicted* cost (the cost net's summed components) is lowest so
far" reaches 0.92x on the same tasks (benchmarks/RESULTS.md, issue 18). That rule reads only what the
policy itself reads at a step (the cost features of the partial placement, in the paper's table order), so
the policy can represent it exactly; the warm start teaches it, and Algorithm 1 then trains on from there.

For one task the teacher's trajectory is played on the MDP estimated by the cost net
(:class:`~mlopt.sharding.dreamshard.policy.DeviceCostTracker`, the inference-time memory and first-fit
lookahead masks). At step i, with legal devices L_i and predicted device costs c_{i,d}, the target set is
A_i = {d in L_i : c_{i,d} <= min_{L_i} c + tol} (empty devices tie, and the policy cannot tell them apart),
the teacher places the table on the first device of A_i, and the loss is

    loss = -(1/T) sum_i log sum_{d in A_i} softmax_{L_i}(l_i)_d ,

l_i the policy's logits at step i (:class:`~mlopt.sharding.dreamshard.policy.DreamShardPolicy`): its table
part z_{i,d} sums the policy's own embeddings of the tables the teacher put on d before step i (an exclusive
cumulative sum over the steps, so one forward pass scores the whole trajectory).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

from mlopt.datasets.embedding_tables import ShardingTask
from mlopt.envs.sharding.features import table_features
from mlopt.sharding.dreamshard.policy import DeviceCostTracker, DreamShardPolicy, legal_devices, placement_order
from mlopt.sharding.dreamshard.scorer import BatchedPlanScorer

TIE_TOLERANCE = 1e-6  # of the largest predicted device cost: devices this close to the least tie


@dataclass(frozen=True)
class Demonstration:
    """The teacher's trajectory on one task: tables in placement order [T], its devices [T], the policy's
    cost features at each step [T, D, 4], the legal devices [T, D] and the tied least-cost targets [T, D]."""

    order: torch.Tensor
    actions: torch.Tensor
    cost_features: torch.Tensor
    legal: torch.Tensor
    targets: torch.Tensor


@torch.no_grad()
def demonstrate(scorer: BatchedPlanScorer, task: ShardingTask) -> Demonstration:
    """The least-predicted-cost teacher played on ``task`` (module docstring)."""
    dev = scorer.device
    scale = scorer.model.component_scale.to(dev)
    order = placement_order(scorer)
    sizes = task.sizes()
    ordered_sizes = sizes[order.cpu().numpy()]
    d = task.num_devices
    tracker = DeviceCostTracker(scorer, 1)
    used = torch.zeros(1, d, dtype=torch.long, device=dev)
    costs = torch.zeros(1, d, scale.numel(), device=dev)
    steps = len(order)
    features = torch.zeros(steps, d, scale.numel(), device=dev)
    legal_all = torch.zeros(steps, d, dtype=torch.bool, device=dev)
    targets = torch.zeros(steps, d, dtype=torch.bool, device=dev)
    actions = torch.zeros(steps, dtype=torch.long, device=dev)
    for step, table in enumerate(order.tolist()):
        remaining = np.sort(ordered_sizes[step + 1:])[::-1]
        # a dead end may use every device: imitate the least-loaded device regardless of memory
        legal = legal_devices(used, int(sizes[table]), task.memory_bytes, remaining)[0][0]
        load = costs[0].sum(-1)
        masked = load.masked_fill(~legal, float("inf"))
        least = masked.min()
        tied = legal & (load <= least + TIE_TOLERANCE * float(load.max().clamp_min(1e-12)))
        action = int(tied.nonzero()[0, 0])
        features[step], legal_all[step], targets[step], actions[step] = costs[0] / scale, legal, tied, action
        used[0, action] += int(sizes[table])
        tracker.place(torch.tensor([action], device=dev), table)
        costs = tracker.costs()
    return Demonstration(order, actions, features, legal_all, targets)


def trajectory_logits(policy: DreamShardPolicy, task: ShardingTask, demo: Demonstration) -> torch.Tensor:
    """The policy's logits [T, D] at every step of the teacher's trajectory, -inf on illegal devices, in one
    forward pass (module docstring)."""
    dev = demo.actions.device
    features = torch.as_tensor(table_features(task.tables, task.batch_size), dtype=torch.float32, device=dev)
    emb = policy.embed_tables(features)[demo.order]  # [T, E] in placement order
    onehot = torch.nn.functional.one_hot(demo.actions, demo.legal.shape[1]).to(emb.dtype)  # [T, D]
    placed = onehot.unsqueeze(-1) * emb.unsqueeze(1)  # [T, D, E]: step i's table on its device
    table_sums = torch.cumsum(placed, dim=0) - placed  # exclusive: tables placed before step i
    return policy(table_sums, demo.cost_features).masked_fill(~demo.legal, float("-inf"))


def imitation_loss(policy: DreamShardPolicy, task: ShardingTask, demo: Demonstration) -> torch.Tensor:
    """The mean negative log-probability the policy gives the teacher's tied targets (module docstring)."""
    log_probs = torch.log_softmax(trajectory_logits(policy, task, demo), dim=-1)
    return -torch.logsumexp(log_probs.masked_fill(~demo.targets, float("-inf")), dim=-1).mean()
