"""Every decision-focused method that mlopt and PyEPO both have, trained side by side on PyEPO's generators (issue 21).

    pip install -e '.[bench]'                      # pyepo 2.2.7; without it only mlopt's columns are filled
    python benchmarks/surrogates_vs_pyepo.py --train 1000 --test 1000 --epochs 5 --seeds 0 1 2
    python benchmarks/surrogates_vs_pyepo.py --quick  # 2 methods, 1 seed, small sets (the test's run)

Problems (PyEPO's tutorial settings, 5 features, multiplicative noise half-width 0.5, polynomial degree ``--deg``):

- ``shortest-path``: the 5 x 5 grid (40 arcs), data by ``make_pyepo_shortest_path`` (PyEPO's ``genData`` draw
  for draw); mlopt's generic GLOP backend (kept model, ``GlopSolver`` on the LP, which is integral here) beside
  PyEPO's ``shortestPathModel(solver="glop")``; minimize. ``--path-backend grid`` runs mlopt's batched exact
  solver of the grid instead (``GridShortestPath``, dynamic programming over the grid's DAG, all cost vectors of a
  batch at once).
- ``knapsack``: 2 capacity rows of 20 over 32 items (``make_pyepo_knapsack``); mlopt's generic LP-first backend
  (``LpFirstSolver``: GLOP on the LP relaxation, pyscipopt's SCIP where its optimum is fractional;
  ``--knapsack-backend scip`` for SCIP alone) beside PyEPO's ``knapsackModel(solver="scip")`` (OR-Tools' SCIP);
  maximize.
- ``tsp``: 10 nodes (``make_pyepo_tsp``) on mlopt's ``TspCuttingPlaneSolver`` (DFJ: cutting planes on GLOP, SCIP for a
  fractional LP optimum) beside PyEPO's ``tspDFJModel`` (DFJ with lazy subtour cuts in a Gurobi callback; gurobipy from
  the ``bench`` extra, its pip licence; without gurobipy PyEPO's columns stay empty); minimize.

Both libraries train the same linear model (same initial weights, same mini-batches of 32, Adam with lr
``--lr``, ``--epochs`` epochs) with the same hyperparameters (DBB lambda 20; perturbed methods 3 samples, sigma
1, DPO's backward with a leave-one-out baseline, PyEPO's default ``variance_reduction``; I-MLE lambda 10; PG
h 0.1; RFWO / RFY lambda 1 with at most 100 Frank-Wolfe iterations, ``--fw-iters``) and the same recipes: DBB,
NID, I-MLE and AI-MLE trained on the kink-free ``|c.(x_hat - x*)|``, DPO, DPO-Mul and RFWO on the squared distance to
``x*``, the losses as they are (the pool methods' pools seeded with the training
``x*``). PyEPO gets its own variable order (its arcs, ``pyepo_grid_arcs``) through a fixed permutation of the
model's outputs. Test regret is PyEPO's ratio of sums (the per-instance mean beside it), evaluated for both
libraries by the same exact solver. "s / epoch" is the training wall time over the epochs (data
generation, ``x*`` of the training set and evaluation excluded), one torch thread, PyEPO with
``processes=1`` and mlopt's backends with one worker thread; ``--parallel N`` gives PyEPO N processes and mlopt's
generic backends N worker threads (the grid path solver has no pool).

Printed per problem and method: regret mean +- std over the seeds for each library, whether mlopt's mean is
within PyEPO's mean + one std (or better), seconds per epoch of each, and their ratio (target: at most 0.2x on
the shortest path, 0.5x on the knapsack and the TSP).
"""

from __future__ import annotations

import os

os.environ.setdefault("TQDM_DISABLE", "1")  # before tqdm is first imported: PyEPO's dataset shows a bar per build

import argparse
import importlib.util
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import torch
from rich.console import Console
from rich.progress import Progress
from rich.table import Table
from torch import nn

from mlopt.datasets.surrogate_tasks import (
    make_pyepo_knapsack,
    make_pyepo_shortest_path,
    make_pyepo_tsp,
    pyepo_grid_arcs,
    regret_ratios,
)
from mlopt.errors import InputError, run_script
from mlopt.solvers.linear import (
    GlopSolver,
    GridShortestPath,
    LinearModel,
    LinearSolver,
    LpFirstSolver,
    ScipSolver,
    TspCuttingPlaneSolver,
    grid_edge_columns,
    grid_shortest_path_model,
    knapsack_model,
)
from mlopt.surrogates import decision_method, make_training_loss

from surrogate_backends import pyepo_tsp_model  # noqa: E402  (benchmarks/ is the script's folder)

NUM_FEATURES = 5
NOISE = 0.5
BATCH = 32
TSP_NODES = 10


@dataclass(frozen=True)
class Data:
    """Features ``[N, p]``, true costs ``[N, n]`` in mlopt's variable order, and PyEPO's columns (``to_pyepo``:
    PyEPO's variable j is our variable ``to_pyepo[j]``)."""

    features: np.ndarray
    costs: np.ndarray
    to_pyepo: np.ndarray


@dataclass(frozen=True)
class Problem:
    """A feasible set: its data generator, mlopt's generic backend, an exact solver for ``x*`` and the
    evaluation, and PyEPO's OR-Tools model (None where PyEPO has no open-solver model)."""

    name: str
    sense: str
    data: Callable[[int, int, int], Data]
    generic: Callable[[], LinearSolver]
    exact: Callable[[], LinearSolver]
    pyepo_model: Callable[[], Any] | None


def shortest_path_data(count: int, deg: int, seed: int) -> Data:
    features, costs = make_pyepo_shortest_path(count, NUM_FEATURES, (5, 5), deg, NOISE, seed)
    to_pyepo = grid_edge_columns(5, 5, pyepo_grid_arcs(5, 5))
    ours = np.empty_like(costs, dtype=np.float64)
    ours[:, to_pyepo] = costs
    return Data(features, ours, to_pyepo)


def knapsack_data(count: int, deg: int, seed: int) -> Data:
    data = make_pyepo_knapsack(count, NUM_FEATURES, 32, dim=2, deg=deg, noise_width=NOISE, seed=seed)
    return Data(data.features, data.values.astype(np.float64), np.arange(32))


def tsp_data(count: int, deg: int, seed: int) -> Data:
    data = make_pyepo_tsp(count, NUM_FEATURES, TSP_NODES, deg, NOISE, seed)
    return Data(data.features, data.costs.astype(np.float64), np.arange(data.costs.shape[1]))


def knapsack_weights(seed: int) -> tuple[np.ndarray, np.ndarray]:
    data = make_pyepo_knapsack(1, NUM_FEATURES, 32, dim=2, seed=seed)
    return data.weights.astype(np.float64), data.capacities.astype(np.float64)


KNAPSACK_BACKENDS: dict[str, Callable[[LinearModel, int], LinearSolver]] = {
    "lp-first": lambda sack, workers: LpFirstSolver(sack, sense="max", cache_size=0, workers=workers),
    "scip": lambda sack, workers: ScipSolver(sack, sense="max", cache_size=0, workers=workers),
}


PATH_BACKENDS: dict[str, Callable[[LinearModel, int], LinearSolver]] = {
    "glop": lambda path, workers: GlopSolver(path.relaxed(), cache_size=0, workers=workers),
    "grid": lambda path, workers: GridShortestPath(5, 5, cache_size=0),  # one numpy pass per batch, no pool
}


def make_problems(seed: int, knapsack_backend: str = "lp-first", path_backend: str = "glop",
                  parallel: int = 1) -> dict[str, Problem]:
    """The three problems; the knapsack's weights are those of the run's seed (PyEPO draws them with the data),
    solved in mlopt by ``knapsack_backend`` (``lp-first``: GLOP on the relaxation, SCIP where it is fractional;
    ``scip``: SCIP alone); the path by ``path_backend`` (``glop``: the generic kept GLOP model; ``grid``: mlopt's
    batched exact solver of the grid's DAG, ``GridShortestPath``). mlopt's generic backends solve a batch on
    ``parallel`` worker threads."""
    try:
        from pyepo.model import ort
    except ImportError:
        ort = None
    path = grid_shortest_path_model(5, 5)
    weights, capacities = knapsack_weights(seed)
    sack = knapsack_model(weights, capacities)
    return {
        "shortest-path": Problem(
            "shortest-path", "min", shortest_path_data, lambda: PATH_BACKENDS[path_backend](path, parallel),
            lambda: GridShortestPath(5, 5),
            None if ort is None else lambda: ort.shortestPathModel((5, 5), solver="glop")),
        "knapsack": Problem(
            "knapsack", "max", knapsack_data, lambda: KNAPSACK_BACKENDS[knapsack_backend](sack, parallel),
            lambda: ScipSolver(sack, sense="max"),
            None if ort is None else lambda: ort.knapsackModel(weights / 100, capacities / 100, solver="scip")),
        "tsp": Problem("tsp", "min", tsp_data,
                       lambda: TspCuttingPlaneSolver(TSP_NODES, cache_size=0, workers=parallel),
                       lambda: TspCuttingPlaneSolver(TSP_NODES),
                       pyepo_tsp_model(TSP_NODES)),
    }


@dataclass(frozen=True)
class Method:
    """A method in both libraries: mlopt's registered name and options, PyEPO's class name and arguments, and
    the recipe (``"loss"``: the module is the loss; ``"regret"`` / ``"squared"``: a solution layer trained on
    the kink-free regret / the squared distance to x*) with what the loss reads (``"solutions"`` or
    ``"costs"``, for the losses)."""

    name: str
    mlopt_options: dict[str, Any]
    pyepo_class: str
    pyepo_options: dict[str, Any]
    recipe: str
    reads: str = "solutions"


METHODS: tuple[Method, ...] = (
    Method("spo+", {}, "SPOPlus", {}, "loss", "spo"),
    Method("dbb", {"lambda_": 20.0}, "DBB", {"lambd": 20.0}, "regret"),
    Method("nid", {}, "NID", {}, "regret"),
    Method("dpo", {"num_samples": 3, "sigma": 1.0, "baseline": True}, "DPO", {"n_samples": 3, "sigma": 1.0}, "squared"),
    Method("dpo-mul", {"num_samples": 3, "sigma": 1.0, "baseline": True}, "DPOMul", {"n_samples": 3, "sigma": 1.0},
           "squared"),
    Method("pfy", {"num_samples": 3, "sigma": 1.0}, "PFY", {"n_samples": 3, "sigma": 1.0}, "loss"),
    Method("pfy-mul", {"num_samples": 3, "sigma": 1.0}, "PFYMul", {"n_samples": 3, "sigma": 1.0}, "loss"),
    Method("imle", {"num_samples": 3, "sigma": 1.0, "lambda_": 10.0}, "IMLE",
           {"n_samples": 3, "sigma": 1.0, "lambd": 10.0}, "regret"),
    Method("aimle", {"num_samples": 3, "sigma": 1.0}, "AIMLE", {"n_samples": 3, "sigma": 1.0}, "regret"),
    Method("pg", {"h": 0.1}, "PG", {"sigma": 0.1}, "loss", "costs"),
    Method("nce", {}, "NCE", {}, "loss"),
    Method("cmap", {}, "CMAP", {}, "loss"),
    Method("ltr-pointwise", {}, "ptLTR", {}, "loss", "costs"),
    Method("ltr-pairwise", {}, "prLTR", {}, "loss", "costs"),
    Method("ltr-listwise", {}, "lsLTR", {}, "loss", "costs"),
    Method("rfwo", {"lambda_": 1.0, "max_iter": 100}, "RFWO", {"lambd": 1.0, "max_iter": 100}, "squared"),
    Method("rfy", {"lambda_": 1.0, "max_iter": 100}, "RFY", {"lambd": 1.0, "max_iter": 100}, "loss"),
)
QUICK_METHODS: tuple[str, ...] = ("spo+", "dbb")


def kink_free_regret(x_hat: torch.Tensor, c: torch.Tensor, x_true: torch.Tensor) -> torch.Tensor:
    return (c * (x_hat - x_true)).sum(-1).abs().mean()


def mlopt_loss(method: Method, solver: LinearSolver, x_train: np.ndarray, seed: int):
    """mlopt's ``loss(c_hat, c, x*)`` of ``method`` (the registry's recipe for it)."""
    pool = x_train if decision_method(method.name).uses_pool else None
    return make_training_loss(method.name, solver, pool=pool, seed=seed, **method.mlopt_options)


def pyepo_loss(method: Method, model: Any, dataset: Any, to_pyepo: np.ndarray, seed: int, processes: int = 1):
    """PyEPO's module of ``method`` (solving on ``processes`` processes) wrapped as ``loss(c_hat, c, x*)`` in
    mlopt's variable order."""
    import pyepo.func

    options = dict(method.pyepo_options)
    if method.pyepo_class in ("DPO", "DPOMul", "PFY", "PFYMul"):
        options["seed"] = seed
    if method.pyepo_class in ("NCE", "CMAP", "ptLTR", "prLTR", "lsLTR"):
        options.update(solve_ratio=1.0, dataset=dataset)
    module = getattr(pyepo.func, method.pyepo_class)(model, processes=processes, **options)
    cols = torch.from_numpy(to_pyepo)

    def loss(c_hat: torch.Tensor, c: torch.Tensor, x_true: torch.Tensor) -> torch.Tensor:
        cp, ct, xt = c_hat[:, cols], c[:, cols], x_true[:, cols]
        if method.recipe == "regret":
            return kink_free_regret(module(cp), ct, xt)
        if method.recipe == "squared":
            return (module(cp) - xt).square().sum(-1).mean()
        if method.reads == "spo":
            return module(cp, ct, xt, (ct * xt).sum(-1, keepdim=True))
        return module(cp, ct if method.reads == "costs" else xt)

    return loss


def train(loss_fn, features: np.ndarray, costs: np.ndarray, x_true: np.ndarray, epochs: int, lr: float,
          seed: int) -> tuple[nn.Linear, float]:
    """A linear model trained on ``loss_fn``; (the model, seconds per epoch)."""
    torch.manual_seed(seed)
    model = nn.Linear(features.shape[1], costs.shape[1])
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    y, c, x = (torch.from_numpy(a).float() for a in (features, costs, x_true))
    order = torch.Generator().manual_seed(seed)
    started = time.perf_counter()
    for _ in range(epochs):
        for index in torch.randperm(len(y), generator=order).split(BATCH):
            loss = loss_fn(model(y[index]), c[index], x[index])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
    return model, (time.perf_counter() - started) / epochs


def warm_up() -> None:
    """One Adam step on a throwaway model, so that torch's lazy imports are not timed in the first method."""
    model = nn.Linear(2, 2)
    optimizer = torch.optim.Adam(model.parameters())
    model(torch.ones(1, 2)).sum().backward()
    optimizer.step()


@dataclass
class Cell:
    """One method's runs in one library: test regrets (ratio of sums, per-instance mean) and s / epoch."""

    ratio_of_sums: list[float]
    mean_of_ratios: list[float]
    seconds: list[float]


def run(problem_name: str, methods: list[Method], args: argparse.Namespace,
        progress: Progress) -> dict[tuple[str, str], Cell]:
    """Every method in both libraries on every seed of one problem."""
    cells: dict[tuple[str, str], Cell] = {}
    task = progress.add_task(problem_name, total=len(args.seeds) * len(methods))
    warm_up()
    for seed in args.seeds:
        problem = make_problems(seed, args.knapsack_backend, args.path_backend, args.parallel)[problem_name]
        data = problem.data(args.train + args.test, args.deg, seed)
        exact = problem.exact()
        x_all = exact.solve(data.costs)
        splits = (np.split(a, [args.train]) for a in (data.features, data.costs, x_all))
        (y_tr, y_te), (c_tr, c_te), (x_tr, x_te) = splits
        pyepo_model = dataset = None
        if problem.pyepo_model is not None:
            from pyepo.data.dataset import optDataset

            pyepo_model = problem.pyepo_model()
            dataset = optDataset(pyepo_model, y_tr, c_tr[:, data.to_pyepo])
        for method in methods:
            libraries = {"mlopt": lambda: mlopt_loss(method, problem.generic(), x_tr, seed)}
            if pyepo_model is not None:
                libraries["PyEPO"] = lambda: pyepo_loss(method, pyepo_model, dataset, data.to_pyepo, seed,
                                                        args.parallel)
            progress.update(task, description=f"{problem_name}: {method.name}, seed {seed}")
            for library, make in libraries.items():
                model, seconds = train(make(), y_tr, c_tr, x_tr, args.epochs, args.lr, seed)
                with torch.no_grad():
                    predicted = model(torch.from_numpy(y_te).float()).double().numpy()
                ratios = regret_ratios(c_te, exact.solve(predicted), x_te, problem.sense)
                cell = cells.setdefault((method.name, library), Cell([], [], []))
                cell.ratio_of_sums.append(ratios.ratio_of_sums)
                cell.mean_of_ratios.append(ratios.mean_of_ratios)
                cell.seconds.append(seconds)
            progress.advance(task)
    return cells


def table(problem: str, methods: list[Method], cells: dict[tuple[str, str], Cell], args: argparse.Namespace) -> Table:
    out = Table(title=f"{problem}: test regret (ratio of sums; per-instance mean), deg {args.deg}, "
                      f"{args.train} train / {args.test} test, {args.epochs} epochs, "
                      f"seeds {' '.join(map(str, args.seeds))}")
    for column in ("method", "regret mlopt", "regret PyEPO", "within", "per-instance mlopt / PyEPO",
                   "s / epoch mlopt", "s / epoch PyEPO", "ratio"):
        out.add_column(column, justify="left" if column == "method" else "right")
    for method in methods:
        ours, theirs = cells[(method.name, "mlopt")], cells.get((method.name, "PyEPO"))
        row = [method.name, f"{np.mean(ours.ratio_of_sums):.4f} +- {np.std(ours.ratio_of_sums):.4f}"]
        if theirs is None:
            row += ["-", "-", f"{np.mean(ours.mean_of_ratios):.4f} / -", f"{np.mean(ours.seconds):.3f}", "-", "-"]
        else:
            bound = np.mean(theirs.ratio_of_sums) + np.std(theirs.ratio_of_sums)
            row += [f"{np.mean(theirs.ratio_of_sums):.4f} +- {np.std(theirs.ratio_of_sums):.4f}",
                    "yes" if np.mean(ours.ratio_of_sums) <= bound + 1e-12 else "NO",
                    f"{np.mean(ours.mean_of_ratios):.4f} / {np.mean(theirs.mean_of_ratios):.4f}",
                    f"{np.mean(ours.seconds):.3f}", f"{np.mean(theirs.seconds):.3f}",
                    f"{np.mean(ours.seconds) / np.mean(theirs.seconds):.3f}x"]
        out.add_row(*row)
    return out


def with_fw_iters(method: Method, iterations: int | None) -> Method:
    """``method`` with ``iterations`` Frank-Wolfe iterations in both libraries where it has them."""
    if iterations is None or "max_iter" not in method.mlopt_options:
        return method
    return replace(method, mlopt_options={**method.mlopt_options, "max_iter": iterations},
                   pyepo_options={**method.pyepo_options, "max_iter": iterations})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--problems", nargs="+", default=["shortest-path", "knapsack", "tsp"],
                        help="shortest-path, knapsack, tsp")
    parser.add_argument("--methods", nargs="+", default=None, help="mlopt names (default: all both libraries have)")
    parser.add_argument("--train", type=int, default=1000)
    parser.add_argument("--test", type=int, default=1000)
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--deg", type=int, default=4)
    parser.add_argument("--lr", type=float, default=0.01)
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    parser.add_argument("--fw-iters", type=int, default=None,
                        help="Frank-Wolfe iterations of rfwo / rfy in both libraries (default: 100)")
    parser.add_argument("--knapsack-backend", choices=sorted(KNAPSACK_BACKENDS), default="lp-first",
                        help="mlopt's generic knapsack backend (default: lp-first)")
    parser.add_argument("--path-backend", choices=sorted(PATH_BACKENDS), default="glop",
                        help="mlopt's shortest-path solver: the generic kept GLOP model (default) or the batched "
                             "exact grid solver")
    parser.add_argument("--parallel", type=int, default=1,
                        help="solver parallelism in both libraries: PyEPO's processes, mlopt's worker threads "
                        "(default 1)")
    parser.add_argument("--quick", action="store_true", help="spo+ and dbb, one seed, 64 / 64 instances, 1 epoch")
    args = parser.parse_args()
    if args.quick:
        args.methods, args.seeds, args.train, args.test, args.epochs = list(QUICK_METHODS), [0], 64, 64, 1
    by_name = {method.name: method for method in METHODS}
    names = args.methods or list(by_name)
    unknown = [name for name in names if name not in by_name]
    if unknown:
        raise InputError(", ".join(unknown), field="--methods", expected="one of " + ", ".join(by_name))
    bad = [p for p in args.problems if p not in ("shortest-path", "knapsack", "tsp")]
    if bad:
        raise InputError(", ".join(bad), field="--problems", expected="shortest-path, knapsack or tsp")
    if min(args.train, args.test, args.epochs, args.deg) < 1:
        raise InputError("sizes must be >= 1", field="--train/--test/--epochs/--deg")
    if args.fw_iters is not None and args.fw_iters < 1:
        raise InputError(f"{args.fw_iters}", field="--fw-iters", expected="at least 1 Frank-Wolfe iteration")
    most_parallel = (os.cpu_count() or 1) * 4
    if not 1 <= args.parallel <= most_parallel:
        raise InputError(f"{args.parallel}", field="--parallel", expected=f"1 to {most_parallel}")
    torch.set_num_threads(1)
    methods = [with_fw_iters(by_name[name], args.fw_iters) for name in names]
    console = Console(width=200)
    with Progress(console=Console(stderr=True)) as progress:
        for problem in args.problems:
            console.print(table(problem, methods, run(problem, methods, args, progress), args))
    if importlib.util.find_spec("pyepo") is None:
        console.print("pyepo is not installed (pip install -e '.[bench]'): PyEPO's columns are left out.", markup=False)


if __name__ == "__main__":
    run_script(main)
