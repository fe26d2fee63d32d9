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

from rich.console import Console

from mlopt.datasets.ilp import reference_objective, write_instances
from mlopt.parallel import make_executor
from mlopt.solvers.lns.bench import references, run_all, summarize, summary_table


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
    parser.add_argument("--workers", type=int, default=1, help="parallel runs (1 keeps wall-time runs fair)")
    args = parser.parse_args(argv)

    methods = args.methods.split(",")
    paths = [str(p) for p in write_instances(args.family, args.size, args.instances, args.out, args.seed)]
    if args.ref_time is not None:
        for path in paths:
            reference_objective(path, args.ref_time)
    with make_executor("local", args.workers) as executor:
        runs = run_all(paths, methods, args.time_limit, args.step_limit, args.init_limit, args.seed, executor)
    refs, sources = references(paths, runs)
    title = (f"{args.family}/{args.size}, {len(paths)} instance(s), {args.time_limit:g} s each, "
             f"v* = {', '.join(sorted(set(sources)))}")
    Console().print(summary_table(title, summarize(runs, refs, args.time_limit, args.gap), args.gap))


if __name__ == "__main__":
    main()
