"""Tests of the shipped LLVM IR corpus, its split and the program loaders."""

from __future__ import annotations

import pytest

import llvmlite.binding as llvm

from mlopt.datasets.programs import load_directory, load_splits, shipped_programs
from mlopt.datasets.programs.build import split_names
from mlopt.datasets.programs.generators import GeneratorUnavailable, generate_csmith, generate_llvm_stress
from mlopt.datasets.programs.llvm_ir import parse_module, to_llvm22_syntax
from mlopt.datasets.programs.loader import corpus_dir, find_tool
from mlopt.errors import InputError


def test_corpus_split_is_complete_and_seeded():
    splits = load_splits()
    names = sorted(n for part in splits.values() for n in part)
    assert len(names) >= 40 and len(set(names)) == len(names)
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


def test_bitcode_files_load_as_text(tmp_path):
    module = parse_module((corpus_dir() / "ll" / "sieve.ll").read_text())
    (tmp_path / "sieve.bc").write_bytes(module.as_bitcode())
    (program,) = load_directory(tmp_path)
    assert program.name == "sieve" and "define" in program.ir and str(parse_module(program.ir)) == str(module)


def test_llvm23_float_constants_are_rewritten_for_llvm22():
    new = ('@s = constant [9 x i8] c"f0x3F800\\00"\n'  # a string literal stays as it is
           "define void @f(ptr %p) {\n  store float f0x40490FDB, ptr %p\n  store double f0x400921FB54442D18, ptr %p\n"
           "  store half f0x4248, ptr %p\n  store bfloat f0x4049, ptr %p\n  store x86_fp80 f0x4000C90FDAA22168C235, ptr %p\n"
           "  store fp128 f0x4000921FB54442D18CB4A8E6C1D2F3A5, ptr %p\n  %f0x1 = fadd float f0x7FC00001, 1.0\n  ret void\n}\n")
    old = to_llvm22_syntax(new)
    for spelling in ('c"f0x3F800\\00"', "float 0x400921FB60000000", "double 0x400921FB54442D18", "half 0xH4248",
                     "bfloat 0xR4049", "x86_fp80 0xK4000C90FDAA22168C235",
                     "fp128 0xL8CB4A8E6C1D2F3A54000921FB54442D1", "%f0x1 = fadd float 0x7FF8000020000000"):
        assert spelling in old
    llvm.parse_assembly(old).verify()


@pytest.mark.skipif(find_tool("llvm-stress") is None, reason="llvm-stress not installed")
def test_llvm_stress_generator(tmp_path):
    programs = generate_llvm_stress(tmp_path, 2, seed=3, size=30)
    assert [p.name for p in programs] == ["llvm-stress-3", "llvm-stress-4"]
    assert [p.name for p in load_directory(tmp_path)] == ["llvm-stress-3", "llvm-stress-4"]
    assert programs[0].ir == generate_llvm_stress(tmp_path / "again", 1, seed=3, size=30)[0].ir


@pytest.mark.skipif(find_tool("csmith") is None or find_tool("clang") is None, reason="csmith or clang not installed")
def test_csmith_generator(tmp_path):
    (program,) = generate_csmith(tmp_path, 1, seed=7)
    assert program.name == "csmith-7" and "define" in program.ir and (tmp_path / "csmith-7.c").exists()


def test_missing_generator_is_a_one_line_error(tmp_path):
    for generate in (generate_llvm_stress, generate_csmith):
        with pytest.raises(GeneratorUnavailable, match="not found on PATH") as info:
            generate(tmp_path, 1, tool=tmp_path / "missing")
        assert "\n" not in str(info.value) and "apt-get install" in str(info.value)
