"""Named instance families and size presets: ``generate(family, size, seed)`` and ``write_instances``.

Families: ``setcover`` (Balas & Ho), ``cauction`` (Leyton-Brown arbitrary), ``mis`` (independent set),
``mvc`` (vertex cover), ``cfl`` (Cornuejols facility location), ``mknap`` (Chu & Beasley multidimensional
knapsack; no shipped selector is trained on it, so it is the benchmark's never-seen family). Presets: ``tiny`` (for tests; solves in
well under a second), ``small`` / ``medium`` (Gasse et al. 2019's easy / medium sizes), ``clns`` (the
sizes of CL-LNS, Huang et al. ICML 2023: MVC 1000 nodes BA affinity 70, MIS 6000 nodes Erdos-Renyi mean
degree 8, CA 2000 items / 4000 bids, SC 4000 columns x 5000 rows; CFL at Gasse's hard size, 400
customers x 100 facilities; MKNAP at OR-Library's largest, 500 items x 30 rows).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Callable

from pyscipopt import Model

from mlopt.datasets.ilp.auctions import combinatorial_auction
from mlopt.datasets.ilp.facility import facility_location
from mlopt.datasets.ilp.graph_problems import independent_set, vertex_cover
from mlopt.datasets.ilp.graphs import Seed
from mlopt.datasets.ilp.io import write_model_atomic
from mlopt.datasets.ilp.knapsack import multidimensional_knapsack
from mlopt.datasets.ilp.problem import IlpData, to_model
from mlopt.datasets.ilp.setcover import set_cover
from mlopt.errors import InputError

GENERATORS: dict[str, Callable[..., IlpData]] = {
    "setcover": set_cover,
    "cauction": combinatorial_auction,
    "mis": independent_set,
    "mvc": vertex_cover,
    "cfl": facility_location,
    "mknap": multidimensional_knapsack,
}

PRESETS: dict[str, dict[str, dict[str, Any]]] = {
    "setcover": {
        "tiny": dict(rows=100, cols=200, density=0.05),
        "small": dict(rows=500, cols=1000, density=0.05),
        "medium": dict(rows=1000, cols=1000, density=0.05),
        "clns": dict(rows=5000, cols=4000, density=0.05),
    },
    "cauction": {
        "tiny": dict(items=30, bids=60),
        "small": dict(items=100, bids=500),
        "medium": dict(items=200, bids=1000),
        "clns": dict(items=2000, bids=4000),
    },
    "mis": {
        "tiny": dict(nodes=100, graph="ba", affinity=4),
        "small": dict(nodes=500, graph="ba", affinity=4),
        "medium": dict(nodes=1000, graph="ba", affinity=4),
        "clns": dict(nodes=6000, graph="er", mean_degree=8.0),
    },
    "mvc": {
        "tiny": dict(nodes=100, graph="ba", affinity=4),
        "small": dict(nodes=500, graph="ba", affinity=10),
        "medium": dict(nodes=1000, graph="ba", affinity=30),
        "clns": dict(nodes=1000, graph="ba", affinity=70),
    },
    "cfl": {
        "tiny": dict(customers=20, facilities=10),
        "small": dict(customers=100, facilities=100),
        "medium": dict(customers=200, facilities=100),
        "clns": dict(customers=400, facilities=100),
    },
    "mknap": {
        "tiny": dict(items=30, dims=5),
        "small": dict(items=100, dims=5),
        "medium": dict(items=250, dims=10),
        "clns": dict(items=500, dims=30),
    },
}

FAMILIES = tuple(GENERATORS)
SIZES = ("tiny", "small", "medium", "clns")


def preset(family: str, size: str) -> dict[str, Any]:
    """The generator keyword arguments of ``family`` at ``size`` (InputError when either is unknown)."""
    if family not in PRESETS:
        raise InputError(f"unknown family {family!r}", field="family", expected="one of " + ", ".join(FAMILIES))
    if size not in PRESETS[family]:
        raise InputError(f"unknown size {size!r}", field="size", expected="one of " + ", ".join(SIZES))
    return dict(PRESETS[family][size])


def generate_data(family: str, size: str, seed: Seed, **overrides: Any) -> IlpData:
    """The solver-neutral instance (``overrides`` replace preset parameters)."""
    params = {**preset(family, size), **overrides}
    return GENERATORS[family](seed=seed, **params)


def generate(family: str, size: str, seed: Seed, **overrides: Any) -> Model:
    """A ``pyscipopt.Model`` of ``family`` at preset ``size`` drawn with ``seed``."""
    return to_model(generate_data(family, size, seed, **overrides))


def write_instances(family: str, size: str, n: int, out_dir: str | os.PathLike[str], seed: int,
                    **overrides: Any) -> list[Path]:
    """Write ``n`` instances as ``<family>_<size>_<i>.mps`` (instance i drawn with seed ``seed + i``)."""
    out = Path(out_dir)
    paths = []
    for i in range(n):
        path = out / f"{family}_{size}_{i}.mps"
        write_model_atomic(generate(family, size, seed + i, **overrides), path)
        paths.append(path)
    return paths
