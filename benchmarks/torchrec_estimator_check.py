"""mlopt's ``torchrec`` oracle against the real TorchRec estimators, shard by shard.

    MLOPT_TORCHREC_PYTHON=/path/to/venv-torchrec/bin/python python benchmarks/torchrec_estimator_check.py

For each task (dlrm_default's 100 tables, every fourth table of dlrm_856, 300 synthesized fp32 tables; on
4 devices of one host, 8 on two hosts, 16 on two hosts; global batch 65,536, 80 GiB HBM and 256 GiB DDR
per device) it builds one plan per sharding type and kernel, each table placed by that type (table-wise
and column-wise over the devices in turn, row-wise over all, table-row-wise over the hosts in turn,
data-parallel; UVM caching with load factors 0.1 / 0.2 / 0.5 in turn), prices every shard with
:class:`~mlopt.envs.oracles.torchrec_estimator.TorchRecOracle` and with the real ``EmbeddingPerfEstimator`` /
``EmbeddingStorageEstimator`` (``mlopt.sharding.torchrec_bridge``, one bridge run per task and oracle),
and prints the relative difference |mlopt - TorchRec| / |TorchRec| (0 when both are 0) per component and
per sharding type, the share of shards within 1%, and per task the plans' rates and the reserved HBM.
UVM plans are priced twice: as TorchRec's default planner does (no cache statistics, so no prefetch)
and with cache statistics from the tables' access model (``cache_stats=True``), which the bridge hands to
TorchRec as they are, so that the prefetch formula is compared too. On dlrm_default the real
``EmbeddingShardingPlanner`` also plans each task (mlopt's sharding types and kernels) and its own plan is
compared the same way ("torchrec's plan": types mixed, as TorchRec chose them).
"""

from __future__ import annotations

import argparse
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from rich.console import Console
from rich.table import Table

from mlopt.datasets.embedding_tables import EmbeddingTable, ShardingPlan, ShardingTask, load_tables_csv
from mlopt.datasets.sharding_plan import ComputeKernel, TablePlacement
from mlopt.datasets.synth_tables import synthesize_tables
from mlopt.envs.oracles.torchrec_estimator import TorchRecOracle
from mlopt.errors import run_script
from mlopt.sharding.torchrec_bridge import TorchRecAnswer, estimate_with_torchrec, plan_with_torchrec

ROOT = Path(__file__).resolve().parents[1]
TOPOLOGIES = ((4, 1), (8, 2), (16, 2))  # (devices, hosts)
LOAD_FACTORS = (0.1, 0.2, 0.5)
FIELDS = ("fwd_compute", "fwd_comms", "bwd_compute", "bwd_comms", "input_dist_comms", "prefetch_compute", "total",
          "hbm", "ddr")
TOLERANCE = 0.01
PLANNED_SETS = ("dlrm_default",)  # table sets the real planner also plans (seconds each; minutes on large sets)
GIB = 2**30


def table_sets() -> dict[str, tuple[EmbeddingTable, ...]]:
    return {
        "dlrm_default": load_tables_csv(ROOT / "datasets" / "tables" / "dlrm_default.csv"),
        "dlrm_856[::4]": load_tables_csv(ROOT / "datasets" / "tables" / "dlrm_856.csv")[::4],
        "synth300_fp32": synthesize_tables(300, seed=17, dtype="fp32", max_table_gib=2.0),
    }


def plans(task: ShardingTask, uvm: bool) -> dict[str, ShardingPlan]:
    """One plan per sharding type with the fused kernel (``uvm``: with UVM caching instead; no data parallel)."""
    d, hosts, per_host = task.num_devices, task.num_hosts, task.devices_per_host
    kernel = ComputeKernel.FUSED_UVM_CACHING if uvm else ComputeKernel.FUSED
    out = {}
    for name in ("table_wise", "column_wise", "row_wise", "table_row_wise", "data_parallel"):
        if uvm and name == "data_parallel":
            continue
        placements = []
        for t, table in enumerate(task.tables):
            kw = {"kernel": kernel, "cache_load_factor": LOAD_FACTORS[t % len(LOAD_FACTORS)] if uvm else None}
            if name == "table_wise":
                placements.append(TablePlacement.table_wise(t % d, **kw))
            elif name == "column_wise":
                parts = 4 if table.dim % 4 == 0 and table.dim >= 16 else 2
                placements.append(TablePlacement.column_wise(table, [(t + j) % d for j in range(parts)], **kw))
            elif name == "row_wise":
                placements.append(TablePlacement.row_wise(table, d, **kw))
            elif name == "table_row_wise":
                placements.append(TablePlacement.table_row_wise(table, t % hosts, per_host, **kw))
            else:
                placements.append(TablePlacement.data_parallel(d))
        out[f"{name} {'uvm' if uvm else 'fused'}"] = ShardingPlan(tuple(placements))
    return out


def relative(mine: float, theirs: float) -> float:
    if theirs == 0:
        return 0.0 if mine == 0 else float("inf")
    return abs(mine - theirs) / abs(theirs)


@dataclass
class Results:
    """Per plan label, the [shards, FIELDS] relative differences of its shards."""

    by_label: dict[str, list[np.ndarray]] = field(default_factory=dict)

    def add(self, label: str, diffs: np.ndarray) -> None:
        self.by_label.setdefault(label, []).append(diffs)

    def matrix(self, label: str | None = None) -> np.ndarray:
        blocks = self.by_label[label] if label else [b for bs in self.by_label.values() for b in bs]
        return np.vstack(blocks)


def compare(task: ShardingTask, oracle: TorchRecOracle, plan: ShardingPlan, real: TorchRecAnswer) -> np.ndarray:
    """[shards, FIELDS] relative differences of one plan."""
    rows = []
    for perfs, storages, theirs_perf, theirs_storage in zip(oracle.shard_perfs(task, plan),
                                                             oracle.shard_storages(task, plan), real.perfs,
                                                             real.storages):
        for mine, store, theirs, their_store in zip(perfs, storages, theirs_perf, theirs_storage):
            mine_values = [getattr(mine, f) for f in FIELDS[:6]] + [mine.total, store.hbm, store.ddr]
            their_values = [getattr(theirs, f) for f in FIELDS[:6]] + [theirs.total, their_store.hbm, their_store.ddr]
            rows.append([relative(a, b) for a, b in zip(mine_values, their_values)])
    return np.array(rows, dtype=np.float64)


def check_task(task: ShardingTask, python: str | None, results: Results, with_plan: bool) -> tuple[list[str], str]:
    """Compare every shard of the task's plans (and of TorchRec's own plan when ``with_plan``); the task's
    row of the tasks table, and a line describing TorchRec's plan."""
    start = time.perf_counter()
    runs = [(TorchRecOracle(cache_stats=True), {**plans(task, False), **plans(task, True)}, ""),
            (TorchRecOracle(), plans(task, True), " (no stats)")]
    shards, rate_diff, described = 0, 0.0, ""
    for oracle, named, suffix in runs:
        answers = estimate_with_torchrec(task, list(named.values()), oracle, python=python)
        for (label, plan), real in zip(named.items(), answers):
            diffs = compare(task, oracle, plan, real)
            results.add(label + suffix, diffs)
            shards += len(diffs)
            rate_diff = max(rate_diff, relative(oracle.cost(task, plan).total_ms, real.rate_ms))
    oracle = TorchRecOracle()
    reserved = answers[0].hbm_capacity
    if with_plan:
        real = plan_with_torchrec(task, oracle, python=python)
        diffs = compare(task, oracle, real.plan, real)
        results.add("torchrec's plan", diffs)
        shards += len(diffs)
        mine = oracle.cost(task, real.plan).total_ms
        rate_diff = max(rate_diff, relative(mine, real.rate_ms))
        types = ", ".join(f"{n} {k}" for k, n in real.plan.sharding_types().items())
        described = (f"TorchRec's plan of {task.source} on {task.num_devices} x {task.num_hosts}: {types}; rate "
                     f"{real.rate_ms:.3f} ms (mlopt {mine:.3f} ms), planned in {real.wall_s:.1f} s")
    plans_count = sum(len(named) for _, named, _ in runs) + int(with_plan)
    row = [task.source, f"{task.num_devices} x {task.num_hosts}", str(plans_count), str(shards), f"{rate_diff:.2e}",
           f"{oracle.capacity(task)[0] / GIB:.4f} / {reserved / GIB:.4f}", f"{time.perf_counter() - start:.1f}"]
    return row, described


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", default=None, help="a python with torchrec (default: $MLOPT_TORCHREC_PYTHON)")
    args = parser.parse_args()
    console = Console(width=160)
    results, described = Results(), []
    tasks = Table(title="Tasks: plans' rates (max over ranks, ms) and the HBM each rank keeps after the reservation")
    for column in ("tables", "devices x hosts", "plans", "shards", "max rate rel. diff",
                   "reserved HBM GiB (mlopt / TorchRec)", "wall s"):
        tasks.add_column(column, justify="right")
    for set_name, tables in table_sets().items():
        for devices, hosts in TOPOLOGIES:
            task = ShardingTask(tables, devices, 80 * GIB, 65_536, source=set_name, num_hosts=hosts,
                                ddr_bytes=256 * GIB)
            row, line = check_task(task, args.python, results, set_name in PLANNED_SETS)
            tasks.add_row(*row)
            described += [line] if line else []
    console.print(tasks)
    for line in described:
        console.print(line)
    everything = results.matrix()
    components = Table(title=f"Per component over all {len(everything)} shards compared: "
                             "|mlopt - TorchRec| / |TorchRec|")
    for column in ("component", "max rel. diff", "mean rel. diff", "share within 1%"):
        components.add_column(column, justify="right")
    for k, name in enumerate(FIELDS):
        column = everything[:, k]
        components.add_row(name, f"{column.max():.2e}", f"{column.mean():.2e}", f"{(column <= TOLERANCE).mean():.2%}")
    console.print(components)
    kinds = Table(title="Per sharding type and kernel (every component of a shard)")
    for column in ("plan", "shards", "max rel. diff", "mean rel. diff", "shards within 1%"):
        kinds.add_column(column, justify="right")
    for label in results.by_label:
        m = results.matrix(label)
        kinds.add_row(label, str(len(m)), f"{m.max():.2e}", f"{m.mean():.2e}",
                      f"{(m.max(axis=1) <= TOLERANCE).mean():.2%}")
    console.print(kinds)
    within = (everything.max(axis=1) <= TOLERANCE).mean()
    console.print(f"{len(everything)} shards compared; {within:.2%} within 1% on every component "
                  f"(max relative difference {everything.max():.2e}).")


if __name__ == "__main__":
    run_script(main)
