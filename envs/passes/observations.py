"""Program observations: InstCount, Autophase-style features and the instruction count.

InstCount (CompilerGym's ``InstCount``, Cummins et al., CGO 2022): ``TotalInsts``, ``TotalBlocks``,
``TotalFuncs`` and one count per opcode of :data:`OPCODES` (LLVM's ``Instruction.def``, with the opcodes
added since LLVM 10: ``freeze``, ``callbr``, ``ptrtoaddr``). Functions are *defined* functions only
(declarations have no body), as in LLVM's ``instcount`` pass.

Autophase (Haj-Ali et al., MLSys 2020) names 56 features; the paper describes each by one phrase, so
here is the exact definition used (``AUTOPHASE_FEATURES`` order). "Blocks" are the basic blocks of
defined functions; predecessors/successors are distinct CFG neighbours; an edge is a distinct
(block, successor) pair.

====================  =====================================================================================
BBNumArgsHi           blocks whose phi nodes have more than 5 incoming values in total
BBNumArgsLo           blocks whose phi nodes have 1 to 5 incoming values in total
onePred               blocks with exactly 1 predecessor
onePredOneSuc         ... 1 predecessor and 1 successor
onePredTwoSuc         ... 1 predecessor and 2 successors
oneSuccessor          blocks with exactly 1 successor
twoPred               blocks with exactly 2 predecessors
twoPredOneSuc         ... 2 predecessors and 1 successor
twoEach               ... 2 predecessors and 2 successors
twoSuccessor          blocks with exactly 2 successors
morePreds             blocks with more than 2 predecessors
BB03Phi               blocks with 1 to 3 phi nodes
BBHiPhi               blocks with more than 3 phi nodes
BBNoPhi               blocks without phi nodes
BeginPhi              blocks whose first instruction is a phi node
BranchCount           conditional ``br`` instructions
returnInt             ``call``/``invoke`` instructions returning an integer
CriticalCount         critical edges (source has > 1 successor, target has > 1 predecessor)
NumEdges              CFG edges
const32Bit            operands that are 32-bit integer constants
const64Bit            operands that are 64-bit integer constants
numConstZeroes        operands that are the integer constant 0
numConstOnes          operands that are the integer constant 1
UncondBranches        unconditional ``br`` instructions
binaryConstArg        binary operators (arithmetic and logical) with at least one constant operand
Num<Op>Inst (x23)     count of that opcode: ashr add alloca and bitcast br call getelementptr icmp lshr
                      load mul or phi ret sext select shl store sub trunc xor zext (in the order listed
                      by AUTOPHASE_FEATURES; BlockMid and BlockLow sit between them as in the paper)
BlockMid              blocks with 15 to 500 instructions
BlockLow              blocks with fewer than 15 instructions
TotalBlocks           blocks
TotalInsts            instructions
TotalMemInst          memory operators (alloca load store getelementptr fence cmpxchg atomicrmw)
TotalFuncs            defined functions
ArgsPhi               incoming values of all phi nodes
testUnary             unary instructions in LLVM's sense (``UnaryInstruction``: fneg, casts, alloca,
                      load, va_arg, extractvalue, freeze)
====================  =====================================================================================
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import llvmlite.binding as llvm
import numpy as np
from llvmlite.binding.value import ValueKind

from mlopt.envs.passes.ir import value_id

TERMINATORS = ("ret", "br", "switch", "indirectbr", "invoke", "resume", "unreachable", "cleanupret",
               "catchret", "catchswitch", "callbr")
BINARY = ("add", "fadd", "sub", "fsub", "mul", "fmul", "udiv", "sdiv", "fdiv", "urem", "srem", "frem")
LOGICAL = ("shl", "lshr", "ashr", "and", "or", "xor")
MEMORY = ("alloca", "load", "store", "getelementptr", "fence", "cmpxchg", "atomicrmw")
CASTS = ("trunc", "zext", "sext", "fptoui", "fptosi", "uitofp", "sitofp", "fptrunc", "fpext", "ptrtoint",
         "ptrtoaddr", "inttoptr", "bitcast", "addrspacecast")
OTHER = ("cleanuppad", "catchpad", "icmp", "fcmp", "phi", "call", "select", "va_arg", "extractelement",
         "insertelement", "shufflevector", "extractvalue", "insertvalue", "landingpad", "freeze")
OPCODES: tuple[str, ...] = TERMINATORS + ("fneg",) + BINARY + LOGICAL + MEMORY + CASTS + OTHER
INSTCOUNT_FEATURES: tuple[str, ...] = ("TotalInsts", "TotalBlocks", "TotalFuncs",
                                       *(f"{op}Count" for op in OPCODES))
UNARY = frozenset(("fneg", "alloca", "load", "va_arg", "extractvalue", "freeze", *CASTS))

_OPCODE_FEATURES = {
    "NumAShrInst": "ashr", "NumAddInst": "add", "NumAllocaInst": "alloca", "NumAndInst": "and",
    "NumBitCastInst": "bitcast", "NumBrInst": "br", "NumCallInst": "call", "NumGetElementPtrInst":
    "getelementptr", "NumICmpInst": "icmp", "NumLShrInst": "lshr", "NumLoadInst": "load", "NumMulInst":
    "mul", "NumOrInst": "or", "NumPHIInst": "phi", "NumRetInst": "ret", "NumSExtInst": "sext",
    "NumSelectInst": "select", "NumShlInst": "shl", "NumStoreInst": "store", "NumSubInst": "sub",
    "NumTruncInst": "trunc", "NumXorInst": "xor", "NumZExtInst": "zext",
}
AUTOPHASE_FEATURES: tuple[str, ...] = (
    "BBNumArgsHi", "BBNumArgsLo", "onePred", "onePredOneSuc", "onePredTwoSuc", "oneSuccessor", "twoPred",
    "twoPredOneSuc", "twoEach", "twoSuccessor", "morePreds", "BB03Phi", "BBHiPhi", "BBNoPhi", "BeginPhi",
    "BranchCount", "returnInt", "CriticalCount", "NumEdges", "const32Bit", "const64Bit", "numConstZeroes",
    "numConstOnes", "UncondBranches", "binaryConstArg", "NumAShrInst", "NumAddInst", "NumAllocaInst",
    "NumAndInst", "BlockMid", "BlockLow", "NumBitCastInst", "NumBrInst", "NumCallInst",
    "NumGetElementPtrInst", "NumICmpInst", "NumLShrInst", "NumLoadInst", "NumMulInst", "NumOrInst",
    "NumPHIInst", "NumRetInst", "NumSExtInst", "NumSelectInst", "NumShlInst", "NumStoreInst", "NumSubInst",
    "NumTruncInst", "NumXorInst", "NumZExtInst", "TotalBlocks", "TotalInsts", "TotalMemInst", "TotalFuncs",
    "ArgsPhi", "testUnary",
)


@dataclass(frozen=True)
class _Block:
    """What the features need of one basic block."""

    opcodes: tuple[str, ...]
    successors: frozenset[int]
    phi_args: int


def _blocks(module: llvm.ModuleRef) -> tuple[dict[int, _Block], Counter[str], int]:
    """Per-block summaries keyed by block id, operand-level counts, and the number of defined functions."""
    blocks: dict[int, _Block] = {}
    counts: Counter[str] = Counter()
    funcs = 0
    for function in module.functions:
        if function.is_declaration:
            continue
        funcs += 1
        for block in function.blocks:
            opcodes, phi_args, successors = [], 0, frozenset()
            for inst in block.instructions:
                op = inst.opcode
                opcodes.append(op)
                operands = list(inst.operands)
                if op == "phi":
                    phi_args += len(operands)
                if op == "br":
                    counts["BranchCount" if len(operands) == 3 else "UncondBranches"] += 1
                if op in ("call", "invoke") and str(inst.type).startswith("i"):
                    counts["returnInt"] += 1
                has_const = False
                for operand in operands:
                    if operand.value_kind == ValueKind.constant_int:
                        has_const = True
                        width = str(operand.type)
                        counts["const32Bit"] += width == "i32"
                        counts["const64Bit"] += width == "i64"
                        value = operand.get_constant_value()
                        counts["numConstZeroes"] += value == 0
                        counts["numConstOnes"] += value == 1
                    elif operand.is_constant and operand.value_kind != ValueKind.function:
                        has_const = True
                if has_const and (op in BINARY or op in LOGICAL):
                    counts["binaryConstArg"] += 1
            if opcodes and opcodes[-1] in TERMINATORS:
                last = list(block.instructions)[-1]
                successors = frozenset(value_id(o) for o in last.operands
                                       if o.value_kind == ValueKind.basic_block)
            blocks[value_id(block)] = _Block(tuple(opcodes), successors, phi_args)
    return blocks, counts, funcs


def instcount(module: llvm.ModuleRef) -> np.ndarray:
    """InstCount vector (int64, ``INSTCOUNT_FEATURES`` order) of a parsed module."""
    blocks, _, funcs = _blocks(module)
    ops = Counter(op for b in blocks.values() for op in b.opcodes)
    total = sum(ops.values())
    return np.array([total, len(blocks), funcs, *(ops[op] for op in OPCODES)], dtype=np.int64)


def autophase(module: llvm.ModuleRef) -> np.ndarray:
    """Autophase vector (int64, ``AUTOPHASE_FEATURES`` order, definitions in the module docstring)."""
    blocks, f, funcs = _blocks(module)
    preds: Counter[int] = Counter(s for b in blocks.values() for s in b.successors)
    ops: Counter[str] = Counter(op for b in blocks.values() for op in b.opcodes)
    for key, block in blocks.items():
        p, s, phis = preds[key], len(block.successors), block.opcodes.count("phi")
        n = len(block.opcodes)
        f["BBNumArgsHi"] += block.phi_args > 5
        f["BBNumArgsLo"] += 1 <= block.phi_args <= 5
        f["onePred"] += p == 1
        f["onePredOneSuc"] += p == 1 and s == 1
        f["onePredTwoSuc"] += p == 1 and s == 2
        f["oneSuccessor"] += s == 1
        f["twoPred"] += p == 2
        f["twoPredOneSuc"] += p == 2 and s == 1
        f["twoEach"] += p == 2 and s == 2
        f["twoSuccessor"] += s == 2
        f["morePreds"] += p > 2
        f["BB03Phi"] += 1 <= phis <= 3
        f["BBHiPhi"] += phis > 3
        f["BBNoPhi"] += phis == 0
        f["BeginPhi"] += n > 0 and block.opcodes[0] == "phi"
        f["CriticalCount"] += sum(1 for t in block.successors if s > 1 and preds[t] > 1)
        f["NumEdges"] += s
        f["BlockMid"] += 15 <= n <= 500
        f["BlockLow"] += n < 15
        f["ArgsPhi"] += block.phi_args
    for name, op in _OPCODE_FEATURES.items():
        f[name] = ops[op]
    f["TotalBlocks"] = len(blocks)
    f["TotalInsts"] = sum(ops.values())
    f["TotalMemInst"] = sum(ops[op] for op in MEMORY)
    f["TotalFuncs"] = funcs
    f["testUnary"] = sum(ops[op] for op in UNARY)
    return np.array([f[name] for name in AUTOPHASE_FEATURES], dtype=np.int64)


def instruction_count(module: llvm.ModuleRef) -> int:
    """All instructions of the module (CompilerGym's IrInstructionCount)."""
    return sum(1 for fn in module.functions for block in fn.blocks for _ in block.instructions)

