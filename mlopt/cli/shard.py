"""`mlopt shard`: plan the placement of embedding tables on devices and print it beside the best greedy
baseline, both priced by the same cost oracle."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import numpy as np
import typer
from rich.console import Console
from rich.table import Table

from mlopt import clock
from mlopt.cli.interrupt import solver_section
from mlopt.progress import ProgressLine
from mlopt.cli.options import choice, cli_oracle, count, output_file, seconds, seed_value
from mlopt.cli.topology import job_topology
from mlopt.cli.shard_learn import collect, train
from mlopt.datasets.atomic_io import write_text_atomic
from mlopt.datasets.embedding_tables import MAX_BATCH_SIZE, ShardingTask, load_tables_csv
from mlopt.envs.oracles import ORACLE_NAMES, PROFILE_NAMES
from mlopt.errors import InputError
from mlopt.sharding import (ShardingResult, best_greedy, default_methods, greedy_baselines, learned_methods,
                            plan_default, plan_sharding, planner_names)
from mlopt.sharding.core.baselines import MILP_BACKENDS
from mlopt.sharding.core.uvm_stage import check_memory
from mlopt.sharding.plan_io import plan_document, write_plan_json
from mlopt.sharding.torchrec_io import torchrec_document

MAX_NAMES_SHOWN = 3
MAX_DEVICE_ROWS = 64  # devices shown in the printed plan (the costliest ones when there are more)
OUTPUT_RESERVE_S = 0.3  # of --time-limit kept for printing the plan and writing the output files

shard_app = typer.Typer(
    invoke_without_command=True, no_args_is_help=False,
    help="Shard embedding tables over devices and hosts (table-, column-, row-, table-row-wise or data parallel) "
         "and print the plan with its cost breakdown.",
)
shard_app.command("collect")(collect)
shard_app.command("train")(train)


def _one_torch_thread() -> None:
    """Run torch on one thread: the learned planners' nets are tiny, and one thread beats thread start-up and
    contention."""
    import torch

    torch.set_num_threads(1)


def _tables_cell(names: list[str]) -> str:
    shown = ", ".join(names[:MAX_NAMES_SHOWN])
    more = len(names) - MAX_NAMES_SHOWN
    return f"{len(names)}: {shown}" + (f", +{more}" if more > 0 else "")


def render_plan(console: Console, task: ShardingTask, result: ShardingResult) -> None:
    """Per-device table: the shards it holds (table names; split tables with their rows or columns), its
    device memory (and host memory when a table is UVM-cached) and each cost component; the bottleneck
    device in bold."""
    plan = result.plan
    kinds = ", ".join(f"{n} {kind.replace('_', '-')}" for kind, n in plan.sharding_types().items())
    cached = sum(p.uvm for p in plan.placements)
    kinds += f"; {cached} UVM-cached (*)" if cached else ""
    table = Table(title=f"{result.method} plan: {task.num_tables} tables ({kinds}) on {task.num_devices} devices, "
                        f"cost {result.cost.total_ms:.3f} ms per iteration (components in ms)")
    hbm, ddr = plan.hbm_per_device(task), plan.ddr_per_device(task)
    uvm = task.ddr_bytes > 0 or bool(ddr.any())
    table.add_column("dev", justify="right", no_wrap=True)
    table.add_column("tables", no_wrap=True, overflow="ellipsis", max_width=28)
    columns = ("HBM GiB", *(("DDR GiB",) if uvm else ()), "fwd comp", "bwd comp", "fwd comm", "bwd comm", "total")
    for column in columns:
        table.add_column(column, justify="right", no_wrap=True)
    totals = np.array([cost.total_ms for cost in result.cost.devices])
    bottleneck = int(np.argmax(totals))
    shown = range(task.num_devices)
    if task.num_devices > MAX_DEVICE_ROWS:  # the costliest devices, in device order
        shown = sorted(np.argsort(-totals, kind="stable")[:MAX_DEVICE_ROWS].tolist())
        table.caption = (f"the {MAX_DEVICE_ROWS} costliest of {task.num_devices} devices; --out writes every "
                         "device")
    held = plan.device_shards(task)
    for d in shown:
        shards, cost = held[d], result.cost.devices[d]
        memory = [f"{hbm[d] / 2**30:.1f}/{task.memory_bytes / 2**30:.0f}"]
        if uvm:
            memory.append(f"{ddr[d] / 2**30:.1f}/{task.ddr_bytes / 2**30:.0f}")
        table.add_row(
            str(d), _tables_cell(shards), *memory,
            f"{cost.fwd_comp_ms:.3f}", f"{cost.bwd_comp_ms:.3f}", f"{cost.fwd_comm_ms:.3f}",
            f"{cost.bwd_comm_ms:.3f}", f"{cost.total_ms:.3f}", style="bold" if d == bottleneck else None,
        )
    console.print(table)


def render_comparison(console: Console, result: ShardingResult, baseline: ShardingResult) -> None:
    """The chosen method beside the best greedy baseline, priced by the same oracle."""
    table = Table(title="vs the best greedy baseline")
    for column in ("method", "plan cost ms", "speedup", "wall s"):
        table.add_column(column, justify="right")
    for row in (result, baseline):
        speedup = baseline.cost.total_ms / row.cost.total_ms
        table.add_row(row.method, f"{row.cost.total_ms:.3f}", f"{speedup:.3f}x", f"{row.wall_s:.2f}")
    console.print(table)
    d = result.details
    if "default_candidates" in d:
        tried = ", ".join(f"{m} {ms:.3f}" for m, ms in sorted(d["default_candidates"].items(), key=lambda i: i[1]))
        bound = ("MILP skipped" if d["milp_bound_ms"] is None else
                 f"MILP bound {d['milp_bound_ms']:.3f} ms ({d['milp_status']}), returned plan "
                 f"{100 * d['gap_to_bound']:.2f}% above it")
        console.print(f"default portfolio (ms): {tried}; {bound}")
    if result.method == "milp":
        refined = f"{d['refined_cost_ms']:.3f} ms after local refinement"
        console.print(
            f"MILP ({d['backend']}, {d['status']}): linearized objective {d['linearized_objective_ms']:.3f} ms, "
            f"bound {d['linearized_bound_ms']:.3f} ms, gap {100 * d['gap']:.2f}%; "
            f"true cost {d['milp_plan_cost_ms']:.3f} ms -> {refined}"
        )


@shard_app.callback()
def shard(
    ctx: typer.Context,
    tables: Optional[Path] = typer.Option(None, "--tables", help="CSV of embedding tables (see datasets/tables/)."),
    devices: Optional[int] = typer.Option(None, "--devices", help="Number of devices [default: 4, or the topology "
                                          "file's]."),
    hosts: Optional[int] = typer.Option(None, "--hosts", help="Hosts the devices are split over [default: hosts of "
                                        "the hardware profile's node size, or the topology file's]."),
    topology: Optional[Path] = typer.Option(None, "--topology", help="JSON topology: hosts, devices_per_host, and "
                                            "optionally hbm_gb, ddr_gb, intra_host_gbps, inter_host_gbps, "
                                            "host_link_gbps, hardware (overriding the profile)."),
    memory_gb: Optional[float] = typer.Option(None, "--memory-gb", help="Device memory (HBM) per device in GiB "
                                              "[default: the topology file's, or the hardware's]."),
    method: Optional[str] = typer.Option(
        None, "--method", show_default=False,
        help="One of: " + ", ".join(planner_names()) + ". Default: the learned methods with the shipped weights "
             "(the cheapest plan; never worse than the best greedy, whose plan is returned when cheaper), or milp "
             "when no weights are found."),
    model: Optional[Path] = typer.Option(None, "--model", help="Weights folder of the learned methods "
                                                                "(default: the shipped mlopt/sharding/pretrained)."),
    refine: bool = typer.Option(True, "--refine/--no-refine", help="Learned methods: improve their plan by "
                                "single-table moves under their own cost model (--no-refine: the papers' plans)."),
    data_parallel: bool = typer.Option(True, "--data-parallel/--no-data-parallel", help="Learned methods, refined: "
                                       "replicate the small tables whose all-to-all their cost models price above "
                                       "the replicas' compute and all-reduce, and row-shard a table heavier than an "
                                       "average device where the shards' compute and reduce-scatter pay."),
    oracle: str = typer.Option("analytical", "--oracle", help="Cost oracle: analytical or measured."),
    hardware: str = typer.Option("a100", "--hardware", help="Hardware profile: " + ", ".join(PROFILE_NAMES) + "."),
    batch_size: int = typer.Option(65_536, "--batch-size", help="Training batch size."),
    out: Optional[Path] = typer.Option(None, "--out", help="Write the plan as JSON here (atomically)."),
    torchrec_out: Optional[Path] = typer.Option(None, "--torchrec-out", help="Write the plan in TorchRec's "
                                                "vocabulary (ParameterSharding per table) as JSON here."),
    time_limit: float = typer.Option(10.0, "--time-limit",
                                     help="Wall seconds for the whole command, start-up included; every planner's "
                                          "deterministic budget (CP-SAT's work, search steps) is sized from it, so "
                                          "the same seed gives the same plan on an idle and on a loaded machine."),
    milp_backend: str = typer.Option("cpsat", "--milp-backend", help="MILP solver: cpsat or scip."),
    seed: int = typer.Option(0, "--seed", help="Seed for randomized methods and oracle noise."),
    device: Optional[str] = typer.Option(None, "--device", help="Torch device for the measured oracle."),
    quiet: bool = typer.Option(False, "--quiet", help="Print only the plan cost."),
) -> None:
    """Plan the sharding of the tables in --tables over --devices devices (on --hosts hosts)."""
    if ctx.invoked_subcommand is not None:
        return
    if tables is None:
        raise InputError("missing option", field="--tables", expected="a CSV of embedding tables")
    if method is not None:
        choice(method, planner_names(), "--method")
    if model is not None and not model.is_dir():
        raise InputError("no such folder", file=str(model), field="--model",
                         expected="a weights folder written by `mlopt shard train`")
    choice(milp_backend, MILP_BACKENDS, "--milp-backend")
    choice(oracle, ORACLE_NAMES, "--oracle")
    count(batch_size, "--batch-size", 1, MAX_BATCH_SIZE)
    seconds(time_limit, "--time-limit")  # counted from the process start (mlopt.clock)
    deadline = clock.command_deadline(time_limit) - OUTPUT_RESERVE_S
    seed_value(seed)
    output_file(out, "--out")
    output_file(torchrec_out, "--torchrec-out")
    job = job_topology(devices, hosts, memory_gb, topology, hardware)
    cost_oracle = cli_oracle(oracle, job.profile, device, seed)
    task = ShardingTask(load_tables_csv(tables), job.num_devices, job.memory_bytes, batch_size, source=str(tables),
                        num_hosts=job.num_hosts, ddr_bytes=job.ddr_bytes)
    devices = task.num_devices
    check_memory(task)  # a table larger than a device goes into row shards, tables over memory to UVM
    console = Console(width=None if sys.stdout.isatty() else 120)
    candidates = (method,) if method else default_methods(devices, model, time_limit)[0]
    shown = " + ".join(candidates)
    budget = f" (up to {time_limit:g} s)" if "milp" in candidates else ""
    notes: list[str] = []
    title = f"mlopt shard: {task.num_tables} tables on {devices} devices with {shown}{budget}"
    with solver_section(), ProgressLine(title, quiet=quiet) as line:
        def on_stage(stage: str | None = None, best: str | None = None) -> None:
            if stage in learned_methods():  # torch is imported only when a learned planner runs
                _one_torch_thread()
            line.update(stage, best)

        line.update("best greedy")
        baseline = best_greedy(task, cost_oracle, seed, time_limit_s=time_limit)
        if baseline.details.get("greedy_skipped"):
            notes.append(f"best greedy of {len(greedy_baselines()) - len(baseline.details['greedy_skipped'])} "
                         f"baselines: {', '.join(baseline.details['greedy_skipped'])} skipped at {task.num_tables} "
                         f"tables within --time-limit {time_limit:g} s")
        line.update(best=f"{baseline.cost.total_ms:.3f} ms ({baseline.method})")
        if method is None:
            result, portfolio_notes = plan_default(task, cost_oracle, baseline, time_limit_s=time_limit, seed=seed,
                                                   model_dir=model, deadline=deadline, on_stage=on_stage, refine=refine,
                                                   data_parallel=data_parallel)
            notes.extend(portfolio_notes)
        else:
            on_stage(method)
            result = plan_sharding(task, method, cost_oracle, time_limit_s=time_limit, seed=seed,
                                   milp_backend=milp_backend, model_dir=model, deadline=deadline, refine=refine,
                                   data_parallel=data_parallel)
    for note in notes if not quiet else ():
        console.print(f"note: {note}")
    if quiet:
        console.print(f"{result.cost.total_ms:.6f}")
    else:
        render_plan(console, task, result)
        render_comparison(console, result, baseline)
    if out is not None:
        oracle_info = {"name": oracle, "hardware": hardware}
        write_plan_json(out, plan_document(task, result, baseline, oracle_info))
        if not quiet:
            console.print(f"plan written to {out}")
    if torchrec_out is not None:
        write_text_atomic(torchrec_out, json.dumps(torchrec_document(task, result.plan), indent=2) + "\n")
        if not quiet:
            console.print(f"TorchRec plan written to {torchrec_out}")
