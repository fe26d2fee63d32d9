"""The real TorchRec planner, reached through a subprocess: its estimates of an mlopt plan, and its own plan.

TorchRec lives in its own environment (the ``[torchrec]`` extra: torchrec 1.9.2, fbgemm-gpu-cpu 1.9.0 and
torch 2.14.1, which mlopt's torch pin does not share), so mlopt never imports it: this module writes a
task (and a plan) as JSON, runs ``benchmarks/torchrec_bridge.py`` (whose docstring holds the JSON schema)
with the interpreter named by ``MLOPT_TORCHREC_PYTHON``, and reads TorchRec's answer back into mlopt's
plan model and :class:`~mlopt.envs.oracles.torchrec_estimator.TorchRecOracle`'s per-shard records. It lives
beside the public sharding API because benchmarks and tests compare mlopt's planners and oracle with the
real package; it imports no torch (the bridge script ships with a source checkout, where such comparisons
run).

The settings TorchRec is given (world and local world size, per-rank batch, bandwidths, optimizer,
storage reservation, cache statistics of UVM-cached tables) are those of a ``TorchRecOracle``, so that
the two price the same thing.
"""

from __future__ import annotations

import json
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from mlopt.datasets.embedding_tables import ShardingPlan, ShardingTask
from mlopt.datasets.sharding_plan import DEFAULT_CACHE_LOAD_FACTOR, ComputeKernel, Shard, ShardingType, TablePlacement
from mlopt.envs.oracles.torchrec_estimator import ShardPerf, ShardStorage, TorchRecBandwidths, TorchRecOracle
from mlopt.errors import InputError

TORCHREC_PYTHON_ENV = "MLOPT_TORCHREC_PYTHON"
BRIDGE_SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "torchrec_bridge.py"
DENSE_KERNEL = "dense"  # TorchRec's kernel of data-parallel tables
PERF_FIELDS = ("fwd_compute", "fwd_comms", "bwd_compute", "bwd_comms", "input_dist_comms", "prefetch_compute")


@dataclass(frozen=True)
class TorchRecAnswer:
    """TorchRec's per-shard perf and storage of ``plan`` (the given plan, or the one it chose), what each
    rank keeps after its storage reservation, and its wall time."""

    plan: ShardingPlan
    perfs: list[list[ShardPerf]]
    storages: list[list[ShardStorage]]
    hbm_capacity: int
    ddr_capacity: int
    wall_s: float
    version: str

    @property
    def rate_ms(self) -> float:
        """TorchRec's plan rate: the max over ranks of the summed shard totals."""
        ranks: dict[int, float] = {}
        for placement, perfs in zip(self.plan.placements, self.perfs):
            for device, perf in zip(placement.devices, perfs):
                ranks[device] = ranks.get(device, 0.0) + perf.total
        return max(ranks.values())


def torchrec_python(python: str | None = None) -> str:
    """``python`` or ``$MLOPT_TORCHREC_PYTHON``: an interpreter with torchrec (InputError when unset)."""
    found = python or os.environ.get(TORCHREC_PYTHON_ENV)
    if not found:
        raise InputError(f"no python with torchrec: {TORCHREC_PYTHON_ENV} is not set", field="python",
                         expected="the path of a python where torchrec 1.9.2 is installed (the [torchrec] extra)")
    return found


def run_bridge(request: dict[str, Any], *, python: str | None = None, timeout_s: float = 600.0) -> dict[str, Any]:
    """The bridge's JSON answer to ``request``; a one-line InputError when it cannot run or fails."""
    interpreter = torchrec_python(python)
    if not BRIDGE_SCRIPT.is_file():
        raise InputError("the TorchRec bridge script is missing", file=BRIDGE_SCRIPT,
                         expected="a source checkout of mlopt (benchmarks/torchrec_bridge.py)")
    try:
        done = subprocess.run([interpreter, "-I", str(BRIDGE_SCRIPT)], input=json.dumps(request), text=True,
                              capture_output=True, timeout=timeout_s, check=False)
    except FileNotFoundError:
        raise InputError(f"no such interpreter {interpreter!r}", field="python",
                         expected="the path of a python with torchrec") from None
    except subprocess.TimeoutExpired:
        raise InputError(f"TorchRec did not answer within {timeout_s:g} s", field="timeout_s",
                         expected="a longer time limit or a smaller task") from None
    try:
        answer = json.loads(done.stdout)
    except json.JSONDecodeError:
        lines = (done.stderr.strip() or done.stdout.strip() or f"exit status {done.returncode}").splitlines()
        raise InputError(f"the TorchRec bridge failed: {lines[-1]}", field="python",
                         expected="a python with torchrec 1.9.2") from None
    if "error" in answer:
        raise InputError(f"TorchRec failed: {answer['error']}", field="plan", expected="a task TorchRec can price")
    return answer


def bridge_request(task: ShardingTask, oracle: TorchRecOracle,
                   plans: Sequence[ShardingPlan] | None = None) -> dict[str, Any]:
    """The bridge request for ``task`` under ``oracle``'s settings: an estimate of every shard of ``plans``
    (their placements one after the other), or (None) a plan request over mlopt's sharding types and
    kernels."""
    top = oracle.topology(task)
    batch = int(top.batch_size) if float(top.batch_size).is_integer() else top.batch_size
    request: dict[str, Any] = {
        "request": "plan" if plans is None else "estimate",
        "tables": [{"name": t.name, "num_embeddings": t.num_embeddings, "dim": t.dim, "dtype": t.dtype,
                    "pooling_factor": t.pooling_factor} for t in task.tables],
        "topology": {"world_size": top.world_size, "local_world_size": top.local_world_size,
                     "hbm_bytes": int(task.memory_bytes), "ddr_bytes": int(task.ddr_bytes),
                     "bandwidths": None if oracle.bandwidths == TorchRecBandwidths() else oracle.bandwidths.as_dict()},
        "batch_size": batch,
        "optimizer": oracle.optimizer,
        "storage_reservation": oracle.storage_reservation,
    }
    if plans is None:
        request["sharding_types"] = [t.value for t in ShardingType]
        request["compute_kernels"] = [k.value for k in ComputeKernel] + [DENSE_KERNEL]
        return request
    for plan in plans:
        if len(plan.placements) != task.num_tables:
            raise InputError(f"plan has {len(plan.placements)} entries for {task.num_tables} tables", field="plan")
    request["placements"] = [_placement_json(task, oracle, i, p) for plan in plans
                             for i, p in enumerate(plan.placements)]
    return request


def _placement_json(task: ShardingTask, oracle: TorchRecOracle, index: int, placement: TablePlacement) -> dict:
    table = task.tables[index]
    stats = oracle.table_cache_stats(task, index, placement)
    dp = placement.sharding_type is ShardingType.DATA_PARALLEL
    return {
        "table": table.name, "sharding_type": placement.sharding_type.value,
        "compute_kernel": DENSE_KERNEL if dp else placement.kernel.value,
        "cache_load_factor": placement.cache_load_factor,
        "cache_stats": None if stats is None else {"expected_lookups": stats.expected_lookups,
                                                   "miss_rate": stats.miss_rate},
        "shards": [{"rank": s.device, "offsets": [s.row_offset, s.col_offset], "sizes": [s.rows(table), s.cols(table)]}
                   for s in placement.shards],
    }


def _placement(task: ShardingTask, index: int, data: dict[str, Any]) -> TablePlacement:
    """mlopt's placement of one of TorchRec's chosen options (whole-table shards keep None sizes)."""
    table = task.tables[index]
    uvm = data["compute_kernel"] == ComputeKernel.FUSED_UVM_CACHING.value
    if data["compute_kernel"] not in (DENSE_KERNEL, ComputeKernel.FUSED.value) and not uvm:
        raise InputError(f"table {table.name!r}: TorchRec kernel {data['compute_kernel']!r}", field="plan",
                         expected="fused, fused_uvm_caching or dense")
    shards = []
    for s in data["shards"]:
        (row, col), (rows, cols) = s["offsets"], s["sizes"]
        whole = (row, col, rows, cols) == (0, 0, table.num_embeddings, table.dim)
        shards.append(Shard(int(s["rank"])) if whole else Shard(int(s["rank"]), row, rows, col, cols))
    factor = data.get("cache_load_factor") if uvm else None
    if uvm and factor is None:
        factor = DEFAULT_CACHE_LOAD_FACTOR
    kernel = ComputeKernel.FUSED_UVM_CACHING if uvm else ComputeKernel.FUSED
    return TablePlacement(ShardingType(data["sharding_type"]), tuple(shards), kernel, factor)


def _answer(plan: ShardingPlan, placements: list[dict[str, Any]],
            answer: dict[str, Any]) -> TorchRecAnswer:
    perfs = [[ShardPerf(*(float(s["perf"][f]) for f in PERF_FIELDS)) for s in p["shards"]] for p in placements]
    storages = [[ShardStorage(int(s["storage"]["hbm"]), int(s["storage"]["ddr"])) for s in p["shards"]]
                for p in placements]
    return TorchRecAnswer(plan, perfs, storages, int(answer["reserved"]["hbm"]), int(answer["reserved"]["ddr"]),
                          float(answer["wall_s"]), str(answer["torchrec_version"]))


def estimate_with_torchrec(task: ShardingTask, plans: Sequence[ShardingPlan], oracle: TorchRecOracle | None = None,
                           *, python: str | None = None, timeout_s: float = 600.0) -> list[TorchRecAnswer]:
    """The real EmbeddingPerfEstimator's and EmbeddingStorageEstimator's figures for every shard of each of
    ``plans`` (one bridge run), with ``oracle``'s settings (default: ``TorchRecOracle()``)."""
    oracle = oracle or TorchRecOracle()
    answer = run_bridge(bridge_request(task, oracle, plans), python=python, timeout_s=timeout_s)
    placements = answer["placements"]
    if len(placements) != task.num_tables * len(plans):
        raise InputError(f"TorchRec returned {len(placements)} placements for {len(plans)} plans", field="plan")
    return [_answer(plan, placements[k * task.num_tables:(k + 1) * task.num_tables], answer)
            for k, plan in enumerate(plans)]


def plan_with_torchrec(task: ShardingTask, oracle: TorchRecOracle | None = None, *, python: str | None = None,
                       timeout_s: float = 600.0) -> TorchRecAnswer:
    """The real EmbeddingShardingPlanner's plan of ``task`` (mlopt's sharding types and kernels only), with its
    own per-shard estimates, under ``oracle``'s settings (default: ``TorchRecOracle()``)."""
    oracle = oracle or TorchRecOracle()
    answer = run_bridge(bridge_request(task, oracle), python=python, timeout_s=timeout_s)
    by_name = {p["table"]: p for p in answer["placements"]}
    missing = [t.name for t in task.tables if t.name not in by_name]
    if missing:
        raise InputError(f"TorchRec returned no placement for table {missing[0]!r}", field="plan")
    ordered = [by_name[t.name] for t in task.tables]
    plan = ShardingPlan(tuple(_placement(task, i, p) for i, p in enumerate(ordered)))
    return _answer(plan, ordered, answer)
