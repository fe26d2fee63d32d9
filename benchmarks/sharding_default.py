"""`mlopt shard`'s default portfolio beside the MILP alone and the best greedy, as a user runs them (issue 18).

    python benchmarks/sharding_default.py --time-limit 10
    python benchmarks/sharding_default.py --quick            # two small suites, 3 s limit (the test's run)

Each suite (tables x devices / hosts) is a held-out table set the learned weights never saw: up to 428 tables
are drawn from the odd data rows of dlrm_856 (the weights train on the even rows,
:func:`mlopt.sharding.pretrained.split_tables`), larger sets are synthesized with seeds no training run uses.
Device counts include 12, 24, 48 and 96, which the weights never saw in training. Both planners run as the console
script (``mlopt shard --out``, a fresh process each: imports, weights and set-up inside the wall time), with the
same ``--time-limit`` and seed, on the CLI's default memory and the analytical A100 oracle.

Printed per suite: the default plan's cost over the MILP-alone plan's and over the best greedy plan's (the
CLI's baseline, priced in the same run), the returned plan's gap to the MILP's bound, which candidate won,
the default's wall time beside its bound (limit + 10% + 1 s), and whether each run's MILP phases were cut by
the wall-clock deadline (then its plan depends on the machine's load), each learned method run alone
(``--method``) over the best greedy: as shipped (moves and data-parallel tables), table-wise / column-wise with
moves (``--no-data-parallel``) and the paper's plan (``--no-refine``), and whether the device count is one the weights never saw
(:data:`~mlopt.sharding.core.topology.HELD_OUT_DEVICES`); then the geometric means.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from mlopt.datasets.embedding_tables import load_tables_csv, write_tables_csv
from mlopt.datasets.synth_tables import synthesize_tables
from mlopt.errors import InputError, run_script
from mlopt.sharding.core.topology import HELD_OUT_DEVICES
from mlopt.sharding.pretrained import split_tables

TABLES = Path(__file__).resolve().parents[1] / "datasets" / "tables" / "dlrm_856.csv"
SUITES: tuple[str, ...] = ("50x4/1", "200x8/1", "300x12/2", "428x24/3", "1000x48/6", "600x96/12", "2000x128/16")
LEARNED: tuple[str, ...] = ("dreamshard", "neuroshard")  # each also run alone (--method)
VARIANTS: tuple[tuple[str, tuple[str, ...]], ...] = (  # each learned method alone: as shipped, table-wise, the paper's
    ("", ()), (" no DP", ("--no-data-parallel",)), (" paper", ("--no-refine",)))
QUICK_SUITES: tuple[str, ...] = ("50x4/1", "100x12/2")
SYNTH_SEED = 900_000  # + the table count: seeds no shipped table set or training run uses
MLOPT = shutil.which("mlopt", path=str(Path(sys.executable).parent)) or "mlopt"


def parse_suite(suite: str) -> tuple[int, int, int]:
    """``TxD/H`` -> (tables, devices, hosts)."""
    try:
        shape, hosts = suite.split("/")
        tables, devices = shape.split("x")
        return int(tables), int(devices), int(hosts)
    except ValueError:
        raise InputError(f"{suite!r}", field="--suites", expected="TABLESxDEVICES/HOSTS, e.g. 200x8/1") from None


def held_out_tables(num_tables: int, seed: int) -> tuple:
    """``num_tables`` held-out tables: drawn from dlrm_856's odd rows while they suffice, else synthesized."""
    pool = split_tables(load_tables_csv(TABLES), "test")
    if num_tables <= len(pool):
        rng = np.random.default_rng([seed, num_tables])
        return tuple(pool[i] for i in sorted(rng.choice(len(pool), size=num_tables, replace=False)))
    return synthesize_tables(num_tables, SYNTH_SEED + num_tables)


def run_cli(tables: Path, devices: int, hosts: int, limit: float, seed: int, method: str | None,
            out: Path, flags: tuple[str, ...] = ()) -> tuple[dict, float]:
    """One ``mlopt shard`` run as a fresh process: (its --out document, wall seconds)."""
    args = [MLOPT, "shard", "--tables", str(tables), "--devices", str(devices), "--hosts", str(hosts),
            "--time-limit", f"{limit:g}", "--seed", str(seed), "--quiet", "--out", str(out)]
    if method is not None:
        args += ["--method", method]
    args += flags
    started = time.monotonic()
    done = subprocess.run(args, capture_output=True, text=True, timeout=limit * 10 + 120)
    wall = time.monotonic() - started
    if done.returncode != 0:
        raise InputError(f"exit {done.returncode}: {done.stderr.strip().splitlines()[-1:]}", field=str(tables),
                         expected="a plan")
    return json.loads(out.read_text()), wall


def suite_arguments(description: str, suites: tuple[str, ...], quick_suites: tuple[str, ...],
                    form: str) -> tuple[list[str], float, int]:
    """The command line of a sharding benchmark: (its suites, the time limit, the seed); ``form`` names the
    suites' form in the help."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--suites", nargs="+", default=None, help=f"{form} (default: " + " ".join(suites) + ")")
    parser.add_argument("--time-limit", type=float, default=10.0, help="the --time-limit of every planner run")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--quick", action="store_true", help="suites " + " ".join(quick_suites) + ", 3 s limit")
    args = parser.parse_args()
    limit = 3.0 if args.quick else args.time_limit
    if not 0 < limit <= 600:
        raise InputError(f"{limit}", field="--time-limit", expected="seconds in (0, 600]")
    return list(args.suites or (quick_suites if args.quick else suites)), limit, args.seed


def main() -> None:
    suites, limit, seed = suite_arguments(__doc__, SUITES, QUICK_SUITES, "TABLESxDEVICES/HOSTS")
    bound = limit * 1.1 + 1.0
    print(f"{'suite':>12} {'default/milp':>12} {'default/greedy':>14} {'gap to bound':>12} {'winner':>12} "
          f"{'default wall s':>14} {'bound s':>8} {'milp wall s':>11} {'cut (default, milp)':>19} "
          + " ".join(f"{m + label + '/greedy':>23}" for m in LEARNED for label, _ in VARIANTS)
          + f" {'unseen D':>8}")
    to_milp, to_greedy, within = [], [], 0
    learned_unseen: dict[str, list[float]] = {f"{m}{label}": [] for m in LEARNED for label, _ in VARIANTS}
    with tempfile.TemporaryDirectory() as folder:
        for suite in suites:
            num_tables, devices, hosts = parse_suite(suite)
            path = Path(folder) / f"{num_tables}.csv"
            write_tables_csv(path, held_out_tables(num_tables, seed))
            default, default_wall = run_cli(path, devices, hosts, limit, seed, None, Path(folder) / "d.json")
            milp, milp_wall = run_cli(path, devices, hosts, limit, seed, "milp", Path(folder) / "m.json")
            cost = default["result"]["cost_ms"]
            to_milp.append(cost / milp["result"]["cost_ms"])
            to_greedy.append(cost / default["baseline"]["cost_ms"])
            within += default_wall <= bound
            cut = [_cut_by_deadline(doc) for doc in (default, milp)]
            unseen = devices in HELD_OUT_DEVICES
            alone = []
            for method in LEARNED:
                for label, flags in VARIANTS:
                    doc, _ = run_cli(path, devices, hosts, limit, seed, method, Path(folder) / f"{method}.json",
                                     flags)
                    alone.append(doc["result"]["cost_ms"] / doc["baseline"]["cost_ms"])
                    if unseen:
                        learned_unseen[method + label].append(alone[-1])
            print(f"{suite:>12} {to_milp[-1]:>12.6f} {to_greedy[-1]:>14.4f} "
                  f"{_percent(default['result']['details']['gap_to_bound']):>12} {default['result']['method']:>12} "
                  f"{default_wall:>14.2f} {bound:>8.2f} {milp_wall:>11.2f} {cut[0]:>9} {cut[1]:>9} "
                  + " ".join(f"{ratio:>23.4f}" for ratio in alone) + f" {'yes' if unseen else 'no':>8}")
    geomean = lambda values: float(np.exp(np.mean(np.log(values))))  # noqa: E731
    print(f"geomean default/milp {geomean(to_milp):.6f} (max {max(to_milp):.6f}), default/greedy "
          f"{geomean(to_greedy):.4f}; default within its wall bound on {within}/{len(suites)} suites")
    for method, ratios in learned_unseen.items():
        if ratios:
            print(f"{method} alone on unseen device counts: geomean {geomean(ratios):.4f} of the best greedy "
                  f"(max {max(ratios):.4f}, {len(ratios)} suites)")


def _percent(share: float | None) -> str:
    """``share`` as a percentage, or "-" (the default's MILP did not run, so there is no bound)."""
    return "-" if share is None else f"{100 * share:.2f}%"


def _cut_by_deadline(document: dict) -> str:
    """Whether the wall-clock deadline had passed when the run's MILP phases ended (then a phase was cut and
    the plan depends on the machine's load): "yes", "no", or "-" when no MILP ran. A search cut by its own
    share of the time left is not seen here."""
    details = document["result"]["details"]
    passed = details.get("milp_past_deadline", details.get("past_deadline"))
    return "-" if passed is None else "yes" if passed else "no"


if __name__ == "__main__":
    run_script(main)
