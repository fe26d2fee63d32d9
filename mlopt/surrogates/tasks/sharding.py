"""Embedding-table sharding as a SurCo task (:mod:`.sharding_model` holds its model):
instances from ``make_sharding_surco_task(num_tables, num_devices, seed, memory_factor)``, CP-SAT over the
0/1 assignment model, the pretrained NeuroShard nets' max over devices as the objective (SurCo
differentiates their smooth max at ``SMOOTH_MAX_MS``), the oracle's linearized per-table costs as the
linear baseline, and the analytical oracle's plan cost as the reported figure."""

from __future__ import annotations

from functools import partial

from mlopt.surrogates.tasks.sharding_model import (
    ShardingSurCoTask,
    linear_costs,
    make_sharding_surco_task,
    oracle_cost_ms,
    sharding_objective,
    sharding_solver,
)
from mlopt.surrogates.tasks.registry import SurrogateTask

SMOOTH_MAX_MS = 0.05  # logsumexp temperature of the training objective, in ms

SHARDING: SurrogateTask[ShardingSurCoTask] = SurrogateTask(
    name="sharding",
    generate=make_sharding_surco_task,
    solver=sharding_solver,
    objective=sharding_objective,
    costs=linear_costs,
    evaluate=oracle_cost_ms,
    training_objective=partial(sharding_objective, temperature=SMOOTH_MAX_MS),
    dbb_lambda=30.0,
)
