"""mlopt's replay of TorchRec's planner (``--method torchrec-planner``) beside the real one, table by table.

For each table set and topology (devices x hosts, the a100 profile's HBM and DDR per device, TorchRec's
default bandwidths, global batch 65,536), in one run: the real ``EmbeddingShardingPlanner.plan`` through the
bridge (:mod:`mlopt.sharding.torchrec_bridge`; ``MLOPT_TORCHREC_PYTHON`` names a python with torchrec), and
:func:`~mlopt.sharding.core.torchrec_planner.replay_torchrec_planner` on the same inputs. It prints the tables
placed differently (sharding type, compute kernel or ranks), both plans' rates under TorchRec's perf model,
both wall times (the real planner's own, without the bridge's start-up) and their ratio. A set whose real
planner does not answer within ``--torchrec-timeout`` is reported as such, with the replay's figures alone.

    MLOPT_TORCHREC_PYTHON=/path/to/torchrec-env/bin/python python benchmarks/torchrec_replay_check.py \\
        --sets dlrm_default synth:50 synth:100 --topologies 8x1 16x2 32x4
"""

from __future__ import annotations

import argparse
import time

from rich.console import Console
from rich.table import Table
from sharding_vs_torchrec import benchmark_task, table_set  # the sibling benchmark's table sets and topologies

from mlopt.envs.oracles import load_profile
from mlopt.envs.oracles.torchrec_estimator import TorchRecOracle
from mlopt.errors import InputError, run_script
from mlopt.sharding.core.torchrec_planner import replay_torchrec_planner, tables_placed_differently
from mlopt.sharding.torchrec_bridge import plan_with_torchrec


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", default=["dlrm_default"])
    parser.add_argument("--topologies", nargs="+", default=["8x1", "16x2", "32x4"])
    parser.add_argument("--batch-size", type=int, default=65_536, help="global batch (TorchRec: per rank x D)")
    parser.add_argument("--torchrec-timeout", type=float, default=300.0, help="seconds for each real plan")
    args = parser.parse_args()
    profile = load_profile("a100")
    oracle = TorchRecOracle(profile)
    table = Table(title="TorchRec's planner: the real package vs mlopt's replay")
    for column in ("set", "D x H", "tables", "placed differently", "TorchRec ms", "replay ms", "TorchRec s",
                   "replay s", "replay / TorchRec time", "types (replay)"):
        table.add_column(column, justify="left" if column in ("set", "types (replay)") else "right")
    for name in args.sets:
        tables = table_set(name)
        for text in args.topologies:
            task = benchmark_task(name, tables, text, args.batch_size, profile)
            start = time.perf_counter()
            replay = replay_torchrec_planner(task, oracle)
            replay_s = time.perf_counter() - start
            types = ", ".join(f"{k} {v}" for k, v in replay.plan.sharding_types().items())
            try:
                real = plan_with_torchrec(task, oracle, timeout_s=args.torchrec_timeout)
            except InputError as error:
                if error.field != "timeout_s":
                    raise
                table.add_row(name, text, str(task.num_tables), "-", f"> {args.torchrec_timeout:g} s",
                              f"{replay.rate_ms:.3f}", "timeout", f"{replay_s:.1f}", "-", types)
                continue
            differ = len(tables_placed_differently(real.plan, replay.plan))
            table.add_row(name, text, str(task.num_tables), str(differ), f"{real.rate_ms:.3f}",
                          f"{replay.rate_ms:.3f}", f"{real.wall_s:.1f}", f"{replay_s:.1f}",
                          f"{replay_s / real.wall_s:.2f}", types)
    Console(width=200).print(table)


if __name__ == "__main__":
    run_script(main)
