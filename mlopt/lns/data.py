"""Expert data for CL-LNS (Huang, Ferber, Tian, Dilkina, Steiner, ICML 2023): LNS driven by an expert on
training instances, with positive and negative destroy sets per state.

Per state of the run (at most ``max_states``), candidate improving sets come from up to two experts:
- LB (the paper's): the LB ILP (radius k, ``lb_limit`` s, started from the incumbent) is solved once; every
  improving solution in SCIP's solution pool (the ones found during that solve, best first) gives a
  destroy set = the integer variables it changes. ``lb_limit <= 0`` turns LB off.
- Sampled (``samples`` >= 1; our addition): that many uniformly random k-sets, each sub-ILP solved for
  ``sample_limit`` s; an improving one gives the integer variables its solution changes. Why: at CL-LNS
  sizes the LB ILP needs far longer than a 2-core budget allows (measured from a 10 s SCIP incumbent:
  radius 100 finds nothing better in 30 s on MVC-1000 and in 10 s on MIS-6000), while a k = 100
  sub-ILP takes well under a second; the paper's collection spends hours per instance.
- Relaxation-sampled (``relax_samples`` >= 1; our addition): that many k-sets drawn from LB-RELAX's
  proposal (the variables the relaxed LB LP moves, sampled down to k or filled up to k at random), solved
  like the sampled ones. Why: on set cover at CL-LNS size no uniformly random k-set improves SCIP's root
  solution (Random-LNS stalls there), while LB-RELAX's neighbourhoods keep improving it; the LB LP is the
  paper's own relaxation of its expert.
- Positives: the candidates improving >= ``pos_ratio`` (0.5) x the best improvement, at most
  ``max_positives`` (20), distinct.
- Negatives: the best positive set with s = ``swap_step`` x 1, 2, ... variables swapped for random other
  integer variables (s capped at the set size, so late ones are random sets of that size); a candidate is
  kept when its sub-ILP (``neg_limit`` s) finds nothing improving by >= ``neg_ratio`` (5%) of the best
  gain. Sampled sets that improved by no more than that are negatives too (fully swapped sets).
- The run then steps with the best positive set (the expert's choice), or a random k-set when no expert
  found anything. Simplification: one LB solve per state (its solution pool), not several radii.

Collection runs one instance per :class:`mlopt.parallel.Executor` job and writes one file per instance
(``samples/<name>.pt`` + a JSON summary beside it), so an interrupted collection resumes where it stopped.
The files hold only tensors, lists and dicts (``torch.load(weights_only=True)`` reads them); the dataset
header ``dataset.json`` lists them with the configuration.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, NamedTuple, Sequence

import numpy as np
import torch
from torch_geometric.data import HeteroData

from mlopt.datasets.atomic_io import write_text_atomic
from mlopt.datasets.ilp import load_instance
from mlopt.errors import InputError
from mlopt.envs.lns.features import (CONS_FEATURES, DEFAULT_ROOT_LP, EDGE_FEATURES, VAR_FEATURES, BipartiteFeatures,
                                     BipartiteFeaturizer)
from mlopt.parallel import Executor, LocalExecutor
from mlopt.lns.policy import to_graph
from mlopt.solvers.lns.engine import LNSConfig, LNSSearch, SubIlp
from mlopt.solvers.lns.local_branching import local_branching_model
from mlopt.solvers.lns.scip import better, bounds, configure, copy_problem
from mlopt.solvers.lns.selectors import LBRelaxSelector, random_fill, relax_moved
from mlopt.nn.torch_io import torch_save_atomic
from mlopt.solvers.lns.state import LNSState

FORMAT_VERSION = 1
HEADER = "dataset.json"


@dataclass(frozen=True)
class CollectConfig:
    """Limits (seconds) and sampling rules of expert collection (defaults near CL-LNS's, see module doc)."""

    time_limit: float = 600.0
    step_limit: float = 5.0
    init_limit: float = 10.0
    lb_limit: float = 30.0
    neg_limit: float = 5.0
    max_states: int = 20
    k0: int | None = None
    max_positives: int = 20
    pos_ratio: float = 0.5
    neg_ratio: float = 0.05
    n_negatives: int = 10
    swap_step: int = 5
    lb_relax: bool = False
    samples: int = 0
    sample_limit: float = 1.0
    root_lp: str = DEFAULT_ROOT_LP
    relax_samples: int = 0

    def __post_init__(self) -> None:
        if self.lb_limit <= 0 and self.samples <= 0 and self.relax_samples <= 0:
            raise ValueError("no expert: lb_limit <= 0 turns LB off, so samples or relax_samples must be >= 1")


@dataclass(frozen=True)
class CollectJob:
    instance: str
    out: str
    config: CollectConfig
    seed: int


class Sample(NamedTuple):
    """One state: its graph, positive / negative destroy masks over the integer variables ([P, n_int],
    [N, n_int], bool), the positives' improvements, and the instance it came from."""

    graph: HeteroData
    pos: torch.Tensor
    neg: torch.Tensor
    gain: torch.Tensor
    instance: str


def lb_pool(state: LNSState, radius: int, time_limit: float) -> list[tuple[np.ndarray, float]]:
    """All solutions (values of the original variables, objective) of the LB ILP's pool, best first."""
    model = local_branching_model(state, radius)
    configure(model, min(time_limit, max(state.time_left, 0.0)))
    n = len(state.incumbent)
    xs = model.getVars()
    start = model.createSol()
    values = state.incumbent.copy()
    values[state.integer] = np.round(values[state.integer])
    for j, x in enumerate(xs):
        model.setSolVal(start, x, float(values[j]) if j < n else 0.0)
    model.addSol(start, free=True)
    model.optimize()
    return [(np.array([model.getSolVal(sol, x) for x in xs[:n]]), model.getSolObjVal(sol)) for sol in model.getSols()]


def _changed(values: np.ndarray, state: LNSState) -> np.ndarray:
    ints = state.integer
    return np.sort(ints[np.abs(np.round(values[ints]) - np.round(state.incumbent[ints])) > 0.5])


def _negatives(best: np.ndarray, state: LNSState, sub: SubIlp, threshold: float, config: CollectConfig,
               rng: np.random.Generator) -> list[np.ndarray]:
    """Swap a growing part of ``best`` for other integer variables; keep the sets whose sub-ILP finds no
    solution better than ``threshold`` within ``config.neg_limit`` seconds (CL-LNS Sec. 4.2)."""
    others = np.setdiff1d(state.integer, best)
    found = []
    for i in range(config.n_negatives):
        s = min(len(best), len(others), config.swap_step * (i + 1))
        if s == 0:
            break
        kept = rng.choice(best, size=len(best) - s, replace=False)
        candidate = np.sort(np.concatenate([kept, rng.choice(others, size=s, replace=False)]))
        if sub.solve(state.incumbent, state.objective, candidate, config.neg_limit, state.sense, threshold) is None:
            found.append(candidate)
    return found


def _sampled(state: LNSState, sub: SubIlp, config: CollectConfig, rng: np.random.Generator,
             relax: np.ndarray | None) -> tuple[list[tuple[float, np.ndarray]], list[tuple[np.ndarray, float]]]:
    """The sampled experts: ``config.samples`` uniformly random k-sets and ``config.relax_samples`` k-sets
    drawn from LB-RELAX's proposal at ``relax`` (the relaxed LB LP's optimum; none without one), each sub-ILP
    solved for ``config.sample_limit`` s. Returns (gain, changed variables) of the improving ones and
    (destroy set, gain) of every set tried (gain 0 when nothing better was found)."""
    improving, tried = [], []
    sign = 1.0 if state.sense == "minimize" else -1.0
    none = np.zeros(0, dtype=np.int64)
    proposals = [none] * config.samples + ([relax_moved(relax, state)] * config.relax_samples if relax is not None
                                           else [])
    for proposal in proposals:
        destroy = random_fill(proposal, state, rng)
        found = sub.solve(state.incumbent, state.objective, destroy, config.sample_limit, state.sense)
        gain = 0.0 if found is None else sign * (state.objective - found[1])
        tried.append((destroy, gain))
        if found is not None:
            improving.append((gain, _changed(found[0], state)))
    return improving, tried


def _masks(sets: Sequence[np.ndarray], position: np.ndarray, n_int: int) -> torch.Tensor:
    masks = torch.zeros((len(sets), n_int), dtype=torch.bool)
    for r, s in enumerate(sets):
        masks[r, torch.from_numpy(position[s])] = True
    return masks


def collect_instance(job: CollectJob) -> dict[str, Any]:
    """Run the LB expert on one instance and write its samples (skipped when the file exists)."""
    out = Path(job.out)
    summary_path = out.with_suffix(".json")
    if out.exists() and summary_path.exists():
        return json.loads(summary_path.read_text())
    started = time.perf_counter()
    config, rng = job.config, np.random.default_rng(job.seed)
    model = load_instance(job.instance)
    featurizer = BipartiteFeaturizer(model, root_lp=config.root_lp)
    search = LNSSearch(model, LNSConfig(time_limit=config.time_limit, step_limit=config.step_limit,
                                        init_limit=config.init_limit, k0=config.k0),
                       seed=rng)
    position = np.full(model.getNVars(), -1, dtype=np.int64)
    position[search.integer] = np.arange(len(search.integer))
    states: list[dict[str, torch.Tensor]] = []
    history: list[np.ndarray] = []
    relaxer = LBRelaxSelector(config.lb_limit or config.step_limit)  # the LB-RELAX feature's LP, one per instance
    sub = SubIlp(copy_problem(model), search.integer, *bounds(model), mode="reuse")
    if search.start():
        while not search.done() and len(states) < config.max_states:
            state = search.state()
            selecting = time.perf_counter()
            relax = relaxer.relaxation(state) if config.lb_relax or config.relax_samples else None
            sign = 1.0 if state.sense == "minimize" else -1.0
            candidates = [(sign * (state.objective - obj), _changed(values, state))
                          for values, obj in (lb_pool(state, state.k, config.lb_limit) if config.lb_limit > 0 else [])
                          if better(obj, state.objective, state.sense)]
            sampled, tried = _sampled(state, sub, config, rng, relax)
            scored = sorted(candidates + sampled, key=lambda p: -p[0])
            positives, gains, seen = [], [], set()
            for gain, changed in scored:
                if (len(changed) and gain >= config.pos_ratio * scored[0][0] and changed.tobytes() not in seen
                        and len(positives) < config.max_positives):
                    seen.add(changed.tobytes())
                    positives.append(changed)
                    gains.append(gain)
            if positives:
                threshold = state.objective - sign * config.neg_ratio * gains[0]
                negatives = [destroy for destroy, gain in tried if gain <= config.neg_ratio * gains[0]]
                negatives += _negatives(positives[0], state, sub, threshold, config, rng)
                n_int = len(state.integer)
                features = featurizer.var_features(state.incumbent, history, relax if config.lb_relax else None)
                states.append({"var_x": torch.from_numpy(features),
                               "pos": _masks(positives, position, n_int), "neg": _masks(negatives, position, n_int),
                               "gain": torch.tensor(gains, dtype=torch.float64)})
                destroy = positives[0]
            else:
                destroy = random_fill(np.zeros(0, dtype=np.int64), state, rng)
            history = [state.incumbent.copy(), *history][:3]
            if search.step(np.sort(destroy), time.perf_counter() - selecting) is None:
                break
    static = featurizer.features(np.zeros(model.getNVars()))
    torch_save_atomic({"format_version": FORMAT_VERSION, "instance": str(job.instance),
                  "cons_x": torch.from_numpy(static.cons_x), "edge_index": torch.from_numpy(static.edge_index),
                  "edge_attr": torch.from_numpy(static.edge_attr), "integer": torch.from_numpy(static.integer),
                  "states": states}, out)
    summary = {"instance": str(job.instance), "file": out.name, "states": len(states),
               "positives": sum(int(s["pos"].shape[0]) for s in states),
               "negatives": sum(int(s["neg"].shape[0]) for s in states),
               "seconds": round(time.perf_counter() - started, 3)}
    write_text_atomic(summary_path, json.dumps(summary, indent=2) + "\n")
    return summary


def collect(instances: Sequence[str | os.PathLike[str]], out_dir: str | os.PathLike[str], config: CollectConfig,
            seed: int = 0, executor: Executor | None = None, quiet: bool = True) -> Path:
    """Collect expert data on ``instances`` (one Executor job each, instance i seeded ``seed + i``) into
    ``out_dir``; returns the header path. Instances whose files exist are not recollected."""
    out = Path(out_dir)
    jobs = [CollectJob(str(p), str(out / "samples" / f"{i:04d}_{Path(p).stem}.pt"), config, seed + i)
            for i, p in enumerate(instances)]
    own = executor is None
    executor = executor or LocalExecutor(1)
    try:
        summaries = executor.map(collect_instance, jobs, description="collecting LB expert data", quiet=quiet)
    finally:
        if own:
            executor.close()
    header = {"format_version": FORMAT_VERSION, "config": asdict(config), "seed": seed,
              "var_features": list(VAR_FEATURES), "cons_features": list(CONS_FEATURES),
              "edge_features": list(EDGE_FEATURES), "files": summaries}
    path = out / HEADER
    write_text_atomic(path, json.dumps(header, indent=2) + "\n")
    return path


def load_dataset(path: str | os.PathLike[str]) -> tuple[list[Sample], dict[str, Any]]:
    """The samples of a collected dataset (directory or its ``dataset.json``) and its header."""
    path = Path(path)
    header_path = path / HEADER if path.is_dir() else path
    header = json.loads(header_path.read_text())
    for key, names in (("var_features", VAR_FEATURES), ("cons_features", CONS_FEATURES)):
        stored = header.get(key, [])
        if list(names[:len(stored)]) != list(stored):
            raise InputError(f"feature columns {stored} are not a prefix of this version's {list(names)}",
                             file=header_path, field=key, expected="a dataset collected by this mlopt version")
    samples = []
    for entry in header["files"]:
        blob = torch.load(header_path.parent / "samples" / entry["file"], weights_only=True)
        for s in blob["states"]:
            features = BipartiteFeatures(s["var_x"].numpy(), blob["cons_x"].numpy(), blob["edge_index"].numpy(),
                                         blob["edge_attr"].numpy(), blob["integer"].numpy())
            samples.append(Sample(to_graph(features), s["pos"], s["neg"], s["gain"], blob["instance"]))
    return samples, header
