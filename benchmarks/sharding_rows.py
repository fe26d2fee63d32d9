"""Row-sharded tables in the learned planners and the greedy baselines (issue 18, item 3), beside the MILP.

    python benchmarks/sharding_rows.py --time-limit 10
    python benchmarks/sharding_rows.py --quick          # two small suites, 3 s limit

Each suite (``TxD/H+K``) takes T held-out tables (odd data rows of dlrm_856, never trained on) for D devices on
H hosts and makes K of them *hot* (2,000,000 rows, dim 256, pooling factor 400: one such table costs more than an
average device's share, so no table-wise plan balances it); a suite ending in ``!`` also makes one table
*oversized* (1.5 x a device's memory: no planner can place it whole). Memory per device is 1.5 x the fair share.
Every planner runs in this process on the analytical A100 oracle with the same limit and seed.

Printed per suite, as plan cost over the best greedy plan's (both priced by the oracle): DreamShard and
NeuroShard as shipped (row and data-parallel stages), without those stages (``--no-data-parallel``), the MILP
over sharding types, and how many tables each shipped learned plan row-shards; then the geometric means.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from mlopt.datasets.embedding_tables import ShardingTask, load_tables_csv
from mlopt.envs.oracles import AnalyticalOracle
from mlopt.errors import InputError, run_script
from mlopt.sharding import best_greedy, plan_sharding
from mlopt.sharding.pretrained import split_tables

from sharding_default import TABLES, parse_suite, suite_arguments  # noqa: E402  (benchmarks/ is the script's folder)

SUITES: tuple[str, ...] = ("60x8/1+1", "200x12/2+2", "300x24/3+3", "200x16/2+1!", "400x48/6+4")
QUICK_SUITES: tuple[str, ...] = ("60x8/1+1", "60x8/2+0!")
LEARNED: tuple[str, ...] = ("dreamshard", "neuroshard")
HOT = {"num_embeddings": 2_000_000, "dim": 256, "pooling_factor": 400.0}
MEMORY_FACTOR = 1.5
OVERSIZED_SHARE = 1.5


def parse(suite: str) -> tuple[int, int, int, int, bool]:
    """``TxD/H+K[!]`` -> (tables, devices, hosts, hot tables, oversized)."""
    oversized = suite.endswith("!")
    try:
        shape, hot = suite.rstrip("!").split("+")
        return (*parse_suite(shape), int(hot), oversized)
    except ValueError:
        raise InputError(f"{suite!r}", field="--suites", expected="TABLESxDEVICES/HOSTS+HOT[!], e.g. 60x8/1+1") from None


def suite_task(num_tables: int, devices: int, hosts: int, hot: int, oversized: bool, seed: int) -> ShardingTask:
    """The suite's task (module docstring)."""
    pool = split_tables(load_tables_csv(TABLES), "test")
    rng = np.random.default_rng([seed, num_tables, devices])
    tables = [pool[i] for i in sorted(rng.choice(len(pool), size=num_tables, replace=False))]
    for k, i in enumerate(rng.choice(num_tables, size=hot + oversized, replace=False).tolist()):
        tables[i] = replace(tables[i], name=f"{tables[i].name}_hot", **HOT) if k < hot else tables[i]
    fair = sum(t.size_bytes for t in tables) / devices
    memory = int(max(MEMORY_FACTOR * fair, 1.2 * max(t.size_bytes for t in tables)))
    if oversized:
        i = int(np.argmax([t.size_bytes for t in tables]))
        big = tables[i]
        rows = int(OVERSIZED_SHARE * memory / (big.dim * big.bytes_per_element))
        tables[i] = replace(big, name=f"{big.name}_big", num_embeddings=rows)
    return ShardingTask(tuple(tables), devices, memory, num_hosts=hosts)


def main() -> None:
    suites, limit, seed = suite_arguments(__doc__, SUITES, QUICK_SUITES, "TxD/H+K[!]")
    oracle = AnalyticalOracle("a100")
    columns = [f"{m}{label}" for m in LEARNED for label in ("", " no stages")] + ["milp"]
    print(f"{'suite':>12} " + " ".join(f"{c + '/greedy':>24}" for c in columns)
          + " " + " ".join(f"{m + ' rows':>16}" for m in LEARNED))
    ratios: dict[str, list[float]] = {c: [] for c in columns}
    for suite in suites:
        task = suite_task(*parse(suite), seed)
        greedy = best_greedy(task, oracle, seed).cost.total_ms
        row = []
        rows_split = []
        for method in LEARNED:
            for stages in (True, False):
                result = plan_sharding(task, method, oracle, time_limit_s=limit, seed=seed, data_parallel=stages)
                result.plan.validate(task)
                row.append(result.cost.total_ms / greedy)
                if stages:
                    kinds = result.plan.sharding_types()
                    rows_split.append(kinds.get("row_wise", 0) + kinds.get("table_row_wise", 0))
        milp = plan_sharding(task, "milp", oracle, time_limit_s=limit, seed=seed)
        row.append(milp.cost.total_ms / greedy)
        for column, value in zip(columns, row):
            ratios[column].append(value)
        print(f"{suite:>12} " + " ".join(f"{v:>24.4f}" for v in row) + " "
              + " ".join(f"{n:>16d}" for n in rows_split), flush=True)
    geomean = lambda values: float(np.exp(np.mean(np.log(values))))  # noqa: E731
    print(f"{'geomean':>12} " + " ".join(f"{geomean(ratios[c]):>24.4f}" for c in columns))


if __name__ == "__main__":
    run_script(main)
