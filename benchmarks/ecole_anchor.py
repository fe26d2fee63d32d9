"""Anchor check of mlopt's ILP generators against Ecole's for the same parameters (issue 19, item 5).

Ecole (Prouvost et al. 2020; the maintained fork ``ecole-fork``) ships the generators of Gasse et al.
(NeurIPS 2019) that mlopt's were written from: set cover (Balas & Ho), combinatorial auction (Leyton-Brown
arbitrary), capacitated facility location (Cornuejols et al.) and independent set (Barabasi-Albert,
affinity 4); vertex cover has no Ecole generator. For every family and size (``tiny`` and ``small``, where
``small`` is Ecole's default parameters), ``--instances`` instances of each generator (seeds ``--seed`` +
i) are built and SCIP (1 thread) solves each for ``--time-limit`` seconds:

    python benchmarks/ecole_anchor.py --sizes tiny,small --instances 3 --time-limit 20

Printed per family x size x generator, means over the instances: rows, columns, nonzero density of the
constraint matrix, solved instances, SCIP seconds (to optimality, or the limit) and the final gap. Where
``ecole`` cannot be imported, its rows are left out with one note saying why.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from typing import Any, Callable

import numpy as np
from pyscipopt import Model

from mlopt.datasets.ilp import SIZES, generate, preset
from mlopt.errors import InputError, run_script
from mlopt.solvers.lns.scip import configure

ANCHORED = ("setcover", "cauction", "cfl", "mis")


@dataclass(frozen=True)
class InstanceStats:
    """Size and SCIP's result on one instance."""

    rows: int
    cols: int
    density: float
    seconds: float
    gap: float
    optimal: bool


def instance_stats(model: Model, time_limit: float) -> InstanceStats:
    """Rows, columns and nonzero density of ``model``, then SCIP's seconds and gap within ``time_limit``."""
    rows, cols = model.getNConss(), model.getNVars()
    nonzeros = sum(len(model.getValsLinear(c)) for c in model.getConss())
    configure(model, time_limit)
    model.optimize()
    optimal = model.getStatus() == "optimal"
    return InstanceStats(rows, cols, nonzeros / max(rows * cols, 1), model.getSolvingTime(),
                         0.0 if optimal else model.getGap(), optimal)


def ecole_parameters(family: str, params: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The Ecole generator class and keyword arguments matching mlopt's ``params`` of ``family``."""
    if family == "setcover":
        return "SetCoverGenerator", dict(n_rows=params["rows"], n_cols=params["cols"], density=params["density"])
    if family == "cauction":
        return "CombinatorialAuctionGenerator", dict(n_items=params["items"], n_bids=params["bids"])
    if family == "cfl":
        return "CapacitatedFacilityLocationGenerator", dict(n_customers=params["customers"],
                                                            n_facilities=params["facilities"])
    if params.get("graph", "ba") != "ba":
        raise ValueError(f"Ecole's independent set has no {params['graph']!r} graph")
    return "IndependentSetGenerator", dict(n_nodes=params["nodes"], graph_type="barabasi_albert",
                                           affinity=params["affinity"])


def ecole_generator() -> tuple[Callable[[str, dict[str, Any], int], Model] | None, str]:
    """A function (family, mlopt params, seed) -> Ecole's instance as a pyscipopt Model, or None and why."""
    try:
        import ecole  # noqa: PLC0415 (optional: only this script uses it)
    except Exception as error:  # ImportError, or a broken native extension
        return None, f"{type(error).__name__}: {error}"

    def make(family: str, params: dict[str, Any], seed: int) -> Model:
        name, kwargs = ecole_parameters(family, params)
        generator = getattr(ecole.instance, name)(**kwargs)
        generator.seed(seed)
        return next(generator).as_pyscipopt()

    return make, ""


def summary_row(family: str, size: str, source: str, stats: list[InstanceStats]) -> str:
    """One printed line: means over ``stats``."""
    mean = lambda field: float(np.mean([getattr(s, field) for s in stats]))  # noqa: E731
    return (f"{family:<9} {size:<6} {source:<6} {mean('rows'):>8.0f} {mean('cols'):>8.0f} "
            f"{mean('density'):>9.4f} {sum(s.optimal for s in stats):>4}/{len(stats):<3} {mean('seconds'):>8.2f} "
            f"{100 * mean('gap'):>7.2f}%")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--families", default=",".join(ANCHORED), help="comma-separated: " + ", ".join(ANCHORED))
    parser.add_argument("--sizes", default="tiny,small", help="comma-separated: " + ", ".join(SIZES))
    parser.add_argument("--instances", type=int, default=3, help="instances per family x size x generator")
    parser.add_argument("--time-limit", type=float, default=20.0, help="SCIP seconds per instance")
    parser.add_argument("--seed", type=int, default=0, help="instance i uses seed + i")
    args = parser.parse_args(argv)
    families = [f.strip() for f in args.families.split(",") if f.strip()]
    sizes = [s.strip() for s in args.sizes.split(",") if s.strip()]
    for name in families:
        if name not in ANCHORED:
            raise InputError(f"{name!r}", field="--families", expected="comma-separated, from " + ", ".join(ANCHORED))
    for name in sizes:
        if name not in SIZES:
            raise InputError(f"{name!r}", field="--sizes", expected="comma-separated, from " + ", ".join(SIZES))
    if not 1 <= args.instances <= 1000 or not 0 < args.time_limit <= 86_400:
        raise InputError(f"{args.instances}, {args.time_limit}", field="--instances/--time-limit",
                         expected="instances in 1..1000, seconds in (0, 86400]")
    make_ecole, why = ecole_generator()
    if make_ecole is None:
        print(f"note: Ecole columns skipped: ecole cannot be imported ({why})")
    print(f"{'family':<9} {'size':<6} {'gen':<6} {'rows':>8} {'cols':>8} {'density':>9} {'opt':>8} "
          f"{'SCIP s':>8} {'gap':>8}")
    for family in families:
        for size in sizes:
            params = preset(family, size)
            seeds = range(args.seed, args.seed + args.instances)
            mlopt_stats = [instance_stats(generate(family, size, s), args.time_limit) for s in seeds]
            print(summary_row(family, size, "mlopt", mlopt_stats), flush=True)
            if make_ecole is not None:
                ecole_stats = [instance_stats(make_ecole(family, params, s), args.time_limit) for s in seeds]
                print(summary_row(family, size, "ecole", ecole_stats), flush=True)


if __name__ == "__main__":
    run_script(main)
