"""mlopt plans in TorchRec's vocabulary (``torchrec.distributed``), and back.

TorchRec describes a plan per module and per table with a ``ParameterSharding``: the sharding type, the
compute kernel, the rank of each shard and, for every type but data parallel, an ``EnumerableShardingSpec``
of ``ShardMetadata`` (shard offsets ``[row, column]``, shard sizes ``[rows, columns]`` and a placement
``"rank:R/cuda:L"``, L the rank's index inside its host), plus ``CacheParams(load_factor=...)`` for a
UVM-cached table. mlopt's plan model (:mod:`mlopt.datasets.sharding_plan`) uses the same types, kernels and
shards, so the mapping is one to one (but for data-parallel replicas, which TorchRec runs with its ``dense``
kernel, and mlopt records as fused):

- :func:`torchrec_document`: that description as JSON (``mlopt shard --torchrec-out``), readable without
  TorchRec installed;
- :func:`to_torchrec` / :func:`from_torchrec`: TorchRec's own ``ShardingPlan`` objects, when the
  ``torchrec`` extra is installed (it needs its own environment, see pyproject.toml).

All tables belong to one ``EmbeddingBagCollection`` at ``module_path`` (default ``""``, a model that is the
collection itself).
"""

from __future__ import annotations

from typing import Any

from mlopt.datasets.embedding_tables import ShardingTask
from mlopt.datasets.sharding_plan import ComputeKernel, Shard, ShardingPlan, ShardingType, TablePlacement
from mlopt.errors import InputError

FORMAT = "torchrec-sharding-plan"
DENSE_KERNEL = "dense"  # TorchRec runs data-parallel replicas with its dense kernel


def _local_size(task: ShardingTask) -> int:
    """Ranks per host as TorchRec's placements count them (one host when the task gives none)."""
    return task.devices_per_host or task.num_devices


def _placement_spec(placement: TablePlacement, task: ShardingTask, index: int,
                    compute_device: str) -> dict[str, Any]:
    table = task.tables[index]
    shards = [s.resolved(table) for s in placement.shards]
    local = _local_size(task)
    spec = None
    if placement.sharding_type is not ShardingType.DATA_PARALLEL:
        spec = [{"shard_offsets": [s.row_offset, s.col_offset], "shard_sizes": [s.num_rows, s.num_cols],
                 "placement": f"rank:{s.device}/{compute_device}:{s.device % local}"} for s in shards]
    return {
        "sharding_type": placement.sharding_type.value,
        "compute_kernel": DENSE_KERNEL if spec is None else placement.kernel.value,
        "ranks": [s.device for s in shards],
        "cache_params": {"load_factor": placement.cache_load_factor} if placement.uvm else None,
        "sharding_spec": spec,
    }


def torchrec_document(task: ShardingTask, plan: ShardingPlan, *, module_path: str = "",
                      compute_device: str = "cuda") -> dict[str, Any]:
    """The plan as TorchRec's ``ShardingPlan`` would print it, as JSON: ``plan[module_path][table]`` =
    sharding type, compute kernel, ranks, cache params and the shard metadata."""
    return {
        "format": FORMAT,
        "world_size": task.num_devices,
        "local_world_size": _local_size(task),
        "compute_device": compute_device,
        "plan": {module_path: {t.name: _placement_spec(p, task, i, compute_device)
                               for i, (t, p) in enumerate(zip(task.tables, plan.placements))}},
    }


def _torchrec() -> Any:
    try:
        import torchrec.distributed.types as types
    except ImportError:
        raise InputError("torchrec is not installed", field="torchrec",
                         expected='the torchrec extra in its own environment (pip install -e ".[torchrec]")') from None
    return types


def to_torchrec(task: ShardingTask, plan: ShardingPlan, *, module_path: str = "",
                compute_device: str = "cuda") -> Any:
    """TorchRec's ``ShardingPlan`` of ``plan`` (needs the torchrec extra)."""
    types = _torchrec()
    from torch.distributed._shard.sharding_spec import EnumerableShardingSpec, ShardMetadata

    document = torchrec_document(task, plan, module_path=module_path, compute_device=compute_device)
    module_plan = types.EmbeddingModuleShardingPlan()
    for name, entry in document["plan"][module_path].items():
        spec = None if entry["sharding_spec"] is None else EnumerableShardingSpec(
            [ShardMetadata(shard_offsets=m["shard_offsets"], shard_sizes=m["shard_sizes"], placement=m["placement"])
             for m in entry["sharding_spec"]])
        cache_params = entry["cache_params"]
        cache = None if cache_params is None else types.CacheParams(load_factor=cache_params["load_factor"])
        module_plan[name] = types.ParameterSharding(sharding_type=entry["sharding_type"],
                                                    compute_kernel=entry["compute_kernel"], ranks=entry["ranks"],
                                                    sharding_spec=spec, cache_params=cache)
    return types.ShardingPlan({module_path: module_plan})


def from_torchrec(task: ShardingTask, torchrec_plan: Any, *, module_path: str = "") -> ShardingPlan:
    """The mlopt plan (shard sizes written out) of a TorchRec ``ShardingPlan`` of ``task``'s tables, e.g. what
    TorchRec's own planner returned, checked against the task; InputError naming the table for anything
    mlopt cannot express."""
    module_plan = torchrec_plan.plan.get(module_path)
    if module_plan is None:
        raise InputError(f"no module {module_path!r} in the TorchRec plan", field="module_path",
                         expected="one of " + ", ".join(map(repr, torchrec_plan.plan)))
    placements = []
    for table in task.tables:
        sharding = module_plan.get(table.name)
        if sharding is None:
            raise InputError(f"no sharding for table {table.name!r}", field="torchrec_plan")
        try:
            kind = ShardingType(sharding.sharding_type)
            dense = sharding.compute_kernel == DENSE_KERNEL
            kernel = ComputeKernel.FUSED if dense else ComputeKernel(sharding.compute_kernel)
        except ValueError as error:
            raise InputError(f"table {table.name!r}: {error}", field="torchrec_plan",
                             expected="a sharding type and kernel mlopt models") from None
        factor = sharding.cache_params.load_factor if sharding.cache_params is not None else None
        if kernel is ComputeKernel.FUSED:
            factor = None
        if kind is ShardingType.DATA_PARALLEL:
            shards = tuple(Shard(int(r)) for r in sharding.ranks)
        else:
            shards = tuple(Shard(int(m.placement.rank()), int(m.shard_offsets[0]), int(m.shard_sizes[0]),
                                 int(m.shard_offsets[1]), int(m.shard_sizes[1]))
                           for m in sharding.sharding_spec.shards)
        placements.append(TablePlacement(kind, shards, kernel, factor))
    plan = ShardingPlan(tuple(placements)).resolved(task)
    plan.validate(task)
    return plan
