"""Classic (non-learned) table-wise sharding planners: baselines, TorchRec-style, exact MILP, local search."""

from .greedy import (
    dim_greedy_plan,
    greedy_plan,
    lookup_greedy_plan,
    random_plan,
    round_robin_plan,
    size_greedy_plan,
    size_lookup_greedy_plan,
)
from .local_search import improve_plan
from .milp import MilpResult, linearized_cost_ms, solve_sharding_milp
from .registry import HEURISTICS, Heuristic
from .torchrec_style import torchrec_plan, torchrec_table_perf

__all__ = [
    "HEURISTICS",
    "Heuristic",
    "MilpResult",
    "dim_greedy_plan",
    "greedy_plan",
    "improve_plan",
    "linearized_cost_ms",
    "lookup_greedy_plan",
    "random_plan",
    "round_robin_plan",
    "size_greedy_plan",
    "size_lookup_greedy_plan",
    "solve_sharding_milp",
    "torchrec_plan",
    "torchrec_table_perf",
]
