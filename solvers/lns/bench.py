"""Side-by-side evaluation of LNS selectors and SCIP alone on a set of instance files.

One job = (instance, method) run for a fixed wall time; jobs are plain data so an Executor (local
process pool or Ray) can run them. The summary follows CL-LNS (Huang et al., ICML 2023): per method,
the mean primal gap at the time limit, the mean primal integral (Berthold 2013), the survival rate at a
gap threshold and the best-performing rate. The reference objective v* of an instance is its stored
``<instance>.ref.json`` (a long SCIP run, ``mlopt lns reference``), replaced by the best objective any
method found in this comparison when that is better or nothing is stored (said in the summary).

Every selector comes from the one registry (:mod:`mlopt.solvers.lns.registry`); a job carries its
registry entry and options (the step limit, a learned selector's model) and builds the selector where it
runs, so a selector registered in this process also runs in a spawned worker (given a picklable factory).
A learned selector's module is imported only where it is built: this module stays free of torch.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

import numpy as np
from rich.table import Table

from mlopt.datasets.ilp import reference_path
from mlopt.solvers.lns.api import run_lns, run_scip
from mlopt.solvers.lns.initial import initial_path, load_initial, store_initial
from mlopt.solvers.lns.metrics import best_performing_rate, gap_at, primal_integral, survival_rate
from mlopt.solvers.lns.registry import SCIP, SelectorEntry, selector_entry, selector_names
from mlopt.solvers.lns.scip import better
from mlopt.solvers.lns.selectors import SelectorOptions


def method_names() -> tuple[str, ...]:
    """What a benchmark (and ``mlopt lns run``) can run: every registered selector, then SCIP alone."""
    return (*selector_names(), SCIP)


@dataclass(frozen=True)
class BenchJob:
    """One method on one instance for ``time_limit`` seconds (LNS sub-ILPs limited to ``step_limit``);
    an LNS method carries its registry ``selector`` entry (and ``model``, for a learned one) and starts
    from the stored initial solution ``initial`` when given (:mod:`mlopt.solvers.lns.initial`)."""

    instance: str
    method: str
    time_limit: float
    step_limit: float
    init_limit: float
    seed: int
    selector: SelectorEntry | None = None
    model: str | None = None
    initial: str | None = None

    def options(self) -> SelectorOptions:
        """What the job's selector is built from."""
        return SelectorOptions(step_limit=self.step_limit, model=self.model)


def run_job(job: BenchJob) -> dict[str, Any]:
    """Run one job: SCIP alone, or LNS with the selector its entry builds. The job's wall time is bounded by
    its ``time_limit`` from here on: loading the instance, building the selector (a learned one loads its
    model) and SCIP's set-up are inside it."""
    deadline = time.monotonic() + job.time_limit
    if job.selector is None:
        return run_scip(job.instance, job.time_limit, deadline)
    initial = load_initial(job.initial) if job.initial is not None else None
    return run_lns(job.instance, job.selector.build(job.options()), job.time_limit, job.step_limit, job.seed,
                   initial=initial, init_limit=job.init_limit, deadline=deadline)


def _store_initial(job: tuple[str, float, float]) -> str:
    return str(store_initial(*job))


def run_all(instances: Sequence[str], methods: Sequence[str], time_limit: float, step_limit: float,
            init_limit: float, seed: int, executor: Any,
            models: Mapping[str, str | os.PathLike[str]] | None = None,
            shared_init: bool = False) -> dict[str, list[dict[str, Any]]]:
    """Every method on every instance through ``executor`` (an ``mlopt.parallel.Executor``): method ->
    run documents in instance order. A learned selector uses its checkpoint in ``models``. Each selector is
    built once here first, so an unknown name or a missing or bad model is an InputError before any run.
    With ``shared_init`` every LNS run of an instance starts from one stored initial solution (computed
    here where missing; :mod:`mlopt.solvers.lns.initial`); SCIP alone still runs from scratch."""
    paths = {name: str(path) for name, path in (models or {}).items()}
    entries = {m: selector_entry(m) for m in methods if m != SCIP}
    for method, entry in entries.items():
        entry.build(SelectorOptions(step_limit=step_limit, model=paths.get(method)))
    initial: dict[str, str | None] = {str(p): None for p in instances}
    if shared_init and entries:
        initial = {str(p): str(initial_path(p, init_limit)) for p in instances}
        missing = [p for p, path in initial.items() if not Path(path).is_file()]
        if missing:
            executor.map(_store_initial, [(p, init_limit, time_limit) for p in missing],
                         description="initial solutions")
    jobs = [BenchJob(str(p), m, time_limit, step_limit, init_limit, seed, entries.get(m), paths.get(m),
                     None if m == SCIP else initial[str(p)])
            for p in instances for m in methods]
    docs = executor.map(run_job, jobs, description=f"{len(jobs)} runs")
    return {m: [d for j, d in zip(jobs, docs) if j.method == m] for m in methods}


def stored_reference(instance: str | Path) -> float | None:
    """The stored long-run objective of ``instance``, if ``mlopt lns reference`` computed one."""
    path = reference_path(instance)
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8")).get("objective")


def references(instances: Sequence[str], runs: dict[str, list[dict[str, Any]]]) -> tuple[list[float], list[str]]:
    """v* per instance and where it came from: the stored reference (``stored``), the best objective any
    method found when there is none (``best found``), or that best when it beats the stored value
    (``run beat stored``: a gap is never measured against a worse value than one that was found)."""
    values, sources = [], []
    for i, instance in enumerate(instances):
        docs = [runs[m][i] for m in runs]
        found = [d["objective"] for d in docs if d["objective"] is not None]
        minimize = docs[0]["sense"] == "minimize"
        best = (min(found) if minimize else max(found)) if found else None
        stored = stored_reference(instance)
        if stored is None:
            values.append(float("nan") if best is None else best)
            sources.append("best found")
        elif best is not None and better(best, stored, docs[0]["sense"]):
            values.append(best)
            sources.append("run beat stored")
        else:
            values.append(float(stored))
            sources.append("stored")
    return values, sources


def summarize(runs: dict[str, list[dict[str, Any]]], refs: Sequence[float], horizon: float,
              gap_threshold: float) -> list[dict[str, float | str]]:
    """One row per method: mean gap at ``horizon``, mean primal integral, survival and best rates, mean
    steps per run and the selector's mean seconds per step."""
    trajectories = {m: [doc["trajectory"] for doc in docs] for m, docs in runs.items()}
    best = best_performing_rate(trajectories, refs, horizon)
    rows = []
    for method, trajs in trajectories.items():
        rows.append({
            "method": method,
            "gap_at_limit": float(np.mean([gap_at(t, r, horizon) for t, r in zip(trajs, refs)])),
            "primal_integral": float(np.mean([primal_integral(t, r, horizon) for t, r in zip(trajs, refs)])),
            "survival": survival_rate(trajs, refs, gap_threshold, horizon),
            "best_rate": best[method],
            "steps": float(np.mean([doc["steps"] for doc in runs[method]])),
            "select_s_per_step": float(sum(doc["select_s"] for doc in runs[method])
                                       / max(sum(doc["steps"] for doc in runs[method]), 1)),
        })
    return rows


def gap_curves(runs: dict[str, list[dict[str, Any]]], refs: Sequence[float], horizon: float,
               points: int = 200) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """Mean primal gap over time per method, on ``points`` times in [0, horizon]."""
    times = np.linspace(0.0, horizon, points)
    curves = {m: np.mean([[gap_at(doc["trajectory"], r, t) for t in times] for doc, r in zip(docs, refs)], axis=0)
              for m, docs in runs.items()}
    return times, curves


def summary_table(title: str, rows: Sequence[dict[str, float | str]], gap_threshold: float,
                  select_time: bool = False) -> Table:
    """The rows of :func:`summarize` as a rich table, methods side by side (``select_time``: add the
    selector's seconds per step, a wider table)."""
    table = Table(title=title)
    columns = ["method", "gap at limit", "primal integral", f"survival@{gap_threshold:g}", "best rate", "steps"]
    for column in columns + (["select s/step"] if select_time else []):
        table.add_column(column, justify="left" if column == "method" else "right")
    for row in rows:
        cells = [str(row["method"]), f"{row['gap_at_limit']:.4f}", f"{row['primal_integral']:.3f}",
                 f"{row['survival']:.2f}", f"{row['best_rate']:.2f}", f"{row['steps']:.0f}"]
        table.add_row(*cells, *([f"{row['select_s_per_step']:.3f}"] if select_time else []))
    return table
