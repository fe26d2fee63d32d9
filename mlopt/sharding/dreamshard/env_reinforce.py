"""Plain REINFORCE of :class:`~mlopt.sharding.dreamshard.policy.DreamShardPolicy` against a Gymnasium sharding
env (``mlopt/Sharding-v0``): a demonstration of the env API, not DreamShard's algorithm.

Differences from :mod:`mlopt.sharding.dreamshard.train`: the reward is the env's real one (no cost net), and the
policy's inputs come from the observation only: the table part sums the policy's embeddings of the
tables it placed on each device (``obs["table"]`` at each step and its own actions), the cost part is
``obs["devices"]``'s four per-device cost columns (the oracle's costs so far, scaled by the task's
``cost_scale_ms``), and actions are masked by ``obs["action_mask"]`` (padded devices included).
Episodes are grouped into batches whose rewards are normalized (minus the mean, divided by the std);
Adam with the paper's lr 5e-4 and entropy bonus 0.001.
"""

from __future__ import annotations

from typing import Any

import gymnasium
import numpy as np
import torch
from rich.progress import Progress

import mlopt.envs  # noqa: F401 - registers mlopt/Sharding-v0
from mlopt.envs.oracles.base import COMPONENTS
from mlopt.envs.sharding.env import NUM_DEVICE_FEATURES
from mlopt.nn.fit import seeded
from mlopt.sharding.dreamshard.policy import DreamShardPolicy

COST_COLUMNS = slice(NUM_DEVICE_FEATURES - 1 - len(COMPONENTS), NUM_DEVICE_FEATURES - 1)


def play_episode(env: gymnasium.Env, policy: DreamShardPolicy, seed: int,
                 generator: torch.Generator) -> tuple[torch.Tensor, torch.Tensor, float]:
    """One sampled episode: summed log-probability and entropy of the actions, and the total reward."""
    obs, _ = env.reset(seed=seed)
    table_sums = torch.zeros(len(obs["action_mask"]), policy.hparams["embed"])
    log_prob, entropy, total = torch.zeros(()), torch.zeros(()), 0.0
    done = False
    while not done:
        emb = policy.embed_tables(torch.as_tensor(obs["table"]).unsqueeze(0)).squeeze(0)
        costs = torch.as_tensor(obs["devices"][:, COST_COLUMNS])
        mask = torch.as_tensor(obs["action_mask"], dtype=torch.bool)
        dist = torch.distributions.Categorical(logits=policy(table_sums, costs).masked_fill(~mask, float("-inf")))
        action = torch.multinomial(dist.probs, 1, generator=generator).squeeze(-1)
        log_prob = log_prob + dist.log_prob(action)
        entropy = entropy + dist.entropy()
        table_sums = table_sums + torch.nn.functional.one_hot(action, len(mask)).unsqueeze(-1) * emb
        obs, reward, terminated, truncated, _ = env.step(int(action))
        total += float(reward)
        done = terminated or truncated
    return log_prob, entropy, total


def train_on_env(env_id: str = "mlopt/Sharding-v0", episodes: int = 100, *, env_kwargs: dict[str, Any] | None = None,
                 policy: DreamShardPolicy | None = None, batch_episodes: int = 10, lr: float = 5e-4,
                 entropy_weight: float = 1e-3, seed: int = 0,
                 quiet: bool = False) -> tuple[DreamShardPolicy, list[float]]:
    """Train ``policy`` (new, seeded by ``seed``, when None) for ``episodes`` episodes of ``env_id``
    made with ``env_kwargs``; returns it and each episode's total reward."""
    env = gymnasium.make(env_id, **(env_kwargs or {}))
    if policy is None:
        with seeded(seed):
            policy = DreamShardPolicy()
    policy.train()
    optimizer = torch.optim.Adam(policy.parameters(), lr=lr)
    generator = torch.Generator().manual_seed(seed)
    episode_seeds = np.random.default_rng(seed).integers(2**31, size=episodes)
    rewards: list[float] = []
    with Progress(disable=quiet, transient=True) as progress:
        bar = progress.add_task(f"REINFORCE on {env_id}", total=episodes)
        for start in range(0, episodes, batch_episodes):
            played = [play_episode(env, policy, int(s), generator) for s in episode_seeds[start:start + batch_episodes]]
            log_prob = torch.stack([p[0] for p in played])
            entropy = torch.stack([p[1] for p in played])
            reward = torch.tensor([p[2] for p in played])
            advantage = (reward - reward.mean()) / (reward.std(unbiased=False) + 1e-8)
            loss = -(advantage * log_prob).mean() - entropy_weight * entropy.mean()
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            rewards.extend(reward.tolist())
            progress.advance(bar, len(played))
    env.close()
    policy.eval()
    return policy, rewards
