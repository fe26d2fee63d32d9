"""A training corpus of generated programs, every one that can run checked: ``mlopt passes corpus``.

Liang et al. (ICML 2023) train on thousands of programs; the shipped 44-program corpus stays the small test
set, and this module builds the large one into a cache folder (not committed) from external generators
(:mod:`mlopt.datasets.programs.generators`): Csmith programs (Yang et al., PLDI 2011) under several option
presets (:data:`CSMITH_PRESETS`: small to default-sized, with and without pointers, structs, arrays) and
llvm-stress functions of several sizes (:data:`STRESS_SIZES`).

Each program is one job of the executor (:mod:`mlopt.parallel`, local pool or Ray): generate, compile to
-O0 IR, and, where it has a ``main`` (Csmith's do), run it (:class:`~mlopt.passes.verify.DifferentialCheck`).
A program is kept when its -O0 build ends within the limit and its -Oz build prints the same output and
exit status; otherwise it is dropped with the reason in the manifest (``no-end``: the -O0 build does not
end, where passes that assume forward progress would delete the loop and "win"; ``oz-differs``: -Oz
changes its behaviour, i.e. the program has undefined behaviour or -Oz miscompiles it; ``failed``: the
generator or clang failed). llvm-stress functions have no ``main``: they are kept unchecked and marked so.

``with_shipped`` adds the shipped corpus's train and val programs (with their test drivers) to those splits,
so a coreset and model trained on the folder also cover the kind of program the shipped corpus holds; the
shipped test split stays out.

Splits are fixed by the program's name (a hash: :func:`split_of`), so a program is in the same split however
many are generated, and the ``heldout`` split is never read by training (``mlopt passes coreset`` / ``train``
take ``<out>/train`` and ``<out>/val``). Layout: ``<out>/<split>/<name>.ll`` (Csmith's C source in
``<out>/<split>/src/``),
``<out>/manifest.json`` (written atomically, last).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from mlopt.datasets.atomic_io import write_text_atomic
from mlopt.datasets.programs.generators import generate_csmith, generate_llvm_stress
from mlopt.datasets.programs.loader import corpus_dir, load_splits
from mlopt.envs.passes.execute import DEFAULT_RUN_TIMEOUT_S, has_main
from mlopt.errors import InputError
from mlopt.parallel import make_executor
from mlopt.passes.evaluate import OZ_SEQUENCE
from mlopt.passes.jobs import EvaluatorSpec

GENERATORS = ("csmith", "llvm-stress")
CORPUS_SPLITS = ("train", "val", "heldout")
SPLIT_SHARES = (0.7, 0.1, 0.2)
CSMITH_PRESETS: tuple[tuple[str, ...], ...] = (
    ("--max-funcs", "2", "--max-block-depth", "2"),
    ("--max-funcs", "4", "--max-block-size", "3"),
    ("--max-funcs", "6", "--no-pointers"),
    ("--max-funcs", "8", "--no-structs", "--no-unions"),
    (),
    ("--max-funcs", "4", "--no-arrays", "--max-expr-complexity", "5"),
)
STRESS_SIZES = (50, 100, 200, 400)
MANIFEST = "manifest.json"


def split_of(name: str) -> str:
    """The split of a program by its name alone (a SHA-256 bucket cut by :data:`SPLIT_SHARES`)."""
    bucket = int(hashlib.sha256(name.encode()).hexdigest()[:8], 16) / 16 ** 8
    edges = (SPLIT_SHARES[0], SPLIT_SHARES[0] + SPLIT_SHARES[1])
    return CORPUS_SPLITS[0] if bucket < edges[0] else CORPUS_SPLITS[1] if bucket < edges[1] else CORPUS_SPLITS[2]


@dataclass(frozen=True)
class ProgramJob:
    """One program to generate and check: generator, seed, its options, where to put it, the run limit."""

    generator: str
    seed: int
    options: tuple[str, ...]
    out: str
    timeout_s: float = DEFAULT_RUN_TIMEOUT_S

    @property
    def name(self) -> str:
        return f"{self.generator}-{self.seed}"


@dataclass(frozen=True)
class ProgramRecord:
    """What became of one job: ``status`` kept / no-end / oz-differs / failed, and where a kept one went."""

    name: str
    generator: str
    seed: int
    options: tuple[str, ...]
    status: str
    split: str
    checked: bool = False
    instructions: int = 0
    oz_instructions: int = 0
    message: str = ""


def make_program(job: ProgramJob) -> ProgramRecord:
    """Generate, compile, run and place one program (module docstring); never raises for a bad program."""
    record = {"name": job.name, "generator": job.generator, "seed": job.seed, "options": job.options,
              "split": split_of(job.name)}
    with tempfile.TemporaryDirectory(prefix="mlopt-corpus-", dir=job.out) as scratch:
        try:
            if job.generator == "csmith":
                (program,) = generate_csmith(scratch, 1, job.seed, options=job.options)
            else:
                size = int(job.options[0]) if job.options else STRESS_SIZES[0]
                (program,) = generate_llvm_stress(scratch, 1, job.seed, size)
        except InputError as error:
            return ProgramRecord(**record, status="failed", message=str(error))
        evaluator = EvaluatorSpec(verify=True, run_timeout_s=job.timeout_s).make()
        checked = bool(evaluator.checked(program))
        count, oz = evaluator.count(program, ()), evaluator.count(program, OZ_SEQUENCE)
        if has_main(program.ir) and not checked:
            return ProgramRecord(**record, status="no-end", message="the -O0 build does not end (or build) in "
                                 f"{job.timeout_s:g} s")
        if evaluator.rejected:
            return ProgramRecord(**record, status="oz-differs", checked=True, instructions=count,
                                 message="-Oz changes its output or exit status")
        folder = Path(job.out) / record["split"]
        (folder / "src").mkdir(parents=True, exist_ok=True)
        for path in Path(scratch).iterdir():  # IR beside the others, sources apart (load_directory reads IR)
            os.replace(path, folder / path.name if path.suffix == ".ll" else folder / "src" / path.name)
    return ProgramRecord(**record, status="kept", checked=checked, instructions=count, oz_instructions=oz)


def corpus_jobs(out: Path, csmith: int, llvm_stress: int, seed: int, timeout_s: float) -> list[ProgramJob]:
    """``csmith`` + ``llvm_stress`` jobs, seeds from ``seed`` on, options cycling through the presets."""
    jobs = [ProgramJob("csmith", seed + i, CSMITH_PRESETS[i % len(CSMITH_PRESETS)], str(out), timeout_s)
            for i in range(csmith)]
    jobs += [ProgramJob("llvm-stress", seed + i, (str(STRESS_SIZES[i % len(STRESS_SIZES)]),), str(out), timeout_s)
             for i in range(llvm_stress)]
    return jobs


def add_shipped(out: Path) -> dict[str, list[str]]:
    """Copy the shipped corpus's train and val programs (and their test drivers) into ``out/train`` and
    ``out/val``; its test split stays out (the small held-out set). Returns the names per split."""
    added: dict[str, list[str]] = {}
    for split in ("train", "val"):
        folder = out / split
        (folder / "drivers").mkdir(parents=True, exist_ok=True)
        names = load_splits()[split]
        for name in names:
            shutil.copyfile(corpus_dir() / "ll" / f"{name}.ll", folder / f"{name}.ll")
            shutil.copyfile(corpus_dir() / "drivers" / f"{name}.c", folder / "drivers" / f"{name}.c")
        added[split] = sorted(names)
    return added


def build_corpus(out: str | os.PathLike[str], csmith: int, llvm_stress: int = 0, seed: int = 0,
                 backend: str = "local", workers: int | None = None, timeout_s: float = DEFAULT_RUN_TIMEOUT_S,
                 quiet: bool = False, with_shipped: bool = False) -> dict[str, Any]:
    """Generate and check the programs (module docstring) into ``out``; returns and writes the manifest.

    ``out`` is emptied of an earlier corpus's split folders first, so the manifest describes the folder.
    ``with_shipped`` adds the shipped train and val programs to those splits (:func:`add_shipped`).
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    for split in CORPUS_SPLITS:
        shutil.rmtree(out / split, ignore_errors=True)
    jobs = corpus_jobs(out, csmith, llvm_stress, seed, timeout_s)
    with make_executor(backend, workers) as executor:
        records: Sequence[ProgramRecord] = executor.map(make_program, jobs, description="generating programs",
                                                        quiet=quiet)
    kept = [r for r in records if r.status == "kept"]
    shipped = add_shipped(out) if with_shipped else {}
    manifest = {"command": {"csmith": csmith, "llvm_stress": llvm_stress, "seed": seed, "timeout_s": timeout_s,
                            "with_shipped": with_shipped},
                "status": dict(Counter(r.status for r in records)),
                "splits": {split: sorted([r.name for r in kept if r.split == split] + shipped.get(split, []))
                           for split in CORPUS_SPLITS},
                "shipped": shipped, "programs": [asdict(r) for r in records]}
    write_text_atomic(out / MANIFEST, json.dumps(manifest, indent=1) + "\n")
    return manifest
