"""Seeded random graphs (Barabasi-Albert, Erdos-Renyi) and a greedy clique partition.

Graphs are undirected edge arrays of shape ``[E, 2]`` with ``u < v`` and no duplicates.
"""

from __future__ import annotations

import numpy as np

Seed = int | np.random.Generator


def barabasi_albert(n: int, affinity: int, seed: Seed) -> np.ndarray:
    """Preferential attachment (Barabasi & Albert 1999), as Gasse et al. (2019) use for independent set.

    The first ``affinity + 1`` nodes form a clique; each later node links to ``affinity`` distinct earlier
    nodes drawn with probability proportional to their degree. ``E = affinity * (n - affinity - 1) +
    affinity * (affinity + 1) / 2``.
    """
    if not 1 <= affinity < n:
        raise ValueError(f"affinity must be in [1, n), got {affinity} for n={n}")
    rng = np.random.default_rng(seed)
    core = affinity + 1
    edges = [(u, v) for u in range(core) for v in range(u + 1, core)]
    degree = np.zeros(n, dtype=np.float64)
    degree[:core] = affinity
    for new in range(core, n):
        targets = rng.choice(new, size=affinity, replace=False, p=degree[:new] / degree[:new].sum())
        edges.extend((int(t), new) for t in targets)
        degree[targets] += 1
        degree[new] = affinity
    return np.array(edges, dtype=np.int64).reshape(-1, 2)


def erdos_renyi(n: int, mean_degree: float, seed: Seed) -> np.ndarray:
    """G(n, p) with ``p = mean_degree / (n - 1)`` (the MIS instances of CL-LNS, Huang et al. ICML 2023).

    The edge count is drawn from its binomial law and the edges uniformly without repetition.
    """
    rng = np.random.default_rng(seed)
    pairs = n * (n - 1) // 2
    m = int(rng.binomial(pairs, min(1.0, mean_degree / (n - 1))))
    codes = np.zeros(0, dtype=np.int64)
    while len(codes) < m:  # rejection sampling of distinct pairs: m << n^2 for the sparse graphs here
        u, v = rng.integers(0, n, size=(2, 2 * (m - len(codes)) + 16))
        keep = u != v
        lo, hi = np.minimum(u, v)[keep], np.maximum(u, v)[keep]
        fresh = np.setdiff1d(np.unique(lo * n + hi), codes)
        codes = np.concatenate([codes, rng.permutation(fresh)[: m - len(codes)]])
    codes = np.sort(codes)
    return np.stack([codes // n, codes % n], axis=1)


def greedy_clique_partition(n: int, edges: np.ndarray) -> list[list[int]]:
    """Partition the nodes into cliques greedily (Gasse et al. 2019, independent set).

    Take the remaining node of highest degree, then add its remaining neighbours in decreasing degree
    order whenever they are adjacent to every node already in the clique; repeat until no node is left.
    Singletons are returned too (callers drop them).
    """
    neighbours: list[set[int]] = [set() for _ in range(n)]
    for u, v in edges.tolist():
        neighbours[u].add(v)
        neighbours[v].add(u)
    degree = np.array([len(s) for s in neighbours])
    remaining = set(range(n))
    cliques = []
    for node in np.argsort(-degree, kind="stable").tolist():
        if node not in remaining:
            continue
        clique = [node]
        remaining.discard(node)
        for other in sorted(neighbours[node] & remaining, key=lambda w: (-degree[w], w)):
            if all(other in neighbours[c] for c in clique):
                clique.append(other)
                remaining.discard(other)
        cliques.append(clique)
    return cliques
