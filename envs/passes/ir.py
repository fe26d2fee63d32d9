"""llvmlite helpers of the pass-ordering env: value identity and object-file .text size.

Parsing lives in :mod:`mlopt.datasets.programs.llvm_ir` (the loader validates programs with it).
"""

from __future__ import annotations

import ctypes
import re

import llvmlite.binding as llvm

from mlopt.datasets.programs.llvm_ir import parse_module

__all__ = ["parse_for_features", "parse_module", "text_bytes", "value_id"]


def value_id(value: llvm.ValueRef) -> int:
    """A stable identity for an llvmlite value (llvmlite's ValueRef has no equality of its own)."""
    return int(ctypes.cast(value._ptr, ctypes.c_void_p).value or 0)


def text_bytes(obj: bytes) -> int:
    """Total size of the executable (``.text*``) sections of an object file."""
    sections = llvm.ObjectFileRef.from_data(obj).sections()
    return sum(section.size() for section in sections if section.is_text())


_TARGET_MEMORY = re.compile(r"(?:, )?\btarget_mem\w*: \w+")


def parse_for_features(ir: str) -> llvm.ModuleRef:
    """Parse IR that may come from a newer LLVM (``opt`` 23) with llvmlite's LLVM 22, for counting only.

    LLVM 23 prints a memory location LLVM 22 does not know (``memory(read, inaccessiblemem: none,
    target_mem: none)``) in attribute groups; that location is dropped from each ``memory(...)`` first (the
    rest of the attribute stays, so a group never becomes empty, which LLVM rejects). The IR itself is
    untouched.
    """
    lines = [_TARGET_MEMORY.sub("", line).replace("memory(, ", "memory(") if line.startswith("attributes #")
             else line for line in ir.splitlines()]
    return parse_module("\n".join(lines))
