"""Maximum independent set and minimum vertex cover on random graphs.

- Independent set (Gasse et al. NeurIPS 2019): max sum x_v over a Barabasi-Albert graph, with one
  constraint sum_{v in C} x_v <= 1 per clique C (|C| >= 2) of a greedy clique partition, plus
  x_u + x_v <= 1 for every edge not inside one clique, so that every edge stays covered. On
  Erdos-Renyi graphs (the MIS instances of CL-LNS, Huang et al. ICML 2023) one constraint per edge.
- Vertex cover (CL-LNS's MVC on Barabasi-Albert graphs): min sum x_v s.t. x_u + x_v >= 1 per edge;
  unit weights.
"""

from __future__ import annotations

import numpy as np

from mlopt.datasets.ilp.graphs import Seed, barabasi_albert, erdos_renyi, greedy_clique_partition
from mlopt.datasets.ilp.problem import INF, IlpData, build_rows


def _graph(nodes: int, graph: str, affinity: int, mean_degree: float, seed: Seed) -> np.ndarray:
    if graph == "ba":
        return barabasi_albert(nodes, affinity, seed)
    if graph == "er":
        return erdos_renyi(nodes, mean_degree, seed)
    raise ValueError(f"unknown graph {graph!r} (expected 'ba' or 'er')")


def _binary(name: str, sense: str, n: int, rows: list) -> IlpData:
    indptr, indices, values, lhs, rhs = build_rows(rows)
    return IlpData(name=name, sense=sense, obj=np.ones(n), lb=np.zeros(n), ub=np.ones(n), vtype=("B",) * n,
                   indptr=indptr, indices=indices, values=values, lhs=lhs, rhs=rhs)


def independent_set(nodes: int, seed: Seed, *, graph: str = "ba", affinity: int = 4,
                    mean_degree: float = 8.0) -> IlpData:
    """Maximum independent set; clique-partition rows on ``graph='ba'``, edge rows on ``'er'``."""
    edges = _graph(nodes, graph, affinity, mean_degree, seed)
    rows = []
    if graph == "ba":
        clique_of = np.empty(nodes, dtype=np.int64)
        for c, clique in enumerate(greedy_clique_partition(nodes, edges)):
            clique_of[clique] = c
            if len(clique) >= 2:
                rows.append((np.sort(clique), np.ones(len(clique)), -INF, 1.0))
        edges = edges[clique_of[edges[:, 0]] != clique_of[edges[:, 1]]]
    rows.extend((e, np.ones(2), -INF, 1.0) for e in edges)
    return _binary(f"mis_{graph}_n{nodes}", "maximize", nodes, rows)


def vertex_cover(nodes: int, seed: Seed, *, graph: str = "ba", affinity: int = 4,
                 mean_degree: float = 8.0) -> IlpData:
    """Minimum (unit-weight) vertex cover: one covering row per edge."""
    edges = _graph(nodes, graph, affinity, mean_degree, seed)
    return _binary(f"mvc_{graph}_n{nodes}", "minimize", nodes, [(e, np.ones(2), 1.0, INF) for e in edges])
