"""Differentiable surrogate solvers: layer throughput and SurCo on the risk-averse shortest path.

    python benchmarks/surrogates.py --instances 20 --steps 50 --workers 2

1. Throughput: solves/s of ``SolverLayer(grad="dbb")`` forward + backward (2 solves per cost vector)
   on a batch of B random cost vectors vs the same layer called once per vector, for the vectorized
   grid DP and for CP-SAT over the grid's flow model (thread pool of ``--workers``); caches are off.
2. SurCo on ``make_risk_shortest_path`` (``--sizes`` n x n grids, objective = P(miss deadline)) over
   ``--instances`` test seeds: the linear-cost baseline (shortest path on mean times), SurCo-zero
   (DBB), random search over c at SurCo-zero's number of solver calls (c = mean * exp(0.3 N(0, I)),
   keeping the best), SurCo-prior (per-edge MLP trained on 64 other seeds) and SurCo-hybrid (prior,
   then 10 zero steps), and the exact optimum by enumerating the monotone paths (70 on 5x5).
"""

from __future__ import annotations

import argparse
import itertools
import time

import numpy as np
import torch
from rich.console import Console
from rich.table import Table

from mlopt.datasets.surrogate_tasks import grid_edges, make_risk_shortest_path
from mlopt.solvers.linear import BatchSolver, CpSatSolver, GridShortestPath, grid_shortest_path_model
from mlopt.surrogates import SolverLayer, SurCoPrior, risk_shortest_path_objective, surco_hybrid, surco_zero


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


def random_search(instance, solver: BatchSolver, calls: int, seed: int) -> float:
    rng = np.random.default_rng(seed)
    costs = instance.mean * np.exp(0.3 * rng.standard_normal((calls, instance.num_edges)))
    costs[0] = instance.mean
    return float(instance.evaluate(solver.solve(costs)).min())


def surco_table(size: int, instances: int, steps: int, seed: int) -> Table:
    solver = GridShortestPath(size, size)
    paths = all_grid_paths(size, size)
    train = [make_risk_shortest_path(size, size, seed=seed + 10_000 + i) for i in range(64)]
    train_objectives = [risk_shortest_path_objective(i) for i in train]
    prior = SurCoPrior(3, hidden=32, seed=seed)
    start = time.perf_counter()
    prior.fit(torch.from_numpy(np.stack([i.features() for i in train])),
              lambda x, idx: torch.stack([train_objectives[i](row) for row, i in zip(x, idx.tolist())]),
              solver, epochs=30, batch_size=16, lr=0.01, seed=seed, lambda_=100.0)
    prior_seconds = time.perf_counter() - start
    rows: dict[str, list[float]] = {k: [] for k in ("linear", "zero", "random", "prior", "hybrid", "exact")}
    calls: dict[str, list[int]] = {k: [] for k in rows}
    for i in range(instances):
        instance = make_risk_shortest_path(size, size, seed=seed + i)
        f = risk_shortest_path_objective(instance)
        features = torch.from_numpy(instance.features())
        rows["linear"].append(float(instance.evaluate(solver.solve(instance.mean)[0])))
        calls["linear"].append(1)
        before = solver.calls
        zero = surco_zero(f, solver, instance.mean, steps, 0.05, lambda_=100.0, seed=i)
        calls["zero"].append(solver.calls - before)
        rows["zero"].append(float(instance.evaluate(zero.x.numpy())))
        rows["random"].append(random_search(instance, solver, calls["zero"][-1], seed + i))
        calls["random"].append(calls["zero"][-1])
        with torch.no_grad():
            rows["prior"].append(float(instance.evaluate(solver.solve(prior(features).numpy())[0])))
        calls["prior"].append(1)
        before = solver.calls
        hybrid = surco_hybrid(prior, features, f, solver, steps=10, lr=0.05, lambda_=100.0, seed=i)
        calls["hybrid"].append(solver.calls - before)
        rows["hybrid"].append(float(instance.evaluate(hybrid.x.numpy())))
        rows["exact"].append(float(instance.evaluate(paths).min()))
        calls["exact"].append(len(paths))
    names = {"linear": "linear cost (mean times)", "zero": f"SurCo-zero (DBB, {steps} steps)",
             "random": "random search, same solver calls", "prior": f"SurCo-prior (64 train instances, {prior_seconds:.1f}s)",
             "hybrid": "SurCo-hybrid (prior + 10 steps)", "exact": f"exact (enumerate {len(paths)} paths)"}
    table = Table(title=f"Risk-averse shortest path, {size}x{size} grid, {instances} instances: P(miss deadline)")
    for column in ("method", "mean objective", "vs linear", "solver calls / instance"):
        table.add_column(column)
    base = np.mean(rows["linear"])
    for key, name in names.items():
        value = np.mean(rows[key])
        table.add_row(name, f"{value:.4f}", f"{(value - base) / base:+.1%}", f"{np.mean(calls[key]):.0f}")
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
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    console = Console(width=120)
    console.print(throughput(args.batch, args.workers, args.seed))
    for size in args.sizes:
        console.print(surco_table(size, args.instances, args.steps, args.seed))


if __name__ == "__main__":
    main()
