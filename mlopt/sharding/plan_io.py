"""JSON form of a sharding plan as `mlopt shard --out` writes it (atomically)."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from mlopt import __version__
from mlopt.datasets.atomic_io import write_text_atomic
from mlopt.datasets.embedding_tables import ShardingTask
from mlopt.sharding.core.planner import ShardingResult

PLAN_FORMAT_VERSION = 1


def _result_dict(task: ShardingTask, result: ShardingResult) -> dict[str, Any]:
    task = result.planned_task(task)
    memory = result.plan.memory_per_device(task)
    return {
        "method": result.method,
        "column_wise": result.shard_task is not None,
        "cost_ms": result.cost.total_ms,
        "wall_s": result.wall_s,
        "details": result.details,
        "devices": [
            {"device": d, "tables": [t.name for t, a in zip(task.tables, result.plan.assignment) if a == d],
             "memory_bytes": int(memory[d]), **cost.as_dict()}
            for d, cost in enumerate(result.cost.devices)
        ],
    }


def plan_document(task: ShardingTask, result: ShardingResult, baseline: ShardingResult | None,
                  oracle: dict[str, Any]) -> dict[str, Any]:
    """The plan file's content: task, plan (table -> device; for a column-wise plan, column shard such as
    ``t0003[0:32]`` -> device), per-device costs, method metadata."""
    return {
        "format_version": PLAN_FORMAT_VERSION,
        "mlopt_version": __version__,
        "task": {
            "source": task.source, "num_devices": task.num_devices, "memory_bytes": task.memory_bytes,
            "batch_size": task.batch_size, "tables": [asdict(t) for t in task.tables],
        },
        "oracle": oracle,
        "plan": {t.name: d for t, d in zip(result.planned_task(task).tables, result.plan.assignment)},
        "result": _result_dict(task, result),
        "baseline": None if baseline is None else _result_dict(task, baseline),
    }


def write_plan_json(path: str | Path, document: dict[str, Any]) -> None:
    """Write the plan document atomically (temp file + rename)."""
    write_text_atomic(path, json.dumps(document, indent=2) + "\n")
