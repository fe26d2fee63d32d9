"""SCIP alone vs Random-LNS vs LB-RELAX (and the learned CL-LNS / IL-LNS) at equal wall time on held-out
generated ILPs (issues 4 and 5).

The comparison of CL-LNS (Huang et al. ICML 2023, Table 1) and LB-RELAX (Huang et al. CPAIOR 2023):

    python benchmarks/lns.py --families mvc,mis --sizes clns --instances 10 --time-limit 60
    python benchmarks/lns.py --families mvc --methods scip,random,lb-relax,cl-lns,il-lns \
        --model cl-lns=/tmp/clns_mvc/model.pt --model il-lns=/tmp/illns_mvc/model.pt

For every family x size, ``--instances`` held-out instances (instance i drawn with seed ``--seed`` + i;
the default 10000 stays clear of the small seeds that ``mlopt lns generate`` and training collection use)
are written to ``--out/<family>_<size>/`` (existing files are reused). Each gets a reference objective
from a SCIP run of ``--ref-time`` seconds, stored beside it as ``<instance>.ref.json`` (what ``mlopt lns
reference`` computes; reused on later runs). Every method then runs on every instance for
``--time-limit`` seconds of wall time (LNS: ``--step-limit`` per sub-ILP and per LB-RELAX LP,
``--init-limit`` for the initial SCIP solution), one run at a time unless ``--workers`` says otherwise.
With ``--shared-init`` the initial SCIP solution is computed once per instance (stored beside it as
``<instance>.init-<limit>s.npz``) and every LNS run starts from it, its clock at that solve's wall time:
the runs then differ only in their selectors, not in the jitter of repeated initial solves.

Printed per method, side by side: mean primal gap at the limit, mean primal integral (gap-seconds over
the limit; lower is better), survival rate at ``--gap``, best-performing rate, steps per run and the
selector's seconds per step; then each method's primal integral split at ``--split`` seconds (before
it, every method is still in the same initial SCIP run). v* is the stored reference, or the best
objective a method found when that is better. ``--json`` writes every trajectory and summary
(atomically); ``--from-json`` re-prints such a file without running anything.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
from rich.console import Console

from mlopt.datasets.atomic_io import write_text_atomic
from mlopt.datasets.ilp import FAMILIES, SIZES, reference_objective, write_instances
from mlopt.datasets.ilp.reference import reference_path
from mlopt.cli.lns import learned_models
from mlopt.errors import InputError, run_script
from mlopt.parallel import make_executor
from mlopt.solvers.lns.bench import method_names, references, run_all, summarize, summary_table
from mlopt.solvers.lns.metrics import primal_integral


def _names(text: str, allowed: tuple[str, ...], flag: str) -> list[str]:
    names = [name.strip() for name in text.split(",") if name.strip()]
    for name in names:
        if name not in allowed:
            raise InputError(f"{name!r}", field=flag, expected="comma-separated, from " + ", ".join(allowed))
    if not names:
        raise InputError("empty", field=flag, expected="at least one name")
    return names


def _reference(job: tuple[str, float]) -> float | None:
    """Compute and store one instance's reference objective (``mlopt lns reference``)."""
    return reference_objective(job[0], job[1])["objective"]


def _instances(family: str, size: str, count: int, out: Path, seed: int) -> list[str]:
    """The instance files of one suite, written only where missing (generation is seeded)."""
    folder = out / f"{family}_{size}"
    paths = [folder / f"{family}_{size}_{i}.mps" for i in range(count)]
    if not all(p.is_file() for p in paths):
        paths = write_instances(family, size, count, folder, seed)
    return [str(p) for p in paths]


def _print_suite(console: Console, name: str, suite: dict[str, Any], time_limit: float, gap: float,
                 split: float) -> None:
    """The side-by-side table of one suite, then each method's primal integral split at ``split`` s (the
    part before it is mostly the initial SCIP run that every method starts with)."""
    runs, refs, sources = suite["runs"], suite["references"], suite["sources"]
    count = len(refs)
    title = (f"{name}: {count} instances, {time_limit:g} s each, "
             f"v* = {', '.join(f'{s} x{sources.count(s)}' for s in sorted(set(sources)))}")
    console.print(summary_table(title, summarize(runs, refs, time_limit, gap), gap, select_time=True))
    for method, docs in runs.items():
        early = np.mean([primal_integral(d["trajectory"], r, split) for d, r in zip(docs, refs)])
        total = np.mean([primal_integral(d["trajectory"], r, time_limit) for d, r in zip(docs, refs)])
        console.print(f"  {method:>9}: primal integral {early:.3f} over [0, {split:g}] s + {total - early:.3f} "
                      f"over [{split:g}, {time_limit:g}] s", highlight=False)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--families", default="mvc,mis", help="comma-separated: " + ", ".join(FAMILIES))
    parser.add_argument("--sizes", default="clns", help="comma-separated: " + ", ".join(SIZES))
    parser.add_argument("--instances", type=int, default=10, help="held-out instances per family x size")
    parser.add_argument("--time-limit", type=float, default=60.0, help="wall seconds per run")
    parser.add_argument("--step-limit", type=float, default=2.0, help="seconds per sub-ILP and LB-RELAX LP")
    parser.add_argument("--init-limit", type=float, default=5.0, help="seconds for LNS's initial solution")
    parser.add_argument("--ref-time", type=float, default=300.0, help="SCIP seconds per reference objective")
    parser.add_argument("--methods", default="scip,random,lb-relax",
                        help="comma-separated: " + ", ".join(method_names()))
    parser.add_argument("--model", action="append", default=[],
                        help="cl-lns / il-lns weights, NAME=PATH (repeatable; `mlopt lns train`)")
    parser.add_argument("--gap", type=float, default=0.01, help="gap threshold of the survival rate")
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "mlopt_lns_bench",
                        help="instance folder")
    parser.add_argument("--seed", type=int, default=10_000, help="instance i of a suite uses seed + i")
    parser.add_argument("--workers", type=int, default=1, help="parallel runs (1 keeps wall-time runs fair)")
    parser.add_argument("--split", type=float, default=2.0, help="also print the primal integral before/after")
    parser.add_argument("--shared-init", action="store_true",
                        help="start every LNS run of an instance from one stored initial SCIP solution")
    parser.add_argument("--json", type=Path, default=None, help="write all runs and summaries here")
    parser.add_argument("--from-json", type=Path, default=None,
                        help="re-print a --json report, run nothing (--time-limit if the report has none)")
    args = parser.parse_args(argv)
    console = Console(width=120)
    if args.from_json is not None:
        report = json.loads(args.from_json.read_text(encoding="utf-8"))
        for name, suite in report["suites"].items():
            _print_suite(console, name, suite, report.get("time_limit", args.time_limit), args.gap, args.split)
        return

    families = _names(args.families, FAMILIES, "--families")
    sizes = _names(args.sizes, SIZES, "--sizes")
    methods = _names(args.methods, method_names(), "--methods")
    try:
        learned = {family: learned_models(args.model, methods, [f"{family}_{size}" for size in sizes])
                   for family in families}  # each family its own model, or the cross-family one with a note
    except InputError as error:
        raise error.renamed({"model": "--model"}) from None  # the library names the parameter, this script its flag
    if args.instances < 1:
        raise InputError(f"{args.instances}", field="--instances", expected="at least 1")
    for value, flag in ((args.time_limit, "--time-limit"), (args.step_limit, "--step-limit"),
                        (args.init_limit, "--init-limit"), (args.ref_time, "--ref-time")):
        if value <= 0:
            raise InputError(f"{value:g}", field=flag, expected="positive seconds")

    report: dict[str, Any] = {"argv": sys.argv if argv is None else argv, "time_limit": args.time_limit,
                              "suites": {}}
    with make_executor("local", args.workers) as executor:
        for family in families:
            for size in sizes:
                paths = _instances(family, size, args.instances, args.out, args.seed)
                missing = [p for p in paths if not reference_path(p).is_file()]
                if missing:
                    console.print(f"{family}/{size}: reference runs ({args.ref_time:g} s each) for {len(missing)} "
                                  "instance(s)")
                    executor.map(_reference, [(p, args.ref_time) for p in missing], description="reference runs")
                runs = run_all(paths, methods, args.time_limit, args.step_limit, args.init_limit, args.seed,
                               executor, learned[family], shared_init=args.shared_init)
                refs, sources = references(paths, runs)
                name = f"{family}/{size}"
                report["suites"][name] = {"summary": summarize(runs, refs, args.time_limit, args.gap),
                                          "references": refs, "sources": sources, "runs": runs,
                                          "models": {m: str(path) for m, path in learned[family].items()}}
                _print_suite(console, name, report["suites"][name], args.time_limit, args.gap, args.split)
    if args.json is not None:
        write_text_atomic(args.json, json.dumps(report, indent=2) + "\n")
        console.print(f"runs written to {args.json}")


if __name__ == "__main__":
    run_script(main)
