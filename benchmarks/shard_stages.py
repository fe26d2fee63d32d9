"""Where `mlopt shard`'s time goes on a large table set: each stage of the command timed alone, in one process.

    python benchmarks/shard_stages.py --tables t100k.csv --devices 512 --hosts 64

Stages: reading the CSV, building the task, the oracle's first pricing (its per-table terms), each greedy
baseline (placed and priced), the plan document and writing it. Run it at two commits to compare them on the
same machine (issue 20: 100,000 tables within the time limit; RESULTS.md has both columns).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from mlopt.cli.options import cli_oracle
from mlopt.cli.topology import job_topology
from mlopt.datasets.embedding_tables import ShardingPlan, ShardingTask, load_tables_csv
from mlopt.errors import run_script
from mlopt.sharding import greedy_baselines
from mlopt.sharding.core.baselines import plan_heuristic
from mlopt.sharding.core.planner import NoConfig, PlanBudget
from mlopt.sharding.plan_io import plan_document, write_plan_json


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tables", type=Path, required=True)
    parser.add_argument("--devices", type=int, default=512)
    parser.add_argument("--hosts", type=int, default=64)
    args = parser.parse_args()
    rows: list[tuple[str, float]] = []

    def timed(stage: str, work):
        started = time.perf_counter()
        value = work()
        rows.append((stage, time.perf_counter() - started))
        return value

    tables = timed("read and check the CSV", lambda: load_tables_csv(args.tables))
    job = job_topology(args.devices, args.hosts, None, None, "a100")
    oracle = cli_oracle("analytical", job.profile, None, 0)
    task = timed("build and check the task", lambda: _task(tables, job))
    timed("first pricing (the oracle's per-table terms)",
          lambda: oracle.device_costs(task, ShardingPlan.from_array([0] * task.num_tables)))
    results = [timed(f"{name}, priced", lambda name=name: plan_heuristic(task, oracle, PlanBudget(seed=0),
                                                                          NoConfig(), name))
               for name in greedy_baselines()]
    document = timed("plan document", lambda: plan_document(task, results[0], results[1], {"name": "analytical"}))
    with tempfile.TemporaryDirectory() as folder:
        timed("write it", lambda: write_plan_json(Path(folder) / "plan.json", document))
    table = Table(title=f"{task.num_tables} tables on {task.num_devices} devices ({args.hosts} hosts)")
    table.add_column("stage")
    table.add_column("seconds", justify="right")
    for stage, seconds in rows:
        table.add_row(stage, f"{seconds:.2f}")
    table.add_row("all", f"{sum(s for _, s in rows):.2f}", style="bold")
    Console().print(table)
    for result in results:
        print(f"{result.method}: {result.cost.total_ms:.3f} ms")


def _task(tables, job) -> ShardingTask:
    task = ShardingTask(tables, job.num_devices, job.memory_bytes, source="tables", num_hosts=job.num_hosts,
                        ddr_bytes=job.ddr_bytes)
    task.check_fits()
    return task


if __name__ == "__main__":
    run_script(main)
