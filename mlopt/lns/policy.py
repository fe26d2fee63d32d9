"""The CL-LNS neighbourhood policy network (Huang, Ferber, Tian, Dilkina, Steiner, ICML 2023) and the
bipartite graph it reads.

Network, as in the paper: variable and constraint features are embedded to 64 dimensions; one round of
graph-attention message passing variable -> constraint -> variable (GATv2 convolutions, 8 heads x 8
channels, edge features, LeakyReLU 0.2); an output MLP gives one logit per variable. Only the integer
variables' logits are used. The same network trained with a per-variable BCE loss is the IL-LNS baseline
(Sonnerat et al. 2021). Simplification: GATv2Conv (Brody et al. 2022) rather than the original GAT
attention; residual connections around each convolution.

:func:`to_graph` turns the numpy features of :mod:`mlopt.envs.lns.features` into a torch_geometric
HeteroData; :mod:`mlopt.lns.scorer` scores LNS states with the network and :mod:`mlopt.lns.selector`
makes the learned destroy-set selector of a checkpoint.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import torch
from torch import nn
from torch_geometric.data import HeteroData
from torch_geometric.nn import GATv2Conv

from mlopt.nn import mlp, register_model_class
from mlopt.envs.lns.features import CONS_FEATURES, EDGE_FEATURES, VAR_FEATURES, BipartiteFeatures

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
