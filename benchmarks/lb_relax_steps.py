"""LB-RELAX's steps per minute on large set covers, before and after the simplex choice (issue 19, item 4).

    python benchmarks/lb_relax_steps.py --family setcover --size clns --instances 2 --time-limit 60

LB-RELAX (Huang et al. CPAIOR 2023) solves the LP relaxation of the local branching problem at every LNS
step (:class:`~mlopt.solvers.lns.local_branching.LocalBranchingLP`). On a set cover of CL-LNS size (5,000 rows,
4,000 columns, 1M nonzeros) GLOP's primal simplex did not finish that LP within the step limit, so the step
fell back to a random destroy set after 5 s of LP work. The columns, in one run per instance from one shared
initial solution (``mlopt.solvers.lns.initial``, 10 s) and the same seed:

* ``random``: Random-LNS, whose sub-ILPs set the pace a selector's own time is measured against;
* ``lb-relax primal``: LB-RELAX with GLOP's primal simplex (the behaviour before the change);
* ``lb-relax``: LB-RELAX as shipped (``simplex="auto"``: dual simplex when the simplex's start is dual but not
  primal feasible, as on a set cover).

Printed per run: LNS steps, steps per minute of the LNS phase (after the initial solution), mean selector
and sub-ILP seconds per step, LP solves that ended without an optimum (random fallbacks), the final objective
and the primal integral over the time limit against the best objective any of the runs found.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import numpy as np

from mlopt.datasets.ilp import FAMILIES, SIZES, write_instances
from mlopt.errors import InputError, run_script
from mlopt.solvers.lns.api import run_lns
from mlopt.solvers.lns.initial import load_initial, store_initial
from mlopt.solvers.lns.metrics import primal_integral
from mlopt.solvers.lns.selectors import LBRelaxSelector, RandomSelector

INIT_LIMIT = 10.0


class CountingLBRelax(LBRelaxSelector):
    """LB-RELAX that counts the LP solves ending without an optimum (each a random destroy set)."""

    def __init__(self, time_limit: float, simplex: str) -> None:
        super().__init__(time_limit, simplex)
        self.name = "lb-relax" if simplex == "auto" else f"lb-relax {simplex}"
        self.fallbacks = 0

    def relaxation(self, state):  # noqa: ANN001, ANN201 - the parent's signature
        values = super().relaxation(state)
        self.fallbacks += values is None
        return values


def run_instance(path: Path, time_limit: float, step_limit: float, seed: int) -> list[dict]:
    """The three runs of one instance from its shared initial solution."""
    initial = load_initial(store_initial(path, INIT_LIMIT, time_limit))
    rows = []
    for selector in (RandomSelector(), CountingLBRelax(step_limit, "primal"), CountingLBRelax(step_limit, "auto")):
        solves: list[float] = []
        document = run_lns(path, selector, time_limit=time_limit, step_limit=step_limit, seed=seed,
                           on_step=lambda search, step: solves.append(step.solve_s), initial=initial)
        lns_s = max(document["wall_s"] - initial.wall_s, 1e-9)
        rows.append({"method": selector.name, "steps": document["steps"], "per_min": 60 * document["steps"] / lns_s,
                     "select_s": document["select_s"] / max(document["steps"], 1),
                     "solve_s": float(np.mean(solves)) if solves else float("nan"),
                     "fallbacks": getattr(selector, "fallbacks", 0), "objective": document["objective"],
                     "trajectory": document["trajectory"], "sense": document["sense"],
                     "dual": selector.lp is not None and selector.lp.dual_simplex
                     if isinstance(selector, LBRelaxSelector) else None})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--family", default="setcover", choices=FAMILIES)
    parser.add_argument("--size", default="clns", choices=SIZES)
    parser.add_argument("--instances", type=int, default=2)
    parser.add_argument("--seed", type=int, default=5000,
                        help="instance i uses seed + i (held out: no training run uses these seeds)")
    parser.add_argument("--time-limit", type=float, default=60.0)
    parser.add_argument("--step-limit", type=float, default=5.0)
    args = parser.parse_args()
    if args.instances < 1:
        raise InputError(f"{args.instances}", field="--instances", expected="at least 1")
    if args.time_limit <= INIT_LIMIT:
        raise InputError(f"{args.time_limit:g}", field="--time-limit", expected=f"more than {INIT_LIMIT:g} s")
    if args.step_limit <= 0:
        raise InputError(f"{args.step_limit:g}", field="--step-limit", expected="positive seconds")
    print(f"{'instance':>22} {'method':>16} {'steps':>6} {'steps/min':>9} {'select s':>9} {'sub-ILP s':>9} "
          f"{'LP fallbacks':>12} {'objective':>11} {'primal integral':>15}")
    with tempfile.TemporaryDirectory() as folder:
        for path in write_instances(args.family, args.size, args.instances, folder, args.seed):
            rows = run_instance(path, args.time_limit, args.step_limit, args.seed)
            pick = max if rows[0]["sense"] == "maximize" else min
            best = pick(row["objective"] for row in rows)
            for row in rows:
                integral = primal_integral(row["trajectory"], best, args.time_limit)
                print(f"{path.stem:>22} {row['method']:>16} {row['steps']:>6} {row['per_min']:>9.1f} "
                      f"{row['select_s']:>9.3f} {row['solve_s']:>9.3f} {row['fallbacks']:>12} "
                      f"{row['objective']:>11.6g} {integral:>15.3f}")
            print(f"{'':>22} (lb-relax chose the {'dual' if rows[-1]['dual'] else 'primal'} simplex)")


if __name__ == "__main__":
    run_script(main)
