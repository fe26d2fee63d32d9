"""Side-by-side comparison of pass-ordering methods on held-out programs (Liang et al., ICML 2023, Table 2).

Every method's result is an IR instruction count; the summary reports, per method, the geometric mean
of ``count / count_Oz`` over programs (< 1: smaller than mlopt's -Oz), the mean improvement
``100 * (count_Oz - count) / count_Oz`` (the paper's "% over Oz", Eq. 1 in percent), and how many
programs end smaller / larger than -Oz. Methods (:data:`METHODS`):

- ``o3``: ``default<O3>`` (no size attributes, as ``clang -O3``).
- ``random``: best of ``budget`` random ``prefix + -Oz + suffix`` sequences (:mod:`.search`).
- ``random-passes``: best of ``budget`` random sequences of 4-20 individual passes (the paper's kind).
- ``greedy``: greedy prefix and suffix around -Oz (:func:`~.search.greedy_search`, ``greedy_steps`` steps;
  its compilations are reported, they exceed ``budget``).
- ``greedy-passes``: CompilerGym's greedy search over individual passes from the unoptimized program
  (:func:`~.search.pass_greedy_search`; also beyond ``budget``: up to 37 compilations per step).
- ``coreset-order``: -Oz and the first ``budget - 1`` coreset sequences in greedy (Eq. 2) order: no
  learning, the ablation of NVP's ranking.
- ``nvp``: -Oz and the ``budget - 1`` sequences NVP ranks best.
- ``coreset-all``: best of all K coreset sequences (the paper's oracle over the coreset).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from mlopt.datasets.programs import Program
from mlopt.passes.coreset import Coreset
from mlopt.passes.evaluate import SequenceEvaluator, geomean
from mlopt.passes.search import GREEDY_PASSES, greedy_search, pass_greedy_search, random_search

if TYPE_CHECKING:
    from mlopt.passes.nvp import NVPNet

METHODS: tuple[str, ...] = ("o3", "random", "random-passes", "greedy", "greedy-passes", "coreset-order", "nvp",
                             "coreset-all")


def _budgeted(counts: np.ndarray, order: Sequence[int], budget: int) -> int:
    """Best count among column 0 (-Oz) and the first ``budget - 1`` other columns of ``order``."""
    others = [j for j in order if j != 0][: max(budget - 1, 0)]
    return int(min(counts[[0, *others]]))


def bench_program(evaluator: SequenceEvaluator, program: Program, coreset: Coreset, model: NVPNet | None,
                  methods: Sequence[str], budget: int, greedy_steps: int = 3, seed: int = 0) -> dict[str, Any]:
    """One program's counts per method (plus ``oz``, ``o0``, and ``greedy_compilations`` when run)."""
    row: dict[str, Any] = {"program": program.name, "o0": evaluator.count(program, ()),
                           "oz": evaluator.oz_count(program)}
    counts = np.array([evaluator.count(program, s) for s in coreset.sequences]) if {
        "coreset-order", "nvp", "coreset-all"} & set(methods) else None
    for method in methods:
        if method == "o3":
            row[method] = evaluator.o3_count(program)
        elif method in ("random", "random-passes"):
            row[method] = random_search(evaluator, program, budget, seed, keep=1,
                                        around_oz=method == "random")[0].count
        elif method == "greedy":
            before = evaluator.compilations
            row[method] = greedy_search(evaluator, program, greedy_steps).count
            row["greedy_compilations"] = evaluator.compilations - before
        elif method == "greedy-passes":
            before = evaluator.compilations
            row[method] = pass_greedy_search(evaluator, program).count
            row["greedy_passes_compilations"] = evaluator.compilations - before
        elif method == "coreset-order":
            row[method] = _budgeted(counts, range(len(counts)), budget)
        elif method == "nvp":
            if model is None:
                raise ValueError("method nvp needs a model")
            from mlopt.passes.nvp import rank  # torch, only when NVP runs

            row[method] = _budgeted(counts, rank(model, program), budget)
        elif method == "coreset-all":
            row[method] = int(counts.min())
        else:
            raise ValueError(f"unknown method {method!r}")
    return row


def summarize(rows: Sequence[dict[str, Any]], methods: Sequence[str]) -> list[dict[str, Any]]:
    """Per method: geomean count / Oz, mean % improvement over Oz, programs smaller / larger than Oz."""
    out = []
    for method in ("oz", *methods):
        ratios = [r[method] / r["oz"] for r in rows]
        out.append({"method": method, "geomean_vs_oz": geomean(ratios),
                    "mean_improvement_pct": float(100 * np.mean([1 - x for x in ratios])),
                    "smaller": sum(x < 1 for x in ratios), "larger": sum(x > 1 for x in ratios)})
    return out


def summary_lines(summary: Sequence[dict[str, Any]], budget: int, greedy_steps: int) -> list[str]:
    """Plain-text table of :func:`summarize` (one header line, one line per method)."""
    notes = {"random": f"best of {budget}", "random-passes": f"best of {budget}",
             "greedy": f"{greedy_steps} steps x {len(GREEDY_PASSES)} passes x 2 sides",
             "greedy-passes": f"individual passes, until no gain; {len(GREEDY_PASSES)} per step",
             "coreset-order": f"{budget} compilations", "nvp": f"{budget} compilations", "coreset-all": "all K"}
    lines = [f"{'method':<15}{'geomean vs Oz':>15}{'mean % over Oz':>16}{'smaller':>9}{'larger':>8}  budget"]
    for s in summary:
        lines.append(f"{s['method']:<15}{s['geomean_vs_oz']:>15.4f}{s['mean_improvement_pct']:>16.2f}"
                     f"{s['smaller']:>9}{s['larger']:>8}  {notes.get(s['method'], '')}")
    return lines
