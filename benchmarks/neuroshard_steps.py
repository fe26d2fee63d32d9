"""Seconds per grid search inside NeuroShard's column-wise beam search, with the compute head priced from pooled
table embeddings (the paper's form, the baseline) and from summed head projections (mlopt's form, issue 18), beside
the step-cost model that sizes a plain ``mlopt shard --method neuroshard`` run (``neuroshard/planner.py``).

    python benchmarks/neuroshard_steps.py                    # the held-out suites of sharding_default.py
    python benchmarks/neuroshard_steps.py --suites 1000x48/6

Per suite: ms per grid search of the first beam step (20 children, run in lockstep) in each form, their ratio, the
model's ms, and the beam steps a 10 s limit buys. Both forms find the same plan (asserted). One torch thread.
"""

from __future__ import annotations

import argparse
import time

import numpy as np
import torch

from mlopt.datasets.embedding_tables import ShardingTask
from mlopt.errors import run_script
from mlopt.sharding.neuroshard.planner import _grid_seconds, standalone_steps
from mlopt.sharding.neuroshard.search import NeuroShardCostModel, plan_with_neuroshard
from mlopt.sharding.neuroshard.weights import load_neuroshard

from sharding_default import SUITES, held_out_tables, parse_suite


class PooledHead:
    """NeuroShard's adapter with the grid search summing table embeddings and running the whole compute head."""

    def __init__(self, model: NeuroShardCostModel) -> None:
        self.model = model
        self.shard_compute, self.plan_costs = model.shard_compute, model.plan_costs

    def table_embeddings(self, task: ShardingTask) -> torch.Tensor:
        return self.model.features(task).embeddings

    @torch.no_grad()
    def pooled_compute(self, pooled: torch.Tensor) -> np.ndarray:
        return self.model.compute.pooled_costs(pooled).double().cpu().numpy()


def grid_ms(task: ShardingTask, model: object) -> tuple[float, tuple]:
    """ms per grid search of the first beam step (the root's time subtracted) and the one-step plan's shards."""
    plan_with_neuroshard(task, model, max_steps=0)  # warm the caches
    start = time.perf_counter()
    plan_with_neuroshard(task, model, max_steps=0)
    root = time.perf_counter() - start
    start = time.perf_counter()
    found = plan_with_neuroshard(task, model, max_steps=1)
    return 1e3 * (time.perf_counter() - start - root) / max(found.evaluations - 1, 1), found.shards


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--suites", nargs="+", default=list(SUITES), help="TABLESxDEVICES/HOSTS")
    args = parser.parse_args()
    torch.set_num_threads(1)
    model = load_neuroshard(device="cpu")
    print(f"{'suite':>12} {'pooled ms':>10} {'projected ms':>12} {'ratio':>6} {'model ms':>9} {'steps at 10 s':>13}")
    for suite in args.suites:
        num_tables, devices, hosts = parse_suite(suite)
        task = ShardingTask(held_out_tables(num_tables, 0), devices, 80 * 2**30, num_hosts=hosts)
        pooled, pooled_shards = grid_ms(task, PooledHead(model))
        projected, shards = grid_ms(task, model)
        if shards != pooled_shards:
            raise AssertionError(f"{suite}: the two forms found different plans")
        print(f"{suite:>12} {pooled:>10.1f} {projected:>12.1f} {projected / pooled:>6.2f} "
              f"{1e3 * _grid_seconds(task):>9.1f} {standalone_steps(task, 10.0):>13}")


if __name__ == "__main__":
    run_script(main)
