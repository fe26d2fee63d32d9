"""The RL baseline of pass ordering: PPO against ``mlopt/PassOrdering-v0`` (issue 7).

Proximal Policy Optimization (Schulman et al., 2017, "Proximal Policy Optimization Algorithms",
arXiv:1707.06347) with generalized advantage estimation (Schulman et al., ICLR 2016, arXiv:1506.02438),
written here in plain torch: an actor-critic MLP over normalized Autophase features (Haj-Ali et al.,
MLSys 2020), the clipped surrogate objective, a value loss and an entropy bonus. This is the usual RL
baseline of CompilerGym's llvm-ic-v0 task (Cummins et al., CGO 2022) and of Liang et al. (ICML 2023).

Setup (every choice is an argument of :class:`PPOConfig`):

- **Env.** ``gymnasium.make("mlopt/PassOrdering-v0", backend=..., observation="ir", max_steps=...)``
  with the ``opt`` backend; the reward is the env's default, the IR instruction count reduction
  normalized by -Oz's, so an episode's return is 1.0 when it ends at -Oz's count. The IR observation is
  turned into features here (:func:`features`) so that features and pass results can be cached per IR
  (:class:`CachedBackend`): the same (IR, pass) pairs recur often across episodes.
- **Size attributes.** Every program first gets ``minsize`` / ``optsize`` on each function
  (:func:`size_attributed`, what ``clang -Oz``'s front end does), so the individual passes see the
  same function attributes as the -Oz baseline and as the sequences of :mod:`mlopt.passes.evaluate`
  (which run ``forceattrs`` first). The attributes change no instruction, so the -O0 count is the same,
  and the env's -Oz of the attributed IR equals :meth:`SequenceEvaluator.oz_count` of the original.
- **Actions.** A subset of the env's 116 passes: by default :data:`~mlopt.passes.search.GREEDY_PASSES`
  (37 passes that shrink some corpus program in one step, or that Liang et al. found most often in
  their coreset), mapped to env action indices. The -Oz pipeline is *not* an action: the policy builds
  its sequence from individual passes, as in CompilerGym.
- **Features.** ``autophase / max(TotalInsts, 1)`` (CompilerGym's normalization), ``log1p(autophase) /
  10`` (program scale), and ``steps / 45`` (the time feature: episodes have a fixed horizon, so with
  the step count observed the truncation is a true terminal state and the value after it is 0).
- **Evaluation.** :func:`apply_policy` rolls the policy out greedily on a held-out program for
  ``budget`` pass applications and returns the smallest instruction count seen (the -O0 program
  included). Greedy means the most probable pass not yet tried at the current features (without the
  time feature): a pass that leaves them unchanged would otherwise be chosen again and again.
"""

from __future__ import annotations

import hashlib
import math
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import gymnasium
import numpy as np
import torch
from torch import nn

from mlopt.datasets.caching import LRUCache
from mlopt.datasets.programs import Program, shipped_programs
from mlopt.envs import PASS_ORDERING_ENV_ID
from mlopt.envs.passes.backend import CompilerBackend, PassResult, as_sequence
from mlopt.envs.passes.env import DEFAULT_MAX_STEPS
from mlopt.envs.passes.ir import parse_for_features
from mlopt.envs.passes.observations import AUTOPHASE_FEATURES, autophase
from mlopt.envs.passes.opt_backend import SIZE_ATTRIBUTES, OptBackend
from mlopt.passes.search import GREEDY_PASSES
from mlopt.nn.torch_io import torch_save_atomic
from mlopt.nn import mlp, seeded

FEATURE_HORIZON = DEFAULT_MAX_STEPS  # the time feature is steps / 45 whatever the episode length
NUM_FEATURES = 2 * len(AUTOPHASE_FEATURES) + 1
_TOTAL_INSTS = AUTOPHASE_FEATURES.index("TotalInsts")
DEFAULT_CACHE_ENTRIES = 8192


def _digest(ir: str) -> str:
    return hashlib.sha256(ir.encode()).hexdigest()


class CachedBackend(CompilerBackend):
    """A backend that remembers pass results and instruction counts per IR (LRU, ``max_entries`` each).

    Passes are deterministic (tested in ``tests/envs``), so a cached result is the result; everything
    else (parsing, -Oz / -O3, .text size) goes straight to ``inner``.
    """

    def __init__(self, inner: CompilerBackend, max_entries: int = DEFAULT_CACHE_ENTRIES) -> None:
        self.inner = inner
        self.name = inner.name
        self.actions = inner.actions
        self._results = LRUCache(max_entries)
        self._counts = LRUCache(max_entries)

    def parse(self, source: str | bytes, name: str | Path = "<ir>") -> str:
        return self.inner.parse(source, name)

    def apply(self, ir: str, passes: str | Sequence[str]) -> PassResult:
        return self._results.fetch((_digest(ir), as_sequence(passes)), lambda: self.inner.apply(ir, passes))

    def optimize(self, ir: str, level: str) -> str:
        return self.inner.optimize(ir, level)

    def text_size(self, ir: str) -> int:
        return self.inner.text_size(ir)

    def instruction_count(self, ir: str) -> int:
        return self._counts.fetch(_digest(ir), lambda: self.inner.instruction_count(ir))


def size_attributed(program: Program, backend: OptBackend) -> Program:
    """``program`` with ``minsize`` and ``optsize`` on every function (module docstring); same name and path."""
    result = backend.apply(program.ir, "forceattrs", SIZE_ATTRIBUTES)
    if not result.ok:
        raise RuntimeError(f"{program.name}: adding size attributes failed ({result.status.value}): {result.message}")
    return Program(program.name, result.ir, program.path)


def features(counts: np.ndarray, step: int) -> np.ndarray:
    """Policy input (float32, :data:`NUM_FEATURES`) from Autophase ``counts`` after ``step`` passes."""
    counts = counts.astype(np.float64)
    scaled = counts / max(counts[_TOTAL_INSTS], 1.0)
    return np.concatenate([scaled, np.log1p(counts) / 10.0, [step / FEATURE_HORIZON]]).astype(np.float32)


class _Featurizer:
    """Autophase counts of IR text, cached per IR (LRU)."""

    def __init__(self, max_entries: int = DEFAULT_CACHE_ENTRIES) -> None:
        self._cache = LRUCache(max_entries)

    def __call__(self, ir: str, step: int) -> np.ndarray:
        return features(self._cache.fetch(_digest(ir), lambda: autophase(parse_for_features(ir))), step)


class ActorCritic(nn.Module):
    """Two MLPs over :func:`features`: logits over ``passes`` (the actor) and the state value (the critic).

    Args:
        passes: the action set, ``opt`` pass names of the env's backend (default ``GREEDY_PASSES``).
        hidden: width of the two hidden layers of each MLP.
    """

    def __init__(self, passes: Sequence[str] = GREEDY_PASSES, hidden: int = 64) -> None:
        super().__init__()
        self.passes = tuple(passes)
        self.hparams = {"passes": list(self.passes), "hidden": hidden}

        self.actor = mlp([NUM_FEATURES, hidden, hidden, len(self.passes)], nn.Tanh)
        self.critic = mlp([NUM_FEATURES, hidden, hidden, 1], nn.Tanh)

    def forward(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """(logits ``[..., len(passes)]``, values ``[...]``) of features ``x`` ``[..., NUM_FEATURES]``."""
        return self.actor(x), self.critic(x).squeeze(-1)


def save_policy(policy: ActorCritic, path: str | os.PathLike[str]) -> None:
    """Write ``policy`` (weights and hyperparameters) atomically; read back with :func:`load_policy`."""
    torch_save_atomic({"hparams": policy.hparams, "state_dict": policy.state_dict()}, path)


def load_policy(path: str | os.PathLike[str]) -> ActorCritic:
    """A policy written by :func:`save_policy` (loaded with ``weights_only``)."""
    data = torch.load(path, weights_only=True)
    policy = ActorCritic(**data["hparams"])
    policy.load_state_dict(data["state_dict"])
    return policy


@dataclass(frozen=True)
class PPOConfig:
    """PPO hyperparameters (defaults: a few minutes on one CPU core over the 26 training programs).

    ``lr`` was chosen on the validation split among 3e-4 and 1e-3 (geomean count / -Oz with 45 pass
    applications: 1.0342 and 1.0126, seed 0); the rest are common PPO defaults, not tuned.
    """

    iterations: int = 20
    episodes_per_iteration: int = 8
    max_steps: int = DEFAULT_MAX_STEPS  # passes per training episode
    epochs: int = 4  # optimization passes over each iteration's batch
    minibatch_size: int = 64
    lr: float = 1e-3
    gamma: float = 1.0  # undiscounted: the return is the episode's normalized reduction
    gae_lambda: float = 0.95
    clip: float = 0.2
    value_coef: float = 0.5
    entropy_coef: float = 0.01
    max_grad_norm: float = 0.5
    hidden: int = 64


def gae(rewards: Sequence[float], values: Sequence[float], dones: Sequence[bool], gamma: float,
        lam: float) -> tuple[np.ndarray, np.ndarray]:
    """Generalized advantage estimation over consecutive steps of whole episodes -> (advantages, returns).

    ``delta_t = r_t + gamma * V_{t+1} * (1 - done_t) - V_t`` and ``A_t = delta_t + gamma * lam * (1 -
    done_t) * A_{t+1}``; the value after the last step is 0 (it ends an episode). Returns are ``A + V``,
    the critic's targets.
    """
    n = len(rewards)
    advantages = np.zeros(n, dtype=np.float64)
    following = 0.0  # A_{t+1}
    for t in reversed(range(n)):
        live = 0.0 if dones[t] or t == n - 1 else 1.0
        next_value = values[t + 1] if t + 1 < n else 0.0
        delta = rewards[t] + gamma * next_value * live - values[t]
        following = delta + gamma * lam * live * following
        advantages[t] = following
    return advantages, advantages + np.asarray(values, dtype=np.float64)


def ppo_loss(policy: ActorCritic, obs: torch.Tensor, actions: torch.Tensor, old_log_probs: torch.Tensor,
             advantages: torch.Tensor, returns: torch.Tensor, config: PPOConfig) -> tuple[torch.Tensor, dict[str, float]]:
    """Clipped surrogate loss (Schulman et al., 2017, Eq. 7) + value loss - entropy bonus, and its parts.

    ``loss = -mean(min(rho * A, clip(rho, 1 - eps, 1 + eps) * A)) + c_v * mean((V - R)^2) / 2 -
    c_e * mean(H)`` with ``rho = pi(a|s) / pi_old(a|s)``.
    """
    logits, values = policy(obs)
    dist = torch.distributions.Categorical(logits=logits)
    ratio = torch.exp(dist.log_prob(actions) - old_log_probs)
    clipped = torch.clamp(ratio, 1 - config.clip, 1 + config.clip)
    policy_loss = -torch.min(ratio * advantages, clipped * advantages).mean()
    value_loss = 0.5 * ((values - returns) ** 2).mean()
    entropy = dist.entropy().mean()
    loss = policy_loss + config.value_coef * value_loss - config.entropy_coef * entropy
    return loss, {"policy": policy_loss.item(), "value": value_loss.item(), "entropy": entropy.item()}


class _Rollouts:
    """Pass-ordering episodes with a policy: the env, its action mapping and the feature cache."""

    def __init__(self, programs: Sequence[Program], passes: Sequence[str], max_steps: int,
                 backend: OptBackend | None) -> None:
        opt = backend or OptBackend()
        self.programs = [size_attributed(p, opt) for p in programs]
        cached = CachedBackend(opt)
        unknown = [p for p in passes if p not in cached.actions]
        if unknown:
            raise ValueError(f"passes not in the env's action set: {unknown}")
        self.action_index = [cached.actions.index(p) for p in passes]
        self.env = gymnasium.make(PASS_ORDERING_ENV_ID, benchmark=self.programs, backend=cached,
                                  observation="ir", max_steps=max_steps)
        self.featurize = _Featurizer()

    def reset(self, program: Program) -> tuple[np.ndarray, dict[str, Any]]:
        ir, info = self.env.reset(options={"program": program})
        return self.featurize(ir, 0), info

    def step(self, action: int) -> tuple[np.ndarray, float, bool, dict[str, Any]]:
        ir, reward, terminated, truncated, info = self.env.step(self.action_index[action])
        return self.featurize(ir, info["steps"]), float(reward), terminated or truncated, info


def _collect(rollouts: _Rollouts, policy: ActorCritic, programs: Sequence[Program],
             generator: torch.Generator) -> dict[str, Any]:
    """One sampled episode per program: observations, actions, log-probabilities, values, rewards, dones."""
    batch: dict[str, list] = {"obs": [], "actions": [], "log_probs": [], "values": [], "rewards": [], "dones": []}
    returns = []
    for program in programs:
        obs, _ = rollouts.reset(program)
        done, total = False, 0.0
        while not done:
            with torch.no_grad():
                logits, value = policy(torch.from_numpy(obs))
            probs = torch.softmax(logits, -1)
            action = int(torch.multinomial(probs, 1, generator=generator))
            next_obs, reward, done, _ = rollouts.step(action)
            for key, item in (("obs", obs), ("actions", action), ("log_probs", float(torch.log(probs[action]))),
                              ("values", float(value)), ("rewards", reward), ("dones", done)):
                batch[key].append(item)
            obs, total = next_obs, total + reward
        returns.append(total)
    batch["episode_returns"] = returns
    return batch


def train_ppo(programs: Sequence[Program] | None = None, config: PPOConfig = PPOConfig(), seed: int = 0,
              backend: OptBackend | None = None, passes: Sequence[str] = GREEDY_PASSES,
              quiet: bool = True) -> tuple[ActorCritic, list[float]]:
    """PPO on ``programs`` (default: the shipped training split) -> (policy, mean episode return per iteration).

    Each iteration samples ``episodes_per_iteration`` programs (uniformly, from a generator seeded by
    ``seed``), plays one episode of ``max_steps`` passes on each with the current policy, computes GAE
    advantages (normalized over the batch) and runs ``epochs`` passes of shuffled minibatches of the
    clipped PPO loss with Adam. Same seed, same programs and same ``opt``: same policy and rewards.
    """
    programs = list(programs) if programs is not None else list(shipped_programs("train"))
    rollouts = _Rollouts(programs, passes, config.max_steps, backend)
    with seeded(seed):
        policy = ActorCritic(passes, config.hidden)
    optimizer = torch.optim.Adam(policy.parameters(), lr=config.lr)
    generator = torch.Generator().manual_seed(seed)
    rng = np.random.default_rng(seed)
    mean_returns: list[float] = []
    for iteration in range(config.iterations):
        chosen = [rollouts.programs[i] for i in rng.integers(len(programs), size=config.episodes_per_iteration)]
        batch = _collect(rollouts, policy, chosen, generator)
        advantages, returns = gae(batch["rewards"], batch["values"], batch["dones"], config.gamma, config.gae_lambda)
        advantages = (advantages - advantages.mean()) / (advantages.std() + 1e-8)
        tensors = (torch.from_numpy(np.stack(batch["obs"])), torch.tensor(batch["actions"]),
                   torch.tensor(batch["log_probs"], dtype=torch.float32),
                   torch.from_numpy(advantages).float(), torch.from_numpy(returns).float())
        n = len(batch["actions"])
        for _ in range(config.epochs):
            order = torch.randperm(n, generator=generator)
            for start in range(0, n, config.minibatch_size):
                idx = order[start:start + config.minibatch_size]
                loss, parts = ppo_loss(policy, *(t[idx] for t in tensors), config)
                optimizer.zero_grad()
                loss.backward()
                nn.utils.clip_grad_norm_(policy.parameters(), config.max_grad_norm)
                optimizer.step()
        mean_returns.append(float(np.mean(batch["episode_returns"])))
        if not quiet:
            print(f"iteration {iteration + 1}/{config.iterations}: mean episode reward {mean_returns[-1]:.3f} "
                  f"({n} steps; last minibatch: value loss {parts['value']:.4f}, entropy {parts['entropy']:.3f})",
                  flush=True)
    policy.eval()
    return policy, mean_returns


def greedy_rollout(program: Program, policy: ActorCritic, budget: int = DEFAULT_MAX_STEPS,
                   backend: OptBackend | None = None) -> tuple[int, tuple[str, ...]]:
    """Greedy rollout of ``budget`` pass applications on ``program`` (the original -O0 program; module
    docstring) -> (smallest IR instruction count seen, the -O0 count included; the passes that reached it)."""
    rollouts = _Rollouts([program], policy.passes, max(budget, 1), backend)
    obs, info = rollouts.reset(rollouts.programs[0])
    best, best_length = info["instruction_count"], 0
    passes: list[str] = []
    tried: dict[bytes, set[int]] = {}
    for _ in range(budget):
        at_state = tried.setdefault(obs[:-1].tobytes(), set())  # the features without the time feature
        if len(at_state) == len(policy.passes):
            break
        with torch.no_grad():
            logits, _ = policy(torch.from_numpy(obs))
        logits[list(at_state)] = -math.inf
        action = int(torch.argmax(logits))
        at_state.add(action)
        obs, _, done, info = rollouts.step(action)
        if info["status"] == "ok":
            passes.append(policy.passes[action])
            if info["instruction_count"] < best:
                best, best_length = info["instruction_count"], len(passes)
        if done:
            break
    return int(best), tuple(passes[:best_length])


def apply_policy(program: Program, policy: ActorCritic, budget: int = DEFAULT_MAX_STEPS,
                 backend: OptBackend | None = None) -> int:
    """Smallest IR instruction count seen in :func:`greedy_rollout` (``budget`` pass applications)."""
    return greedy_rollout(program, policy, budget, backend)[0]


__all__ = ["ActorCritic", "CachedBackend", "PPOConfig", "apply_policy", "features", "gae", "greedy_rollout", "load_policy",
           "ppo_loss", "save_policy", "size_attributed", "train_ppo"]
