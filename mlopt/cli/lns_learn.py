"""`mlopt lns collect` and `mlopt lns train`: expert data and weights for the learned CL-LNS / IL-LNS
selectors (Huang et al., ICML 2023; Sonnerat et al., 2021). Registered on ``lns_app`` by
:mod:`mlopt.cli.lns`; ``mlopt lns run --selector cl-lns --model DIR/model.pt`` uses the result."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import typer
from rich.console import Console

from mlopt.cli.options import choice, instance_folder, positive
from mlopt.errors import InputError
from mlopt.parallel import BACKENDS, make_executor

LOSS_NAMES: tuple[str, ...] = ("contrastive", "bce")


def collect(
    folder: Path = typer.Argument(..., help="Folder of MPS/LP training instances."),
    out: Path = typer.Option(..., "--out", help="Dataset folder (header.json + samples/); reruns resume."),
    time_limit: float = typer.Option(600.0, "--time-limit", help="Wall seconds of the expert LNS run per instance."),
    lb_limit: float = typer.Option(30.0, "--lb-limit", help="Seconds per local-branching expert solve."),
    step_limit: float = typer.Option(5.0, "--step-limit", help="Seconds per sub-ILP."),
    init_limit: float = typer.Option(10.0, "--init-limit", help="Seconds for the initial solution."),
    max_states: int = typer.Option(20, "--max-states", help="Expert states kept per instance."),
    lb_relax: bool = typer.Option(False, "--lb-relax", help="Add LB-RELAX values to the variable features."),
    seed: int = typer.Option(0, "--seed", help="Instance i uses seed + i."),
    backend: str = typer.Option("local", "--backend", help="local or ray."),
    workers: int = typer.Option(1, "--workers", help="Instances collected in parallel."),
    quiet: bool = typer.Option(False, "--quiet", help="No progress bar."),
) -> None:
    """Collect LB-expert positives and swapped negatives on every instance (CL-LNS Sec. 4.2)."""
    from mlopt.train.clns_data import CollectConfig
    from mlopt.train.clns_data import collect as collect_data

    choice(backend, BACKENDS, "--backend")
    for value, flag in ((time_limit, "--time-limit"), (lb_limit, "--lb-limit"), (step_limit, "--step-limit"),
                        (init_limit, "--init-limit")):
        positive(value, flag)
    if max_states < 1:
        raise InputError(f"{max_states}", field="--max-states", expected="an integer >= 1")
    config = CollectConfig(time_limit=time_limit, step_limit=step_limit, init_limit=init_limit, lb_limit=lb_limit,
                           max_states=max_states, lb_relax=lb_relax)
    with make_executor(backend, workers) as executor:
        header = collect_data(instance_folder(folder), out, config, seed, executor, quiet=quiet)
    files = json.loads(header.read_text())["files"]
    Console().print(f"{sum(f['states'] for f in files)} expert states from {len(files)} instances in {out}")


def train(
    data: Path = typer.Argument(..., help="Dataset folder from `mlopt lns collect`."),
    out: Path = typer.Option(..., "--out", help="Folder for model.pt (best) and last.pt; reruns resume."),
    loss: str = typer.Option("contrastive", "--loss", help="contrastive (CL-LNS) or bce (IL-LNS)."),
    epochs: int = typer.Option(30, "--epochs"),
    lr: float = typer.Option(1e-3, "--lr"),
    seed: int = typer.Option(0, "--seed"),
) -> None:
    """Train the GATv2 selector policy on collected expert data."""
    from mlopt.train.clns import TrainConfig, train_clns
    from mlopt.train.clns_data import HEADER, load_dataset

    choice(loss, LOSS_NAMES, "--loss")
    positive(lr, "--lr")
    if epochs < 1:
        raise InputError(f"{epochs}", field="--epochs", expected="an integer >= 1")
    if not (data / HEADER).is_file():
        raise InputError(f"no {HEADER}", file=data, expected="a dataset folder written by `mlopt lns collect`")
    samples, header = load_dataset(data)
    if not samples:
        raise InputError("no expert states", file=data, expected="a dataset with at least one state")
    config = TrainConfig(loss=loss, epochs=epochs, lr=lr, seed=seed)
    history = train_clns(samples, out, config, metadata={"lb_relax": header["config"]["lb_relax"],
                                                         "train": asdict(config)})
    best = min(history, key=lambda h: h["val_loss"])
    Console().print(f"{len(samples)} states, {epochs} epochs: best validation loss {best['val_loss']:.4f}, "
                    f"accuracy {best.get('val_accuracy', float('nan')):.3f}; model written to {out / 'model.pt'}")
