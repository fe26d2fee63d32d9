"""CL-LNS: bipartite features, GAT policy selection, expert collection, contrastive training, learned selector."""

from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest
import torch
from pyscipopt import Model

from mlopt.datasets.ilp import generate, write_instances
from mlopt.errors import InputError
from mlopt.envs.lns.features import CONS_FEATURES, EDGE_FEATURES, VAR_FEATURES, BipartiteFeaturizer
from mlopt.lns.data import CollectConfig, Sample, collect, load_dataset
from mlopt.lns.policy import VAR, CLNSPolicy, to_graph
from mlopt.lns.selector import make_clns_selector
from mlopt.lns.train import TrainConfig, contrastive_loss, evaluate, train_clns
from mlopt.nn.fit import seeded
from mlopt.solvers.lns.engine import LNSConfig, lns
from mlopt.solvers.lns.state import LNSState

torch.set_num_threads(1)


def tiny_ilp(sense: str) -> Model:
    """max/min 3x + 2y + z  s.t.  x + 2y + z <= 5,  2x + y >= 1;  x binary, y in 0..4 integer, z >= 0."""
    m = Model()
    m.hideOutput()
    x = m.addVar("x", vtype="B", obj=3.0)
    y = m.addVar("y", vtype="I", lb=0, ub=4, obj=2.0)
    z = m.addVar("z", vtype="C", lb=0, obj=1.0)
    m.addCons(x + 2 * y + z <= 5, name="c0")
    m.addCons(2 * x + y >= 1, name="c1")
    m.setMaximize() if sense == "maximize" else m.setMinimize()
    return m


def feature(f: np.ndarray, names: tuple[str, ...], name: str) -> np.ndarray:
    return f[:, names.index(name)]


def test_features_of_a_tiny_ilp_maximize() -> None:
    fz = BipartiteFeaturizer(tiny_ilp("maximize"))
    var = fz.var_features(np.array([1.0, 1.0, 0.0]), history=[np.array([0.0, 2.0, 1.0])])
    assert var.shape == (3, len(VAR_FEATURES)) and fz.cons_x.shape == (2, len(CONS_FEATURES))
    assert fz.edge_index.shape == (2, 5) and fz.edge_attr.shape == (5, len(EDGE_FEATURES))
    v = lambda name: feature(var, VAR_FEATURES, name)  # noqa: E731
    c = lambda name: feature(fz.cons_x, CONS_FEATURES, name)  # noqa: E731
    np.testing.assert_allclose(v("obj"), [-1, -2 / 3, -1 / 3], atol=1e-6)  # oriented to minimization
    np.testing.assert_array_equal(v("is_binary"), [1, 0, 0])
    np.testing.assert_array_equal(v("is_continuous"), [0, 0, 1])
    np.testing.assert_array_equal(v("has_ub"), [1, 1, 0])
    np.testing.assert_allclose(v("lp_value"), [1.0, 0.5, 0.0], atol=1e-6)  # LP optimum x=1, y=2, z=0
    np.testing.assert_allclose(v("reduced_cost"), [-2 / 3, 0, 0], atol=1e-6)
    np.testing.assert_allclose(v("incumbent"), [1.0, 0.25, 0.0], atol=1e-6)  # y=1 scaled by its domain 0..4
    np.testing.assert_allclose(v("incumbent_prev1"), [0.0, 0.5, np.log(2)], atol=1e-6)
    np.testing.assert_allclose(v("incumbent_prev3"), v("incumbent_prev1"))  # missing history repeats oldest
    np.testing.assert_array_equal(v("has_lb_relax"), [0, 0, 0])
    np.testing.assert_allclose(c("rhs"), [5 / np.sqrt(6), -1 / np.sqrt(5)], atol=1e-6)  # ">=" row negated
    np.testing.assert_array_equal(c("flipped"), [0, 1])
    np.testing.assert_allclose(c("lp_slack"), [0.0, 3 / np.sqrt(5)], atol=1e-6)
    np.testing.assert_array_equal(c("lp_tight"), [1, 0])
    np.testing.assert_allclose(c("dual"), [-1 / 3, 0], atol=1e-6)
    np.testing.assert_allclose(c("obj_cosine")[0], -(3 + 4 + 1) / (np.sqrt(6) * np.sqrt(14)), atol=1e-6)
    np.testing.assert_array_equal(fz.edge_index, [[0, 1, 2, 0, 1], [0, 0, 0, 1, 1]])
    np.testing.assert_allclose(fz.edge_attr[:, 1], [0.2, 0.4, 0.2, -2.0, -1.0], atol=1e-6)  # coef / |rhs|


def test_features_of_a_tiny_ilp_minimize_duals_and_reduced_costs() -> None:
    fz = BipartiteFeaturizer(tiny_ilp("minimize"))  # LP optimum x=0.5 (fractional), dual of c1 = 1.5
    var = fz.var_features(np.array([1.0, 0.0, 0.0]))
    np.testing.assert_allclose(feature(var, VAR_FEATURES, "lp_frac"), [0.5, 0, 0], atol=1e-6)
    np.testing.assert_allclose(feature(var, VAR_FEATURES, "reduced_cost"), [0, 0.5 / 3, 1 / 3], atol=1e-6)
    np.testing.assert_allclose(feature(fz.cons_x, CONS_FEATURES, "dual"), [0, -0.5], atol=1e-6)


@pytest.mark.parametrize("sense", ["maximize", "minimize"])
@pytest.mark.parametrize("method", ["highs", "highs-simplex"])
def test_highs_root_lp_gives_scips_features_where_the_lp_optimum_is_unique(sense: str, method: str) -> None:
    scip, highs = (BipartiteFeaturizer(tiny_ilp(sense), root_lp=solver) for solver in ("scip", method))
    np.testing.assert_allclose(highs.static, scip.static, atol=1e-6)  # LP values, reduced costs
    np.testing.assert_allclose(highs.cons_x, scip.cons_x, atol=1e-6)  # slacks, duals
    assert (feature(highs.cons_x, CONS_FEATURES, "dual") <= 0).all()


def test_highs_root_lp_on_a_generated_instance_matches_scips_lp_values_and_is_silent(capfd) -> None:
    model = generate("setcover", "tiny", 0)
    scip, highs, simplex = (BipartiteFeaturizer(model, root_lp=solver) for solver in ("scip", "highs", "highs-simplex"))
    assert capfd.readouterr().out == ""  # HiGHS's banner is kept off stdout
    lp = VAR_FEATURES.index("lp_value")
    np.testing.assert_allclose(highs.static[:, lp], scip.static[:, lp], atol=1e-6)
    np.testing.assert_allclose(simplex.static[:, lp], scip.static[:, lp], atol=1e-6)
    with pytest.raises(ValueError, match="root_lp must be one of"):
        BipartiteFeaturizer(model, root_lp="glop")


def test_a_checkpoint_names_the_root_lp_solver_its_scorer_uses(tmp_path) -> None:
    from mlopt.nn import save_model

    save_model(CLNSPolicy(), tmp_path / "highs.pt", metadata={"root_lp": "highs"})
    save_model(CLNSPolicy(), tmp_path / "old.pt", metadata={})
    assert make_clns_selector(tmp_path / "highs.pt").score.root_lp == "highs"
    assert make_clns_selector(tmp_path / "old.pt").score.root_lp == "scip"  # checkpoints from before the option


def test_incumbent_tightness_counts_the_rows_with_zero_slack() -> None:
    fz = BipartiteFeaturizer(tiny_ilp("maximize"))  # rows: x + 2y + z <= 5 (x, y, z), 2x + y >= 1 (x, y)
    for incumbent, tight, frac in (([0.0, 1.0, 3.0], [2, 2, 1], [1, 1, 1]),  # both rows tight
                                   ([1.0, 2.0, 0.0], [1, 1, 1], [0.5, 0.5, 1]),  # only the first
                                   ([1.0, 1.0, 0.0], [0, 0, 0], [0, 0, 0])):  # neither
        var = fz.var_features(np.array(incumbent))
        np.testing.assert_allclose(feature(var, VAR_FEATURES, "incumbent_tight_rows"), np.log1p(tight), atol=1e-6)
        np.testing.assert_allclose(feature(var, VAR_FEATURES, "incumbent_tight_frac"), frac, atol=1e-6)


def test_a_policy_reads_the_feature_prefix_it_was_trained_on() -> None:
    fz = BipartiteFeaturizer(generate("mvc", "tiny", 0))
    graph = to_graph(fz.features(np.ones(len(fz.x_lp))))
    with seeded(0):
        old = CLNSPolicy(var_features=len(VAR_FEATURES) - 2, hidden=16, heads=2)  # trained before 2 columns
    prefix = graph.clone()
    prefix[VAR].x = prefix[VAR].x[:, :-2]
    with torch.no_grad():
        torch.testing.assert_close(old(graph), old(prefix))
    with pytest.raises(ValueError, match="feature columns"):
        CLNSPolicy(var_features=len(VAR_FEATURES) + 1)(graph)


def state_of(model: Model, k: int, seed: int = 0) -> LNSState:
    from mlopt.solvers.lns.scip import bounds, integer_indices
    lb, ub = bounds(model)
    n = model.getNVars()
    return LNSState(model, integer_indices(model), lb, ub, np.ones(n), float(n), model.getObjectiveSense(), k,
                    np.random.default_rng(seed), 10.0)


@pytest.mark.parametrize("mode", ["topk", "sample"])
def test_policy_selection_has_exactly_k_valid_integer_variables(mode: str) -> None:
    model = generate("mvc", "tiny", 0)
    selector = make_clns_selector(CLNSPolicy(), mode=mode)
    for k in (1, 7, 50, 100, 500):
        state = state_of(model, k, seed=k)
        chosen = selector.select(state)
        assert len(chosen) == min(k, len(state.integer)) == len(np.unique(chosen))
        assert np.isin(chosen, state.integer).all()


def test_scorer_lb_relax_feature_is_the_local_branching_lp_solution() -> None:
    from mlopt.lns.scorer import CLNSScorer
    from mlopt.solvers.lns.local_branching import LocalBranchingLP

    model = generate("mvc", "tiny", 0)
    state = state_of(model, 5)
    features = CLNSScorer(CLNSPolicy(), lb_relax=True).featurize(state)
    expected = LocalBranchingLP(model).solve(state.incumbent, 5, 10.0)
    fz = BipartiteFeaturizer(model)
    np.testing.assert_allclose(feature(features.var_x, VAR_FEATURES, "lb_relax"),
                               fz.scale(expected), atol=1e-6)
    np.testing.assert_array_equal(feature(features.var_x, VAR_FEATURES, "has_lb_relax"), 1.0)
    # within radius 5 of the all-ones cover, the LP moves some variables towards 0
    assert (expected[state.integer] < 1 - 1e-6).any()


def test_scorer_reuses_logits_until_the_incumbent_changes_and_keeps_earlier_incumbents() -> None:
    from mlopt.lns.scorer import CLNSScorer

    model = generate("mvc", "tiny", 0)
    policy = CLNSPolicy()
    calls: list[int] = []
    policy.register_forward_hook(lambda *_: calls.append(1))
    scorer = CLNSScorer(policy)
    state = state_of(model, 5)
    first = scorer(state)
    assert scorer(state) is first and len(calls) == 1  # a failed step: same incumbent, no GNN pass
    moved = state.incumbent.copy()
    moved[state.integer[:3]] = 0.0
    second = scorer(dataclasses.replace(state, incumbent=moved))
    assert len(calls) == 2 and second.shape == first.shape
    features = scorer.featurize(dataclasses.replace(state, incumbent=moved))
    fz = BipartiteFeaturizer(model)
    np.testing.assert_allclose(feature(features.var_x, VAR_FEATURES, "incumbent_prev1"), fz.scale(state.incumbent))


def test_scorer_gives_the_root_lp_at_most_a_quarter_of_the_time_left(monkeypatch) -> None:
    from mlopt.envs.lns import features as features_module
    from mlopt.lns.scorer import ROOT_LP_LIMIT, CLNSScorer, root_lp_limit

    limits: list[float] = []
    solve = features_module._root_lp
    monkeypatch.setattr(features_module, "_root_lp", lambda model, limit: limits.append(limit) or solve(model, limit))
    model = generate("mvc", "tiny", 0)
    CLNSScorer(CLNSPolicy())(dataclasses.replace(state_of(model, 5), time_left=8.0))
    CLNSScorer(CLNSPolicy())(dataclasses.replace(state_of(model, 5), time_left=600.0))
    assert limits == [2.0, ROOT_LP_LIMIT]  # a short run keeps 3/4 of its time; a long one, collection's limit
    assert root_lp_limit(-1.0) == 0.0


def test_scorer_runs_the_policy_on_its_own_thread_count_and_restores_torch_s() -> None:
    from mlopt.lns.scorer import CLNSScorer

    policy = CLNSPolicy()
    seen: list[int] = []
    policy.register_forward_hook(lambda *_: seen.append(torch.get_num_threads()))
    state = state_of(generate("mvc", "tiny", 0), 5)
    torch.set_num_threads(2)
    try:
        CLNSScorer(policy)(state)
        assert seen == [1] and torch.get_num_threads() == 2
        CLNSScorer(policy, threads=2)(state)
        assert seen == [1, 2]
    finally:
        torch.set_num_threads(1)
    with pytest.raises(ValueError, match="threads"):
        CLNSScorer(policy, threads=0)


def synthetic_samples(n_states: int, seed: int) -> list[Sample]:
    """States of a tiny MVC with random incumbents: positive sets hold variables at 1 in the incumbent,
    negative sets variables at 0 (a rule the policy can read off its features, and one the untrained
    policy gets wrong)."""
    rng = np.random.default_rng(seed)
    fz = BipartiteFeaturizer(generate("mvc", "tiny", 0))
    n_int = len(fz.integer)
    samples = []
    for i in range(n_states):
        incumbent = rng.integers(0, 2, len(fz.x_lp)).astype(float)
        at_zero, at_one = np.flatnonzero(incumbent[fz.integer] < 0.5), np.flatnonzero(incumbent[fz.integer] > 0.5)
        pos = torch.zeros((2, n_int), dtype=torch.bool)
        neg = torch.zeros((4, n_int), dtype=torch.bool)
        for row in pos:
            row[torch.from_numpy(rng.choice(at_one, 10, replace=False))] = True
        for row in neg:
            row[torch.from_numpy(rng.choice(at_zero, 10, replace=False))] = True
        samples.append(Sample(to_graph(fz.features(incumbent)), pos, neg, torch.ones(2, dtype=torch.float64),
                              f"inst{i % 4}"))
    return samples


def test_contrastive_training_ranks_positives_above_negatives_and_resumes(tmp_path) -> None:
    train, held_out = synthetic_samples(16, seed=0), synthetic_samples(8, seed=1)
    config = TrainConfig(epochs=6, batch_size=8, val_fraction=0.25, seed=0)
    with seeded(config.seed):  # the initial weights train_clns starts from
        before = evaluate(CLNSPolicy(), held_out, config)
    seen: list[dict[str, float]] = []
    history = train_clns(train, tmp_path, config, metadata={"lb_relax": False}, on_epoch=seen.append)
    assert len(history) == 6 and history[-1]["train_loss"] < history[0]["train_loss"] and seen == history
    assert 0 < history[0]["cpu_s"] < history[-1]["cpu_s"]
    selector = make_clns_selector(tmp_path / "model.pt")
    after = evaluate(selector.score.policy, held_out, config)
    assert after["accuracy"] > 0.9 > before["accuracy"] and after["loss"] < before["loss"]
    more = train_clns(train, tmp_path, TrainConfig(epochs=8, batch_size=8, val_fraction=0.25, seed=0))
    assert [h["epoch"] for h in more] == list(range(8)) and more[:6] == history
    assert more[-1]["cpu_s"] > history[-1]["cpu_s"]  # CPU time accumulates over resumed runs


def test_checkpoint_selection_ranks_for_contrastive_and_uses_the_loss_for_bce() -> None:
    from mlopt.lns.train import _selection_key

    ranks_better, fits_better = {"loss": 1.0, "accuracy": 0.9}, {"loss": 0.5, "accuracy": 0.3}
    contrastive, bce = TrainConfig(), TrainConfig(loss="bce")
    assert _selection_key(contrastive, ranks_better) > _selection_key(contrastive, fits_better)
    assert _selection_key(bce, fits_better) > _selection_key(bce, ranks_better)


def test_losses_prefer_the_positive() -> None:
    logits = torch.tensor([3.0, 3.0, -3.0, -3.0])
    pos, neg = torch.tensor([[1, 1, 0, 0]], dtype=torch.bool), torch.tensor([[0, 0, 1, 1]], dtype=torch.bool)
    assert contrastive_loss(logits, pos, neg) < contrastive_loss(-logits, pos, neg)
    assert float(contrastive_loss(logits, pos, neg[:0])) == 0.0


def test_expert_collection_is_resumable_and_loads_weights_only(tmp_path) -> None:
    paths = write_instances("mvc", "small", 2, tmp_path / "instances", seed=0)
    config = CollectConfig(time_limit=10, step_limit=0.3, init_limit=0.01, lb_limit=0.5, neg_limit=0.1,
                           max_states=2, k0=20, n_negatives=3, swap_step=5)
    header = collect(paths, tmp_path / "data", config, seed=0)
    files = json.loads(header.read_text())["files"]
    assert [f["file"] for f in files] == ["0000_mvc_small_0.pt", "0001_mvc_small_1.pt"]
    samples, _ = load_dataset(tmp_path / "data")
    assert len(samples) == sum(f["states"] for f in files) > 0
    for s in samples:
        n_int = int(s.graph[VAR].is_int.sum())
        assert s.pos.shape[1] == n_int and s.neg.shape[1] == n_int and len(s.gain) == len(s.pos) >= 1
        assert (s.neg.sum(1) == s.pos[0].sum()).all()  # swapped sets keep the positive's size
        assert (s.gain[:-1] >= s.gain[1:]).all() and (s.gain >= config.pos_ratio * s.gain[0]).all()
    mtimes = [p.stat().st_mtime_ns for p in sorted((tmp_path / "data" / "samples").glob("*.pt"))]
    collect(paths, tmp_path / "data", config, seed=0)
    assert [p.stat().st_mtime_ns for p in sorted((tmp_path / "data" / "samples").glob("*.pt"))] == mtimes
    stored = json.loads(header.read_text())
    stored["var_features"] = ["incumbent", *stored["var_features"][1:]]  # another version's columns
    header.write_text(json.dumps(stored))
    with pytest.raises(InputError, match="var_features.*not a prefix"):
        load_dataset(tmp_path / "data")


def test_sampled_expert_gains_are_real_sub_ilp_improvements() -> None:
    from mlopt.solvers.lns.engine import SubIlp
    from mlopt.solvers.lns.scip import best_values, copy_problem
    from mlopt.lns.data import _sampled

    model = generate("mvc", "tiny", 2)
    solved = copy_problem(model)
    solved.optimize()
    optimum = np.round(best_values(solved))
    state = state_of(model, 4, seed=0)
    extras = state.integer[optimum[state.integer] < 0.5][:3]  # redundant cover vertices: freeing one improves
    incumbent = optimum.copy()
    incumbent[extras] = 1.0
    costs = np.array([v.getObj() for v in model.getVars()])
    state = dataclasses.replace(state, incumbent=incumbent, objective=float(costs @ incumbent))
    sub = SubIlp(copy_problem(model), state.integer, state.lb, state.ub, mode="reuse")
    config = CollectConfig(lb_limit=0, samples=40, sample_limit=5.0)
    improving, tried = _sampled(state, sub, config, np.random.default_rng(0), None)
    assert len(tried) == 40 and all(len(d) == 4 for d, _ in tried)
    for destroy, gain in tried:
        if np.isin(extras, destroy).any():
            assert gain >= costs[np.intersect1d(extras, destroy)].min() - 1e-6
    assert any(gain == 0 for _, gain in tried) and len(improving) == sum(gain > 0 for _, gain in tried) >= 1
    for gain, changed in improving:  # the changed variables of each improving solution, within its k-set
        assert len(changed) >= 1 and gain > 0
    with pytest.raises(ValueError, match="no expert"):
        CollectConfig(lb_limit=0, samples=0)


def test_relaxation_sampled_expert_draws_its_sets_from_lb_relax_proposal() -> None:
    from mlopt.solvers.lns.engine import SubIlp
    from mlopt.solvers.lns.scip import copy_problem
    from mlopt.solvers.lns.selectors import LBRelaxSelector, relax_moved
    from mlopt.lns.data import _sampled

    model = generate("setcover", "tiny", 3)
    for k in (3, 60):
        state = state_of(model, k, seed=0)
        state = dataclasses.replace(state, objective=float(sum(v.getObj() for v in model.getVars())))  # all ones
        relax = LBRelaxSelector().relaxation(state)
        moved = relax_moved(relax, state)
        assert len(moved) >= 1
        sub = SubIlp(copy_problem(model), state.integer, state.lb, state.ub, mode="reuse")
        config = CollectConfig(lb_limit=0, samples=0, relax_samples=4, sample_limit=2.0)
        improving, tried = _sampled(state, sub, config, np.random.default_rng(0), relax)
        assert len(tried) == 4 and all(len(d) == k for d, _ in tried)
        for destroy, _ in tried:
            inside = np.isin(destroy, moved) if k <= len(moved) else np.isin(moved, destroy)
            assert inside.all()  # sampled down to k from the LP's proposal, or the proposal filled up to k
        assert len(improving) == sum(gain > 0 for _, gain in tried)
        assert _sampled(state, sub, config, np.random.default_rng(0), None) == ([], [])  # no LP optimum, no sets


def test_learned_selector_runs_inside_lns_without_worsening(tmp_path) -> None:
    model = generate("mvc", "tiny", 1)
    selector = make_clns_selector(CLNSPolicy(), mode="sample")
    result = lns(model, selector, LNSConfig(time_limit=10, step_limit=0.2, init_limit=0.01, k0=15, max_steps=4),
                 seed=0)
    objectives = [obj for _, obj in result.trajectory]
    assert len(result.steps) == 4 and all(s.destroyed == s.k for s in result.steps)
    assert objectives == sorted(objectives, reverse=True)  # minimization: never worse
