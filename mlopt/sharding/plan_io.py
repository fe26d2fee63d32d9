"""The JSON plan document `mlopt shard --out` writes (atomically), and reading a plan back.

Format 2 (this module writes it): ``task`` (tables, devices, hosts, HBM and DDR per device, batch),
``oracle``, ``plan`` (per table name: its sharding type, compute kernel, cache load factor and shards, each
``{device, row_offset, num_rows, col_offset, num_cols}`` with sizes written out), ``result`` and
``baseline`` (method, cost, per-device shards, memory and cost components). :func:`read_plan_json` reads
format 2 and the table-wise format 1 (``plan``: table name -> device) back into a task and a plan, and
checks the plan against the task, each problem one InputError naming the file and the field.
"""

from __future__ import annotations

import os
from dataclasses import fields
from operator import attrgetter
from typing import Any

import orjson

from mlopt import __version__
from mlopt.datasets.atomic_io import write_bytes_atomic
from mlopt.datasets.embedding_tables import EmbeddingTable, ShardingTask, check_table
from mlopt.datasets.json_files import read_json
from mlopt.datasets.sharding_plan import ComputeKernel, Shard, ShardingPlan, ShardingType, TablePlacement
from mlopt.errors import InputError
from mlopt.sharding.core.planner import ShardingResult

PLAN_FORMAT_VERSION = 2
MAX_INTEGER = 2**62  # the largest count, offset or size a document may hold (no int64 overflow downstream)
TABLE_FIELD_ORDER: tuple[str, ...] = tuple(f.name for f in fields(EmbeddingTable))
TABLE_FIELDS = frozenset(TABLE_FIELD_ORDER)
INDENTED_UP_TO = 5_000  # tables; larger documents are written on one line (100,000 tables: 70 MB, not 200 MB)
JSON_OPTIONS = orjson.OPT_APPEND_NEWLINE | orjson.OPT_NON_STR_KEYS | orjson.OPT_SERIALIZE_NUMPY
SHARD_FIELDS: tuple[str, ...] = ("device", "row_offset", "num_rows", "col_offset", "num_cols")


_table_values = attrgetter(*TABLE_FIELD_ORDER)


def placement_dict(placement: TablePlacement, table: EmbeddingTable) -> dict[str, Any]:
    """One table's placement as JSON, shard sizes written out."""
    return {
        "sharding_type": placement.sharding_type.value,
        "compute_kernel": placement.kernel.value,
        "cache_load_factor": placement.cache_load_factor,
        "shards": [{"device": s.device, "row_offset": s.row_offset, "num_rows": s.rows(table),
                    "col_offset": s.col_offset, "num_cols": s.cols(table)} for s in placement.shards],
    }


def table_dict(table: EmbeddingTable) -> dict[str, Any]:
    """One table as JSON (its dataclass fields; the bins as a list)."""
    entry = dict(zip(TABLE_FIELD_ORDER, _table_values(table)))
    if table.distribution is not None:
        entry["distribution"] = list(table.distribution)
    return entry


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
            "tables": [table_dict(t) for t in task.tables],
        },
        "oracle": oracle,
        "plan": _plan_dict(task, result.plan),
        "result": _result_dict(task, result),
        "baseline": None if baseline is None else _result_dict(task, baseline),
    }


def _plan_dict(task: ShardingTask, plan: ShardingPlan) -> dict[str, dict[str, Any]]:
    """Per table name, :func:`placement_dict`; a table-wise plan's entries are built directly (100,000 tables
    in a fraction of a second)."""
    if not plan.is_table_wise:
        return {t.name: placement_dict(p, t) for t, p in zip(task.tables, plan.placements)}
    kind, kernel = ShardingType.TABLE_WISE.value, ComputeKernel.FUSED.value  # what is_table_wise means
    return {
        t.name: {"sharding_type": kind, "compute_kernel": kernel, "cache_load_factor": p.cache_load_factor,
                 "shards": [{"device": device, "row_offset": 0, "num_rows": t.num_embeddings, "col_offset": 0,
                             "num_cols": t.dim}]}
        for t, p, device in zip(task.tables, plan.placements, plan.assignment)
    }


def _json_default(value: Any) -> Any:
    """A value orjson does not write itself (it takes NumPy arrays and scalars, tuples and enums): another
    scalar with ``.item()`` (e.g. torch's) as its Python value, a set as a sorted list; anything else a
    TypeError, as ``json.dumps`` raised."""
    if hasattr(value, "item"):
        return value.item()
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def write_plan_json(path: str | os.PathLike[str], document: dict[str, Any]) -> None:
    """Write the plan document atomically (temp file + rename), indented up to :data:`INDENTED_UP_TO` tables."""
    options = JSON_OPTIONS | (orjson.OPT_INDENT_2 if len(document["plan"]) <= INDENTED_UP_TO else 0)
    write_bytes_atomic(path, orjson.dumps(document, default=_json_default, option=options))


def _field(mapping: Any, key: str, path: str, where: str) -> Any:
    if not isinstance(mapping, dict) or key not in mapping:
        raise InputError("missing", file=path, field=f"{where}.{key}" if where else key)
    return mapping[key]


def _integer(value: Any, path: str, where: str, *, optional: bool = False) -> int | None:
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_INTEGER:
        raise InputError(f"{value!r}", file=path, field=where, expected=f"an integer in 0..{MAX_INTEGER}")
    return value


def _table(entry: Any, path: str, where: str) -> EmbeddingTable:
    """One table of the document's task, with the types and ranges of a tables CSV row."""
    if not isinstance(entry, dict) or not set(entry) <= TABLE_FIELDS:
        raise InputError("not a table", file=path, field=where, expected="an object with keys among "
                         + ", ".join(sorted(TABLE_FIELDS)))
    bins = entry.get("distribution")
    if bins is not None and not isinstance(bins, list):
        raise InputError(f"{bins!r}", file=path, field=f"{where}.distribution", expected="a list or null")
    try:
        table = EmbeddingTable(**{**entry, "distribution": None if bins is None else tuple(bins)})
    except TypeError as error:
        raise InputError(f"bad table ({error})", file=path, field=where) from None
    return check_table(table, file=path, field=where)


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
    tables_json = _field(spec, "tables", where, "task")
    if not isinstance(tables_json, list):
        raise InputError(f"a {type(tables_json).__name__}", file=where, field="task.tables", expected="a list of tables")
    tables = tuple(_table(t, where, f"task.tables[{i}]") for i, t in enumerate(tables_json))
    numbers = {key: _integer(spec.get(key, default), where, f"task.{key}", optional=key == "num_hosts")
               for key, default in (("num_devices", None), ("memory_bytes", None), ("batch_size", 65_536),
                                    ("num_hosts", None), ("ddr_bytes", 0))}
    source = spec.get("source") or ""
    try:
        task = ShardingTask(tables, numbers["num_devices"], numbers["memory_bytes"], numbers["batch_size"],
                            source if isinstance(source, str) else "", numbers["num_hosts"], numbers["ddr_bytes"])
    except InputError as error:
        raise InputError(error.detail, file=where, field=f"task.{error.field}", expected=error.expected) from None
    entries = _field(document, "plan", where, "")
    if not isinstance(entries, dict):
        raise InputError(f"a {type(entries).__name__}", file=where, field="plan", expected="an object: table -> placement")
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
