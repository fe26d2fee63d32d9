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

Every method chooses by IR instruction count (its objective); with ``text=True`` the ``.text`` bytes of the
object ``llc`` makes of each chosen program are reported beside (:func:`summarize` with ``measure="text"``).
With a checking evaluator (:mod:`mlopt.passes.verify`) a miscompiled candidate counts as the unoptimized
program, so no method can choose it, and :func:`check_line` says how many were rejected.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from mlopt.datasets.programs import Program
from mlopt.passes.coreset import Coreset
from mlopt.passes.evaluate import OZ_SEQUENCE, PassSequence, SequenceEvaluator, geomean
from mlopt.passes.jobs import EvaluatorSpec
from mlopt.passes.search import GREEDY_PASSES, greedy_search, pass_greedy_search, random_search

if TYPE_CHECKING:
    from mlopt.passes.nvp import Ranker

METHODS: tuple[str, ...] = ("o3", "random", "random-passes", "greedy", "greedy-passes", "coreset-order", "nvp",
                             "coreset-all")


def _budgeted(counts: np.ndarray, order: Sequence[int], budget: int) -> int:
    """Column of the best count among column 0 (-Oz) and the first ``budget - 1`` other columns of ``order``
    (the first such column on ties, so -Oz wins them)."""
    columns = [0, *[j for j in order if j != 0][: max(budget - 1, 0)]]
    return columns[int(np.argmin(counts[columns]))]


TimedRanking = tuple[np.ndarray, float, float]  # NVP's order, its inference seconds, one -Oz compilation's


def timed_rank(evaluator: SequenceEvaluator, model: Ranker, program: Program) -> TimedRanking:
    """NVP's coreset order for ``program``, timed, and one -Oz compilation timed right after it."""
    from mlopt.passes.nvp import rank  # torch, only when NVP runs

    started = time.perf_counter()
    order = rank(model, program)
    inference = time.perf_counter() - started
    started = time.perf_counter()
    evaluator.run(program.ir, OZ_SEQUENCE)
    return order, inference, time.perf_counter() - started


def _choose(evaluator: SequenceEvaluator, program: Program, coreset: Coreset, model: Ranker | None, method: str,
            counts: np.ndarray | None, budget: int, greedy_steps: int, seed: int, row: dict[str, Any],
            ranking: TimedRanking | None) -> PassSequence:
    """The sequence ``method`` picks for ``program`` (records the greedy searches' compilations and NVP's
    timings in ``row``; ``ranking``: NVP's timed order when already computed)."""
    if method in ("random", "random-passes"):
        return random_search(evaluator, program, budget, seed, keep=1, around_oz=method == "random")[0].sequence
    if method in ("greedy", "greedy-passes"):
        before = evaluator.compilations
        found = (greedy_search(evaluator, program, greedy_steps) if method == "greedy"
                 else pass_greedy_search(evaluator, program))
        row[f"{method.replace('-', '_')}_compilations"] = evaluator.compilations - before
        return found.sequence
    assert counts is not None
    if method == "coreset-order":
        return coreset.sequences[_budgeted(counts, range(len(counts)), budget)]
    if method == "nvp":
        if model is None:
            raise ValueError("method nvp needs a model")
        order, row["nvp_seconds"], row["oz_seconds"] = ranking or timed_rank(evaluator, model, program)
        return coreset.sequences[_budgeted(counts, order, budget)]
    if method == "coreset-all":
        return coreset.sequences[int(np.argmin(counts))]
    raise ValueError(f"unknown method {method!r}")


def bench_program(evaluator: SequenceEvaluator, program: Program, coreset: Coreset, model: Ranker | None,
                  methods: Sequence[str], budget: int, greedy_steps: int = 3, seed: int = 0,
                  text: bool = False, ranking: TimedRanking | None = None) -> dict[str, Any]:
    """One program's counts per method (plus ``oz``, ``o0``, and ``greedy_compilations`` when run).

    With ``text``, ``row["text"]`` holds the ``.text`` bytes of each method's chosen program (llc), beside
    ``oz`` and ``o0``. With a checking evaluator, ``row["checked"]`` says whether the program's outputs were
    differentially checked and ``row["rejected"]`` how many distinct sequences the check has rejected on it
    so far (every method and earlier budget of the same evaluator included). ``ranking`` is NVP's timed order
    (:func:`timed_rank`) when the caller has it (one per program, whatever the budget).
    """
    row: dict[str, Any] = {"program": program.name, "o0": evaluator.count(program, ()),
                           "oz": evaluator.oz_count(program)}
    chosen: dict[str, PassSequence] = {"o0": (), "oz": OZ_SEQUENCE}
    counts = np.array([evaluator.count(program, s) for s in coreset.sequences]) if {
        "coreset-order", "nvp", "coreset-all"} & set(methods) else None
    if counts is not None:
        row["coreset_counts"] = counts.tolist()  # every coreset sequence's count: rankers can be compared offline
    for method in methods:
        if method == "o3":
            row[method] = evaluator.o3_count(program)
            continue
        chosen[method] = _choose(evaluator, program, coreset, model, method, counts, budget, greedy_steps, seed, row,
                                 ranking)
        row[method] = evaluator.count(program, chosen[method])
    if text:
        row["text"] = {name: evaluator.text_size(program, sequence) for name, sequence in chosen.items()}
        if "o3" in methods:
            row["text"]["o3"] = evaluator.o3_text_size(program)
    if evaluator.check is not None:
        row["checked"] = bool(evaluator.checked(program))
        row["rejected"] = sum(name == program.name for name, _ in evaluator.rejected)
    return row


@dataclass(frozen=True)
class BenchJob:
    """One program's bench at every budget, run in a worker (:func:`run_bench_job`, :mod:`mlopt.parallel`).

    The greedy searches ignore the budget and run at the last budget only.
    """

    program: Program
    coreset: Coreset
    model: Ranker | None
    methods: tuple[str, ...]
    budgets: tuple[int, ...]
    greedy_steps: int = 3
    seed: int = 0
    text: bool = False
    spec: EvaluatorSpec = EvaluatorSpec()


def budget_methods(methods: Sequence[str], budget: int, budgets: Sequence[int]) -> list[str]:
    """The methods run at ``budget``: the greedy searches (which ignore the budget) at the last one only."""
    return [m for m in methods if m not in ("greedy", "greedy-passes") or budget == budgets[-1]]


def run_bench_job(job: BenchJob) -> dict[int, dict[str, Any]]:
    """Rows of :func:`bench_program` per budget, with the worker's own evaluator (``job.spec``): every budget
    after the first reuses the counts of the first (one cache), and NVP ranks the program once."""
    import torch

    torch.set_num_threads(1)
    evaluator = job.spec.make()
    ranking = timed_rank(evaluator, job.model, job.program) if "nvp" in job.methods and job.model else None
    return {budget: bench_program(evaluator, job.program, job.coreset, job.model,
                                  budget_methods(job.methods, budget, job.budgets), budget, job.greedy_steps,
                                  job.seed, job.text, ranking)
            for budget in job.budgets}


def summarize(rows: Sequence[dict[str, Any]], methods: Sequence[str], measure: str = "count") -> list[dict[str, Any]]:
    """Per method: geomean size / Oz, mean % improvement over Oz, programs smaller / larger than Oz.

    ``measure`` is ``"count"`` (IR instructions) or ``"text"`` (``.text`` bytes, rows from ``text=True``).
    """
    def size(row: dict[str, Any], method: str) -> float:
        return row[method] if measure == "count" else row["text"][method]

    out = []
    for method in ("oz", *methods):
        ratios = [size(r, method) / max(size(r, "oz"), 1) for r in rows]
        out.append({"method": method, "geomean_vs_oz": geomean(ratios),
                    "mean_improvement_pct": float(100 * np.mean([1 - x for x in ratios])),
                    "smaller": sum(x < 1 for x in ratios), "larger": sum(x > 1 for x in ratios)})
    return out


def summary_lines(summary: Sequence[dict[str, Any]], budget: int, greedy_steps: int,
                  text_summary: Sequence[dict[str, Any]] | None = None) -> list[str]:
    """Plain-text table of :func:`summarize` (one header line, one line per method); with ``text_summary``
    (:func:`summarize` with ``measure="text"``) a ``.text`` vs Oz column beside."""
    notes = {"random": f"best of {budget}", "random-passes": f"best of {budget}",
             "greedy": f"{greedy_steps} steps x {len(GREEDY_PASSES)} passes x 2 sides",
             "greedy-passes": f"individual passes, until no gain; {len(GREEDY_PASSES)} per step",
             "coreset-order": f"{budget} compilations", "nvp": f"{budget} compilations", "coreset-all": "all K"}
    text = {s["method"]: s["geomean_vs_oz"] for s in text_summary or ()}
    lines = [f"{'method':<15}{'geomean vs Oz':>15}{'mean % over Oz':>16}{'smaller':>9}{'larger':>8}"
             + (f"{'.text vs Oz':>13}" if text else "") + "  budget"]
    for s in summary:
        lines.append(f"{s['method']:<15}{s['geomean_vs_oz']:>15.4f}{s['mean_improvement_pct']:>16.2f}"
                     f"{s['smaller']:>9}{s['larger']:>8}"
                     + (f"{text[s['method']]:>13.4f}" if s["method"] in text else " " * 13 if text else "")
                     + f"  {notes.get(s['method'], '')}")
    return lines


def inference_line(rows: Sequence[dict[str, Any]]) -> str:
    """One line: NVP's inference time (encoding the program + forward pass) relative to one -Oz compilation
    (``opt`` run), median over programs (rows where NVP ran; each program's two times are taken back to back)."""
    ratios = [r["nvp_seconds"] / r["oz_seconds"] for r in rows if "nvp_seconds" in r]
    seconds = [r["nvp_seconds"] for r in rows if "nvp_seconds" in r]
    return (f"NVP inference (encoding + forward pass) / one -Oz compilation: median {float(np.median(ratios)):.3f}, "
            f"max {max(ratios):.3f} over {len(ratios)} programs (median inference {1e3 * np.median(seconds):.1f} ms)")


def best_found_line(rows: Sequence[dict[str, Any]], methods: Sequence[str]) -> str:
    """One line: the geomean over programs of the smallest count any of ``methods`` reached (and how many
    programs it makes smaller than -Oz), i.e. what choosing the best of everything this run compiled would give:
    with the searches at large budgets, an estimate of how far below -Oz a program set can be taken at all."""
    ratios = [min(r[m] for m in methods) / max(r["oz"], 1) for r in rows]
    return (f"best of {', '.join(methods)} per program: geomean {geomean(ratios):.4f} vs -Oz "
            f"({100 * (1 - geomean(ratios)):.2f}% smaller; {sum(x < 1 for x in ratios)} of {len(ratios)} smaller)")


def check_line(rows: Sequence[dict[str, Any]]) -> str:
    """One line on the differential check of a bench run (rows of a checking evaluator)."""
    checked = sum(r["checked"] for r in rows)
    return (f"differential check: {checked} of {len(rows)} programs run (main or test driver, ends at -O0); "
            f"{sum(r['rejected'] for r in rows)} miscompiled candidates rejected (counted as -O0)")
