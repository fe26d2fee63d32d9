"""`mlopt shard collect` and `mlopt shard train`: cost data and weights for the learned methods
(DreamShard, NeurIPS 2022; NeuroShard, MLSys 2023). Registered on ``shard_app`` by :mod:`mlopt.cli.shard`."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from mlopt.cli.interrupt import keep
from mlopt.cli.options import (MAX_WORKERS, bounded, choice, cli_oracle, command_line, count, input_file,
                               output_file, output_folder, positive, seed_value)
from mlopt.cli.topology import MAX_MEMORY_GB
from mlopt.datasets.embedding_tables import MAX_DEVICES, load_tables_csv
from mlopt.envs.oracles import ORACLE_NAMES, PROFILE_NAMES
from mlopt.envs.oracles.base import CostOracle
from mlopt.errors import InputError
from mlopt.parallel import BACKENDS, make_executor
from mlopt.sharding.pretrained import SPLITS, split_tables

LEARNED_TRAINABLE: tuple[str, ...] = ("dreamshard", "neuroshard", "collectives", "uvm")
DEFAULT_EPOCHS = {"dreamshard": 30, "neuroshard": 30, "collectives": 300, "uvm": 300}
DEFAULT_SAMPLES = {"collectives": 4000, "uvm": 16000}
PRESETS: tuple[str, ...] = ("paper", "small")


def collect(
    tables: Path = typer.Option(..., "--tables", help="CSV of embedding tables: the pool tasks are drawn from."),
    split: str = typer.Option("all", "--split",
                              help="Pool rows: " + ", ".join(SPLITS) + " (train = even rows, test = odd)."),
    samples: int = typer.Option(2000, "--samples", help="Number of (task, plan) samples."),
    devices: int = typer.Option(4, "--devices", help="Devices per sampled task."),
    any_topology: bool = typer.Option(False, "--any-topology", help="Each task draws its devices and hosts from "
                                      "2..128 devices over 1..16 hosts (not 12, 24, 48, 96; overrides --devices), "
                                      "and --min/--max-tables count tables per device."),
    min_tables: int = typer.Option(10, "--min-tables", help="Fewest (augmented) tables per task."),
    max_tables: int = typer.Option(60, "--max-tables", help="Most (augmented) tables per task."),
    memory_gb: float = typer.Option(16.0, "--memory-gb", help="Memory per device in GiB."),
    keep_dim_prob: float = typer.Option(0.0, "--keep-dim-prob", help="Chance a table keeps its own dim instead "
                                        "of NeuroShard's augmentation dims 4..128."),
    batch_size: int = typer.Option(65_536, "--batch-size", help="Training batch (samples) of the sampled tasks."),
    oracle: str = typer.Option("analytical", "--oracle", help="Cost oracle: analytical or measured (times torch "
                               "EmbeddingBag forward + backward + SGD on --device)."),
    hardware: str = typer.Option("a100", "--hardware", help="Hardware profile: " + ", ".join(PROFILE_NAMES) + "."),
    device: Optional[str] = typer.Option(None, "--device", help="measured: torch device [default: cuda if "
                                         "available, else cpu]."),
    max_rows: Optional[int] = typer.Option(None, "--max-rows", help="measured: rows kept per table [default: "
                                           "200,000]."),
    repeats: Optional[int] = typer.Option(None, "--repeats", help="measured: timed runs per shard (median) "
                                          "[default: 5]."),
    measure_batch: Optional[int] = typer.Option(None, "--measure-batch", help="measured: largest batch actually "
                                                "run; times scale linearly to --batch-size [default: all of it]."),
    chunk_size: int = typer.Option(256, "--chunk-size", help="Samples per chunk: the unit of progress and of "
                                   "resumption (use a few dozen with the measured oracle)."),
    out: Path = typer.Option(..., "--out", help="Dataset file (resumed when it exists with the same settings)."),
    seed: int = typer.Option(0, "--seed", help="Seed of tasks, plans and oracle noise."),
    backend: str = typer.Option("local", "--backend", help="Executor: local or ray."),
    workers: int = typer.Option(1, "--workers", help="Worker processes."),
    quiet: bool = typer.Option(False, "--quiet", help="No progress bar."),
) -> None:
    """Collect oracle-priced (task, plan) samples over augmented tables (NeuroShard's pre-training data)."""
    from mlopt.sharding.core.cost_data import SamplingConfig, collect_cost_data
    from mlopt.sharding.core.topology import training_topologies

    choice(backend, BACKENDS, "--backend")
    count(samples, "--samples")
    count(devices, "--devices", 1, MAX_DEVICES)
    count(workers, "--workers", 1, MAX_WORKERS)
    count(min_tables, "--min-tables")
    count(max_tables, "--max-tables", min_tables)
    bounded(memory_gb, "--memory-gb", 0, MAX_MEMORY_GB, strict=True)
    bounded(keep_dim_prob, "--keep-dim-prob", 0.0, 1.0)
    count(batch_size, "--batch-size")
    count(chunk_size, "--chunk-size")
    seed_value(seed)
    output_file(out, "--out")
    measured = measured_settings(oracle, device=device, max_rows=max_rows, repeats=repeats,
                                 measure_batch=measure_batch)
    pool = split_tables(load_tables_csv(tables), split)
    config = SamplingConfig(num_tables=(min_tables, max_tables), num_devices=devices,
                            memory_bytes=int(memory_gb * 2**30), batch_size=batch_size, keep_dim_prob=keep_dim_prob,
                            topologies=training_topologies() if any_topology else (), per_device=any_topology)
    cost_oracle = cli_oracle(oracle, hardware, device, seed, **measured)
    keep(f"the complete chunks of {out} (rerun the command to resume)")
    with make_executor(backend, workers) as executor:
        data = collect_cost_data(pool, samples, cost_oracle, seed, executor, path=out, config=config,
                                 chunk_size=chunk_size, quiet=quiet)
    shape = "2..128 devices" if any_topology else f"{devices} devices"
    Console().print(f"{len(data)} samples ({shape}, {split} split of {tables}) written to {out}")


def measured_settings(oracle: str, *, device: Optional[str], max_rows: Optional[int], repeats: Optional[int],
                      measure_batch: Optional[int]) -> dict[str, int]:
    """The measured oracle's keyword arguments from the given flags (checked); any of them with another
    oracle is a usage error."""
    flags = {"--device": device, "--max-rows": max_rows, "--repeats": repeats, "--measure-batch": measure_batch}
    given = [flag for flag, value in flags.items() if value is not None]
    if oracle != "measured" and given:
        raise InputError(f"{given[0]} with --oracle {oracle}", field=given[0], expected="--oracle measured")
    names = {"--max-rows": "max_rows_per_table", "--repeats": "repeats", "--measure-batch": "batch_size"}
    return {names[flag]: count(value, flag) for flag, value in flags.items() if flag in names and value is not None}


def train(
    method: str = typer.Option(..., "--method", help="dreamshard, neuroshard, collectives (the all-reduce "
                               "net of data-parallel tables and the reduce-scatter net of row-sharded ones, from "
                               "micro-benchmarks of --oracle) or uvm (the fused and UVM-caching compute of one "
                               "table, from micro-benchmarks of --oracle)."),
    data: Optional[list[Path]] = typer.Option(None, "--data", help="dreamshard, neuroshard: cost data from "
                                              "`mlopt shard collect` (repeatable)."),
    out: Path = typer.Option(..., "--out", help="Folder for the weights and their JSON configs."),
    epochs: Optional[int] = typer.Option(None, "--epochs", help="Epochs of cost-net regression [default: 30; "
                                         "collectives, uvm: 300]."),
    samples: Optional[int] = typer.Option(None, "--samples", help="collectives, uvm: micro-benchmarks timed by the "
                                          "oracle (of each collective) [default: collectives 4,000; uvm 16,000]."),
    seed: int = typer.Option(0, "--seed", help="Seed of initialization, splits and sampling."),
    tables: Optional[Path] = typer.Option(None, "--tables", help="dreamshard: table pool of the policy's tasks; uvm: "
                                          "of the micro-benchmarks."),
    split: str = typer.Option("all", "--split", help="dreamshard, uvm: rows of --tables (train, test, all)."),
    preset: str = typer.Option("paper", "--preset", help="dreamshard: hyperparameters, paper or small (smoke runs)."),
    iterations: Optional[int] = typer.Option(None, "--iterations", help="dreamshard: Algorithm 1 iterations "
                                                                         "(default: the preset's; paper: 10)."),
    imitation_tasks: int = typer.Option(0, "--imitation-tasks", help="dreamshard: warm-start the policy on this many "
                                        "tasks by imitating the least-loaded device under the cost net (our "
                                        "addition; 0: the paper's random start)."),
    num_tables: tuple[int, int] = typer.Option((50, 100), "--num-tables", help="dreamshard: tables per task (lo hi)."),
    devices: list[int] = typer.Option([4, 8], "--devices", help="dreamshard: devices per task (repeatable)."),
    memory_gb: float = typer.Option(8.0, "--memory-gb", help="dreamshard: memory per device in GiB."),
    memory_factor: Optional[float] = typer.Option(None, "--memory-factor", help="dreamshard: memory per device = "
                                                  "this x each task's fair share (total bytes / devices); "
                                                  "overrides --memory-gb."),
    oracle: Optional[str] = typer.Option(None, "--oracle", help="dreamshard: oracle of Algorithm 1's real "
                                         "evaluations, analytical or measured [default: the oracle and settings "
                                         "that priced --data; analytical when --hardware is given]."),
    hardware: Optional[str] = typer.Option(None, "--hardware", help="dreamshard: that oracle's hardware profile "
                                           "[default: a100]."),
    device: Optional[str] = typer.Option(None, "--device", help="dreamshard, measured oracle: torch device."),
    replay: bool = typer.Option(False, "--replay/--no-replay", help="dreamshard: keep training the cost nets on "
                                "the --data samples beside the policy's buffer (half of each step)."),
    threads: int = typer.Option(1, "--threads", help="Torch CPU threads."),
    quiet: bool = typer.Option(False, "--quiet", help="No progress bar."),
) -> None:
    """Train the DreamShard (cost net + policy), NeuroShard (compute + comm nets) or collective (all-reduce and
    row reduce-scatter) weights into --out."""
    choice(method, LEARNED_TRAINABLE, "--method")
    choice(preset, PRESETS, "--preset")
    epochs = DEFAULT_EPOCHS[method] if epochs is None else count(epochs, "--epochs")
    samples = DEFAULT_SAMPLES.get(method, 0) if samples is None else count(samples, "--samples", 10)
    if iterations is not None:
        count(iterations, "--iterations")
    count(imitation_tasks, "--imitation-tasks", 0)
    count(threads, "--threads", 1, MAX_WORKERS)
    if oracle is not None:
        choice(oracle, ORACLE_NAMES, "--oracle")
    if hardware is not None:
        choice(hardware, PROFILE_NAMES, "--hardware")
    count(num_tables[0], "--num-tables")
    count(num_tables[1], "--num-tables", num_tables[0])
    for value in devices:
        count(value, "--devices", 1, MAX_DEVICES)
    bounded(memory_gb, "--memory-gb", 0, MAX_MEMORY_GB, strict=True)
    if memory_factor is not None:
        positive(memory_factor, "--memory-factor", MAX_DEVICES)
    seed_value(seed)
    data = data or []
    if method in ("dreamshard", "neuroshard") and not data:
        raise InputError("missing option", field="--data", expected="cost data from `mlopt shard collect`")
    for path in data:
        input_file(path, "--data", "cost data from `mlopt shard collect`")
    output_folder(out, "--out")
    if method in ("dreamshard", "uvm") and tables is None:
        raise InputError("missing option", field="--tables",
                         expected="the table pool of the policy's tasks (dreamshard) or of the micro-benchmarks (uvm)")

    import torch

    from mlopt.sharding.core.data_oracle import oracle_of_data
    from mlopt.sharding.core.cost_data import load_cost_data
    from mlopt.sharding.dreamshard.build import train_dreamshard_models
    from mlopt.sharding.dreamshard.train import DreamShardConfig
    from mlopt.sharding.neuroshard.build import train_neuroshard_models

    torch.set_num_threads(threads)
    console = Console()
    if method == "collectives":
        _train_collectives(out, cli_oracle(oracle or "analytical", hardware or "a100", device, seed), samples=samples,
                         seed=seed, epochs=epochs, console=console)
        return
    if method == "uvm":
        _train_uvm(out, cli_oracle(oracle or "analytical", hardware or "a100", device, seed),
                   split_tables(load_tables_csv(tables), split), samples=samples, seed=seed, epochs=epochs,
                   console=console)
        return
    datasets = [load_cost_data(path) for path in data]
    metadata = {"command": command_line(f"mlopt.sharding.{method}.build"),
                "data": {str(p): d.header for p, d in zip(data, datasets)}}
    if method == "neuroshard":
        metrics = train_neuroshard_models(datasets, out, seed=seed, epochs=epochs, metadata=metadata)
    else:
        pool = split_tables(load_tables_csv(tables), split)
        config = DreamShardConfig() if preset == "paper" else DreamShardConfig.small()
        config = config if iterations is None else replace(config, iterations=iterations)
        config = replace(config, imitation_tasks=imitation_tasks)
        if oracle is None and hardware is None:
            real_oracle = oracle_of_data([d.header for d in datasets], seed=seed, device=device)
        else:
            real_oracle = cli_oracle(oracle or "analytical", hardware or "a100", device, seed)
        metrics = train_dreamshard_models(datasets, pool, out, oracle=real_oracle, seed=seed,
                                          epochs=epochs, config=config, num_tables=num_tables, num_devices=devices,
                                          memory_gb=memory_gb, memory_factor=memory_factor, metadata=metadata,
                                          replay=replay, quiet=quiet)
    console.print(f"{method} weights written to {out}: {metrics}")


def _train_collectives(out: Path, oracle: CostOracle, *, samples: int, seed: int, epochs: int,
                       console: Console) -> None:
    """Time ``samples`` micro-benchmarks of each collective with ``oracle``, fit its net, save it in ``out``."""
    from mlopt.sharding.core.collective_nets import COLLECTIVE_FILES, collective_samples, save_collective, train_collective
    from mlopt.sharding.core.cost_data import oracle_info

    for kind in COLLECTIVE_FILES:
        with console.status(f"timing {samples} {kind} micro-benchmarks"):
            data = collective_samples(oracle, kind, samples, seed)
        net, metrics = train_collective(data, seed=seed, epochs=epochs)
        save_collective(net, kind, out, {"command": command_line("mlopt.sharding.core.collective_nets"),
                                         "oracle": oracle_info(oracle), "kind": kind,
                                         "training": {"samples": samples, "epochs": epochs, "seed": seed},
                                         "metrics": metrics})
        console.print(f"{kind} weights written to {out}: {metrics}")


def _train_uvm(out: Path, oracle: CostOracle, pool: tuple, *, samples: int, seed: int, epochs: int,
               console: Console) -> None:
    """Time ``samples`` one-table micro-benchmarks of tables from ``pool``, fused and UVM-cached, with ``oracle``;
    fit the UVM net and save it in ``out``."""
    from mlopt.sharding.core.cost_data import oracle_info
    from mlopt.sharding.core.uvm_net import save_uvm, train_uvm, uvm_samples

    with console.status(f"timing {samples} UVM micro-benchmarks"):
        data = uvm_samples(oracle, pool, samples, seed)
    net, metrics = train_uvm(data, seed=seed, epochs=epochs)
    save_uvm(net, out, {"command": command_line("mlopt.sharding.core.uvm_net"), "oracle": oracle_info(oracle),
                        "training": {"samples": samples, "epochs": epochs, "seed": seed}, "metrics": metrics})
    console.print(f"uvm weights written to {out}: {metrics}")
