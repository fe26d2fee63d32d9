"""`mlopt lns`: generate ILP instances, compute reference objectives, run LNS (or SCIP alone) on one
instance with progress on stderr (:mod:`mlopt.progress`; a learned CL-LNS selector with ``--selector cl-lns
--model``),
benchmark selectors side by side, and collect expert data / train CL-LNS (:mod:`mlopt.cli.lns_learn`).
Selector names and how each is built come from the one registry (:mod:`mlopt.solvers.lns.registry`); the
model of a learned one from :func:`mlopt.lns.pretrained.selector_models`."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any, Mapping, Optional, Sequence

import typer
from rich.console import Console

from mlopt import clock
from mlopt.datasets.atomic_io import write_text_atomic
from mlopt.datasets.ilp import FAMILIES, SIZES, reference_objective, write_instances
from mlopt.datasets.ilp.io import check_instance_path
from mlopt.errors import InputError
from mlopt.cli.lns_learn import collect, train
from mlopt.cli.options import (MAX_WORKERS, bounded, choice, count, instance_folder, output_file, output_folder,
                               seconds, seed_value)
from mlopt.parallel import BACKENDS, make_executor
from mlopt.plots import plot_gap_curves, save_figure
from mlopt.progress import ProgressLine
from mlopt.lns.pretrained import ModelChoice, selector_models
from mlopt.solvers.lns.api import run_lns, run_scip
from mlopt.solvers.lns.bench import (
    gap_curves, method_names, references, run_all, stored_reference, summarize, summary_table,
)
from mlopt.solvers.lns.engine import LNSSearch, StepRecord
from mlopt.solvers.lns.metrics import primal_gap
from mlopt.solvers.lns.registry import SCIP, SELECTORS, build_selector, selector_names
from mlopt.solvers.lns.selectors import SelectorOptions

lns_app = typer.Typer(no_args_is_help=True, help="Large neighborhood search for integer linear programs (over SCIP).")
lns_app.command("collect")(collect)
lns_app.command("train")(train)
LEARNED_HELP = ", ".join(selector_names(learned=True))
LEARNED_MIN_LIMIT_S = 10.0  # the shortest --time-limit with a learned selector (start-up: 5 s idle, 10 s loaded)
SELECTOR_HELP = ("; ".join(f"{name} ({entry.help})" for name, entry in SELECTORS.items())
                 + f"; {SCIP} (SCIP alone). Learned selectors ({LEARNED_HELP}) use --model, or the shipped model of "
                 "the instances' family")


@lns_app.command()
def generate(
    family: str = typer.Option(..., "--family",
                               help="setcover, cauction, mis, mvc, cfl or mknap (multidimensional knapsack)."),
    size: str = typer.Option("small", "--size", help="tiny, small, medium or clns (CL-LNS sizes)."),
    n: int = typer.Option(10, "--n", help="Number of instances."),
    out: Path = typer.Option(..., "--out", help="Folder for the MPS files."),
    seed: int = typer.Option(0, "--seed", help="Instance i uses seed + i."),
) -> None:
    """Write N generated instances as MPS files."""
    choice(family, FAMILIES, "--family")
    choice(size, SIZES, "--size")
    count(n, "--n")
    seed_value(seed)
    output_folder(out, "--out")
    for path in write_instances(family, size, n, out, seed):
        print(path)


def _reference_job(args: tuple[str, float]) -> float | None:
    return reference_objective(args[0], args[1])["objective"]


@lns_app.command()
def reference(
    instances: list[Path] = typer.Argument(..., help="MPS/LP files."),
    time_limit: float = typer.Option(3600.0, "--time-limit", help="Seconds of SCIP per instance."),
    backend: str = typer.Option("local", "--backend", help="local or ray."),
    workers: Optional[int] = typer.Option(None, "--workers", help="Parallel SCIP runs [default: cores]."),
) -> None:
    """Compute (or reuse) each instance's reference objective, stored as <instance>.ref.json."""
    choice(backend, BACKENDS, "--backend")
    seconds(time_limit, "--time-limit")
    if workers is not None:
        count(workers, "--workers", 1, MAX_WORKERS)
    for path in instances:
        check_instance_path(path)
    with make_executor(backend, workers) as executor:
        values = executor.map(_reference_job, [(str(p), time_limit) for p in instances], description="reference runs")
    for path, value in zip(instances, values):
        print(f"{path}\t{value}")


class _StepProgress:
    """Feeds each LNS step to a :class:`~mlopt.progress.ProgressLine`: step, k, incumbent and the gap to the
    stored reference (if any)."""

    def __init__(self, line: ProgressLine, ref: float | None) -> None:
        self.line, self.ref = line, ref

    def __call__(self, search: LNSSearch, record: StepRecord) -> None:
        gap = "" if self.ref is None else f" (gap {100 * primal_gap(record.objective, self.ref):.3f}%)"
        self.line.update(f"LNS step {len(search.steps)} (k={record.k})", f"{record.objective:.8g}{gap}")


def no_step_note(doc: dict[str, Any], init_limit: float, startup_s: float) -> str | None:
    """The ``note:`` for an LNS run that made no LNS step because start-up (``startup_s`` seconds: imports,
    the selector's model, reading the instance) and the initial SCIP solve took all of its time limit; None
    when it made a step, for SCIP alone, and when SCIP proved the initial solution optimal."""
    if doc["method"] == SCIP or doc["steps"] or doc["status"] == "optimal":
        return None
    spent = (f"--time-limit {doc['time_limit']:g} s (start-up took {startup_s:.1f} s: imports, the selector's "
             f"model, reading the instance)")
    if doc["status"] == "feasible":
        return (f"note: no LNS step ran: the initial SCIP solve (--init-limit {init_limit:g} s) and the selector "
                f"used the rest of {spent}; use a smaller --init-limit or a larger --time-limit")
    return f"note: no LNS step ran: no initial solution within {spent}; use a larger --time-limit"


def enough_for_learned(selector: str, time_limit: float) -> None:
    """InputError when ``selector`` is learned, torch is not loaded yet and ``--time-limit`` is below
    :data:`LEARNED_MIN_LIMIT_S`: importing torch and torch-geometric and loading the model take 5-10 s of a 2-core
    machine before the first LNS step, so a shorter run could only overrun its limit."""
    if selector in selector_names(learned=True) and "torch_geometric" not in sys.modules \
            and time_limit < LEARNED_MIN_LIMIT_S:
        raise InputError(f"{time_limit:g} s is too short for {selector}", field="--time-limit",
                         expected=f"at least {LEARNED_MIN_LIMIT_S:g} s with a learned selector: loading torch and "
                                  "its model takes 5-10 s first")


def learned_models(models: list[str], methods: Sequence[str], instances: Sequence[str]) -> dict[str, Path]:
    """``--model`` values (``NAME=PATH``, or a bare PATH when one learned selector is among ``methods``)
    resolved with the shipped models for the learned selectors among ``methods``
    (:func:`mlopt.lns.pretrained.selector_models`); a cross-family stand-in says so in a note on stderr."""
    learned = selector_names(learned=True)
    wanted = [m for m in methods if m in learned]
    paths: dict[str, Path] = {}
    for value in models:
        name, sep, path = value.partition("=")
        if not sep:
            if len(wanted) != 1:
                raise InputError(f"{value!r}", field="--model",
                                 expected="NAME=PATH with NAME one of " + ", ".join(learned))
            name, path = wanted[0], value
        choice(name, learned, "--model")
        paths[name] = Path(path)
    return _noted_paths(selector_models(methods, paths, instances))


def _noted_paths(chosen: Mapping[str, ModelChoice]) -> dict[str, Path]:
    """The paths of ``chosen`` models, after printing on stderr the note of any cross-family stand-in."""
    for found in chosen.values():
        if found.note is not None:
            print(found.note, file=sys.stderr)
    return {name: found.path for name, found in chosen.items()}


@lns_app.command()
def run(
    instance: Path = typer.Argument(..., help="MPS/LP file."),
    selector: str = typer.Option("random", "--selector", help=SELECTOR_HELP + "."),
    model: Optional[Path] = typer.Option(None, "--model", help=f"{LEARNED_HELP}: a model.pt from `mlopt lns train`."),
    time_limit: float = typer.Option(60.0, "--time-limit", help="Wall seconds for the whole command, counted from "
                                     "the process start (imports, a learned selector's model and SCIP's set-up "
                                     "included)."),
    step_limit: float = typer.Option(5.0, "--step-limit", help="Seconds per sub-ILP (and per LB / LB-RELAX solve)."),
    init_limit: float = typer.Option(10.0, "--init-limit", help="Seconds for the initial solution (doubled if none)."),
    seed: int = typer.Option(0, "--seed"),
    out: Optional[Path] = typer.Option(None, "--out", help="Write the trajectory JSON here (atomically)."),
    quiet: bool = typer.Option(False, "--quiet", help="No progress on stderr."),
) -> None:
    """Run LNS with a selector (or SCIP alone) on one instance and print the incumbent trajectory and the
    solver's status; an instance SCIP proves infeasible or unbounded is one line and exit status 2."""
    choice(selector, method_names(), "--selector")
    for value, flag in ((time_limit, "--time-limit"), (step_limit, "--step-limit"), (init_limit, "--init-limit")):
        seconds(value, flag)
    enough_for_learned(selector, time_limit)
    seed_value(seed)
    check_instance_path(instance)
    output_file(out, "--out")
    deadline = clock.command_deadline(time_limit)
    console = Console()
    with ProgressLine("mlopt lns run", quiet=quiet) as line:
        if selector == SCIP:
            line.update("SCIP on the whole instance")
            doc = run_scip(instance, time_limit, deadline)
        else:
            path = _noted_paths(selector_models([selector], {} if model is None else {selector: model},
                                                [instance])).get(selector)
            line.update(f"building the {selector} selector" + ("" if path is None else f" (model {path})"))
            chosen = build_selector(selector, SelectorOptions(step_limit, None if path is None else str(path)))
            line.update(f"initial solution (SCIP, --init-limit {init_limit:g} s)")
            doc = run_lns(instance, chosen, time_limit, step_limit, seed, on_step=_StepProgress(
                line, stored_reference(instance)), init_limit=init_limit, deadline=deadline)
    objective = "no solution" if doc["objective"] is None else f"{doc['objective']:.10g}"
    console.print(f"{doc['method']}: {objective} ({doc['status']}) after {doc['wall_s']:.2f} s, {doc['steps']} steps, "
                  f"{len(doc['trajectory'])} improvements")
    note = no_step_note(doc, init_limit, time.monotonic() - clock.command_start() - doc["wall_s"])
    if note is not None:
        print(note, file=sys.stderr)
    if out is not None:
        write_text_atomic(out, json.dumps(doc, indent=2) + "\n")
        console.print(f"trajectory written to {out}")


@lns_app.command()
def bench(
    folder: Path = typer.Argument(..., help="Folder of MPS/LP instances."),
    selectors: str = typer.Option("random,lb-relax,scip", "--selectors", help="Comma-separated methods: "
                                  + SELECTOR_HELP + "."),
    models: list[str] = typer.Option([], "--model", help=f"{LEARNED_HELP} weights: NAME=PATH (repeatable; a bare "
                                     "PATH when one learned method is selected)."),
    time_limit: float = typer.Option(60.0, "--time-limit", help="Wall seconds per run, each counted from its start "
                                     "in a worker (reading the instance, a learned selector's model, SCIP's set-up "
                                     "and the initial solution included). The whole benchmark is not bounded: it "
                                     "takes about instances x methods x this / --workers, plus start-up."),
    step_limit: float = typer.Option(5.0, "--step-limit", help="Seconds per sub-ILP (and per LB / LB-RELAX solve)."),
    init_limit: float = typer.Option(10.0, "--init-limit"),
    gap: float = typer.Option(0.01, "--gap", help="Gap threshold of the survival rate."),
    seed: int = typer.Option(0, "--seed"),
    backend: str = typer.Option("local", "--backend", help="local or ray."),
    workers: int = typer.Option(1, "--workers", help="Parallel runs (1 keeps wall-time comparisons fair)."),
    shared_init: bool = typer.Option(False, "--shared-init", help="Start every LNS run of an instance from one "
                                     "stored initial SCIP solution (<instance>.init-<limit>s.npz)."),
    plot: Path = typer.Option(Path("lns_gap.png"), "--plot", help="Primal gap over time, per method."),
    out: Optional[Path] = typer.Option(None, "--out", help="Write all trajectories and the summary as JSON."),
) -> None:
    """Run every method on every instance for the same wall time and print the metrics side by side."""
    methods = [m.strip() for m in selectors.split(",") if m.strip()]
    for method in methods:
        choice(method, method_names(), "--selectors")
    choice(backend, BACKENDS, "--backend")
    for value, flag in ((time_limit, "--time-limit"), (step_limit, "--step-limit"), (init_limit, "--init-limit")):
        seconds(value, flag)
    bounded(gap, "--gap", 0.0, 1.0)
    seed_value(seed)
    count(workers, "--workers", 1, MAX_WORKERS)
    output_file(plot, "--plot")
    output_file(out, "--out")
    instances = instance_folder(folder)
    learned = learned_models(models, methods, instances)
    with make_executor(backend, workers) as executor:
        runs = run_all(instances, methods, time_limit, step_limit, init_limit, seed, executor, learned,
                       shared_init=shared_init)
    refs, sources = references(instances, runs)
    rows = summarize(runs, refs, time_limit, gap)
    title = f"{folder}: {len(instances)} instances, {time_limit:g} s each, v* = {', '.join(sorted(set(sources)))}"
    console = Console()
    console.print(summary_table(title, rows, gap))
    times, curves = gap_curves(runs, refs, time_limit)
    save_figure(plot_gap_curves(times, curves, title), plot)
    console.print(f"primal gap plot written to {plot}")
    idle = [doc for method, docs in runs.items() if method != SCIP for doc in docs
            if not doc["steps"] and doc["status"] != "optimal"]
    if idle:
        print(f"note: {len(idle)} of {sum(len(d) for m, d in runs.items() if m != SCIP)} LNS runs made no LNS step: "
              f"start-up and the initial SCIP solve (--init-limit {init_limit:g} s) used all of their --time-limit "
              f"{time_limit:g} s; use a smaller --init-limit or a larger --time-limit", file=sys.stderr)
    if out is not None:
        write_text_atomic(out, json.dumps({"summary": rows, "references": refs, "runs": runs}, indent=2) + "\n")
