"""LNS selectors against SCIP alone on generated ILP instances (CL-LNS's comparison, Huang et al. ICML 2023).

    python benchmarks/lns_vs_scip.py --family mvc --size clns --instances 1 --time-limit 30 --step-limit 1

Writes ``--instances`` instances of ``--family`` at ``--size`` to ``--out`` (MPS), runs each method for
``--time-limit`` seconds of wall time (LNS: ``--step-limit`` per sub-ILP, LB / LB-RELAX selectors with the
same limit), and prints per method: mean final objective, mean primal gap at the limit, mean primal
integral (gap-seconds), survival rate at ``--gap`` and best-performing rate. The reference objective v* is
the stored long SCIP run when ``--ref-time`` is given (``<instance>.ref.json``), else the best objective
any method found.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from rich.console import Console
from rich.table import Table

from mlopt.datasets.ilp import reference_objective, write_instances
from mlopt.solvers.lns.api import run_lns, run_scip
from mlopt.solvers.lns.metrics import best_performing_rate, gap_at, primal_integral, survival_rate
from mlopt.solvers.lns.selectors import LBRelaxSelector, LocalBranchingSelector, RandomSelector


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--family", default="mvc")
    parser.add_argument("--size", default="small")
    parser.add_argument("--instances", type=int, default=1)
    parser.add_argument("--time-limit", type=float, default=30.0)
    parser.add_argument("--step-limit", type=float, default=1.0)
    parser.add_argument("--init-limit", type=float, default=2.0)
    parser.add_argument("--methods", default="random,lb-relax,scip")
    parser.add_argument("--gap", type=float, default=0.01)
    parser.add_argument("--ref-time", type=float, default=None)
    parser.add_argument("--out", type=Path, default=Path("bench_instances"))
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    selectors = {"random": RandomSelector, "lb": lambda: LocalBranchingSelector(args.step_limit),
                 "lb-relax": lambda: LBRelaxSelector(args.step_limit)}
    methods = args.methods.split(",")
    paths = write_instances(args.family, args.size, args.instances, args.out, args.seed)
    runs: dict[str, list[dict]] = {m: [] for m in methods}
    for path in paths:
        for method in methods:
            if method == "scip":
                runs[method].append(run_scip(path, args.time_limit))
            else:
                runs[method].append(run_lns(path, selectors[method](), args.time_limit, args.step_limit,
                                            args.seed, init_limit=args.init_limit))
    sense_min = runs[methods[0]][0]["sense"] == "minimize"
    refs = []
    for i, path in enumerate(paths):
        if args.ref_time is not None:
            refs.append(reference_objective(path, args.ref_time)["objective"])
        else:
            found = [runs[m][i]["objective"] for m in methods if runs[m][i]["objective"] is not None]
            refs.append(min(found) if sense_min else max(found))
    trajectories = {m: [doc["trajectory"] for doc in runs[m]] for m in methods}
    best = best_performing_rate(trajectories, refs, args.time_limit)

    table = Table(title=f"{args.family}/{args.size}, {len(paths)} instance(s), {args.time_limit:g} s each")
    for column in ("method", "objective", "gap at limit", "primal integral", f"survival@{args.gap:g}",
                   "best rate", "steps"):
        table.add_column(column, justify="left" if column == "method" else "right")
    for m in methods:
        table.add_row(
            m, f"{np.mean([d['objective'] for d in runs[m]]):.6g}",
            f"{np.mean([gap_at(t, r, args.time_limit) for t, r in zip(trajectories[m], refs)]):.4f}",
            f"{np.mean([primal_integral(t, r, args.time_limit) for t, r in zip(trajectories[m], refs)]):.3f}",
            f"{survival_rate(trajectories[m], refs, args.gap, args.time_limit):.2f}", f"{best[m]:.2f}",
            f"{np.mean([d['steps'] for d in runs[m]]):.0f}",
        )
    Console().print(table)


if __name__ == "__main__":
    main()
