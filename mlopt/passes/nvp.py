"""Normalized value prediction (NVP; Liang et al., ICML 2023, Sec. 4.2) over the program graph.

A GNN reads the ProGraML-like graph of a program's -O0 IR (:mod:`mlopt.envs.passes.graph`) and outputs
one logit per coreset sequence. Training target (Sec. 4.2): the softmax of the normalized values
(Eq. 1) at a small temperature,

    y_j = exp(r_j / T) / sum_k exp(r_k / T),   T = 0.002 by default                          (Eq. 3)

with the cross-entropy ``-sum_j y_j log softmax(z)_j`` as the loss, Adam at 3e-4 (the paper's values).
Inference (:func:`optimize`) ranks the coreset by the logits and compiles -Oz plus the best-ranked
sequences until ``budget`` compilations are used, keeping the smallest result, so the answer is never
worse than -Oz.

Model (:class:`NVPNet`): opcode embedding for the nodes, edge-type embedding (control / data / call)
as GATv2 edge features (Brody et al., ICLR 2022), ``layers`` residual GATv2 layers, mean and max
pooling, an MLP head. Simplifications: 4 layers of width 64 by default (the paper uses 8), and the
compilation budget counts sequences (one ``opt`` run each), where the paper counts passes (45 passes
over sequences of 4-20 passes).
"""

from __future__ import annotations

import copy
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn
from torch_geometric.data import Batch, Data
from torch_geometric.nn import GATv2Conv, global_max_pool, global_mean_pool

from mlopt.datasets.programs import Program
from mlopt.envs.passes.graph import EDGE_TYPES, NUM_NODE_TYPES, program_graph
from mlopt.envs.passes.graph_text import UnsupportedText, program_graph_from_text
from mlopt.envs.passes.ir import parse_for_features
from mlopt.errors import InputError
from mlopt.passes.coreset import Coreset
from mlopt.passes.feature_ranker import NVPFeatureNet
from mlopt.passes.evaluate import DEFAULT_BUDGET, SequenceEvaluator
from mlopt.passes.timed import Optimized, Search
from mlopt.nn import mlp, register_model_class, seeded
from mlopt.nn.checkpoint import load_model

DEFAULT_TEMPERATURE = 0.002


@register_model_class
class NVPNet(nn.Module):
    """Program graph -> one logit per coreset sequence (module docstring).

    Args:
        num_sequences: coreset size K (output logits).
        hidden: width of node states.
        layers: GATv2 message-passing layers.
        heads: attention heads per layer (concatenated back to ``hidden``).
    """

    def __init__(self, num_sequences: int, hidden: int = 64, layers: int = 4, heads: int = 4) -> None:
        super().__init__()
        if hidden % heads:
            raise ValueError(f"hidden {hidden} is not a multiple of heads {heads}")
        self._config = {"num_sequences": num_sequences, "hidden": hidden, "layers": layers, "heads": heads}
        self.node_embedding = nn.Embedding(NUM_NODE_TYPES, hidden)
        self.edge_embedding = nn.Embedding(len(EDGE_TYPES), hidden)
        self.convs = nn.ModuleList(GATv2Conv(hidden, hidden // heads, heads=heads, edge_dim=hidden)
                                   for _ in range(layers))
        self.norms = nn.ModuleList(nn.LayerNorm(hidden) for _ in range(layers))
        self.head = mlp([2 * hidden + 1, hidden, num_sequences])

    def config(self) -> dict[str, int]:
        """Constructor arguments (for :func:`mlopt.nn.checkpoint.save_model`)."""
        return dict(self._config)

    @staticmethod
    def encode(program: Program | str) -> Data:
        """The model's input for one program (:func:`program_data`)."""
        return program_data(program)

    @staticmethod
    def collate(inputs: Sequence[Data]) -> Batch:
        """A batch of encoded programs."""
        return Batch.from_data_list(list(inputs))

    def forward(self, data: Data | Batch) -> torch.Tensor:
        """Logits [B, K] of a batch of graphs (``x`` [N, 1] opcode indices, ``edge_type`` [E])."""
        batch = data.batch if getattr(data, "batch", None) is not None else torch.zeros(
            data.num_nodes, dtype=torch.long)
        h = self.node_embedding(data.x.view(-1))
        edges = self.edge_embedding(data.edge_type)
        for conv, norm in zip(self.convs, self.norms):
            h = norm(h + F.relu(conv(h, data.edge_index, edges)))
        sizes = torch.bincount(batch, minlength=int(batch.max()) + 1 if batch.numel() else 1).float()
        pooled = torch.cat([global_mean_pool(h, batch), global_max_pool(h, batch), torch.log1p(sizes)[:, None]], 1)
        return self.head(pooled)


def program_data(program: Program | str) -> Data:
    """The graph observation of a program's IR (``mlopt.envs.passes.graph``), read from the text
    (:func:`~mlopt.envs.passes.graph_text.program_graph_from_text`, the same graph several times faster), or
    through llvmlite for text that reader does not cover."""
    ir = program.ir if isinstance(program, Program) else program
    try:
        return program_graph_from_text(ir).to_data()
    except UnsupportedText:
        return program_graph(parse_for_features(ir)).to_data()


def soft_targets(values: np.ndarray | torch.Tensor, temperature: float = DEFAULT_TEMPERATURE) -> torch.Tensor:
    """Eq. 3: ``softmax(values / T)`` along the last axis."""
    return torch.softmax(torch.as_tensor(values, dtype=torch.float32) / temperature, dim=-1)


def topk_value(scores: np.ndarray, values: np.ndarray, budget: int) -> np.ndarray:
    """Per program, the best value among -Oz (column 0, value 0) and the ``budget - 1`` best-scored others."""
    order = np.argsort(-scores[:, 1:], axis=1, kind="stable")[:, : max(budget - 1, 0)] + 1
    tried = np.take_along_axis(values, order, axis=1)
    return np.maximum(values[:, 0], tried.max(axis=1) if tried.shape[1] else values[:, 0])


@dataclass
class TrainResult:
    """Per-epoch training loss and validation top-k value; the epoch whose weights were kept."""

    train_loss: list[float] = field(default_factory=list)
    val_value: list[float] = field(default_factory=list)
    best_epoch: int = -1


MODEL_KINDS = ("graph", "features")
Ranker = NVPNet | NVPFeatureNet


def make_ranker(kind: str, num_sequences: int, **model_args: int) -> Ranker:
    """The NVP model of ``kind``: ``graph`` (:class:`NVPNet`, the paper's) or ``features``
    (:class:`~mlopt.passes.feature_ranker.NVPFeatureNet`)."""
    if kind not in MODEL_KINDS:
        raise InputError(f"unknown model kind {kind!r}", field="kind", expected=" or ".join(MODEL_KINDS))
    return (NVPNet if kind == "graph" else NVPFeatureNet)(num_sequences, **model_args)


def train_nvp(inputs: Sequence[Data | torch.Tensor], values: np.ndarray,
              val_inputs: Sequence[Data | torch.Tensor] = (), val_values: np.ndarray | None = None,
              epochs: int = 300, lr: float = 3e-4, temperature: float = DEFAULT_TEMPERATURE, seed: int = 0,
              val_budget: int = 5, model_args: dict[str, int] | None = None, batch_size: int | None = None,
              on_epoch: Callable[[int, TrainResult], None] | None = None,
              kind: str = "graph") -> tuple[Ranker, TrainResult]:
    """Fit an NVP model of ``kind`` (:func:`make_ranker`) to ``values`` [P, K] (Eq. 3 cross-entropy, Adam at
    ``lr``) from the programs' encoded ``inputs`` (the model class's ``encode``: graphs, or feature vectors):
    full batch, or minibatches of ``batch_size`` programs in a seeded order per epoch (one step each; for
    corpora of hundreds of programs, where a full batch is one slow step per epoch). ``train_loss`` is the
    epoch's mean over its minibatches.

    With validation programs, the kept weights are those of the epoch with the best mean top-``val_budget``
    value (:func:`topk_value`) on them (ties: the later epoch); otherwise the last epoch's. ``on_epoch(epoch,
    result so far)`` is called after each epoch (e.g. a progress line).
    """
    if len(inputs) != len(values) or not len(inputs):
        raise InputError(f"{len(inputs)} programs for {len(values)} value rows", field="values",
                         expected="one row of coreset values per training program")
    with seeded(seed):
        model = make_ranker(kind, values.shape[1], **(model_args or {}))
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    targets = soft_targets(values, temperature)
    size = len(inputs) if batch_size is None else min(batch_size, len(inputs))
    full = model.collate(inputs) if size == len(inputs) else None
    order_rng = np.random.default_rng(seed)
    val_batch = model.collate(val_inputs) if len(val_inputs) else None
    result, best_state, best = TrainResult(), copy.deepcopy(model.state_dict()), -np.inf
    for epoch in range(epochs):
        model.train()
        order = np.arange(len(inputs)) if full is not None else order_rng.permutation(len(inputs))
        losses = []
        for start in range(0, len(inputs), size):
            rows = order[start:start + size]
            batch = full if full is not None else model.collate([inputs[i] for i in rows])
            loss = -(targets[rows] * torch.log_softmax(model(batch), dim=-1)).sum(-1).mean()
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            losses.append(loss.item())
        result.train_loss.append(float(np.mean(losses)))
        if val_batch is None or val_values is None:
            if on_epoch is not None:
                on_epoch(epoch, result)
            continue
        model.eval()
        with torch.no_grad():
            scores = model(val_batch).numpy()
        value = float(topk_value(scores, val_values, val_budget).mean())
        result.val_value.append(value)
        if value >= best:
            best, best_state, result.best_epoch = value, copy.deepcopy(model.state_dict()), epoch
        if on_epoch is not None:
            on_epoch(epoch, result)
    if val_batch is not None:
        model.load_state_dict(best_state)
    else:
        result.best_epoch = epochs - 1
    return model.eval(), result


def load_ranker(path: str | os.PathLike[str]) -> Ranker:
    """An NVP model file of either kind (``nvp.pt`` from ``mlopt passes train``); InputError naming the file
    when it holds anything else."""
    model, _ = load_model(path)
    if not isinstance(model, (NVPNet, NVPFeatureNet)):
        raise InputError(f"holds a {type(model).__name__}", file=str(path), expected="an NVP model (NVPNet or "
                         "NVPFeatureNet) written by `mlopt passes train`")
    return model


def rank(model: Ranker, program: Program | str) -> np.ndarray:
    """Coreset indices ordered by the predicted value, best first."""
    with torch.no_grad():
        scores = model.eval()(model.collate([model.encode(program)]))[0].numpy()
    return np.argsort(-scores, kind="stable")


def optimize(evaluator: SequenceEvaluator, program: Program | str, coreset: Coreset, model: Ranker | None,
             budget: int = DEFAULT_BUDGET) -> Optimized:
    """-Oz plus the ``budget - 1`` best-ranked coreset sequences (all of them in coreset order when
    ``model`` is None); the smallest result wins, -Oz on ties, so it is never worse than -Oz."""
    if budget < 1:
        raise InputError(f"{budget}", field="budget", expected="at least 1 compilation")
    if model is not None and model.config()["num_sequences"] != len(coreset.sequences):
        raise InputError(f"model predicts {model.config()['num_sequences']} sequences, coreset has "
                         f"{len(coreset.sequences)}", field="model", expected="a model trained on this coreset")
    order = range(len(coreset.sequences)) if model is None else rank(model, program)
    search = Search(evaluator, program)
    search.run([coreset.sequences[j] for j in order], budget)
    return search.result()
