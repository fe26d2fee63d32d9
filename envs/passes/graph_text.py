"""The program graph of :mod:`mlopt.envs.passes.graph`, read from the IR text instead of through llvmlite.

Walking a module through llvmlite costs a foreign call per instruction and per operand (about 50 us each),
which made the graph most of NVP's inference time on generated programs (1.7 s of 2.1 s on one of 10,000
instructions). LLVM's text form has one instruction per line (a ``switch``'s cases, an ``invoke``'s
destinations and a ``landingpad``'s clauses continue on indented lines), so the same nodes and edges come
from a few regular expressions per line: :func:`program_graph_from_text` builds the graph
:func:`~mlopt.envs.passes.graph.program_graph` builds, with its nodes and edges in the same order (the
tests compare both on the shipped corpus and on generated programs).

How the text maps to llvmlite's view: an instruction's opcode is its first word after ``%x =`` (``tail``
/ ``musttail`` / ``notail`` are markers of ``call``); its instruction operands are the local names it
mentions that name an instruction result of its function (arguments, blocks and types are not nodes), one
per occurrence, in LLVM's operand order (a call's callee comes after its arguments, a conditional
branch's false target before its true one); a direct call's callee is its first ``@name(``.

Falls back to llvmlite (:func:`program_graph_of`) for text this reader does not cover: modules with
numbered types (``%0 = type``, whose names a numbered value can share) or IR not printed by LLVM (no
two-space indentation of instructions).
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np

from mlopt.envs.passes.graph import _OPCODE_INDEX, CALL, CONTROL, DATA, UNKNOWN_OPCODE, ProgramGraph
from mlopt.envs.passes.observations import OPCODES, TERMINATORS

_NAME = r'(?:[-\w.$]+|"[^"]*")'
_DEFINE = re.compile(r'^define\b[^@]*@(' + _NAME + r')\(')
_LABEL = re.compile(r'^(' + _NAME + r'):')
_RESULT = re.compile(r'^\s+%(' + _NAME + r')\s*=\s*(.*)$')
_LOCAL_OR_STRING = re.compile(r'%(' + _NAME + r')|c?"[^"]*"')
_CALLEE = re.compile(r'@(' + _NAME + r')\(')
_NUMBERED_TYPE = re.compile(r'^%\d+ = type\b', re.MULTILINE)
_CONTINUES = ("to label", "unwind ", "cleanup", "catch ", "filter ", "]")
_MARKERS = frozenset(("tail", "musttail", "notail"))
_CALLS = frozenset(("call", "invoke", "callbr"))
_TERMINATORS = frozenset(TERMINATORS)  # a phi names blocks too, but they are not its operands


class UnsupportedText(ValueError):
    """The text is not in the form this reader covers (module docstring)."""


Instruction = tuple[str | None, str, str, int]  # result name, opcode, text after "=", block index


def _instructions(ir: str) -> list[tuple[str, list[Instruction], dict[str, int]]]:
    """Per defined function (in order): its name, its instructions and its block labels (name -> index)."""
    functions: list[tuple[str, list[Instruction], dict[str, int]]] = []
    body: list[Instruction] | None = None
    labels: dict[str, int] = {}
    block = 0
    for line in ir.splitlines():
        if body is None:
            match = _DEFINE.match(line)
            if match and line.rstrip().endswith("{"):
                body, labels, block = [], {}, 0
                functions.append((match.group(1), body, labels))
            continue
        if line.startswith("}"):
            body = None
            continue
        code = line.split(";", 1)[0] if ";" in line and '"' not in line else line
        stripped = code.strip()
        if not stripped:
            continue
        if not code.startswith(" "):
            label = _LABEL.match(code)
            if label is None:
                raise UnsupportedText(f"unexpected line in a function body: {line[:60]!r}")
            block += bool(body)
            labels[label.group(1)] = block
            continue
        if body and (stripped.startswith(_CONTINUES) or body[-1][1] == "switch" and "]" not in body[-1][2]
                     or code.startswith("    ")):
            name, opcode, text, at = body[-1]
            body[-1] = (name, opcode, text + " " + stripped, at)
            continue
        if not code.startswith("  "):
            raise UnsupportedText("instructions are not indented by two spaces")
        match = _RESULT.match(code)
        name, rest = (match.group(1), match.group(2)) if match else (None, stripped)
        words = rest.split(None, 2)
        opcode = words[1] if words and words[0] in _MARKERS and len(words) > 1 else words[0]
        body.append((name, opcode, rest, block))
    return functions


def program_graph_from_text(ir: str) -> ProgramGraph:
    """The program graph (:func:`~mlopt.envs.passes.graph.program_graph`) of LLVM-printed IR text;
    :class:`UnsupportedText` for text outside the form covered (module docstring)."""
    if _NUMBERED_TYPE.search(ir):
        raise UnsupportedText("numbered types")
    functions = _instructions(ir)
    opcodes: list[int] = []
    entry_of: dict[str, int] = {}
    returns_of: dict[str, list[int]] = {}
    starts: list[int] = []
    control: list[tuple[int, int]] = []
    local_nodes: list[dict[str, int]] = []
    block_starts: list[dict[int, int]] = []
    for function, body, _ in functions:
        start = len(opcodes)
        starts.append(start)
        nodes: dict[str, int] = {}
        first_of: dict[int, int] = {}
        for offset, (name, opcode, _, block) in enumerate(body):
            node = start + offset
            if name is not None:
                nodes[name] = node
            if block in first_of and node - 1 >= start:
                control.append((node - 1, node))
            first_of.setdefault(block, node)
            opcodes.append(_OPCODE_INDEX.get(opcode, UNKNOWN_OPCODE))
            if opcode == "ret":
                returns_of.setdefault(function, []).append(node)
        if body:
            entry_of[function] = start
        local_nodes.append(nodes)
        block_starts.append(first_of)
    links: list[tuple[int, int]] = list(control)
    types: list[int] = [CONTROL] * len(control)
    for (function, body, labels), start, nodes, first_of in zip(functions, starts, local_nodes, block_starts):
        for offset, (name, opcode, text, _) in enumerate(body):
            node = start + offset
            operands = [m.group(1) for m in _LOCAL_OR_STRING.finditer(text) if m.group(1) is not None]
            callee = _CALLEE.search(text) if opcode in _CALLS else None
            if opcode in _CALLS and callee is None and operands and operands[0] in nodes:
                operands = operands[1:] + operands[:1]  # an indirect callee is the call's last operand
            for operand in operands:
                if operand in nodes:
                    links.append((nodes[operand], node))
                    types.append(DATA)
            targets = [labels[o] for o in operands if o in labels and o not in nodes] if opcode in _TERMINATORS else []
            if opcode == "br" and len(targets) == 2:
                targets.reverse()  # LLVM stores a conditional branch's false target first
            successors: list[int] = []
            for target in targets:
                if first_of.get(target) is not None and first_of[target] not in successors:
                    successors.append(first_of[target])
            links.extend((node, s) for s in successors)
            types.extend([CONTROL] * len(successors))
            if callee is not None and callee.group(1) in entry_of:
                links.append((node, entry_of[callee.group(1)]))
                links.extend((ret, node) for ret in returns_of.get(callee.group(1), ()))
                types.extend([CALL] * (1 + len(returns_of.get(callee.group(1), ()))))
    return ProgramGraph(np.array(opcodes, dtype=np.int64), np.array(links, dtype=np.int64).reshape(-1, 2),
                        np.array(types, dtype=np.int64))


_OPCODE_AT_LINE = re.compile(r'^  (?=\S)(?:%' + _NAME + r' = )?(?:(?:tail|musttail|notail) )?([a-z]\w*)',
                             re.MULTILINE)
_DEFINE_LINE = re.compile(r'^define\b', re.MULTILINE)


def instcount_from_text(ir: str) -> np.ndarray:
    """The InstCount vector (:func:`~mlopt.envs.passes.observations.instcount`: total instructions, blocks,
    defined functions, one count per opcode) of LLVM-printed IR text, by whole-text regular expressions (no
    Python step per instruction): an instruction is a line indented by exactly two spaces (its opcode the word
    after ``%x =`` and a call's ``tail`` marker), a block is a terminator (every block ends in exactly one),
    a defined function a ``define`` line. :class:`UnsupportedText` as for :func:`program_graph_from_text`."""
    if _NUMBERED_TYPE.search(ir):
        raise UnsupportedText("numbered types")
    opcodes = Counter(_OPCODE_AT_LINE.findall(ir))
    if not opcodes and _DEFINE_LINE.search(ir):
        raise UnsupportedText("instructions are not indented by two spaces")
    blocks = sum(opcodes[op] for op in TERMINATORS)
    return np.array([sum(opcodes.values()), blocks, len(_DEFINE_LINE.findall(ir)), *(opcodes[op] for op in OPCODES)],
                    dtype=np.int64)
