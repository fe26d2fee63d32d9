"""Reading LLVM IR with llvmlite (LLVM 22): text (.ll) or bitcode (.bc), with one-line errors.

A parse or verifier failure becomes a one-line :class:`mlopt.errors.InputError` naming the file and the
first error LLVM reported, so a malformed program never surfaces as a multi-line LLVM trace.

LLVM 23 (the ``opt`` / ``clang`` wheels) prints floating-point constants that have no short exact decimal
form as ``f0x<bits>``, the raw bits in the type's width; LLVM 22 (llvmlite) only reads the older
spellings. :func:`to_llvm22_syntax` rewrites them exactly (every other construct both versions share), so
text from either version parses in both.
"""

from __future__ import annotations

import os
import re
import struct

import llvmlite.binding as llvm

from mlopt.errors import InputError

BITCODE_MAGICS = (b"BC\xc0\xde", b"\xde\xc0\x17\x0b")  # raw bitcode, bitcode wrapper


def is_bitcode(data: bytes) -> bool:
    """True when ``data`` starts like an LLVM bitcode file."""
    return data[:4] in BITCODE_MAGICS


_HEX_FLOAT = re.compile(r'"[^"]*"|(?<![-\w$.%@])f0x([0-9A-Fa-f]+)\b')


def _old_hex_float(match: re.Match[str]) -> str:
    """LLVM 22 spelling of one ``f0x<bits>`` constant (string literals are matched and kept as they are)."""
    digits = match.group(1)
    if digits is None:
        return match.group(0)
    if len(digits) == 4:  # half, or bfloat when the type is written right before it
        return ("0xR" if match.string[:match.start()].endswith("bfloat ") else "0xH") + digits
    if len(digits) == 8:  # float: LLVM 22 writes the (exact) double of the same value
        bits = int(digits, 16)
        if (bits >> 23) & 0xFF == 0xFF:  # inf / NaN: keep sign and payload bit for bit
            double = (bits >> 31) << 63 | 0x7FF << 52 | (bits & 0x7FFFFF) << 29
        else:
            double = struct.unpack(">Q", struct.pack(">d", struct.unpack(">f", bytes.fromhex(digits))[0]))[0]
        return f"0x{double:016X}"
    if len(digits) == 16:  # double
        return "0x" + digits
    if len(digits) == 20:  # x86_fp80
        return "0xK" + digits
    if len(digits) == 32:  # fp128: LLVM 22 writes the low 64 bits first
        return "0xL" + digits[16:] + digits[:16]
    return match.group(0)


def to_llvm22_syntax(ir: str) -> str:
    """``ir`` with LLVM 23's ``f0x`` floating-point constants in the spelling LLVM 22 reads (same values)."""
    return _HEX_FLOAT.sub(_old_hex_float, ir) if "f0x" in ir else ir


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
            text = source.decode("utf-8") if isinstance(source, bytes) else source
            module = llvm.parse_assembly(to_llvm22_syntax(text))
        module.verify()
    except (RuntimeError, UnicodeDecodeError) as exc:
        raise InputError(f"malformed LLVM IR: {first_error_line(str(exc))}", file=name) from None
    return module
