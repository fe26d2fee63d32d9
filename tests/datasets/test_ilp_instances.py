"""ILP instance generators, MPS round trips, loading errors and stored reference objectives."""

from __future__ import annotations

import json

import numpy as np
import pytest

from mlopt.datasets.ilp import (
    FAMILIES, PRESETS, generate, generate_data, load_instance, reference_objective, reference_path,
    to_model, write_instances,
)
from mlopt.datasets.ilp.graphs import barabasi_albert, erdos_renyi, greedy_clique_partition
from mlopt.errors import InputError


def rows_of(data):
    return [set(data.indices[data.indptr[i]:data.indptr[i + 1]].tolist()) for i in range(data.num_constraints)]


def test_set_cover_tiny_matches_parameters() -> None:
    p = PRESETS["setcover"]["tiny"]
    data = generate_data("setcover", "tiny", 0)
    assert (data.num_vars, data.num_constraints) == (p["cols"], p["rows"])
    assert len(data.indices) == max(round(p["rows"] * p["cols"] * p["density"]), 2 * p["cols"])
    per_col = np.bincount(data.indices, minlength=p["cols"])
    assert per_col.min() >= 2 and all(len(r) >= 1 for r in rows_of(data))
    assert np.all(data.lhs == 1) and np.all(np.isinf(data.rhs))
    assert np.all((data.obj >= 1) & (data.obj <= 100) & (data.obj == np.round(data.obj)))


def test_auction_tiny_matches_parameters() -> None:
    p = PRESETS["cauction"]["tiny"]
    data = generate_data("cauction", "tiny", 0)
    assert data.sense == "maximize" and data.num_vars == p["bids"]
    assert np.all(data.obj > 0) and np.all(data.rhs == 1)
    # one row per item that appears in a bid (<= items) plus one XOR row per bidder with several bids
    assert p["items"] // 2 <= data.num_constraints <= p["items"] + p["bids"]
    assert all(len(r) >= 1 for r in rows_of(data))


def test_independent_set_covers_every_edge_with_clique_rows() -> None:
    p = PRESETS["mis"]["tiny"]
    data = generate_data("mis", "tiny", 3)
    edges = barabasi_albert(p["nodes"], p["affinity"], 3)
    assert data.num_vars == p["nodes"] and data.sense == "maximize"
    rows = rows_of(data)
    assert all(any({u, v} <= r for r in rows) for u, v in edges.tolist())
    cliques = [c for c in greedy_clique_partition(p["nodes"], edges) if len(c) >= 2]
    inside = sum(len(c) * (len(c) - 1) // 2 for c in cliques)
    assert data.num_constraints == len(cliques) + len(edges) - inside


def test_vertex_cover_and_graphs_match_parameters() -> None:
    p = PRESETS["mvc"]["tiny"]
    n, a = p["nodes"], p["affinity"]
    data = generate_data("mvc", "tiny", 0)
    assert data.num_vars == n and data.num_constraints == a * (n - a - 1) + a * (a + 1) // 2
    er = erdos_renyi(2000, 8.0, 0)
    assert np.all(er[:, 0] < er[:, 1]) and len(np.unique(er, axis=0)) == len(er)
    assert abs(2 * len(er) / 2000 - 8.0) < 0.5


def test_facility_location_matches_parameters() -> None:
    p = PRESETS["cfl"]["tiny"]
    c, f = p["customers"], p["facilities"]
    data = generate_data("cfl", "tiny", 0)
    assert data.num_vars == f + f * c and data.num_integer == f
    assert data.num_constraints == c + f + 1 + f * c


def test_multidimensional_knapsack_follows_chu_and_beasley() -> None:
    data = generate_data("mknap", "medium", 3)
    items, dims = PRESETS["mknap"]["medium"]["items"], PRESETS["mknap"]["medium"]["dims"]
    assert (data.num_vars, data.num_constraints, data.num_integer, data.sense) == (items, dims, items, "maximize")
    weights = np.zeros((dims, items))
    for i in range(dims):
        weights[i, data.indices[data.indptr[i]:data.indptr[i + 1]]] = data.values[data.indptr[i]:data.indptr[i + 1]]
    assert weights.min() >= 0 and weights.max() <= 1000 and np.all(weights == np.round(weights))
    assert np.array_equal(data.rhs, np.floor(0.5 * weights.sum(axis=1))) and np.all(np.isinf(data.lhs))
    slack = data.obj - weights.sum(axis=0) / dims  # the profit's uniform part, 500 u_j (rounded)
    assert slack.min() >= -0.5 and slack.max() <= 500.5 and 200 < slack.mean() < 300
    with pytest.raises(ValueError, match="tightness"):
        generate_data("mknap", "tiny", 0, tightness=1.5)


@pytest.mark.parametrize("family", FAMILIES)
def test_tiny_instances_build_and_solve_to_optimality(family: str) -> None:
    data = generate_data(family, "tiny", 1)
    model = to_model(data)
    assert (model.getNVars(), model.getNConss()) == (data.num_vars, data.num_constraints)
    model.setParam("limits/time", 10.0)
    model.optimize()
    assert model.getStatus() == "optimal"
    assert model.getSolvingTime() < 1.0


def test_generation_is_seeded() -> None:
    a, b, c = (generate_data("cauction", "tiny", s) for s in (5, 5, 6))
    assert np.array_equal(a.obj, b.obj) and np.array_equal(a.indices, b.indices)
    assert not np.array_equal(a.obj, c.obj)
    rng_data = generate_data("mis", "tiny", np.random.default_rng(5))
    assert np.array_equal(rng_data.indices, generate_data("mis", "tiny", 5).indices)


def test_unknown_family_or_size_is_an_input_error() -> None:
    with pytest.raises(InputError, match="family"):
        generate("knapsack", "tiny", 0)
    with pytest.raises(InputError, match="size"):
        generate("mis", "huge", 0)


@pytest.mark.parametrize("family", ["setcover", "cfl"])
def test_mps_round_trip(tmp_path, family: str) -> None:
    paths = write_instances(family, "tiny", 2, tmp_path, seed=10)
    assert [p.name for p in paths] == [f"{family}_tiny_0.mps", f"{family}_tiny_1.mps"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [p.name for p in paths]  # no temporary files left
    original, loaded = generate(family, "tiny", 10), load_instance(paths[0])
    assert (loaded.getNVars(), loaded.getNConss()) == (original.getNVars(), original.getNConss())
    original.optimize()
    loaded.optimize()
    assert loaded.getObjVal() == pytest.approx(original.getObjVal(), rel=1e-9)


@pytest.mark.parametrize("content", ["this is not an MPS file\nROWS\n bad row here\n", ""])
def test_malformed_file_is_a_one_line_input_error(tmp_path, capfd, content: str) -> None:
    path = tmp_path / "broken.mps"
    path.write_text(content)
    with pytest.raises(InputError) as info:
        load_instance(path)
    message = str(info.value)
    assert "\n" not in message and str(path) in message
    out, err = capfd.readouterr()
    assert out == "" and err == ""  # SCIP's own parse messages are hidden


def test_missing_or_unknown_file_is_an_input_error(tmp_path) -> None:
    with pytest.raises(InputError, match="not found"):
        load_instance(tmp_path / "absent.mps")
    other = tmp_path / "instance.txt"
    other.write_text("x")
    with pytest.raises(InputError, match="instance.txt"):
        load_instance(other)


def test_reference_objective_is_stored_and_reused(tmp_path) -> None:
    (path,) = write_instances("mvc", "tiny", 1, tmp_path, seed=0)
    doc = reference_objective(path, time_limit=20)
    model = generate("mvc", "tiny", 0)
    model.optimize()
    assert doc["status"] == "optimal" and doc["objective"] == pytest.approx(model.getObjVal())
    assert doc["scip_version"].startswith("10.")
    stored = reference_path(path)
    assert stored.name == "mvc_tiny_0.mps.ref.json" and json.loads(stored.read_text()) == doc
    stored.write_text(json.dumps({**doc, "objective": 12345}))
    assert reference_objective(path)["objective"] == 12345  # reused, not recomputed
    stored.write_text("{broken")
    with pytest.raises(InputError, match="ref.json"):
        reference_objective(path)


def test_a_rows_line_without_a_name_is_rejected_before_scip_reads_it(tmp_path) -> None:
    """SCIP 10's MPS reader crashes the process (segfault) on a ROWS line whose type and name run together."""
    path = write_instances("mvc", "tiny", 1, tmp_path, seed=0)[0]
    lines = path.read_text().split("\n")
    row = next(i for i, line in enumerate(lines) if line.startswith(" G  "))
    lines[row] = " G" + lines[row][4:].rstrip()
    path.write_text("\n".join(lines))
    with pytest.raises(InputError, match=rf":{row + 1}: malformed ROWS line"):
        load_instance(path)


def test_any_file_scip_would_crash_on_is_an_input_error(tmp_path, monkeypatch) -> None:
    """The forked trial read catches a reader crash that no line check foresees (here: the ROWS check off)."""
    import mlopt.datasets.ilp.io as ilp_io

    path = write_instances("mvc", "tiny", 1, tmp_path, seed=0)[0]
    path.write_text(path.read_text().replace(" G  c1 \n", " Gc1\n", 1))
    monkeypatch.setattr(ilp_io, "_check_mps_rows", lambda path: None)
    with pytest.raises(InputError, match="SCIP's reader crashes on it"):
        load_instance(path)
