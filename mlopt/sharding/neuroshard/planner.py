"""NeuroShard as sharding planners (Zha et al., MLSys 2023): the paper's search under the pre-trained cost
nets, ``neuroshard`` (column-wise beam search with the table-wise greedy grid search inside; may split
tables into column shards) and ``neuroshard-tw`` (the table-wise grid search alone). Weights come from a
folder (default: shipped; one set for every device count), loaded once per (folder, hardware profile). A plan that splits tables is returned in
the plan model: those tables column-wise, a shard per column slice, priced by the oracle like any plan.
Torch is imported when a plan is made, not before."""

from __future__ import annotations

from functools import lru_cache, partial
from typing import TYPE_CHECKING

from mlopt.datasets.embedding_tables import ShardingTask
from mlopt.envs.oracles.base import CostOracle
from mlopt.sharding.core.planner import PlanBudget, Planner, ShardingResult, WeightsConfig
from mlopt.sharding.core.topology import profile_of
from mlopt.sharding.neuroshard.weights import has_neuroshard_weights, load_neuroshard

if TYPE_CHECKING:
    from mlopt.envs.oracles.profiles import HardwareProfile
    from mlopt.sharding.neuroshard.search import NeuroShardCostModel


@lru_cache(maxsize=8)
def cached_model(model_dir: str | None, profile: HardwareProfile) -> NeuroShardCostModel:
    """:func:`load_neuroshard` from ``model_dir`` on the CPU for ``profile``'s interconnect, loaded once."""
    return load_neuroshard(model_dir, device="cpu", profile=profile)


def plan_neuroshard(task: ShardingTask, oracle: CostOracle, budget: PlanBudget, config: WeightsConfig,
                    column_wise: bool) -> ShardingResult:
    """NeuroShard's plan of ``task`` priced by ``oracle``; ``budget.search_limit_s`` bounds the column-wise
    beam search (:func:`~mlopt.sharding.neuroshard.search.plan_with_neuroshard`)."""
    from mlopt.sharding.neuroshard.beam import column_wise_plan
    from mlopt.sharding.neuroshard.search import plan_with_neuroshard

    method = "neuroshard" if column_wise else "neuroshard-tw"
    model = cached_model(None if config.model_dir is None else str(config.model_dir), profile_of(oracle))
    found = plan_with_neuroshard(task, model, column_wise=column_wise, time_limit_s=budget.search_limit_s)
    details = {"predicted_cost_ms": found.predicted_cost_ms, "table_wise_predicted_ms": found.table_wise_cost_ms,
               "grid_searches": found.evaluations, "num_shards": found.shard_task.num_tables}
    plan = column_wise_plan(task, found.shards)
    return ShardingResult(method, plan, oracle.cost(task, plan), found.wall_s, details)


def _weights_available(num_devices: int, config: WeightsConfig) -> bool:
    return has_neuroshard_weights(config.model_dir)  # the comm net takes the device count as an input


NEUROSHARD_PLANNER = Planner(
    "neuroshard", partial(plan_neuroshard, column_wise=True), WeightsConfig(), needs_weights=True,
    weights_available=_weights_available, in_default=True,
    help="NeuroShard: column-wise beam search over table-wise grid searches under its cost nets (MLSys 2023)")
NEUROSHARD_TW_PLANNER = Planner(
    "neuroshard-tw", partial(plan_neuroshard, column_wise=False), WeightsConfig(), needs_weights=True,
    weights_available=_weights_available, help="NeuroShard's table-wise grid search alone")
