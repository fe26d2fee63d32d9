"""LLVM IR programs for pass ordering (``mlopt.datasets.programs``): shipped corpus and loaders."""

from mlopt.datasets.programs.loader import (
    Program, compile_c, load_directory, load_program, load_splits, shipped_programs,
)

__all__ = ["Program", "compile_c", "load_directory", "load_program", "load_splits", "shipped_programs"]
