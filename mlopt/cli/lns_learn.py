"""`mlopt lns collect` and `mlopt lns train`: expert data and weights for the learned CL-LNS / IL-LNS
selectors (Huang et al., ICML 2023; Sonnerat et al., 2021). Registered on ``lns_app`` by
:mod:`mlopt.cli.lns`; ``mlopt lns run --selector cl-lns --model DIR/model.pt`` uses the result."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console

from mlopt.cli.interrupt import keep
from mlopt.cli.options import (MAX_LEARNING_RATE, MAX_SECONDS, MAX_WIDTH, MAX_WORKERS, bounded, choice, count,
                               instance_folder, output_folder, positive, seconds, seed_value)
from mlopt.errors import InputError
from mlopt.parallel import BACKENDS, make_executor
from mlopt.solvers.lns.selectors import SCORED_MODES

LOSS_NAMES: tuple[str, ...] = ("contrastive", "bce")
NEGATIVE_KINDS: tuple[str, ...] = ("all", "swapped")


def _root_lp(header: dict[str, Any]) -> str:
    """The root LP solver a dataset's features came from (datasets from before the choice: SCIP's)."""
    from mlopt.envs.lns.features import DEFAULT_ROOT_LP

    return header["config"].get("root_lp", DEFAULT_ROOT_LP)


def _columns(header: dict[str, Any]) -> tuple[Any, Any, Any, str]:
    """What must agree between pooled datasets: the feature columns, whether LB-RELAX values are among them and the
    root LP's solver."""
    return header.get("var_features"), header.get("cons_features"), header["config"]["lb_relax"], _root_lp(header)


def collect(
    folder: Path = typer.Argument(..., help="Folder of MPS/LP training instances."),
    out: Path = typer.Option(..., "--out", help="Dataset folder (header.json + samples/); reruns resume."),
    time_limit: float = typer.Option(600.0, "--time-limit", help="Wall seconds of the expert LNS run per instance."),
    lb_limit: float = typer.Option(30.0, "--lb-limit", help="Seconds per local-branching expert solve (0: no LB)."),
    samples: int = typer.Option(0, "--samples", help="Random k-sets tried per state by the sampled expert."),
    relax_samples: int = typer.Option(0, "--relax-samples", help="k-sets drawn from LB-RELAX's proposal tried per "
                                      "state (the relaxation-sampled expert; set cover needs it)."),
    sample_limit: float = typer.Option(1.0, "--sample-limit", help="Seconds per sampled sub-ILP."),
    neg_limit: float = typer.Option(5.0, "--neg-limit", help="Seconds per sub-ILP testing a swapped negative."),
    step_limit: float = typer.Option(5.0, "--step-limit", help="Seconds per sub-ILP."),
    init_limit: float = typer.Option(10.0, "--init-limit", help="Seconds for the initial solution."),
    max_states: int = typer.Option(20, "--max-states", help="Expert states kept per instance."),
    k0: Optional[int] = typer.Option(None, "--k0", help="Initial neighbourhood size (default: the engine's, "
                                     "min(100, 20% of the integer variables))."),
    lb_relax: bool = typer.Option(False, "--lb-relax", help="Add LB-RELAX values to the variable features."),
    root_lp: str = typer.Option("scip", "--root-lp", help="Solver of the static features' root LP: scip, highs "
                                "(interior point + crossover; 20x faster on auctions) or highs-simplex (6x faster on "
                                "facility location). Models read what they were trained on."),
    seed: int = typer.Option(0, "--seed", help="Instance i uses seed + i."),
    backend: str = typer.Option("local", "--backend", help="local or ray."),
    workers: int = typer.Option(1, "--workers", help="Instances collected in parallel."),
    quiet: bool = typer.Option(False, "--quiet", help="No progress bar."),
) -> None:
    """Collect expert positives (LB, and/or sampled k-sets) and swapped negatives per instance (CL-LNS Sec. 4.2)."""
    from mlopt.envs.lns.features import ROOT_LP_SOLVERS

    choice(backend, BACKENDS, "--backend")
    choice(root_lp, ROOT_LP_SOLVERS, "--root-lp")
    for value, flag in ((time_limit, "--time-limit"), (step_limit, "--step-limit"), (init_limit, "--init-limit"),
                        (sample_limit, "--sample-limit"), (neg_limit, "--neg-limit")):
        seconds(value, flag)
    bounded(lb_limit, "--lb-limit", 0.0, MAX_SECONDS)
    count(samples, "--samples", 0)
    count(relax_samples, "--relax-samples", 0)
    count(max_states, "--max-states")
    if k0 is not None:
        count(k0, "--k0")
    seed_value(seed)
    count(workers, "--workers", 1, MAX_WORKERS)
    output_folder(out, "--out")
    if samples == 0 and relax_samples == 0 and lb_limit == 0:
        raise InputError(f"--lb-limit {lb_limit:g} --samples {samples} --relax-samples {relax_samples}",
                         field="--samples", expected="--lb-limit > 0 (LB expert), or --samples or --relax-samples >= 1 "
                         "(sampled experts), none negative")
    instances = instance_folder(folder)
    from mlopt.lns.data import CollectConfig
    from mlopt.lns.data import collect as collect_data

    config = CollectConfig(time_limit=time_limit, step_limit=step_limit, init_limit=init_limit, lb_limit=lb_limit,
                           max_states=max_states, lb_relax=lb_relax, samples=samples, sample_limit=sample_limit,
                           neg_limit=neg_limit, k0=k0, root_lp=root_lp, relax_samples=relax_samples)
    keep(f"the data of finished instances in {out} (rerun the command to resume)")
    with make_executor(backend, workers) as executor:
        header = collect_data(instances, out, config, seed, executor, quiet=quiet)
    files = json.loads(header.read_text())["files"]
    Console().print(f"{sum(f['states'] for f in files)} expert states from {len(files)} instances in {out}")


def train(
    data: list[Path] = typer.Argument(..., help="Dataset folder(s) from `mlopt lns collect`; several are pooled "
                                      "(e.g. one per family, for a cross-family model)."),
    out: Path = typer.Option(..., "--out", help="Folder for model.pt (best) and last.pt; reruns resume."),
    loss: str = typer.Option("contrastive", "--loss", help="contrastive (CL-LNS) or bce (IL-LNS)."),
    epochs: int = typer.Option(30, "--epochs"),
    lr: float = typer.Option(1e-3, "--lr"),
    seed: int = typer.Option(0, "--seed"),
    negatives: str = typer.Option("all", "--negatives", help="all, or swapped: only the swapped sets of the "
                                  "best positive's size (drops the sampled expert's k-sets)."),
    hidden: int = typer.Option(64, "--hidden", help="Embedding width (CL-LNS: 64)."),
    heads: int = typer.Option(8, "--heads", help="Attention heads; must divide --hidden (CL-LNS: 8)."),
    selection: str = typer.Option("sample", "--selection", help="How the model's selector picks k variables "
                                  "(stored with it): topk, sample (proportional to sigmoid), or greedy (top-k "
                                  "at each new incumbent, sample on a retry)."),
) -> None:
    """Train the GATv2 selector policy on collected expert data."""
    choice(loss, LOSS_NAMES, "--loss")
    choice(negatives, NEGATIVE_KINDS, "--negatives")
    choice(selection, SCORED_MODES, "--selection")
    positive(lr, "--lr", MAX_LEARNING_RATE)
    count(epochs, "--epochs")
    count(hidden, "--hidden", 1, MAX_WIDTH)
    count(heads, "--heads", 1, MAX_WIDTH)
    seed_value(seed)
    output_folder(out, "--out")
    if hidden % heads:
        raise InputError(f"--hidden {hidden} --heads {heads}", field="--heads",
                         expected="positive integers, --heads dividing --hidden")
    from mlopt.lns.data import HEADER, load_dataset

    for folder in data:
        if not (folder / HEADER).is_file():
            raise InputError(f"no {HEADER}", file=folder, expected="a dataset folder written by `mlopt lns collect`")
    from mlopt.lns.train import TrainConfig, train_clns

    samples, headers = [], []
    for folder in data:
        found, header = load_dataset(folder)
        if not found:
            raise InputError("no expert states", file=folder, expected="a dataset with at least one state")
        if headers and _columns(header) != _columns(headers[0]):
            raise InputError(f"feature columns differ from those of {data[0]}", file=folder, field="var_features",
                             expected="datasets collected by the same mlopt version, all with or all without "
                                      "--lb-relax and with one --root-lp, to be pooled")
        samples += found
        headers.append(header)
    config = TrainConfig(loss=loss, epochs=epochs, lr=lr, seed=seed, hidden=hidden, heads=heads,
                         negatives=negatives)
    console = Console()
    command = (f"mlopt lns train {' '.join(map(str, data))} --out {out} --loss {loss} --epochs {epochs} --lr {lr:g} "
               f"--seed {seed} --hidden {hidden} --heads {heads} --negatives {negatives} --selection {selection}")
    metadata = {"lb_relax": headers[0]["config"]["lb_relax"], "root_lp": _root_lp(headers[0]),
                "selection": selection, "train": asdict(config),
                "command": command,
                "data": {"collect": headers[0]["config"], "seed": headers[0]["seed"],
                         "files": [f for h in headers for f in h["files"]],
                         "datasets": [{"folder": str(folder), "collect": h["config"], "seed": h["seed"]}
                                      for folder, h in zip(data, headers)]}}

    def report(entry: dict[str, float]) -> None:
        console.print(f"epoch {int(entry['epoch']) + 1}/{epochs}: train loss {entry['train_loss']:.4f}, "
                      f"validation loss {entry['val_loss']:.4f}, accuracy {entry['val_accuracy']:.3f} "
                      f"({entry['cpu_s']:.0f} CPU s)")

    keep(f"the last epoch's checkpoint in {out} (rerun the command to resume)")
    history = train_clns(samples, out, config, metadata=metadata, on_epoch=report)
    best = min(history, key=lambda h: h["val_loss"])
    console.print(f"{len(samples)} states, {epochs} epochs: best validation loss {best['val_loss']:.4f}, "
                    f"accuracy {best.get('val_accuracy', float('nan')):.3f}; model written to {out / 'model.pt'}")
