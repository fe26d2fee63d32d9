"""DreamShard's training loop (Zha et al., NeurIPS 2022, Sec. 3.4, Algorithm 1).

Each of ``iterations`` iterations:

1. **real evaluation**: ``real_evals`` tasks are drawn from the training pool; the current policy plays
   each once by argmax and once by sampling (both with the inference-time lookahead mask); both plans
   are priced per device by the real oracle and added to the cost buffer. The argmax costs, next to
   the best greedy baseline's (:func:`mlopt.sharding.core.baselines.best_greedy`), make the iteration's
   :class:`IterationStats`;
2. **cost net**: ``cost_steps`` Adam steps of :func:`mlopt.sharding.dreamshard.cost_net.dreamshard_loss` on
   mini-batches drawn (with replacement) from the whole buffer;
3. **policy**: ``policy_batches`` REINFORCE updates on the MDP *estimated by the cost net*: each batch
   draws one task and plays ``episodes_per_batch`` sampled episodes; the reward is 0 until the end,
   then -(predicted plan cost) (max over devices of the summed predicted components, by
   :class:`~mlopt.sharding.dreamshard.scorer.BatchedPlanScorer`), normalized over the batch (minus the mean,
   divided by the std), plus an entropy bonus. No oracle is called in this step.

With ``imitation_tasks`` > 0 (our addition; 0 is the paper), the first iteration puts a warm start between
steps 2 and 3: that many Adam steps (lr ``imitation_lr`` decayed linearly, one task each) of the policy towards
the least-loaded device under the just-fitted cost net (:mod:`mlopt.sharding.dreamshard.imitation`).

There is one cost net and one buffer for every device count of the task distribution (the cost net takes
the task's topology as an input; our extension, where the paper trains per hardware setting); the policy
is shared. All networks use Adam (lr
5e-4) with the learning rate decayed linearly to 0 over all their steps. Simplifications: a batch's
episodes share one task (so the batch-mean baseline compares plans of the same tables); an episode that
reaches a memory dead end is scored ``dead_end_penalty`` x the batch's largest predicted cost; a new
cost net gets its target scales from the first buffer. Option (``replay``, off by default):
cost nets warm-started on collected data (:func:`mlopt.sharding.dreamshard.build.train_dreamshard_models`) keep
seeing it (half of every cost-net step's loss), so that 300 steps on the first iteration's ~20 buffer
samples cannot overwrite what the warm start learned. The shipped weights use it: without it the cost
nets' held-out plan MAE on the collected data grows from 0.37-0.41 ms (warm start) to 0.81-1.06 ms over
50 iterations; with it, it falls to 0.10-0.15 ms (benchmarks/RESULTS.md).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Sequence

import numpy as np
import torch
from rich.progress import Progress

from mlopt.datasets.embedding_tables import EmbeddingTable, ShardingPlan, ShardingTask
from mlopt.envs.oracles import AnalyticalOracle
from mlopt.envs.oracles.base import CostOracle
from mlopt.envs.oracles.profiles import HardwareProfile
from mlopt.envs.sharding.features import normalize_features, raw_table_features
from mlopt.envs.sharding.task_sampler import IntChoice, TaskSampler
from mlopt.errors import InputError
from mlopt.nn.fit import seeded
from mlopt.sharding.core.baselines import best_greedy
from mlopt.sharding.core.cost_data import CostDataset
from mlopt.sharding.core.topology import profile_of, topology_features
from mlopt.sharding.dreamshard.cost_net import DreamShardCostNet, dreamshard_loss, fit_scales
from mlopt.sharding.dreamshard.imitation import demonstrate, imitation_loss
from mlopt.sharding.dreamshard.policy import DreamShardPolicy, make_scorer, rollout
from mlopt.sharding.dreamshard.weights import DreamShardModels


@dataclass(frozen=True)
class DreamShardConfig:
    """Hyperparameters; the defaults are the paper's."""

    iterations: int = 10
    real_evals: int = 10
    cost_steps: int = 300
    cost_batch_size: int = 64
    policy_batches: int = 10
    episodes_per_batch: int = 10
    lr: float = 5e-4
    entropy_weight: float = 1e-3
    dead_end_penalty: float = 2.0
    imitation_tasks: int = 0  # our addition (0 in the paper): warm start of the policy, one task per step
    imitation_lr: float = 3e-3

    def __post_init__(self) -> None:
        if self.imitation_tasks < 0:
            raise InputError(f"{self.imitation_tasks}", field="imitation_tasks", expected="a count >= 0")

    @classmethod
    def small(cls) -> "DreamShardConfig":
        """A few-second setting for tests and smoke runs."""
        return cls(iterations=4, real_evals=4, cost_steps=60, cost_batch_size=16, policy_batches=8,
                   episodes_per_batch=8, lr=2e-3)


@dataclass(frozen=True)
class IterationStats:
    """Real costs (ms) of the policy's argmax plans on one iteration's evaluation tasks, before the
    iteration's updates; ``ratio_to_greedy`` is the mean per-task ratio to the best greedy baseline
    (over the tasks some greedy packs; ``mean_greedy_ms`` likewise)."""

    iteration: int
    mean_cost_ms: float
    mean_greedy_ms: float
    ratio_to_greedy: float
    dead_ends: int
    cost_loss: float
    buffer_size: int


@dataclass(frozen=True)
class DreamShardResult(DreamShardModels):
    """The trained policy and cost net, per-iteration statistics, the process CPU time (s) and the imitation
    warm start's final loss."""

    history: tuple[IterationStats, ...] = ()
    cpu_s: float = 0.0
    imitation_loss: float | None = None  # the warm start's final loss (None without one)


class CostBuffer:
    """Real (task, plan, per-device costs) samples, stored as :class:`CostDataset` tensors."""

    def __init__(self) -> None:
        self.samples: list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = []

    def __len__(self) -> int:
        return len(self.samples)

    def add(self, task: ShardingTask, plan: ShardingPlan, costs: np.ndarray, topology: np.ndarray) -> None:
        raw = raw_table_features(task.tables, task.batch_size)
        self.samples.append((normalize_features(raw), raw, plan.as_array(), np.asarray(costs), topology))

    def dataset(self) -> CostDataset:
        feats, raw, assign, costs, topology = zip(*self.samples)
        tensors = {
            "features": torch.from_numpy(np.concatenate(feats)).float(),
            "raw_features": torch.from_numpy(np.concatenate(raw)).float(),
            "table_ptr": torch.from_numpy(np.cumsum([0, *map(len, assign)])).long(),
            "device_ptr": torch.from_numpy(np.cumsum([0, *map(len, costs)])).long(),
            "assignment": torch.from_numpy(np.concatenate(assign)).long(),
            "costs": torch.from_numpy(np.concatenate(costs)).float(),
            "task_id": torch.arange(len(self.samples)),
            "topology": torch.from_numpy(np.stack(topology)).float(),
        }
        return CostDataset(tensors, {"source": "DreamShard policy buffer"})


def _mean(values: Sequence[float] | np.ndarray) -> float:
    """Mean of the finite values (nan when none)."""
    finite = np.asarray(values, dtype=np.float64)
    finite = finite[np.isfinite(finite)]
    return float(finite.mean()) if finite.size else float("nan")


def _linear_decay(optimizer: torch.optim.Optimizer, total_steps: int) -> torch.optim.lr_scheduler.LambdaLR:
    return torch.optim.lr_scheduler.LambdaLR(optimizer, lambda step: max(0.0, 1.0 - step / max(total_steps, 1)))


def evaluate_policy(policy: DreamShardPolicy, cost_net: DreamShardCostNet, tasks: Sequence[ShardingTask],
                    oracle: CostOracle, buffer: CostBuffer, generator: torch.Generator,
                    device: torch.device, profile: HardwareProfile) -> tuple[list[float], list[float], int]:
    """Step 1: price the argmax and one sampled plan of each task with ``oracle`` into the buffer.

    Returns the argmax plans' real costs, the best greedy costs of the same tasks (nan where no greedy
    packs) and the number of argmax dead ends (tasks skipped)."""
    costs, greedy, dead = [], [], 0
    with torch.no_grad():
        for task in tasks:
            scorer = make_scorer(task, cost_net, device, profile)
            for is_greedy in (True, False):
                result = rollout(policy, scorer, task, 1, greedy=is_greedy, generator=generator, lookahead=True)
                if bool(result.dead_end[0]):
                    dead += is_greedy
                    continue
                plan = ShardingPlan.from_array(result.plans[0].cpu().numpy())
                price = oracle.cost(task, plan)
                buffer.add(task, plan, price.matrix(), topology_features(task, profile))
                if is_greedy:
                    costs.append(price.total_ms)
                    greedy.append(_best_greedy_ms(task, oracle))
    return costs, greedy, dead


def _best_greedy_ms(task: ShardingTask, oracle: CostOracle) -> float:
    """The best greedy baseline's real cost, nan when no greedy packs the task."""
    try:
        return best_greedy(task, oracle).cost.total_ms
    except InputError:
        return float("nan")


def fit_cost_net(cost_net: DreamShardCostNet, dataset: CostDataset, optimizer: torch.optim.Optimizer,
                 scheduler: torch.optim.lr_scheduler.LambdaLR, steps: int, batch_size: int,
                 rng: np.random.Generator, device: torch.device,
                 replay: tuple[CostDataset, Sequence[int]] | None = None) -> float:
    """Step 2: ``steps`` MSE steps on random mini-batches of ``dataset``; returns the mean loss. With
    ``replay`` (a dataset and the sample indices to draw from) every step averages the loss of a
    ``dataset`` batch and of an equally large replay batch."""
    cost_net.train()
    losses = []
    for _ in range(steps):
        batch = dataset.batch(rng.integers(0, len(dataset), size=batch_size).tolist()).to(device)
        loss = dreamshard_loss(cost_net, batch)
        if replay is not None:
            old = replay[0].batch(rng.choice(np.asarray(replay[1]), size=batch_size).tolist()).to(device)
            loss = 0.5 * (loss + dreamshard_loss(cost_net, old))
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        scheduler.step()
        losses.append(float(loss.detach()))
    cost_net.eval()
    return float(np.mean(losses)) if losses else float("nan")


def reinforce_step(policy: DreamShardPolicy, cost_net: DreamShardCostNet, task: ShardingTask,
                   optimizer: torch.optim.Optimizer, scheduler: torch.optim.lr_scheduler.LambdaLR,
                   config: DreamShardConfig, generator: torch.Generator, device: torch.device,
                   profile: HardwareProfile | None = None) -> float:
    """Step 3, one batch: REINFORCE on the cost-net-estimated MDP of ``task``; returns the mean
    predicted plan cost (ms) of the batch's episodes."""
    policy.train()
    scorer = make_scorer(task, cost_net, device, profile)
    result = rollout(policy, scorer, task, config.episodes_per_batch, greedy=False, generator=generator)
    predicted = scorer.score(result.plans)
    cost = torch.where(result.dead_end, config.dead_end_penalty * predicted.max(), predicted)
    reward = -cost
    advantage = (reward - reward.mean()) / (reward.std(unbiased=False) + 1e-8)
    loss = -(advantage * result.log_prob).mean() - config.entropy_weight * result.entropy.mean()
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    scheduler.step()
    return float(predicted.mean())


def imitate(policy: DreamShardPolicy, cost_net: DreamShardCostNet, sampler: TaskSampler, config: DreamShardConfig,
            device: torch.device, profile: HardwareProfile) -> float:
    """The imitation warm start (:mod:`mlopt.sharding.dreamshard.imitation`): ``config.imitation_tasks`` Adam
    steps on the teacher's trajectories of freshly drawn tasks; returns the mean loss of the last tenth."""
    optimizer = torch.optim.Adam(policy.parameters(), lr=config.imitation_lr)
    scheduler = _linear_decay(optimizer, config.imitation_tasks)
    policy.train()
    losses = []
    for _ in range(config.imitation_tasks):
        task = sampler.sample()
        loss = imitation_loss(policy, task, demonstrate(make_scorer(task, cost_net, device, profile), task))
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        scheduler.step()
        losses.append(float(loss.detach()))
    policy.eval()
    return float(np.mean(losses[-max(1, len(losses) // 10):]))


def train_dreamshard_policy(
    tables: Sequence[EmbeddingTable],
    *,
    num_tables: IntChoice = 50,
    num_devices: IntChoice = 4,
    memory_gb: float = 5.0,
    memory_factor: float | None = None,
    batch_size: int = 65_536,
    oracle: CostOracle | None = None,
    config: DreamShardConfig = DreamShardConfig(),
    seed: int = 0,
    policy: DreamShardPolicy | None = None,
    cost_net: DreamShardCostNet | None = None,
    replay: tuple[CostDataset, Sequence[int]] | None = None,
    device: str | torch.device | None = None,
    quiet: bool = False,
) -> DreamShardResult:
    """Train DreamShard's policy and its cost net (one for every device count in ``num_devices``) on tasks
    drawn from the training pool ``tables`` (module docstring). A given ``policy`` / ``cost_net`` is trained
    further (the cost net keeps its scales); the others are seeded by ``seed``. ``oracle`` defaults to the
    analytical A100 (its profile gives the topology features). Device memory is ``memory_gb``, or
    ``memory_factor`` x each task's fair share when given. ``replay`` is collected samples (dataset,
    indices) mixed into the cost net's updates (module docstring)."""
    from mlopt import device as default_device

    dev = default_device(None if device is None else str(device))
    oracle = oracle if oracle is not None else AnalyticalOracle("a100")
    rng = np.random.default_rng(seed)
    generator = torch.Generator(device=dev).manual_seed(seed)
    sampler = TaskSampler(tables, num_tables, num_devices, int(memory_gb * 2**30), batch_size, seed=rng,
                          memory_factor=memory_factor)
    profile = profile_of(oracle)
    with seeded(seed):
        policy = policy if policy is not None else DreamShardPolicy()
        net = cost_net if cost_net is not None else DreamShardCostNet()
    unscaled = cost_net is None
    policy.to(dev)
    net.to(dev)
    cost_opt = torch.optim.Adam(net.parameters(), lr=config.lr)
    cost_sched = _linear_decay(cost_opt, config.iterations * config.cost_steps)
    policy_opt = torch.optim.Adam(policy.parameters(), lr=config.lr)
    policy_sched = _linear_decay(policy_opt, config.iterations * config.policy_batches)
    buffer = CostBuffer()
    history: list[IterationStats] = []
    imitation: float | None = None
    start = time.process_time()
    with Progress(disable=quiet, transient=True) as progress:
        bar = progress.add_task("training DreamShard", total=config.iterations)
        for iteration in range(config.iterations):
            tasks = [sampler.sample() for _ in range(config.real_evals)]
            real, greedy, dead = evaluate_policy(policy, net, tasks, oracle, buffer, generator, dev, profile)
            if not len(buffer):
                raise InputError("every evaluation rollout ran out of device memory", field="memory",
                                 expected="tasks with more memory headroom")
            dataset = buffer.dataset()
            if unscaled:
                fit_scales(net, dataset, range(len(dataset)))
                unscaled = False
            loss = fit_cost_net(net, dataset, cost_opt, cost_sched, config.cost_steps, config.cost_batch_size, rng,
                                dev, replay)
            if iteration == 0 and config.imitation_tasks:
                imitation = imitate(policy, net, sampler, config, dev, profile)
            for _ in range(config.policy_batches):
                reinforce_step(policy, net, sampler.sample(), policy_opt, policy_sched, config, generator, dev,
                               profile)
            history.append(IterationStats(
                iteration=iteration,
                mean_cost_ms=_mean(real),
                mean_greedy_ms=_mean(greedy),
                ratio_to_greedy=_mean(np.divide(real, greedy)),
                dead_ends=dead, cost_loss=loss, buffer_size=len(buffer),
            ))
            progress.advance(bar)
    policy.eval()
    return DreamShardResult(policy, net, tuple(history), time.process_time() - start, imitation)
