"""Reading LLVM IR with llvmlite (LLVM 22): text (.ll) or bitcode (.bc), with one-line errors.

A parse or verifier failure becomes a one-line :class:`mlopt.errors.InputError` naming the file and the
first error LLVM reported, so a malformed program never surfaces as a multi-line LLVM trace.
"""

from __future__ import annotations

import os

import llvmlite.binding as llvm

from mlopt.errors import InputError

BITCODE_MAGICS = (b"BC\xc0\xde", b"\xde\xc0\x17\x0b")  # raw bitcode, bitcode wrapper


def is_bitcode(data: bytes) -> bool:
    """True when ``data`` starts like an LLVM bitcode file."""
    return data[:4] in BITCODE_MAGICS


def first_error_line(message: str) -> str:
    """The most informative line of an LLVM diagnostic (the first one mentioning an error)."""
    lines = [line.strip() for line in message.splitlines() if line.strip()]
    for line in lines:
        if "error" in line.lower() and line.lower() != "llvm ir parsing error":
            return line
    return lines[0] if lines else "unknown error"


def parse_module(source: str | bytes, name: str | os.PathLike[str] = "<ir>") -> llvm.ModuleRef:
    """Parse and verify IR text or bitcode into an llvmlite module; InputError (one line) when malformed."""
    try:
        if isinstance(source, bytes) and is_bitcode(source):
            module = llvm.parse_bitcode(source)
        else:
            module = llvm.parse_assembly(source.decode("utf-8") if isinstance(source, bytes) else source)
        module.verify()
    except (RuntimeError, UnicodeDecodeError) as exc:
        raise InputError(f"malformed LLVM IR: {first_error_line(str(exc))}", file=name) from None
    return module
