"""The JSON plan document `mlopt shard --out` writes (atomically), and reading a plan back.

Format 2 (this module writes it): ``task`` (tables, devices, hosts, HBM and DDR per device, batch),
``oracle``, ``plan`` (per table name: its sharding type, compute kernel, cache load factor and shards, each
``{device, row_offset, num_rows, col_offset, num_cols}`` with sizes written out), ``result`` and
``baseline`` (method, cost, per-device shards, memory and cost components). :func:`read_plan_json` reads
format 2 and the table-wise format 1 (``plan``: table name -> device) back into a task and a plan, and
checks the plan against the task, each problem one InputError naming the file and the field.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from typing import Any

from mlopt import __version__
from mlopt.datasets.atomic_io import write_text_atomic
from mlopt.datasets.embedding_tables import EmbeddingTable, ShardingTask
from mlopt.datasets.json_files import read_json
from mlopt.datasets.sharding_plan import ComputeKernel, Shard, ShardingPlan, ShardingType, TablePlacement
from mlopt.errors import InputError
from mlopt.sharding.core.planner import ShardingResult

PLAN_FORMAT_VERSION = 2
SHARD_FIELDS: tuple[str, ...] = ("device", "row_offset", "num_rows", "col_offset", "num_cols")


def placement_dict(placement: TablePlacement, table: EmbeddingTable) -> dict[str, Any]:
    """One table's placement as JSON, shard sizes written out."""
    return {
        "sharding_type": placement.sharding_type.value,
        "compute_kernel": placement.kernel.value,
        "cache_load_factor": placement.cache_load_factor,
        "shards": [asdict(s.resolved(table)) for s in placement.shards],
    }


def _result_dict(task: ShardingTask, result: ShardingResult) -> dict[str, Any]:
    hbm, ddr = result.plan.hbm_per_device(task), result.plan.ddr_per_device(task)
    return {
        "method": result.method,
        "sharding_types": result.plan.sharding_types(),
        "cost_ms": result.cost.total_ms,
        "wall_s": result.wall_s,
        "details": result.details,
        "devices": [
            {"device": d, "shards": shards, "hbm_bytes": int(hbm[d]), "ddr_bytes": int(ddr[d]), **cost.as_dict()}
            for d, (shards, cost) in enumerate(zip(result.plan.device_shards(task), result.cost.devices))
        ],
    }


def plan_document(task: ShardingTask, result: ShardingResult, baseline: ShardingResult | None,
                  oracle: dict[str, Any]) -> dict[str, Any]:
    """The plan file's content: task, plan (per table: sharding type, kernel, shards), per-device costs and
    memory, method metadata."""
    return {
        "format_version": PLAN_FORMAT_VERSION,
        "mlopt_version": __version__,
        "task": {
            "source": task.source, "num_devices": task.num_devices, "num_hosts": task.num_hosts,
            "memory_bytes": task.memory_bytes, "ddr_bytes": task.ddr_bytes, "batch_size": task.batch_size,
            "tables": [asdict(t) for t in task.tables],
        },
        "oracle": oracle,
        "plan": {t.name: placement_dict(p, t) for t, p in zip(task.tables, result.plan.placements)},
        "result": _result_dict(task, result),
        "baseline": None if baseline is None else _result_dict(task, baseline),
    }


def write_plan_json(path: str | os.PathLike[str], document: dict[str, Any]) -> None:
    """Write the plan document atomically (temp file + rename)."""
    write_text_atomic(path, json.dumps(document, indent=2) + "\n")


def _field(mapping: Any, key: str, path: str, where: str) -> Any:
    if not isinstance(mapping, dict) or key not in mapping:
        raise InputError("missing", file=path, field=f"{where}.{key}" if where else key)
    return mapping[key]


def _integer(value: Any, path: str, where: str, *, optional: bool = False) -> int | None:
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InputError(f"{value!r}", file=path, field=where, expected="an integer >= 0")
    return value


def _placement(entry: Any, path: str, where: str) -> TablePlacement:
    try:
        kind = ShardingType(_field(entry, "sharding_type", path, where))
        kernel = ComputeKernel(_field(entry, "compute_kernel", path, where))
    except ValueError as error:
        raise InputError(str(error), file=path, field=where,
                         expected="sharding_type in " + ", ".join(t.value for t in ShardingType)
                                  + "; compute_kernel in " + ", ".join(k.value for k in ComputeKernel)) from None
    factor = entry.get("cache_load_factor")
    if factor is not None and (isinstance(factor, bool) or not isinstance(factor, (int, float))):
        raise InputError(f"{factor!r}", file=path, field=f"{where}.cache_load_factor", expected="a number or null")
    shards_json = _field(entry, "shards", path, where)
    if not isinstance(shards_json, list) or not shards_json:
        raise InputError("no shards", file=path, field=f"{where}.shards", expected="a list of shards")
    shards = []
    for i, shard in enumerate(shards_json):
        here = f"{where}.shards[{i}]"
        values = {k: _integer(_field(shard, k, path, here), path, f"{here}.{k}", optional=k.startswith("num_"))
                  for k in SHARD_FIELDS}
        shards.append(Shard(**values))
    return TablePlacement(kind, tuple(shards), kernel, factor)


def read_plan_json(path: str | os.PathLike[str]) -> tuple[ShardingTask, ShardingPlan]:
    """The task and plan of a plan document (format 1 or 2), the plan checked against the task."""
    where = str(path)
    document = read_json(path, what="a plan", expected="a JSON plan written by `mlopt shard --out`")
    version = _field(document, "format_version", where, "")
    if version not in (1, PLAN_FORMAT_VERSION):
        raise InputError(f"format_version {version!r}", file=where, field="format_version",
                         expected=f"1 or {PLAN_FORMAT_VERSION}")
    spec = _field(document, "task", where, "")
    try:
        tables = tuple(EmbeddingTable(**{**t, "distribution": None if t.get("distribution") is None
                                         else tuple(t["distribution"])}) for t in _field(spec, "tables", where, "task"))
        task = ShardingTask(tables, _field(spec, "num_devices", where, "task"),
                            _field(spec, "memory_bytes", where, "task"), spec.get("batch_size", 65_536),
                            spec.get("source") or "", spec.get("num_hosts"), spec.get("ddr_bytes", 0))
    except TypeError as error:
        raise InputError(f"bad task ({error})", file=where, field="task") from None
    except InputError as error:
        raise InputError(error.detail, file=where, field=f"task.{error.field}", expected=error.expected) from None
    entries = _field(document, "plan", where, "")
    missing = [t.name for t in tables if t.name not in entries]
    if missing:
        raise InputError(f"no placement for table {missing[0]!r}", file=where, field="plan")
    if version == 1:
        placements = [TablePlacement.table_wise(_integer(entries[t.name], where, f"plan.{t.name}")) for t in tables]
    else:
        placements = [_placement(entries[t.name], where, f"plan.{t.name}") for t in tables]
    plan = ShardingPlan(tuple(placements))
    try:
        plan.validate(task)
    except InputError as error:
        raise InputError(error.detail, file=where, field="plan", expected=error.expected) from None
    return task, plan
