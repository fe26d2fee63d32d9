"""Name -> planner registry of the non-learned sharding heuristics (CLI names).

Every entry has the signature ``planner(task, seed) -> ShardingPlan``; deterministic planners ignore
the seed.
"""

from __future__ import annotations

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

Heuristic = Callable[[ShardingTask, Seed], ShardingPlan]

HEURISTICS: dict[str, Heuristic] = {
    "random": random_plan,
    "round-robin": round_robin_plan,
    "dim-greedy": dim_greedy_plan,
    "size-greedy": size_greedy_plan,
    "lookup-greedy": lookup_greedy_plan,
    "size-lookup-greedy": size_lookup_greedy_plan,
    "torchrec": torchrec_plan,
}
