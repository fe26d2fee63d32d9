"""Held-out accuracy of the learned sharding cost models on collected analytical-oracle data.

    python benchmarks/cost_model_accuracy.py --samples 2000 --epochs 20

Collects ``--samples`` (task, plan) samples over the shipped 856-table pool (NeuroShard-style augmented
tables, 4 plans per task, 4 devices), holds out 20% of the tasks, trains the DreamShard cost net and the
NeuroShard compute + comm nets, and prints per model: plan-cost MAE (ms), mean true plan cost (ms), and
ranking accuracy (share of same-task plan pairs ordered as the oracle orders them).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import torch
from rich.console import Console
from rich.table import Table

from mlopt.datasets.embedding_tables import load_tables_csv
from mlopt.envs.oracles import make_oracle
from mlopt.errors import run_script
from mlopt.sharding.core.cost_data import collect_cost_data
from mlopt.sharding.dreamshard.cost_net import evaluate_dreamshard, train_dreamshard
from mlopt.sharding.neuroshard.nets import evaluate_neuroshard, train_neuroshard

TABLES = Path(__file__).resolve().parents[1] / "datasets" / "tables" / "dlrm_856.csv"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=2000)
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--hardware", default="a100")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    torch.set_num_threads(args.threads)

    start = time.perf_counter()
    data = collect_cost_data(load_tables_csv(TABLES), args.samples, make_oracle("analytical", args.hardware),
                             seed=args.seed)
    collect_s = time.perf_counter() - start
    train, held = data.split(0.2, seed=args.seed)
    mean_cost = float(data.batch(held).plan_costs().mean())

    table = Table(title=f"{len(train)} train / {len(held)} held-out samples, {args.hardware} analytical oracle "
                        f"(collected in {collect_s:.1f} s)")
    for column in ("model", "plan MAE ms", "mean plan cost ms", "ranking accuracy", "train s"):
        table.add_column(column, justify="right")
    start = time.perf_counter()
    model, _ = train_dreamshard(data, train, held, seed=args.seed, epochs=args.epochs)
    m = evaluate_dreamshard(model, data, held)
    table.add_row("DreamShard cost net", f"{m.plan_mae_ms:.3f}", f"{mean_cost:.2f}", f"{m.ranking_accuracy:.3f}",
                  f"{time.perf_counter() - start:.0f}")
    start = time.perf_counter()
    compute, comm, _ = train_neuroshard(data, train, held, seed=args.seed, epochs=args.epochs)
    m = evaluate_neuroshard(compute, comm, data, held)
    table.add_row("NeuroShard compute + comm", f"{m.plan_mae_ms:.3f}", f"{mean_cost:.2f}",
                  f"{m.ranking_accuracy:.3f}", f"{time.perf_counter() - start:.0f}")
    Console(width=120).print(table)


if __name__ == "__main__":
    run_script(main)
