"""`mlopt passes`: coreset + normalized value prediction for LLVM pass ordering (Liang et al., ICML 2023).

``optimize`` shrinks one program with the shipped (or a given) model, within ``--time-limit`` when given
(:mod:`mlopt.passes.timed`), with progress on stderr (:mod:`mlopt.progress`); ``coreset`` searches candidate
sequences on training programs and picks the coreset; ``train`` fits the NVP model on it; ``bench``
compares methods on a folder of programs; ``rl`` trains the PPO baseline (:mod:`mlopt.passes.rl`) and
reports it on the validation programs. See :mod:`mlopt.passes`.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path
from typing import Optional

import typer

from mlopt import clock
from mlopt.cli.options import (MAX_LEARNING_RATE, MAX_WIDTH, MAX_WORKERS, choice, count, input_file, output_file,
                               output_folder, positive, seconds, seed_value)
from mlopt.datasets.atomic_io import write_text_atomic
from mlopt.datasets.programs import (
    Program,
    load_directory,
    load_program,
    shipped_programs,
)
from mlopt.envs.passes.backend import BackendUnavailable
from mlopt.errors import InputError
from mlopt.parallel import BACKENDS, parallel_map
from mlopt.passes.bench import METHODS, BenchJob, check_line, run_bench_job, summarize, summary_lines
from mlopt.passes.coreset import Coreset, coreset_from_values
from mlopt.passes.evaluate import DEFAULT_BUDGET, OBJECTIVES, PassSequence, SequenceEvaluator
from mlopt.passes.jobs import EvaluatorSpec
from mlopt.passes.pretrained import CORESET_FILE, MODEL_FILE, PRETRAINED_DIR, load_pretrained
from mlopt.passes.timed import optimize_by
from mlopt.progress import ProgressLine

VERIFY_OPTION = typer.Option(False, "--verify/--no-verify", help="Differential check: run each optimized program "
                             "(main, or its drivers/<name>.c test driver) and count one whose exit status or output "
                             "differs from the -O0 build as unoptimized.")

passes_app = typer.Typer(no_args_is_help=True,
                         help="LLVM pass ordering: coreset + normalized value prediction (Liang et al., ICML 2023).")

OPT_OPTION = typer.Option(None, "--opt", help="The LLVM opt binary [default: the llvm extra, $MLOPT_OPT, PATH].")
MODEL_OPTION = typer.Option(None, "--model", help="Model folder (coreset.json, nvp.pt) [default: the shipped one].")
TRAIN_PROGRAMS_OPTION = typer.Option(None, "--programs", help="Folder of training programs "
                                     "[default: the shipped train split].")
VAL_PROGRAMS_OPTION = typer.Option(None, "--val", help="Folder of validation programs "
                                   "[default: the shipped val split].")


def _evaluator(opt: Optional[Path], verify: bool = False) -> SequenceEvaluator:
    from mlopt.envs.passes.opt_backend import OptBackend

    try:
        backend = OptBackend(opt)
        backend.version  # runs `opt --version`: a binary that is not LLVM's opt fails here, before any work
    except BackendUnavailable as exc:
        raise InputError(str(exc), field="--opt", expected="an LLVM opt binary") from None
    try:
        return EvaluatorSpec(str(backend.opt), verify).make()
    except RuntimeError as exc:  # no C compiler to link the programs the check runs
        raise InputError(str(exc), field="--verify", expected="a C compiler (cc, gcc or clang) to link") from None


def _programs(folder: Optional[Path], split: str, limit: Optional[int] = None, seed: int = 0) -> tuple[Program, ...]:
    """The programs of ``folder`` (or a shipped split); with ``limit``, that many of them, drawn by ``seed``."""
    programs = load_directory(folder) if folder is not None else shipped_programs(split)
    if limit is None or limit >= len(programs):
        return programs
    import numpy as np

    chosen = np.random.default_rng(seed).choice(len(programs), limit, replace=False)
    return tuple(programs[i] for i in sorted(chosen))


MAX_PROGRAMS_OPTION = typer.Option(None, "--max-programs", help="Use this many of the programs, drawn by --seed "
                                   "[default: all].")


@passes_app.command()
def optimize(
    file: Path = typer.Argument(..., help="Program: .ll, .bc (or .c with clang installed)."),
    budget: int = typer.Option(DEFAULT_BUDGET, "--budget", help="Compilations: -Oz + the top-ranked sequences."),
    time_limit: Optional[float] = typer.Option(None, "--time-limit", help="Wall seconds for the whole command, "
                                               "counted from the process start (imports and the model included): "
                                               "no compilation starts after it and the best so far is kept "
                                               "[default: none, --budget alone]."),
    out: Optional[Path] = typer.Option(None, "--out", help="Write the smallest IR here (atomically)."),
    model: Optional[Path] = MODEL_OPTION,
    verify: bool = VERIFY_OPTION,
    opt: Optional[Path] = OPT_OPTION,
) -> None:
    """Try -Oz and the coreset sequences NVP ranks best; print the chosen sequence and its size vs -Oz."""
    count(budget, "--budget")
    if time_limit is not None:
        seconds(time_limit, "--time-limit")
    output_file(out, "--out")
    folder = PRETRAINED_DIR if model is None else model
    input_file(folder / MODEL_FILE, "--model", "a model folder from `mlopt passes train`")
    coreset = Coreset.load(input_file(folder / CORESET_FILE, "--model", "a model folder from `mlopt passes train`"))
    deadline = math.inf if time_limit is None else clock.command_deadline(time_limit)
    program = load_program(file)
    evaluator = _evaluator(opt, verify)

    with ProgressLine("mlopt passes optimize") as line:
        def tried(done: list[tuple[PassSequence, int]], best: int) -> None:
            line.update(f"{len(done)}/{budget} compilations", f"{best} IR instructions ({best / max(done[0][1], 1):.4f}"
                        " x -Oz)")

        line.update("compiling -Oz; NVP ranks the coreset (loading its model)")
        result, ranked = optimize_by(evaluator, program, coreset, folder / MODEL_FILE, budget, deadline, tried)
    print(f"{program.name}: {result.count} IR instructions with {','.join(result.sequence)}")
    print(f"-Oz: {result.oz_count}; chosen / -Oz = {result.vs_oz:.4f} "
          f"({100 * (1 - result.vs_oz):.2f}% smaller) after {len(result.tried)} compilations")
    if verify:
        print(_verdict(evaluator, program))
    if not ranked:
        print(f"note: only -Oz was compiled: the NVP model did not rank the coreset within --time-limit "
              f"{time_limit:g} s (loading it takes seconds); use a larger --time-limit", file=sys.stderr)
    elif len(result.tried) < budget and len(result.tried) < len(coreset.sequences):
        print(f"note: stopped at --time-limit {time_limit:g} s after {len(result.tried)} of {budget} compilations",
              file=sys.stderr)
    if out is not None:
        write_text_atomic(out, result.ir)
        print(f"optimized IR written to {out}")


def _verdict(evaluator: SequenceEvaluator, program: Program) -> str:
    """One line on the differential check of ``optimize --verify``."""
    rejected = sum(name == program.name for name, _ in evaluator.rejected)
    if not evaluator.checked(program):
        return ("verify: not checked: the program has no main and no drivers/<name>.c test driver, or its -O0 "
                "build does not end")
    runner = "its test driver" if program.driver is not None else "its main"
    return (f"verify: the chosen program, run through {runner}, prints the same output and exit status as the "
            f"-O0 build; {rejected} miscompiled candidate(s) rejected")


@passes_app.command()
def corpus(
    out: Path = typer.Option(..., "--out", help="Cache folder of the corpus (train/, val/, heldout/, manifest.json)."),
    csmith: int = typer.Option(1000, "--csmith", help="Csmith programs to generate (0: none)."),
    llvm_stress: int = typer.Option(0, "--llvm-stress", help="llvm-stress functions to generate (0: none)."),
    seed: int = typer.Option(0, "--seed", help="First generator seed."),
    run_timeout: float = typer.Option(10.0, "--run-timeout", help="Seconds one run of a program may take."),
    backend: str = typer.Option("local", "--backend", help="local or ray."),
    workers: Optional[int] = typer.Option(None, "--workers", help="Parallel jobs [default: cores]."),
    with_shipped: bool = typer.Option(False, "--with-shipped/--without-shipped", help="Also copy the shipped "
                                      "train / val programs (and test drivers) into train/ and val/."),
) -> None:
    """Generate a training corpus (Csmith, llvm-stress), keeping only programs whose -O0 build ends and whose
    -Oz build behaves the same; fixed train / val / heldout splits (mlopt.passes.corpus)."""
    count(csmith, "--csmith", 0)
    count(llvm_stress, "--llvm-stress", 0)
    if csmith + llvm_stress == 0:
        raise InputError("nothing to generate", field="--csmith", expected="--csmith or --llvm-stress above 0")
    seed_value(seed)
    seconds(run_timeout, "--run-timeout")
    choice(backend, BACKENDS, "--backend")
    if workers is not None:
        count(workers, "--workers", 1, MAX_WORKERS)
    output_folder(out, "--out")
    from mlopt.passes.corpus import MANIFEST, build_corpus

    manifest = build_corpus(out, csmith, llvm_stress, seed, backend, workers, run_timeout, with_shipped=with_shipped)
    print("generated: " + ", ".join(f"{n} {status}" for status, n in sorted(manifest["status"].items())))
    print("kept per split: " + ", ".join(f"{split} {len(names)}" for split, names in manifest["splits"].items()))
    print(f"manifest written to {out / MANIFEST}")


@passes_app.command()
def coreset(
    out: Path = typer.Option(Path(CORESET_FILE), "--out", help="Coreset JSON to write (atomically)."),
    k: int = typer.Option(50, "--k", help="Coreset size K (-Oz included)."),
    n_random: int = typer.Option(100, "--random", help="Random sequences per training program."),
    keep: int = typer.Option(4, "--keep", help="Best random sequences kept per program."),
    greedy_steps: int = typer.Option(2, "--greedy-steps", help="Greedy search steps per program (0: none)."),
    pass_greedy: bool = typer.Option(True, "--pass-greedy/--no-pass-greedy",
                                     help="Add each program's greedy sequence of individual passes."),
    programs: Optional[Path] = TRAIN_PROGRAMS_OPTION,
    seed: int = typer.Option(0, "--seed"),
    verify: bool = typer.Option(False, "--verify/--no-verify", help="Run every candidate's output on the training "
                                "programs that can be run (main or test driver) and exclude each sequence that "
                                "miscompiles any of them."),
    max_programs: Optional[int] = MAX_PROGRAMS_OPTION,
    objective: str = typer.Option("count", "--objective", help="What the values measure: count (IR instructions) "
                                  "or text (.text bytes of the object llc makes)."),
    extra: Optional[Path] = typer.Option(None, "--extra-candidates", help="A coreset JSON whose sequences join the "
                                         "candidates (e.g. the shipped one, searched more widely on other programs)."),
    backend: str = typer.Option("local", "--backend", help="local or ray."),
    workers: Optional[int] = typer.Option(None, "--workers", help="Programs searched in parallel [default: cores]."),
    opt: Optional[Path] = OPT_OPTION,
) -> None:
    """Search candidate sequences on the training programs and choose K by greedy coverage (Eq. 2)."""
    for value, flag in ((k, "--k"), (n_random, "--random"), (keep, "--keep")):
        count(value, flag)
    count(greedy_steps, "--greedy-steps", 0)
    seed_value(seed)
    choice(backend, BACKENDS, "--backend")
    if workers is not None:
        count(workers, "--workers", 1, MAX_WORKERS)
    output_file(out, "--out")
    from mlopt.parallel import make_executor
    from mlopt.passes.jobs import parallel_candidates, parallel_value_matrix
    from mlopt.passes.search import merge_candidates

    evaluator = _evaluator(opt, verify)  # checks opt (and the linker) here, before any worker starts
    choice(objective, OBJECTIVES, "--objective")
    spec = EvaluatorSpec(str(evaluator.backend.opt), verify, objective=objective)
    if max_programs is not None:
        count(max_programs, "--max-programs")
    extra_sequences = Coreset.load(input_file(extra, "--extra-candidates", "a coreset JSON")).sequences if extra else []
    train = _programs(programs, "train", max_programs, seed)
    with make_executor(backend, workers) as executor:
        candidates, rejected = parallel_candidates(executor, spec, train, n_random, keep, greedy_steps, seed,
                                                   pass_greedy)
        candidates = merge_candidates([candidates, extra_sequences])
        values, rejected_here, checked = parallel_value_matrix(executor, spec, train, candidates)
    command = (f"mlopt passes coreset --out {out} --k {k} --random {n_random} --keep {keep} "
               f"--greedy-steps {greedy_steps} {'--pass-greedy' if pass_greedy else '--no-pass-greedy'} --seed {seed}"
               + (" --verify" if verify else "") + (f" --max-programs {max_programs}" if max_programs else "")
               + (f" --extra-candidates {extra}" if extra else "") + f" --objective {objective}"
               + (f" --programs {programs}" if programs else ""))
    result = coreset_from_values(candidates, values, [p.name for p in train], k, rejected | rejected_here,
                                 {"command": command, "seed": seed, "objective": objective})
    result.save(out)
    best = result.values.max(axis=1)
    print(f"{len(candidates)} candidates on {len(train)} programs")
    if verify:
        print(f"differential check: {checked} of {len(train)} programs run; "
              f"{result.metadata['excluded_miscompiling']} miscompiling sequences excluded")
    print(f"coreset of {len(result.sequences)}: J = {result.objective[-1]:.4f} (Eq. 2), mean best value "
          f"{best.mean():.4f}, {int((best > 0).sum())}/{len(train)} programs smaller than -Oz")
    print(f"coreset written to {out}")


@passes_app.command()
def train(
    coreset_path: Path = typer.Option(Path(CORESET_FILE), "--coreset", help="Coreset JSON from `mlopt passes coreset`."),
    out: Path = typer.Option(Path("nvp_model"), "--out", help="Model folder: nvp.pt, nvp.json and the coreset."),
    epochs: int = typer.Option(300, "--epochs"),
    lr: float = typer.Option(3e-4, "--lr"),
    temperature: Optional[float] = typer.Option(None, "--temperature",
                                                help="T of the soft targets (Eq. 3) [default: the paper's 0.002]."),
    hidden: int = typer.Option(64, "--hidden"),
    layers: int = typer.Option(4, "--layers"),
    val_budget: int = typer.Option(5, "--val-budget", help="Compilations of the validation metric."),
    programs: Optional[Path] = typer.Option(None, "--programs", help="Folder of the coreset's training programs "
                                            "[default: the shipped train split]."),
    val: Optional[Path] = VAL_PROGRAMS_OPTION,
    seed: int = typer.Option(0, "--seed"),
    heads: int = typer.Option(4, "--heads", help="Attention heads per layer (divides --hidden; graph model)."),
    kind: str = typer.Option("graph", "--kind", help="graph (the paper's GNN on the program graph) or features "
                             "(an MLP on InstCount features: faster inference)."),
    batch_size: Optional[int] = typer.Option(None, "--batch-size", help="Programs per step [default: all, one "
                                             "full-batch step per epoch]."),
    verify: bool = typer.Option(False, "--verify/--no-verify", help="Differential check of the validation values "
                                "(as the coreset was built with --verify)."),
    max_val: Optional[int] = typer.Option(None, "--max-val", help="Use this many validation programs, drawn by "
                                          "--seed [default: all]."),
    backend: str = typer.Option("local", "--backend", help="local or ray (the validation values)."),
    workers: Optional[int] = typer.Option(None, "--workers", help="Parallel jobs [default: cores]."),
    opt: Optional[Path] = OPT_OPTION,
) -> None:
    """Fit the NVP GNN to the coreset values of the training programs (epoch chosen on validation)."""
    for value, flag in ((epochs, "--epochs"), (layers, "--layers"), (val_budget, "--val-budget"), (heads, "--heads")):
        count(value, flag)
    count(hidden, "--hidden", 1, MAX_WIDTH)
    choice(kind, ("graph", "features"), "--kind")
    if kind == "graph" and hidden % heads:
        raise InputError(f"{heads} does not divide --hidden {hidden}", field="--heads", expected="a divisor of --hidden")
    if batch_size is not None:
        count(batch_size, "--batch-size")
    choice(backend, BACKENDS, "--backend")
    if workers is not None:
        count(workers, "--workers", 1, MAX_WORKERS)
    positive(lr, "--lr", MAX_LEARNING_RATE)
    if temperature is not None:
        positive(temperature, "--temperature")
    seed_value(seed)
    input_file(coreset_path, "--coreset", "a coreset JSON from `mlopt passes coreset`")
    output_folder(out, "--out")
    from mlopt.nn.checkpoint import save_model
    from mlopt.passes.feature_ranker import NVPFeatureNet
    from mlopt.passes.nvp import DEFAULT_TEMPERATURE, NVPNet, TrainResult, train_nvp

    temperature = DEFAULT_TEMPERATURE if temperature is None else temperature
    core = Coreset.load(coreset_path)
    train_programs = {p.name: p for p in _programs(programs, "train")}
    missing = [name for name in core.programs if name not in train_programs]
    if missing:
        raise InputError(f"coreset program {missing[0]!r} not found", field="--programs",
                         expected="the programs the coreset was built on")
    encode = NVPNet.encode if kind == "graph" else NVPFeatureNet.encode
    graphs = [encode(train_programs[name]) for name in core.programs]
    if max_val is not None:
        count(max_val, "--max-val")
    val_programs = _programs(val, "val", max_val, seed)
    from mlopt.parallel import make_executor
    from mlopt.passes.jobs import parallel_value_matrix

    spec = EvaluatorSpec(str(_evaluator(opt, verify).backend.opt), verify,  # the coreset's objective
                         objective=core.metadata.get("objective", "count"))
    with make_executor(backend, workers) as executor:
        val_values, _, _ = parallel_value_matrix(executor, spec, val_programs, core.sequences)
    with ProgressLine("mlopt passes train") as line:
        def progress(epoch: int, result: TrainResult) -> None:
            line.update(f"epoch {epoch + 1}/{epochs}", f"train loss {result.train_loss[-1]:.4f}"
                        + (f", validation top-{val_budget} value {result.val_value[-1]:.4f}" if result.val_value else ""))

        model_args = {"hidden": hidden, "layers": layers, **({"heads": heads} if kind == "graph" else {})}
        model, fit = train_nvp(graphs, core.values, [encode(p) for p in val_programs], val_values, epochs, lr,
                               temperature, seed, val_budget, model_args, batch_size, progress, kind)
    command = (f"mlopt passes train --coreset {coreset_path} --out {out} --epochs {epochs} --lr {lr:g} "
               f"--temperature {temperature:g} --kind {kind} --hidden {hidden} --layers {layers} --heads {heads} "
               f"--val-budget {val_budget} --seed {seed}" + (f" --batch-size {batch_size}" if batch_size else "")
               + (" --verify" if verify else "") + (f" --programs {programs}" if programs else "")
               + (f" --val {val}" if val else "") + (f" --max-val {max_val}" if max_val else ""))
    metrics = {"best_epoch": fit.best_epoch, "train_loss": round(fit.train_loss[fit.best_epoch], 6),
               f"val_top{val_budget}_value": round(fit.val_value[fit.best_epoch], 6),
               "val_oracle_value": round(float(val_values.max(axis=1).mean()), 6)}
    save_model(model, out / MODEL_FILE, {"command": command, "metrics": metrics, "train_programs": core.programs,
                                         "val_programs": [p.name for p in val_programs]})
    if (out / CORESET_FILE).resolve() != coreset_path.resolve():
        write_text_atomic(out / CORESET_FILE, coreset_path.read_text())
    print(f"best epoch {fit.best_epoch}: train loss {metrics['train_loss']:.4f}, validation mean top-{val_budget} "
          f"value {metrics[f'val_top{val_budget}_value']:.4f} (oracle over the coreset "
          f"{metrics['val_oracle_value']:.4f})")
    print(f"model written to {out}")


@passes_app.command()
def bench(
    folder: Path = typer.Argument(..., help="Folder of .ll/.bc/.c programs (e.g. a held-out split)."),
    methods: str = typer.Option("o3,coreset-order,nvp,coreset-all", "--methods",
                                help="Comma-separated: " + ", ".join(METHODS) + "."),
    budget: int = typer.Option(DEFAULT_BUDGET, "--budget", help="Compilations per program."),
    greedy_steps: int = typer.Option(3, "--greedy-steps"),
    model: Optional[Path] = MODEL_OPTION,
    seed: int = typer.Option(0, "--seed"),
    text: bool = typer.Option(False, "--text/--no-text", help="Also report .text bytes of each choice vs -Oz (llc)."),
    verify: bool = VERIFY_OPTION,
    backend: str = typer.Option("local", "--backend", help="local or ray."),
    workers: Optional[int] = typer.Option(None, "--workers", help="Programs benchmarked in parallel [default: cores]."),
    opt: Optional[Path] = OPT_OPTION,
) -> None:
    """Geomean IR instruction count relative to -Oz of each method on every program of FOLDER."""
    chosen = [m.strip() for m in methods.split(",") if m.strip()]
    for method in chosen:
        if method not in METHODS:
            raise InputError(f"unknown method {method!r}", field="--methods", expected="one of " + ", ".join(METHODS))
    count(budget, "--budget")
    count(greedy_steps, "--greedy-steps", 0)
    seed_value(seed)
    choice(backend, BACKENDS, "--backend")
    if workers is not None:
        count(workers, "--workers", 1, MAX_WORKERS)
    programs = load_directory(folder)
    evaluator = _evaluator(opt, verify)  # checks opt (and the linker) here, before any worker starts
    core, net = load_pretrained(model)
    spec = EvaluatorSpec(str(evaluator.backend.opt), verify)
    jobs = [BenchJob(p, core, net, tuple(chosen), (budget,), greedy_steps, seed, text, spec) for p in programs]
    rows = [result[budget] for result in parallel_map(run_bench_job, jobs, backend=backend, workers=workers,
                                                      description="benchmarking programs")]
    print(f"{folder}: {len(rows)} programs, IR instruction count relative to -Oz")
    text_summary = summarize(rows, chosen, "text") if text else None
    for line in summary_lines(summarize(rows, chosen), budget, greedy_steps, text_summary):
        print(line)
    if verify:
        print(check_line(rows))


@passes_app.command()
def rl(
    out: Path = typer.Option(Path("rl_policy.pt"), "--out", help="Policy file to write (atomically)."),
    iterations: int = typer.Option(20, "--iterations", help="PPO iterations."),
    episodes: int = typer.Option(8, "--episodes", help="Episodes (programs) per iteration."),
    steps: int = typer.Option(DEFAULT_BUDGET, "--steps", help="Passes per training episode."),
    budget: int = typer.Option(DEFAULT_BUDGET, "--budget", help="Pass applications per validation program."),
    programs: Optional[Path] = TRAIN_PROGRAMS_OPTION,
    val: Optional[Path] = VAL_PROGRAMS_OPTION,
    seed: int = typer.Option(0, "--seed"),
    opt: Optional[Path] = OPT_OPTION,
) -> None:
    """Train the PPO baseline on the env, then report its greedy rollouts on the validation programs vs -Oz."""
    for value, flag in ((iterations, "--iterations"), (episodes, "--episodes"), (steps, "--steps"),
                        (budget, "--budget")):
        count(value, flag)
    seed_value(seed)
    output_file(out, "--out")
    evaluator = _evaluator(opt)
    import torch

    from mlopt.passes.evaluate import geomean
    from mlopt.passes.rl import PPOConfig, apply_policy, save_policy, train_ppo

    torch.set_num_threads(1)
    config = PPOConfig(iterations=iterations, episodes_per_iteration=episodes, max_steps=steps)
    policy, rewards = train_ppo(_programs(programs, "train"), config, seed, evaluator.backend, quiet=False)
    save_policy(policy, out)
    print(f"mean episode reward: first iteration {rewards[0]:.4f}, last {rewards[-1]:.4f}; policy written to {out}")
    val_programs = _programs(val, "val")
    ratios = [apply_policy(p, policy, budget, evaluator.backend) / evaluator.oz_count(p) for p in val_programs]
    print(f"{len(val_programs)} validation programs, {budget} pass applications each: geomean IR instruction "
          f"count / -Oz = {geomean(ratios):.4f}")
