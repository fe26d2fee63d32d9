"""Plans scored per second: BatchedPlanScorer (one batched pass) vs the per-plan loop (score_loop).

    python benchmarks/scorer_throughput.py --tables 50 --devices 4 --threads 1
    python benchmarks/scorer_throughput.py --mixed --tables 50 --devices 8 --sizes 1000 10000

``--mixed``: plans of every sharding type (random placements: column-, row-, table-row-wise, data parallel,
UVM-cached and fused table-wise, on hosts of 4 devices) scored by ShardPlanScorer (derived tables embedded once,
one scatter over all plans' shards) vs score_plan_loop (the net's forward pass plan by plan); both include
lowering each plan to its shards.

A DreamShard cost net (random weights: throughput does not depend on them) scores B random plans of
one task of synthesized tables, for B in {10^3, 10^4, 10^5}. The batched scorer is timed on all B
plans (best of ``--repeats``); the loop is timed on the first ``--loop-plans`` plans only and its
plans/second extrapolated to B (it is linear in B), which the table says. Before timing, both are
checked to agree (allclose) on those plans.
"""

from __future__ import annotations

import argparse
import time
from typing import Callable

import numpy as np
import torch
from rich.console import Console
from rich.table import Table

from mlopt import device as pick_device
from mlopt.sharding.dreamshard.cost_net import DreamShardCostNet
from mlopt.datasets.embedding_tables import ShardingPlan, ShardingTask
from mlopt.datasets.sharding_plan import random_placement
from mlopt.sharding.dreamshard.scorer import BatchedPlanScorer, as_feature_tensor, score_loop
from mlopt.sharding.dreamshard.shard_scorer import ShardPlanScorer, score_plan_loop
from mlopt.datasets.synth_tables import synthesize_tables
from mlopt.nn import seeded
from mlopt.errors import run_script


def best_seconds(fn: Callable[[], object], repeats: int, sync: Callable[[], None]) -> float:
    """Minimum wall time of ``fn`` over ``repeats`` runs, after one warm-up run."""
    fn()
    sync()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        sync()
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tables", type=int, default=50)
    parser.add_argument("--devices", type=int, default=4)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--loop-plans", type=int, default=1_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--device", default=None, help="torch device (default: cuda if available, else cpu)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--mixed", action="store_true", help="plans of every sharding type (ShardPlanScorer)")
    args = parser.parse_args(argv)

    torch.set_num_threads(args.threads)
    device = pick_device(args.device)
    sync = torch.cuda.synchronize if device.type == "cuda" else (lambda: None)
    with seeded(args.seed):
        model = DreamShardCostNet()
    tables = synthesize_tables(args.tables, args.seed)
    if args.mixed:
        mixed_table(model, tables, args, device, sync)
        return
    scorer = BatchedPlanScorer(model, tables, args.devices, device)
    features = as_feature_tensor(tables).to(device)
    generator = torch.Generator().manual_seed(args.seed)
    plans = torch.randint(0, args.devices, (max(args.sizes), args.tables), generator=generator).to(device)

    loop_plans = plans[: args.loop_plans]
    expected = score_loop(model, features, loop_plans, args.devices)
    if not torch.allclose(scorer(loop_plans), expected, rtol=1e-5, atol=1e-5):
        raise SystemExit("batched scorer and loop disagree")
    loop_rate = len(loop_plans) / best_seconds(lambda: score_loop(model, features, loop_plans, args.devices),
                                               1, sync)

    print_rates(f"plans/s, {args.tables} tables, {args.devices} devices", args, device, len(loop_plans), loop_rate,
                lambda size: scorer(plans[:size]), sync)


def print_rates(title: str, args: argparse.Namespace, device: torch.device, loop_count: int, loop_rate: float,
                score_first: Callable[[int], object], sync: Callable[[], None]) -> None:
    """The table: for each B of ``args.sizes``, plans/s of ``score_first(B)`` (best of ``args.repeats``) beside
    the loop's rate (timed on ``loop_count`` plans)."""
    table = Table(title=f"{title}, {device} ({args.threads} thread{'s' if args.threads > 1 else ''})")
    for column in ("B", "batched plans/s", "loop plans/s", "loop timed on", "speedup"):
        table.add_column(column, justify="right")
    for size in args.sizes:
        rate = size / best_seconds(lambda: score_first(size), args.repeats, sync)
        timed_on = f"{loop_count:,} (extrapolated)" if size > loop_count else f"{size:,}"
        table.add_row(f"{size:,}", f"{rate:,.0f}", f"{loop_rate:,.0f}", timed_on, f"{rate / loop_rate:.1f}x")
    Console(width=120).print(table)


def mixed_table(model: DreamShardCostNet, tables: tuple, args: argparse.Namespace, device: torch.device,
                sync: Callable[[], None]) -> None:
    """The ``--mixed`` table: ShardPlanScorer vs score_plan_loop on random plans of every sharding type."""
    task = ShardingTask(tables, args.devices, 80 * 2**30, num_hosts=max(args.devices // 4, 1), ddr_bytes=256 * 2**30)
    rng = np.random.default_rng(args.seed)
    plans = [ShardingPlan(tuple(random_placement(t, task.num_devices, task.devices_per_host, rng) for t in tables))
             for _ in range(max(args.sizes))]
    loop_plans = plans[: args.loop_plans]
    batched = ShardPlanScorer(model, task, device)(loop_plans).cpu()
    if not torch.allclose(batched, score_plan_loop(model, task, loop_plans), rtol=1e-5, atol=1e-5):
        raise SystemExit("batched scorer and loop disagree")
    loop_rate = len(loop_plans) / best_seconds(lambda: score_plan_loop(model, task, loop_plans), 1, lambda: None)
    print_rates(f"plans/s, plans of every sharding type, {args.tables} tables, {args.devices} devices", args, device,
                len(loop_plans), loop_rate, lambda size: ShardPlanScorer(model, task, device)(plans[:size]), sync)


if __name__ == "__main__":
    run_script(main)
