"""Name -> planner table of the non-learned sharding heuristics (CLI names).

Every entry is a :class:`Heuristic`: called as ``heuristic(task, seed) -> ShardingPlan`` (deterministic
heuristics ignore the seed), and marked when it belongs to the greedy family that DreamShard (NeurIPS
2022), AutoShard (KDD 2022) and NeuroShard (MLSys 2023) compare against, and whose cheapest plan is the
"best greedy" baseline (TorchRec's partitioner included). Adding a heuristic is one entry here; the planner
registry of :mod:`mlopt.sharding` picks it up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from mlopt.datasets.embedding_tables import ShardingPlan, ShardingTask

from .greedy import (
    Seed,
    dim_greedy_plan,
    lookup_greedy_plan,
    random_plan,
    round_robin_plan,
    size_greedy_plan,
    size_lookup_greedy_plan,
)
from .torchrec_style import torchrec_plan


@dataclass(frozen=True)
class Heuristic:
    """A heuristic planner and whether it is one of the greedy baselines."""

    plan: Callable[[ShardingTask, Seed], ShardingPlan]
    greedy_baseline: bool = False

    def __call__(self, task: ShardingTask, seed: Seed = None) -> ShardingPlan:
        return self.plan(task, seed)


HEURISTICS: dict[str, Heuristic] = {
    "random": Heuristic(random_plan),
    "round-robin": Heuristic(round_robin_plan),
    "dim-greedy": Heuristic(dim_greedy_plan, greedy_baseline=True),
    "size-greedy": Heuristic(size_greedy_plan, greedy_baseline=True),
    "lookup-greedy": Heuristic(lookup_greedy_plan, greedy_baseline=True),
    "size-lookup-greedy": Heuristic(size_lookup_greedy_plan, greedy_baseline=True),
    "torchrec": Heuristic(torchrec_plan, greedy_baseline=True),
}
