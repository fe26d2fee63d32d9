"""Sharding baselines side by side: every classic method on one tables file, priced by one oracle.

    python benchmarks/sharding_baselines.py --tables datasets/tables/dlrm_856.csv --devices 4 8 --time-limit 30

For each device count it prints, per method: the plan cost (ms per iteration under the oracle), the
ratio to the best greedy baseline measured in the same run (< 1 is better), the planning wall time, and
for the MILP its linearized objective, proven bound and gap.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table

from mlopt.datasets.embedding_tables import ShardingTask, load_tables_csv
from mlopt.envs.oracles import PROFILE_NAMES, load_profile, make_oracle
from mlopt.errors import InputError, run_script
from mlopt.sharding import ShardingResult, greedy_baselines, plan_sharding, planners


def run(tables_path: Path, devices: int, hardware: str, time_limit: float, backends: list[str],
        seed: int) -> list[ShardingResult]:
    profile = load_profile(hardware)
    task = ShardingTask(load_tables_csv(tables_path), devices, int(profile.memory_gb * 2**30), source=str(tables_path))
    oracle = make_oracle("analytical", hardware)
    results = []
    for method in (p.name for p in planners() if not p.needs_weights):  # benchmarks/sharding.py has those
        for backend in backends if method == "milp" else ["-"]:
            try:
                result = plan_sharding(task, method, oracle, time_limit_s=time_limit, seed=seed,
                                       milp_backend=backend if method == "milp" else "cpsat")
            except InputError as error:
                print(f"{method}: {error}", file=sys.stderr)
                continue
            if method == "milp":
                result = ShardingResult(f"milp ({backend})", result.plan, result.cost, result.wall_s, result.details)
            results.append(result)
    return results


def render(console: Console, title: str, results: list[ShardingResult]) -> None:
    best_greedy = min(r.cost.total_ms for r in results if r.method in greedy_baselines())
    table = Table(title=title)
    for column in ("method", "plan cost ms", "ratio to best greedy", "wall s", "MILP objective / bound / gap"):
        table.add_column(column, justify="right")
    for r in results:
        milp = ""
        if r.details:
            milp = (f"{r.details['linearized_objective_ms']:.3f} / {r.details['linearized_bound_ms']:.3f} / "
                    f"{100 * r.details['gap']:.3f}% ({r.details['status']})")
        table.add_row(r.method, f"{r.cost.total_ms:.3f}", f"{r.cost.total_ms / best_greedy:.3f}", f"{r.wall_s:.2f}", milp)
    console.print(table)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tables", type=Path, default=Path("datasets/tables/dlrm_856.csv"))
    parser.add_argument("--devices", type=int, nargs="+", default=[4, 8])
    parser.add_argument("--hardware", choices=PROFILE_NAMES, default="a100")
    parser.add_argument("--time-limit", type=float, default=30.0)
    parser.add_argument("--backends", nargs="+", default=["cpsat", "scip"])
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    console = Console(width=140)
    for devices in args.devices:
        results = run(args.tables, devices, args.hardware, args.time_limit, args.backends, args.seed)
        render(console, f"{args.tables.name}: {devices} x {args.hardware}, analytical oracle, batch 65,536", results)


if __name__ == "__main__":
    run_script(main)
