"""Tests of the shipped LLVM IR corpus, its split and the program loaders."""

from __future__ import annotations

import pytest

from mlopt.datasets.programs import load_directory, load_splits, shipped_programs
from mlopt.datasets.programs.build import split_names
from mlopt.datasets.programs.loader import corpus_dir, find_tool
from mlopt.errors import InputError


def test_corpus_split_is_complete_and_seeded():
    splits = load_splits()
    names = sorted(n for part in splits.values() for n in part)
    assert len(names) >= 15 and len(set(names)) == len(names)
    assert names == sorted(p.stem for p in (corpus_dir() / "src").glob("*.c"))
    assert split_names(names, 0) == splits
    assert len(shipped_programs("test")) == len(splits["test"])


def test_directory_loader(tmp_path):
    (tmp_path / "a.ll").write_text((corpus_dir() / "ll" / "crc32.ll").read_text())
    (tmp_path / "notes.txt").write_text("ignored")
    (program,) = load_directory(tmp_path)
    assert program.name == "a" and "define" in program.ir
    (tmp_path / "b.ll").write_text("this is not IR\n")
    with pytest.raises(InputError, match="b.ll: malformed LLVM IR"):
        load_directory(tmp_path)


@pytest.mark.skipif(find_tool("clang") is None, reason="no clang on PATH")
def test_c_source_compiles_to_shipped_ir(tmp_path):
    (tmp_path / "crc32.c").write_text((corpus_dir() / "src" / "crc32.c").read_text())
    (program,) = load_directory(tmp_path)
    assert program.ir == (corpus_dir() / "ll" / "crc32.ll").read_text()
    groups = [line for line in program.ir.splitlines() if line.startswith("attributes #")]
    assert groups and not any("noinline" in g or "optnone" in g for g in groups)
