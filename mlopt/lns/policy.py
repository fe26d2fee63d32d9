"""The CL-LNS neighbourhood policy (Huang, Ferber, Tian, Dilkina, Steiner, ICML 2023) and its learned selector.

Network, as in the paper: variable and constraint features are embedded to 64 dimensions; one round of
graph-attention message passing variable -> constraint -> variable (GATv2 convolutions, 8 heads x 8
channels, edge features, LeakyReLU 0.2); an output MLP gives one logit per variable. Only the integer
variables' logits are used. The same network trained with a per-variable BCE loss is the IL-LNS baseline
(Sonnerat et al. 2021). Simplification: GATv2Conv (Brody et al. 2022) rather than the original GAT
attention; residual connections around each convolution.

:func:`make_clns_selector` wraps a trained policy and the feature extractor of
:mod:`mlopt.envs.lns.features` into a :class:`mlopt.solvers.lns.selectors.ScoredSelector`: top-k of the
logits, k sampled without replacement with probabilities proportional to sigmoid(logit), or CL-LNS's
greedy rule (top-k, sampling when the top k would repeat), as the checkpoint says.
"""

from __future__ import annotations

import os
from typing import Any

import numpy as np
import torch
from torch import nn
from torch_geometric.data import HeteroData
from torch_geometric.nn import GATv2Conv

from mlopt.nn import load_model, mlp, register_model_class
from mlopt.envs.lns.features import CONS_FEATURES, EDGE_FEATURES, VAR_FEATURES, BipartiteFeatures, BipartiteFeaturizer
from mlopt.solvers.lns.selectors import LBRelaxSelector, ScoredSelector
from mlopt.solvers.lns.state import LNSState

VAR, CONS = "var", "cons"
TO_CONS = (VAR, "in", CONS)
TO_VAR = (CONS, "has", VAR)


def to_graph(features: BipartiteFeatures) -> HeteroData:
    """A torch_geometric HeteroData: node types ``var`` / ``cons``, edges var->cons and cons->var with the
    two edge features, and ``data["var"].is_int`` marking the integer variables."""
    data = HeteroData()
    n = len(features.var_x)
    data[VAR].x = torch.from_numpy(np.ascontiguousarray(features.var_x, dtype=np.float32))
    data[CONS].x = torch.from_numpy(np.ascontiguousarray(features.cons_x, dtype=np.float32))
    is_int = torch.zeros(n, dtype=torch.bool)
    is_int[torch.from_numpy(features.integer)] = True
    data[VAR].is_int = is_int
    edge_index = torch.from_numpy(np.ascontiguousarray(features.edge_index, dtype=np.int64))
    edge_attr = torch.from_numpy(np.ascontiguousarray(features.edge_attr, dtype=np.float32))
    data[TO_CONS].edge_index, data[TO_CONS].edge_attr = edge_index, edge_attr
    data[TO_VAR].edge_index, data[TO_VAR].edge_attr = edge_index.flip(0), edge_attr
    return data


def _leaky_relu() -> nn.Module:
    return nn.LeakyReLU(0.2)


@register_model_class
class CLNSPolicy(nn.Module):
    """Bipartite GAT: one logit per variable node (see the module docstring)."""

    def __init__(self, var_features: int = len(VAR_FEATURES), cons_features: int = len(CONS_FEATURES),
                 edge_features: int = len(EDGE_FEATURES), hidden: int = 64, heads: int = 8) -> None:
        super().__init__()
        if hidden % heads:
            raise ValueError(f"hidden ({hidden}) must be a multiple of heads ({heads})")
        self._config = dict(var_features=var_features, cons_features=cons_features, edge_features=edge_features,
                            hidden=hidden, heads=heads)
        self.var_embed = mlp([var_features, hidden, hidden], _leaky_relu, final_activation=True)
        self.cons_embed = mlp([cons_features, hidden, hidden], _leaky_relu, final_activation=True)
        conv = dict(heads=heads, edge_dim=edge_features, add_self_loops=False, negative_slope=0.2)
        self.to_cons = GATv2Conv((hidden, hidden), hidden // heads, **conv)
        self.to_var = GATv2Conv((hidden, hidden), hidden // heads, **conv)
        self.act = nn.LeakyReLU(0.2)
        self.head = mlp([hidden, hidden, 1], _leaky_relu)

    def config(self) -> dict[str, Any]:
        return dict(self._config)

    def forward(self, data: HeteroData) -> torch.Tensor:
        """Logits [number of variable nodes] (of a single graph or a batch). Reads the first
        ``var_features`` / ``cons_features`` columns: feature columns are only ever appended
        (:mod:`mlopt.envs.lns.features`), so a model keeps working when newer features follow its own."""
        var_x, cons_x = data[VAR].x, data[CONS].x
        want_v, want_c = self._config["var_features"], self._config["cons_features"]
        if var_x.shape[1] < want_v or cons_x.shape[1] < want_c:
            raise ValueError(f"the graph has {var_x.shape[1]} variable / {cons_x.shape[1]} constraint feature "
                             f"columns, the model reads {want_v} / {want_c}")
        v = self.var_embed(var_x[:, :want_v])
        c = self.cons_embed(cons_x[:, :want_c])
        c = c + self.act(self.to_cons((v, c), data[TO_CONS].edge_index, data[TO_CONS].edge_attr))
        v = v + self.act(self.to_var((c, v), data[TO_VAR].edge_index, data[TO_VAR].edge_attr))
        return self.head(v).squeeze(-1)


class CLNSScorer:
    """``state -> logits of state.integer``: caches the static features of the instance it last saw. The
    history features are the last 3 *earlier incumbents* (one entry per improvement, as in expert
    collection, where almost every step improves), so a step without improvement sees the same features
    as the step before and reuses its logits (no GNN pass). With ``lb_relax`` each call also solves the
    LB-RELAX LP (radius k, ``lb_relax_limit`` s; one persistent LP per instance,
    :class:`~mlopt.solvers.lns.local_branching.LocalBranchingLP`) for the LB-RELAX feature, as CL-LNS
    does, and nothing is reused (the LP depends on k).

    The forward pass runs on ``threads`` torch threads (restored afterwards). One by default: SCIP solves
    the sub-ILPs on one thread and benchmarks run one LNS per core, where torch's default of one thread
    per core oversubscribed the CPU (MIS-6000 forward pass 0.037 s at one thread, 0.14 s at two while
    another process ran)."""

    def __init__(self, policy: CLNSPolicy, lb_relax: bool = False, lb_relax_limit: float = 5.0,
                 threads: int = 1) -> None:
        if threads < 1:
            raise ValueError(f"threads must be >= 1, got {threads}")
        self.policy = policy.eval()
        self.lb_relax = lb_relax
        self.threads = threads
        self._relaxer = LBRelaxSelector(lb_relax_limit)
        self._model_id: int | None = None
        self._featurizer: BipartiteFeaturizer | None = None
        self._history: list[np.ndarray] = []
        self._current: np.ndarray | None = None
        self._logits: np.ndarray | None = None

    def featurize(self, state: LNSState) -> BipartiteFeatures:
        if self._model_id != id(state.model) or self._featurizer is None:
            self._model_id, self._featurizer = id(state.model), BipartiteFeaturizer(state.model)
            self._history, self._current, self._logits = [], None, None
        if self._current is not None and not np.array_equal(self._current, state.incumbent):
            self._history = [self._current, *self._history][:3]
        self._current = state.incumbent.copy()
        relax = self._relaxer.relaxation(state) if self.lb_relax else None
        return self._featurizer.features(state.incumbent, self._history, relax)

    def __call__(self, state: LNSState) -> np.ndarray:
        if (not self.lb_relax and self._logits is not None and self._model_id == id(state.model)
                and np.array_equal(self._current, state.incumbent)):
            return self._logits
        graph = to_graph(self.featurize(state))
        previous = torch.get_num_threads()
        torch.set_num_threads(self.threads)
        try:
            with torch.no_grad():
                logits = self.policy(graph)
        finally:
            torch.set_num_threads(previous)
        self._logits = logits[graph[VAR].is_int].double().numpy()
        return self._logits


LEARNED_SELECTORS: tuple[str, ...] = ("cl-lns", "il-lns")  # the same network, contrastive or BCE training
SELECTOR_FACTORY = "mlopt.lns.policy:make_clns_selector"  # for mlopt.solvers.lns.bench.SelectorSpec


def make_clns_selector(model: CLNSPolicy | str | os.PathLike[str], mode: str | None = None,
                       lb_relax: bool | None = None, name: str = "cl-lns") -> ScoredSelector:
    """A CL-LNS (or IL-LNS) selector from a policy or a checkpoint written by
    :func:`mlopt.nn.checkpoint.save_model`; ``lb_relax`` defaults to the checkpoint's
    ``metadata["lb_relax"]`` (the features must match training), ``mode`` to its ``metadata["selection"]``
    (``mlopt lns train --selection``), else to sampling. Which is better depends on the model: the shipped
    MIS model (trained without the incumbent-tightness columns) improved 3 times in 99 steps with top-k
    against 18 in 108 with sampling (held-out MIS-6000, 30 s runs), while with the MVC model trained with
    them top-k ends lower than greedy and sampling (908 / 909 / 911 in a 30 s MVC-1000 run; Random 913;
    benchmarks/RESULTS.md)."""
    metadata: dict[str, Any] = {}
    if not isinstance(model, nn.Module):
        model, metadata = load_model(model, expected=CLNSPolicy)
    if not isinstance(model, CLNSPolicy):
        raise TypeError(f"expected a CLNSPolicy, got {type(model).__name__}")
    use_relax = bool(metadata.get("lb_relax", False)) if lb_relax is None else lb_relax
    use_mode = str(metadata.get("selection", "sample")) if mode is None else mode
    return ScoredSelector(CLNSScorer(model, lb_relax=use_relax), mode=use_mode, name=name)
