"""UVM caching in the learned planners and the greedy baselines (issue 18, item 3), beside the MILP and the default.

    python benchmarks/sharding_uvm.py --time-limit 10
    python benchmarks/sharding_uvm.py --quick          # one small suite, 3 s limit

Each suite (``TxD/H@F``) takes T held-out tables (odd data rows of dlrm_856, never trained on) for D devices on H
hosts whose memory (HBM) holds 1/F of the tables' bytes, so that some tables must be UVM-cached in host memory
(128 GiB of DDR per device). Every planner runs in this process on the analytical A100 oracle with the same limit
and seed; before the memory stage (:mod:`mlopt.sharding.core.uvm_stage`) every planner but the MILP refused these
tasks.

Printed per suite, as plan cost over the best greedy plan's (the greedy baselines through the memory stage, which
caches the coldest tables first; all priced by the oracle): DreamShard and NeuroShard as shipped (the memory stage
caches by the pre-trained UVM net's extra cost per byte), the same planners with the cold-first rule instead of the
net (``cold``: their weights without ``uvm.pt``), the MILP over sharding types, the default (``mlopt shard``
without ``--method``), and how many tables the shipped DreamShard plan caches; then the geometric means.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import numpy as np

from mlopt.datasets.embedding_tables import ShardingTask, load_tables_csv
from mlopt.envs.oracles import AnalyticalOracle
from mlopt.errors import InputError, run_script
from mlopt.sharding import best_greedy, plan_sharding
from mlopt.sharding.planning import plan_default
from mlopt.sharding.core.uvm_net import UVM_FILE
from mlopt.sharding.pretrained import PRETRAINED_DIR, split_tables

from sharding_default import TABLES, parse_suite, suite_arguments  # noqa: E402  (benchmarks/ is the script's folder)

SUITES: tuple[str, ...] = ("100x4/1@1.1", "200x8/1@1.2", "300x12/2@1.5", "400x24/3@2", "400x48/6@1.3")
QUICK_SUITES: tuple[str, ...] = ("60x4/1@1.2",)
LEARNED: tuple[str, ...] = ("dreamshard", "neuroshard")
DDR_BYTES = 128 * 2**30


def parse(suite: str) -> tuple[int, int, int, float]:
    """``TxD/H@F`` -> (tables, devices, hosts, bytes over memory)."""
    try:
        shape, over = suite.split("@")
        factor = float(over)
    except ValueError:
        raise InputError(f"{suite!r}", field="--suites", expected="TABLESxDEVICES/HOSTS@FACTOR, e.g. 200x8/1@1.2") \
            from None
    if not 1.0 < factor <= 4.0:
        raise InputError(f"{suite!r}", field="--suites", expected="a factor in (1, 4]")
    return (*parse_suite(shape), factor)


def suite_task(num_tables: int, devices: int, hosts: int, factor: float, seed: int) -> ShardingTask:
    """The suite's task (module docstring)."""
    pool = split_tables(load_tables_csv(TABLES), "test")
    rng = np.random.default_rng([seed, num_tables, devices])
    tables = tuple(pool[i] for i in sorted(rng.choice(len(pool), size=num_tables, replace=False)))
    memory = int(sum(t.size_bytes for t in tables) / (devices * factor))
    return ShardingTask(tables, devices, memory, num_hosts=hosts, ddr_bytes=DDR_BYTES)


def cold_weights(folder: Path) -> None:
    """Fill ``folder`` with links to the shipped weights except the UVM net (the planners then cache cold-first)."""
    for path in PRETRAINED_DIR.iterdir():
        if path.suffix in (".pt", ".json") and path.stem != Path(UVM_FILE).stem:
            os.symlink(path, folder / path.name)


def main() -> None:
    suites, limit, seed = suite_arguments(__doc__, SUITES, QUICK_SUITES, "TxD/H@F")
    oracle = AnalyticalOracle("a100")
    columns = [f"{m}{label}" for m in LEARNED for label in ("", " cold")] + ["milp", "default"]
    print(f"{'suite':>14} " + " ".join(f"{c + '/greedy':>20}" for c in columns) + f" {'cached':>7}")
    ratios: dict[str, list[float]] = {c: [] for c in columns}
    with tempfile.TemporaryDirectory() as folder:
        cold_weights(Path(folder))
        for suite in suites:
            task = suite_task(*parse(suite), seed)
            baseline = best_greedy(task, oracle, seed)
            greedy = baseline.cost.total_ms
            row, cached = [], 0
            for method in LEARNED:
                for model_dir in (None, folder):
                    result = plan_sharding(task, method, oracle, time_limit_s=limit, seed=seed, model_dir=model_dir)
                    result.plan.validate(task)
                    row.append(result.cost.total_ms / greedy)
                    if method == "dreamshard" and model_dir is None:
                        cached = sum(p.uvm for p in result.plan.placements)
            milp = plan_sharding(task, "milp", oracle, time_limit_s=limit, seed=seed)
            default, _ = plan_default(task, oracle, baseline, time_limit_s=limit, seed=seed)
            for result in (milp, default):
                result.plan.validate(task)
                row.append(result.cost.total_ms / greedy)
            for column, value in zip(columns, row):
                ratios[column].append(value)
            print(f"{suite:>14} " + " ".join(f"{v:>20.4f}" for v in row) + f" {cached:>7d}", flush=True)
    geomean = lambda values: float(np.exp(np.mean(np.log(values))))  # noqa: E731
    print(f"{'geomean':>14} " + " ".join(f"{geomean(ratios[c]):>20.4f}" for c in columns))


if __name__ == "__main__":
    run_script(main)
