"""Learned vs classic sharding on task suites like DreamShard's and NeuroShard's papers.

    python benchmarks/sharding.py --tasks 3 --milp-limit 2 --reference-scale 100   # the issue's setting
    python benchmarks/sharding.py --tasks 2 --milp-limit 1 --reference-scale 20    # reduced: ~1.5 min
    python benchmarks/sharding.py --unseen-devices --tasks 2 --reference-scale 0 --search-steps 2 \
        --methods dim-greedy size-greedy lookup-greedy size-lookup-greedy torchrec dreamshard neuroshard neuroshard-tw

Suites (tables x devices): 50x4, 100x4, 100x8, 200x8, 400x16 (DreamShard, NeurIPS 2022, and
NeuroShard, MLSys 2023, use tasks of this shape). ``--unseen-devices`` runs 96x12, 192x24, 384x48 and
400x96 instead: device counts the shipped weights never saw in training (they are trained on 2..128
devices over 1..16 hosts without 12, 24, 48 and 96, :mod:`mlopt.sharding.core.topology`). Each task draws its tables without replacement from
the *held-out* half of dlrm_856 (odd data rows, :func:`mlopt.sharding.pretrained.split_tables`; the shipped
weights were trained on the even rows), seeded by ``[--seed, T, D, task]``. Memory per device is
``--memory-factor`` (1.5) x the fair share (total table bytes / D), so tasks fit but memory binds.

Per method and suite it prints: mean plan cost under the analytical A100 oracle (ms per iteration),
the mean per-task ratio to the best greedy baseline (the greedy family and the TorchRec-style
partitioner), the mean ratio to the best known plan, and the mean planning wall time (model loading
excluded). The best known plan of a task is the cheapest of every method's plan and a long search with
``--reference-scale`` x the ``milp`` method's budget: half to the MILP plus local refinement under the
true oracle, half to local refinement (moves and swaps, true oracle) of the best table-wise plan the
methods found (``--reference-scale 0``: no long search; the best known is the best method's plan). The
last rows give each method's geometric mean ratio to the best greedy over all tasks. A method that fails a task (e.g. memory) is counted in ``fail`` and left out of its means.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
import torch

from mlopt.datasets.embedding_tables import ShardingTask, load_tables_csv
from mlopt.envs.oracles import AnalyticalOracle
from mlopt.envs.sharding.task_sampler import fair_share_memory, is_placeable
from mlopt.errors import InputError, run_script
from mlopt.sharding import greedy_baselines, plan_sharding, planner_names
from mlopt.sharding.pretrained import split_tables
from mlopt.solvers.sharding import improve_plan

TABLES = Path(__file__).resolve().parents[1] / "datasets" / "tables" / "dlrm_856.csv"
SUITES: tuple[str, ...] = ("50x4", "100x4", "100x8", "200x8", "400x16")
UNSEEN_SUITES: tuple[str, ...] = ("96x12", "192x24", "384x48", "400x96")  # device counts not in training


def sample_task(pool: tuple, num_tables: int, num_devices: int, memory_factor: float, seed: list[int]) -> ShardingTask:
    """A placeable task of ``num_tables`` distinct pool tables with memory = factor x fair share."""
    rng = np.random.default_rng(seed)
    for _ in range(20):
        tables = tuple(pool[i] for i in rng.choice(len(pool), size=num_tables, replace=False))
        memory = fair_share_memory(tables, num_devices, memory_factor)
        task = ShardingTask(tables, num_devices, memory, source=f"{TABLES.name} held-out {num_tables}x{num_devices}")
        if is_placeable(task):
            return task
    raise InputError("no placeable task in 20 draws", field="--memory-factor", expected="a larger factor")


def run_suite(pool: tuple, suite: str, args: argparse.Namespace, oracle: AnalyticalOracle) -> dict[str, dict]:
    """Per method: lists of cost, ratio to best greedy, ratio to best known, wall time; failures."""
    num_tables, num_devices = map(int, suite.split("x"))
    stats: dict[str, dict] = defaultdict(lambda: {"cost": [], "greedy": [], "best": [], "wall": [], "fail": 0})
    for k in range(args.tasks):
        task = sample_task(pool, num_tables, num_devices, args.memory_factor, [args.seed, num_tables, num_devices, k])
        costs: dict[str, tuple[float, float]] = {}
        best_plan = None
        for method in args.methods:
            try:
                r = plan_sharding(task, method, oracle, time_limit_s=args.milp_limit, seed=args.seed,
                                  model_dir=args.model, search_steps=args.search_steps)
            except InputError:
                stats[method]["fail"] += 1
                continue
            costs[method] = (r.cost.total_ms, r.wall_s)
            if r.plan.is_table_wise and (best_plan is None or r.cost.total_ms < best_plan[0]):
                best_plan = (r.cost.total_ms, r.plan)
        budget = args.milp_limit * args.reference_scale / 2
        reference = float("inf")
        if budget > 0:
            reference = plan_sharding(task, "milp", oracle, time_limit_s=budget, seed=args.seed).cost.total_ms
        if best_plan is not None and budget > 0:
            refined = improve_plan(task, best_plan[1], lambda idx: oracle.device_total_ms(task, idx), budget)
            reference = min(reference, oracle.cost(task, refined).total_ms)
        best_known = min(reference, *(c for c, _ in costs.values()))
        greedy = min(costs[m][0] for m in greedy_baselines() if m in costs)
        for method, (cost, wall) in costs.items():
            for key, value in (("cost", cost), ("greedy", cost / greedy), ("best", cost / best_known), ("wall", wall)):
                stats[method][key].append(value)
        searched = f"{reference:.3f} ms" if budget > 0 else "not run"
        print(f"# {suite} task {k}: best greedy {greedy:.3f} ms, long search {searched}", flush=True)
    return stats


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suites", nargs="+", default=list(SUITES), help="TxD, e.g. 100x8")
    parser.add_argument("--unseen-devices", action="store_true",
                        help="suites " + " ".join(UNSEEN_SUITES) + " (device counts never trained on)")
    parser.add_argument("--tasks", type=int, default=3, help="tasks per suite")
    parser.add_argument("--methods", nargs="+", default=list(planner_names()), choices=planner_names())
    parser.add_argument("--milp-limit", type=float, default=2.0, help="seconds of the milp method")
    parser.add_argument("--reference-scale", type=float, default=100.0, help="long search = this x --milp-limit")
    parser.add_argument("--search-steps", type=int, default=None,
                        help="NeuroShard's column-wise beam steps (default: its full search)")
    parser.add_argument("--memory-factor", type=float, default=1.5, help="memory per device / fair share")
    parser.add_argument("--model", default=None, help="weights folder of the learned methods (default: shipped)")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if args.unseen_devices:
        args.suites = list(UNSEEN_SUITES)
    torch.set_num_threads(args.threads)
    pool = split_tables(load_tables_csv(TABLES), "test")
    oracle = AnalyticalOracle("a100")
    start = time.perf_counter()
    rows, ratios = [], defaultdict(list)
    for suite in args.suites:
        for method, s in run_suite(pool, suite, args, oracle).items():
            ratios[method].extend(s["greedy"])
            mean = (lambda key: f"{np.mean(s[key]):.3f}" if s[key] else "-")  # noqa: E731
            rows.append(f"| {suite} | {method} | {mean('cost')} | {mean('greedy')} | {mean('best')} | "
                        f"{np.mean(s['wall']) if s['wall'] else float('nan'):.3f} | {s['fail']} |")
    print(f"\n{args.tasks} tasks per suite, held-out half of dlrm_856, memory {args.memory_factor}x fair share, "
          f"analytical A100 oracle; total {time.perf_counter() - start:.0f} s\n")
    print("| suite | method | mean cost ms | ratio to best greedy | ratio to best known | plan s | fail |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    print("\n".join(rows))
    print("\n| method | geomean ratio to best greedy (all tasks) | tasks |\n| --- | --- | --- |")
    for method, values in ratios.items():
        print(f"| {method} | {np.exp(np.mean(np.log(values))):.3f} | {len(values)} |")


if __name__ == "__main__":
    run_script(main)
