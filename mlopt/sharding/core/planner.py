"""What every sharding planner shares: the result type, the budget of one planning call, and the
:class:`Planner` record that :mod:`mlopt.sharding.registry` keeps one of per method.

A planner is a name, a plan function ``plan(task, oracle, budget, config) -> ShardingResult``, and its own
config object (a frozen dataclass of the planner's settings, e.g. the MILP backend or a weights folder).
Settings that a caller passes by keyword (``plan_sharding(..., milp_backend="scip")``) replace the config
fields of the same name (:meth:`Planner.configured`), so one call can carry the settings of any planner.
"""

from __future__ import annotations

import dataclasses
import os
import time
from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np

from mlopt.datasets.embedding_tables import ShardingPlan, ShardingTask
from mlopt.envs.oracles.base import CostOracle, PlanCost
from mlopt.sharding.core.row_split import oversized, plan_with_row_split
from mlopt.sharding.core.uvm_stage import cold_first_prices, needs_uvm, plan_with_uvm


@dataclass(frozen=True)
class ShardingResult:
    """A plan of the task's tables (any sharding types, :mod:`mlopt.datasets.sharding_plan`), its price
    under the oracle, and how it was found."""

    method: str
    plan: ShardingPlan
    cost: PlanCost
    wall_s: float
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class PlanBudget:
    """What one planning call may spend.

    ``time_limit_s`` is the nominal limit: planners derive their deterministic budgets from it (CP-SAT's
    deterministic time, move and step counts), so that the same call gives the same plan on an idle and on a
    loaded machine. ``deadline`` (a ``time.monotonic()`` value, e.g. from :mod:`mlopt.clock`: the process
    start plus the CLI's limit) is the hard wall-clock guard that every phase also respects; None means
    ``time_limit_s`` after the call starts. ``seed`` seeds randomized planners; ``search_steps`` caps
    NeuroShard's column-wise beam search (None: a count derived from ``time_limit_s``, NeuroShard's
    ``standalone_steps``); ``refine_moves`` caps a learned planner's move search (None: a count derived from
    ``time_limit_s``, :func:`~mlopt.sharding.core.move_search.refine_moves`)."""

    time_limit_s: float = 10.0
    seed: int = 0
    deadline: float | None = None
    search_steps: int | None = None
    refine_moves: int | None = None

    def wall_deadline(self, start: float) -> float:
        """The hard deadline of a call that started at the monotonic time ``start``."""
        return self.deadline if self.deadline is not None else start + self.time_limit_s


PlanFunction = Callable[[ShardingTask, CostOracle, PlanBudget, Any], ShardingResult]


@dataclass(frozen=True)
class NoConfig:
    """The config of a planner without settings."""


@dataclass(frozen=True)
class Planner:
    """One sharding method as the registry holds it.

    Attributes:
        name: the method's name (``mlopt shard --method``).
        plan: ``plan(task, oracle, budget, config) -> ShardingResult``; the plan is priced by ``oracle``.
        config: the planner's settings (a frozen dataclass).
        needs_weights: whether it plans with learned weights (a ``model_dir`` setting).
        weights_available: ``(num_devices, config) -> bool`` for a planner that needs weights: whether its
            config's weights folder can plan for that many devices.
        greedy_baseline: one of the greedy baselines that :func:`mlopt.sharding.core.baselines.best_greedy`
            takes the cheapest of.
        in_default: one of the learned methods that ``mlopt shard`` without ``--method`` runs.
        splits_rows: whether it places tables larger than a device itself (the MILP over sharding types);
            :meth:`run` gives the others those tables in row shards and the rest to plan
            (:func:`~mlopt.sharding.core.row_split.plan_with_row_split`).
        estimate_s: ``(task, budget) -> seconds`` that one call is expected to take on a loaded 2-core machine
            (a formula of the task's size, the same everywhere): the default portfolio skips a planner whose
            estimate exceeds its share of the limit, so that what it runs does not depend on the machine.
        uvm_prices: ``(task, config) -> (extra ms, UVM-cached ms)`` per table, or None, for the memory stage of
            :meth:`run` (a learned planner's pre-trained UVM net,
            :func:`~mlopt.sharding.core.uvm_stage.learned_prices`); the cold-first rule where absent or None.
        help: one line for listings.
    """

    name: str
    plan: PlanFunction
    config: Any = NoConfig()
    needs_weights: bool = False
    weights_available: Callable[[int, Any], bool] | None = None
    greedy_baseline: bool = False
    in_default: bool = False
    splits_rows: bool = False
    estimate_s: Callable[[ShardingTask, "PlanBudget"], float] | None = None
    uvm_prices: Callable[[ShardingTask, Any], tuple[np.ndarray, np.ndarray] | None] | None = None
    help: str = ""

    def configured(self, **settings: Any) -> "Planner":
        """This planner with the config fields named in ``settings`` replaced (other settings ignored:
        they belong to other planners); a None value keeps the field."""
        names = {f.name for f in dataclasses.fields(self.config)}
        chosen = {k: v for k, v in settings.items() if k in names and v is not None}
        return dataclasses.replace(self, config=dataclasses.replace(self.config, **chosen)) if chosen else self

    def run(self, task: ShardingTask, oracle: CostOracle, budget: PlanBudget) -> ShardingResult:
        """``plan(task, oracle, budget, config)``; for a planner that does not split rows, of the tables that fit
        a device, the others in row shards (``details["row_split_tables"]`` counts them), and, when the tables do
        not fit the devices' memory, of the tables the memory stage leaves in it, the others UVM-cached
        (:mod:`~mlopt.sharding.core.uvm_stage`; ``details["uvm_tables"]`` counts them)."""
        uvm = needs_uvm(task)
        if self.splits_rows or not (uvm or len(oversized(task))):
            return self.plan(task, oracle, budget, self.config)
        start = time.perf_counter()
        inner: list[ShardingResult] = []

        def plan_fitting(sub: ShardingTask) -> ShardingPlan:
            inner.append(self.plan(sub, oracle, budget, self.config))
            return inner[-1].plan

        def plan_rest(sub: ShardingTask) -> tuple[ShardingPlan, np.ndarray]:
            plan, split = plan_with_row_split(sub, plan_fitting)
            counts["row_split_tables"] = split
            return plan, oracle.device_costs(sub, plan).sum(axis=1)

        counts = {"row_split_tables": 0, "uvm_tables": 0}
        if uvm:
            plan, counts["uvm_tables"] = plan_with_uvm(task, plan_rest, *self.memory_stage_prices(task))
        else:
            plan, counts["row_split_tables"] = plan_with_row_split(task, plan_fitting)
        details = {**inner[-1].details, **counts}
        return ShardingResult(inner[-1].method, plan, oracle.cost(task, plan), time.perf_counter() - start, details)

    def memory_stage_prices(self, task: ShardingTask) -> tuple[np.ndarray, np.ndarray]:
        """The memory stage's (extra cost, weight) per table: the planner's ``uvm_prices`` (a learned planner's
        UVM net), else (none, or no net in its weights folder) the cold-first rule."""
        prices = self.uvm_prices(task, self.config) if self.uvm_prices is not None else None
        return prices if prices is not None else cold_first_prices(task)

    def can_plan(self, num_devices: int) -> bool:
        """Whether it can plan for ``num_devices`` devices (learned planners: weights exist)."""
        return self.weights_available is None or self.weights_available(num_devices, self.config)


@dataclass(frozen=True)
class WeightsConfig:
    """The config of a learned planner: its weights folder (None: the shipped weights), whether its plan is
    refined by moves under its own cost model (:mod:`mlopt.sharding.core.move_search`; False: the paper's plan)
    and, when refined, whether small tables may be made data-parallel and hot ones row-sharded
    (:mod:`mlopt.sharding.core.data_parallel`, :mod:`mlopt.sharding.core.row_split`)."""

    model_dir: str | os.PathLike[str] | None = None
    refine: bool = True
    data_parallel: bool = True
