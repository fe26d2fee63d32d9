"""Differentiable surrogate solvers: layer throughput, SurCo, LANCER and GenCO, printed side by side.

    python benchmarks/surrogates.py --instances 20 --steps 50 --workers 2
    python benchmarks/surrogates.py --parts lancer genco --lancer-seeds 3     # LANCER and GenCO only
    python benchmarks/surrogates.py --parts sharding --sh-instances 5         # SurCo on sharding only

Each part looks its task up by name in the registry of ``mlopt.surrogates.tasks`` (generator, solver,
objective, features, linear costs), so no part wires a task's pieces by hand.

1. Throughput: solves/s of ``SolverLayer(grad="dbb")`` forward + backward (2 solves per cost vector)
   on a batch of B random cost vectors vs the same layer called once per vector, for the vectorized
   grid DP and for CP-SAT over the grid's flow model (thread pool of ``--workers``); caches are off.
2. SurCo on the ``risk-shortest-path`` task (``make_risk_shortest_path``, ``--sizes`` n x n grids, objective =
   P(miss deadline)) over ``--instances`` test seeds: the linear-cost baseline (shortest path on mean times),
   SurCo-zero (DBB), SurCo-zero by perturbed gradients (``surco_zero_perturbed``: sigma 0.3, 10 antithetic
   draws per step, step 0.3, tuned on seeds 0-79 of 5x5) and random search over c (c = mean * exp(0.3 N(0, I)),
   keeping the best), both at the DBB run's solver calls (these four are ``compare_surco_zero``), SurCo-prior
   (per-edge MLP trained on 64 other seeds) and SurCo-hybrid (prior, then 10 zero steps), and the exact optimum
   by enumerating the monotone paths (70 on 5x5).
3. LANCER on the ``knapsack`` task (``make_multi_knapsack``: ``--ks-items`` items, ``--ks-dims``
   capacity rows, polynomial degree ``--ks-deg``, ``--ks-train`` training / ``--ks-test`` test instances,
   CP-SAT through ``make_solver``), linear predictors: two-stage (MSE, 100 epochs), then from that
   model DBB (its recipe from ``mlopt.surrogates.methods``: the kink-free loss ``|c.(x_hat - x*)|``, lambda
   10) and SPO+ for ``--dfl-epochs`` epochs each, DBB again with about LANCER's solver calls, and LANCER for
   ``--lancer-iters`` alternations; test regret in both normalizations (``regret_ratios``: the mean of
   per-instance ratios, with its std over ``--lancer-seeds`` data seeds and on how many seeds it is below
   two-stage's, and PyEPO's ratio of sums, sum of regrets / sum of |optimal objectives|) and the solver
   calls each used in training (``x*`` of the training costs included).
4. GenCO on the ``tile-levels`` task (``make_levels``, 8x8, 256 training levels; the ``TilePath`` solver): a plain
   VAE (Bernoulli likelihood, samples thresholded at 0.5), the same VAE repaired by the solver at
   sampling time only, and GenCO trained through the solver (Fenchel-Young and squared/DBB
   reconstructions); over 500 samples: fraction playable, diversity (mean pairwise Hamming distance
   as a fraction of tiles), mean Hamming distance to the nearest training level, and floor density.
5. SurCo on the ``sharding`` task (SurCo's table sharding; ``make_sharding_surco_task``:
   ``--sh-tables`` tables of dlrm_856's held-out half on ``--sh-devices`` devices, memory 1.5x fair share,
   CP-SAT over the 0/1 assignment model, ``--sh-instances`` seeds): the linear-cost baseline (the oracle's
   linearized per-table costs repeated on every device, ``linear_costs``), SurCo-zero from those costs
   (DBB, lambda 30, lr 0.05, ``--steps`` steps, smooth max at 0.05 ms over the pretrained NeuroShard nets),
   SurCo-zero by perturbed gradients (tuned on seeds 0-29) and random search (c = c0 * exp(0.3 N(0, I))), both at
   the DBB run's solver calls (``compare_surco_zero``), two non-``c.x``
   references: the min-max MILP on the same linearized costs and the best greedy heuristic. Reported:
   the NeuroShard objective (hard max, ms) and the analytical A100 oracle's plan cost (ms).
"""

from __future__ import annotations

import argparse
import copy
import itertools
import time

import numpy as np
import torch
from rich.console import Console
from rich.table import Table
from torch import nn

from mlopt.datasets.surrogate_tasks import RegretRatios, diversity, is_playable, regret_ratios
from mlopt.envs.oracles import AnalyticalOracle
from mlopt.errors import run_script
from mlopt.nn import mlp
from mlopt.sharding import best_greedy
from mlopt.solvers.linear import BatchSolver, CpSatSolver, GridShortestPath, grid_edges, grid_shortest_path_model
from mlopt.surrogates import GenCO, Lancer, SolverLayer, SPOPlusLoss, SurCoPrior, make_training_loss, surco_hybrid
from mlopt.surrogates.compare import compare_surco_zero, prior_inputs
from mlopt.surrogates.tasks.sharding_model import minmax_milp_x
from mlopt.surrogates.tasks import surrogate_task


def all_grid_paths(rows: int, cols: int) -> np.ndarray:
    """Every source-target path of the right/down grid as 0/1 edge vectors (C(rows+cols-2, rows-1))."""
    index = {tuple(e): i for i, e in enumerate(grid_edges(rows, cols).tolist())}
    paths = []
    for downs in itertools.combinations(range(rows + cols - 2), rows - 1):
        x, node = np.zeros(len(index)), 0
        for step in range(rows + cols - 2):
            head = node + (cols if step in downs else 1)
            x[index[(node, head)]] = 1.0
            node = head
        paths.append(x)
    return np.stack(paths)


def layer_solves_per_second(solver: BatchSolver, costs: torch.Tensor, batched: bool) -> float:
    layer = SolverLayer(solver, "dbb")
    start = time.perf_counter()
    chunks = [costs] if batched else list(costs)
    for chunk in chunks:
        c = chunk.clone().requires_grad_(True)
        layer(c).sum().backward()
    return 2 * len(costs) / (time.perf_counter() - start)


def throughput(batch: int, workers: int, seed: int) -> Table:
    table = Table(title=f"SolverLayer(dbb) forward+backward, solves/s (B = {batch}, 5x5 grid)")
    for column in ("solver", "batched", "one by one", "speedup"):
        table.add_column(column)
    costs = torch.from_numpy(np.random.default_rng(seed).uniform(0.0, 1.0, (batch, 40)))
    model = grid_shortest_path_model(5, 5)
    for name, make in (("grid DP (numpy)", lambda: GridShortestPath(cache_size=0)),
                       (f"CP-SAT ({workers} threads)", lambda: CpSatSolver(model, workers=workers, cache_size=0))):
        n = batch if name.startswith("grid") else min(batch, 256)
        fast = layer_solves_per_second(make(), costs[:n], batched=True)
        slow = layer_solves_per_second(make(), costs[:n], batched=False)
        table.add_row(name, f"{fast:,.0f}", f"{slow:,.0f}", f"{fast / slow:.1f}x")
    return table


def surco_table(size: int, instances: int, steps: int, seed: int) -> Table:
    task = surrogate_task("risk-shortest-path")
    paths = all_grid_paths(size, size)
    train = [task.generate(rows=size, cols=size, seed=seed + 10_000 + i) for i in range(64)]
    solver = task.solver(train[0])  # every instance of one grid size has the same feasible set
    features, f = prior_inputs(task, train)
    prior = SurCoPrior(features.shape[-1], hidden=32, seed=seed)
    start = time.perf_counter()
    prior.fit(features, f, solver, epochs=30, batch_size=16, lr=0.01, seed=seed, lambda_=task.dbb_lambda)
    prior_seconds = time.perf_counter() - start
    keys = ("linear", "zero", "perturbed", "random", "prior", "hybrid", "exact")
    rows: dict[str, list[float]] = {k: [] for k in keys}
    calls: dict[str, list[int]] = {k: [] for k in rows}
    for i in range(instances):
        instance = task.generate(rows=size, cols=size, seed=seed + i)
        features = torch.from_numpy(task.features(instance))
        run = compare_surco_zero(task, instance, solver, steps=steps, lr=0.05, seed=seed + i)
        for key, x in (("linear", run.linear), ("zero", run.zero.x.numpy()), ("perturbed", run.perturbed.x.numpy()),
                       ("random", run.random)):
            rows[key].append(task.evaluate(instance, x))
        calls["linear"].append(1)
        for key in ("zero", "perturbed", "random"):
            calls[key].append(run.solver_calls)
        with torch.no_grad():
            rows["prior"].append(task.evaluate(instance, solver.solve(prior(features).numpy())[0]))
        calls["prior"].append(1)
        before = solver.calls
        hybrid = surco_hybrid(prior, features, task.objective(instance), solver, steps=10, lr=0.05,
                              lambda_=task.dbb_lambda, seed=i)
        calls["hybrid"].append(solver.calls - before)
        rows["hybrid"].append(task.evaluate(instance, hybrid.x.numpy()))
        rows["exact"].append(float(instance.evaluate(paths).min()))
        calls["exact"].append(len(paths))
    names = {"linear": "linear cost (mean times)", "zero": f"SurCo-zero (DBB, {steps} steps)",
             "perturbed": "SurCo-zero (perturbed gradients)", "random": "random search, same solver calls", "prior": f"SurCo-prior (64 train instances, {prior_seconds:.1f}s)",
             "hybrid": "SurCo-hybrid (prior + 10 steps)", "exact": f"exact (enumerate {len(paths)} paths)"}
    table = Table(title=f"Risk-averse shortest path, {size}x{size} grid, {instances} instances: P(miss deadline)")
    for column in ("method", "mean objective", "vs linear", "solver calls / instance"):
        table.add_column(column)
    base = np.mean(rows["linear"])
    for key, name in names.items():
        value = np.mean(rows[key])
        table.add_row(name, f"{value:.5f}", f"{(value - base) / base:+.2%}", f"{np.mean(calls[key]):.0f}")
    return table


def sharding_table(tables: int, devices: int, instances: int, steps: int, seed: int) -> Table:
    task = surrogate_task("sharding")
    oracle = AnalyticalOracle("a100")
    keys = ("linear", "zero", "perturbed", "random", "milp", "greedy")
    objective: dict[str, list[float]] = {k: [] for k in keys}
    true_ms: dict[str, list[float]] = {k: [] for k in keys}
    calls: dict[str, list[int]] = {k: [] for k in keys}
    for i in range(instances):
        instance = task.generate(num_tables=tables, num_devices=devices, seed=seed + i)
        run = compare_surco_zero(task, instance, steps=steps, lr=0.05, seed=seed + i)
        greedy = best_greedy(instance.task, oracle, seed=seed + i)
        plans = {"linear": run.linear, "zero": run.zero.x.numpy(), "perturbed": run.perturbed.x.numpy(),
                 "random": run.random, "milp": minmax_milp_x(instance, seed=seed + i),
                 "greedy": np.eye(devices)[greedy.plan.as_array()].reshape(-1)}
        calls["linear"].append(1)
        for key in ("zero", "perturbed", "random"):
            calls[key].append(run.solver_calls)
        f = task.objective(instance)
        for key, x in plans.items():
            objective[key].append(float(f(torch.from_numpy(x))))
            true_ms[key].append(task.evaluate(instance, x))
    names = {"linear": "linear cost (per-table, every device)", "zero": f"SurCo-zero (DBB, {steps} steps)",
             "perturbed": "SurCo-zero (perturbed gradients)", "random": "random search, same solver calls", "milp": "min-max MILP on linearized costs (not c.x)",
             "greedy": "best greedy heuristic (not c.x)"}
    table = Table(title=f"Embedding-table sharding, {tables} tables on {devices} devices, {instances} instances")
    for column in ("method", "NeuroShard f (ms)", "oracle cost (ms)", "vs linear", "< linear", "solver calls / instance"):
        table.add_column(column)
    base = np.mean(true_ms["linear"])
    for key, name in names.items():
        value = np.mean(true_ms[key])
        wins = int(np.sum(np.array(true_ms[key]) < np.array(true_ms["linear"])))
        table.add_row(name, f"{np.mean(objective[key]):.3f}", f"{value:.3f}", f"{(value - base) / base:+.1%}",
                      f"{wins}/{instances}", f"{np.mean(calls[key]):.0f}" if calls[key] else "-")
    return table


def train_epochs(model: nn.Module, loss_fn, size: int, epochs: int, lr: float, seed: int, batch: int = 32) -> None:
    """Adam on ``loss_fn(index)`` over shuffled minibatches of ``range(size)``."""
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    generator = torch.Generator().manual_seed(seed)
    for _ in range(epochs):
        for index in torch.randperm(size, generator=generator).split(batch):
            loss = loss_fn(index)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()


def lancer_run(args: argparse.Namespace, seed: int) -> dict[str, tuple[RegretRatios, int, float]]:
    """Test regret (both normalizations), training solver calls and seconds of each method on one knapsack
    data seed."""
    task = surrogate_task("knapsack")
    data = task.generate(num_instances=args.ks_train + args.ks_test, num_items=args.ks_items, num_dims=args.ks_dims,
                         deg=args.ks_deg, seed=seed)
    train, test = data.split(args.ks_train)
    solver = task.solver(data)
    y, c = torch.from_numpy(task.features(train)), torch.from_numpy(task.costs(train))
    x_test = solver.solve(task.costs(test))

    def regret(model: nn.Module) -> RegretRatios:
        with torch.no_grad():
            x_hat = solver.solve(model(torch.from_numpy(task.features(test))).numpy())
            return regret_ratios(task.costs(test), x_hat, x_test, solver.sense)

    out: dict[str, tuple[RegretRatios, int, float]] = {}
    start = time.perf_counter()
    torch.manual_seed(seed)
    two_stage = nn.Linear(y.shape[1], c.shape[1]).double()
    train_epochs(two_stage, lambda i: (two_stage(y[i]) - c[i]).square().mean(), len(y), 100, 0.01, seed)
    out["two-stage"] = (regret(two_stage), 0, time.perf_counter() - start)
    x_train = solver.solve(task.costs(train))
    x_t = torch.from_numpy(x_train)
    n = len(y)

    for key, epochs in (("dbb", args.dfl_epochs), ("dbb-budget", (args.lancer_iters + 2) // 2)):
        start, before = time.perf_counter(), solver.calls
        dbb, dbb_loss = copy.deepcopy(two_stage), make_training_loss("dbb", solver, lambda_=10.0)
        train_epochs(dbb, lambda i: dbb_loss(dbb(y[i]), c[i], x_t[i]), n, epochs, 0.002, seed)  # noqa: B023
        out[key] = (regret(dbb), solver.calls - before, time.perf_counter() - start)

    start, before = time.perf_counter(), solver.calls
    spo, spo_loss = copy.deepcopy(two_stage), SPOPlusLoss(solver)
    train_epochs(spo, lambda i: spo_loss(spo(y[i]), c[i], x_t[i]), n, args.dfl_epochs, 0.002, seed)
    out["spo+"] = (regret(spo), n + solver.calls - before, time.perf_counter() - start)

    start = time.perf_counter()
    lancer_model = copy.deepcopy(two_stage)
    lancer = Lancer(lancer_model, solver, seed=seed)
    lancer.fit(y, c, args.lancer_iters, x_opt=x_train)
    out["lancer"] = (regret(lancer_model), n + lancer.solver_calls, time.perf_counter() - start)
    return out


def lancer_table(args: argparse.Namespace) -> Table:
    runs = [lancer_run(args, args.seed + s) for s in range(args.lancer_seeds)]
    names = {"two-stage": "two-stage (MSE, 100 epochs)", "dbb": f"DBB (+{args.dfl_epochs} epochs)",
             "dbb-budget": f"DBB (+{(args.lancer_iters + 2) // 2} epochs, about LANCER's calls)",
             "spo+": f"SPO+ (+{args.dfl_epochs} epochs)", "lancer": f"LANCER (+{args.lancer_iters} alternations)"}
    table = Table(title=f"LANCER: multidimensional knapsack, {args.ks_items} items x {args.ks_dims} rows, deg "
                        f"{args.ks_deg}, {args.ks_train} train / {args.ks_test} test, {args.lancer_seeds} seeds")
    for column in ("method", "test regret, mean of ratios (+- std)", "ratio of sums (PyEPO)", "seeds below two-stage",
                   "training solver calls", "seconds"):
        table.add_column(column)
    for key, name in names.items():
        regrets = [run[key][0].mean_of_ratios for run in runs]
        pyepo = [run[key][0].ratio_of_sums for run in runs]
        wins = sum(run[key][0].mean_of_ratios < run["two-stage"][0].mean_of_ratios for run in runs)
        table.add_row(name, f"{np.mean(regrets):.4f} +- {np.std(regrets):.4f}", f"{np.mean(pyepo):.4f}",
                      "-" if key == "two-stage" else f"{wins}/{len(runs)}",
                      f"{np.mean([run[key][1] for run in runs]):,.0f}", f"{np.mean([run[key][2] for run in runs]):.1f}")
    return table


def plain_vae(levels: torch.Tensor, epochs: int, seed: int, latent: int = 8, hidden: int = 128) -> nn.Module:
    """The GenCO-shaped VAE without a solver: Bernoulli likelihood on decoder logits (-cost), beta = 1."""
    generator = torch.Generator().manual_seed(seed)
    encoder = mlp([levels.shape[1], hidden, 2 * latent], dtype=torch.float64, generator=generator)
    decoder = mlp([latent, hidden, levels.shape[1]], dtype=torch.float64, generator=generator)
    model = nn.ModuleDict({"encoder": encoder, "decoder": decoder})

    def loss(index: torch.Tensor) -> torch.Tensor:
        mean, log_var = encoder(levels[index]).chunk(2, -1)
        logits = decoder(mean + (0.5 * log_var).exp() * torch.randn(mean.shape, generator=generator, dtype=mean.dtype))
        bce = nn.functional.binary_cross_entropy_with_logits(logits, levels[index], reduction="none").sum(-1)
        return (bce + 0.5 * (mean.square() + log_var.exp() - 1 - log_var).sum(-1)).mean()

    train_epochs(model, loss, len(levels), epochs, 3e-3, seed)
    return decoder


def genco_table(args: argparse.Namespace) -> Table:
    rows, cols, count = 8, 8, 500
    task = surrogate_task("tile-levels")
    levels = task.generate(num_levels=256, rows=rows, cols=cols, seed=args.seed)
    solver = task.solver(levels)
    levels = levels.reshape(256, -1)
    results: dict[str, tuple[np.ndarray, float]] = {}
    start = time.perf_counter()
    decoder = plain_vae(torch.from_numpy(levels), args.genco_epochs, args.seed)
    with torch.no_grad():
        logits = decoder(torch.randn(count, 8, generator=torch.Generator().manual_seed(1), dtype=torch.float64)).numpy()
    seconds = time.perf_counter() - start
    results["VAE (no solver)"] = ((logits > 0).astype(np.float64), seconds)
    results["VAE + solver repair at sampling"] = (solver.solve(-logits), seconds)
    for name, kwargs in (("GenCO (Fenchel-Young)", {}), ("GenCO (squared, DBB)", {"reconstruction": "squared", "lambda_": 1.0})):
        start = time.perf_counter()
        model = GenCO(solver, seed=args.seed, **kwargs)
        model.fit(levels, epochs=args.genco_epochs)
        results[name] = (model.sample(count, seed=1), time.perf_counter() - start)
    table = Table(title=f"GenCO: {rows}x{cols} tile levels with a start-goal path, 256 training levels, "
                        f"{count} samples, {args.genco_epochs} epochs")
    for column in ("generator", "playable", "diversity", "Hamming to nearest training level", "floor", "train s"):
        table.add_column(column)
    table.add_row("training levels", "100.0%", f"{diversity(levels):.3f}", "0.0", f"{levels.mean():.3f}", "-")
    for name, (samples, seconds) in results.items():
        playable = np.mean([is_playable(x.reshape(rows, cols)) for x in samples])
        nearest = (samples[:, None, :] != levels[None]).sum(-1).min(1).mean()
        table.add_row(name, f"{playable:.1%}", f"{diversity(samples):.3f}", f"{nearest:.1f}", f"{samples.mean():.3f}",
                      f"{seconds:.1f}")
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--instances", type=int, default=20)
    parser.add_argument("--steps", type=int, default=50)
    parser.add_argument("--sizes", type=int, nargs="+", default=[5, 8], help="grid sizes (n x n nodes)")
    parser.add_argument("--batch", type=int, default=1024)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=1, help="torch threads")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--parts", nargs="+", default=["throughput", "surco", "lancer", "genco", "sharding"],
                        choices=["throughput", "surco", "lancer", "genco", "sharding"])
    parser.add_argument("--ks-items", type=int, default=30)
    parser.add_argument("--ks-dims", type=int, default=3)
    parser.add_argument("--ks-deg", type=int, default=6)
    parser.add_argument("--ks-train", type=int, default=200)
    parser.add_argument("--ks-test", type=int, default=200)
    parser.add_argument("--dfl-epochs", type=int, default=10, help="DBB and SPO+ epochs after the two-stage fit")
    parser.add_argument("--lancer-iters", type=int, default=8)
    parser.add_argument("--lancer-seeds", type=int, default=3)
    parser.add_argument("--genco-epochs", type=int, default=40)
    parser.add_argument("--sh-tables", type=int, default=20)
    parser.add_argument("--sh-devices", type=int, default=4, choices=[4, 8, 16], help="devices with a NeuroShard comm net")
    parser.add_argument("--sh-instances", type=int, default=10)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    console = Console(width=120)
    if "throughput" in args.parts:
        console.print(throughput(args.batch, args.workers, args.seed))
    if "surco" in args.parts:
        for size in args.sizes:
            console.print(surco_table(size, args.instances, args.steps, args.seed))
    if "lancer" in args.parts:
        console.print(lancer_table(args))
    if "genco" in args.parts:
        console.print(genco_table(args))
    if "sharding" in args.parts:
        console.print(sharding_table(args.sh_tables, args.sh_devices, args.sh_instances, args.steps, args.seed))


if __name__ == "__main__":
    run_script(main)
