"""A ProGraML-like program graph of LLVM IR (Cummins et al., "ProGraML", ICML 2021), built with llvmlite.

ProGraML's own package bundles LLVM 10 and cannot read opaque-pointer IR, so mlopt builds a reduced form
of its graph: one node per instruction of every defined function, in module order (functions, blocks,
instructions), and three edge types, as ProGraML numbers them:

- ``CONTROL`` (0): instruction -> next instruction of its block, and terminator -> first instruction of
  each distinct successor block.
- ``DATA`` (1): defining instruction -> instruction that uses its value as an operand (one edge per
  operand occurrence; function arguments, constants and globals are not nodes, unlike in ProGraML).
- ``CALL`` (2): ``call`` / ``invoke`` / ``callbr`` -> first instruction of the callee when the module
  defines it, and each ``ret`` of that callee -> the call (ProGraML's call / return pair).

The node feature is the opcode's index in :data:`~.observations.OPCODES` (``UNKNOWN_OPCODE`` for an
opcode not listed there). :class:`ProgramGraph` holds numpy arrays (no torch);
:meth:`ProgramGraph.to_data` gives the ``torch_geometric.data.Data`` the GNNs consume (``x`` [N, 1]
int64, ``edge_index`` [2, E] int64, ``edge_type`` [E] int64), importing torch only then.
:class:`ProgramGraphSpace` is the Gymnasium ``Graph`` space of these graphs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import llvmlite.binding as llvm
import numpy as np
from gymnasium import spaces
from gymnasium.spaces.graph import GraphInstance
from llvmlite.binding.value import ValueKind

from mlopt.envs.passes.ir import value_id
from mlopt.envs.passes.observations import OPCODES

if TYPE_CHECKING:
    from torch_geometric.data import Data

CONTROL, DATA, CALL = 0, 1, 2
EDGE_TYPES: tuple[str, ...] = ("control", "data", "call")
UNKNOWN_OPCODE = len(OPCODES)
NUM_NODE_TYPES = len(OPCODES) + 1
_OPCODE_INDEX = {op: i for i, op in enumerate(OPCODES)}
_CALLS = ("call", "invoke", "callbr")


@dataclass(frozen=True)
class ProgramGraph:
    """Instruction nodes (opcode indices, int64 [N]) and typed edges (links int64 [E, 2], types int64 [E])."""

    nodes: np.ndarray
    edge_links: np.ndarray
    edge_types: np.ndarray

    def edge_counts(self) -> dict[str, int]:
        """Number of edges of each type, by name."""
        return {name: int(np.sum(self.edge_types == t)) for t, name in enumerate(EDGE_TYPES)}

    def to_data(self) -> Data:
        """The graph as ``torch_geometric.data.Data`` (x [N, 1], edge_index [2, E], edge_type [E])."""
        import torch
        from torch_geometric.data import Data

        return Data(x=torch.from_numpy(self.nodes).view(-1, 1),
                    edge_index=torch.from_numpy(self.edge_links.T.copy()),
                    edge_type=torch.from_numpy(self.edge_types), num_nodes=len(self.nodes))


def program_graph(module: llvm.ModuleRef) -> ProgramGraph:
    """The ProGraML-like graph (module docstring) of a parsed module."""
    opcodes: list[int] = []
    node_of: dict[int, int] = {}  # value id of an instruction -> node
    block_entry: dict[int, int] = {}  # value id of a block -> node of its first instruction
    entry_of: dict[str, int] = {}  # defined function name -> node of its first instruction
    returns_of: dict[str, list[int]] = {}
    instructions: list[llvm.ValueRef] = []
    block_ranges: list[range] = []
    for function in module.functions:
        if function.is_declaration:
            continue
        for b, block in enumerate(function.blocks):
            start = len(opcodes)
            for inst in block.instructions:
                node_of[value_id(inst)] = len(opcodes)
                opcodes.append(_OPCODE_INDEX.get(inst.opcode, UNKNOWN_OPCODE))
                instructions.append(inst)
                if inst.opcode == "ret":
                    returns_of.setdefault(function.name, []).append(len(opcodes) - 1)
            block_ranges.append(range(start, len(opcodes)))
            if len(opcodes) > start:
                block_entry[value_id(block)] = start
                if b == 0:
                    entry_of[function.name] = start
    edges: list[tuple[int, int, int]] = []
    for nodes in block_ranges:
        edges.extend((i, i + 1, CONTROL) for i in nodes[:-1])
    for node, inst in enumerate(instructions):
        operands = list(inst.operands)
        successors: list[int] = []
        for operand in operands:
            kind = operand.value_kind
            if kind == ValueKind.instruction:
                edges.append((node_of[value_id(operand)], node, DATA))
            elif kind == ValueKind.basic_block:
                target = block_entry[value_id(operand)]
                if target not in successors:
                    successors.append(target)
        edges.extend((node, target, CONTROL) for target in successors)
        if inst.opcode in _CALLS and operands and operands[-1].value_kind == ValueKind.function:
            callee = operands[-1].name
            if callee in entry_of:
                edges.append((node, entry_of[callee], CALL))
                edges.extend((ret, node, CALL) for ret in returns_of.get(callee, ()))
    links = np.array([(s, d) for s, d, _ in edges], dtype=np.int64).reshape(-1, 2)
    types = np.array([t for _, _, t in edges], dtype=np.int64)
    return ProgramGraph(np.array(opcodes, dtype=np.int64), links, types)


class ProgramGraphSpace(spaces.Graph):
    """Gymnasium ``Graph`` space of program graphs whose members are ``torch_geometric.data.Data``.

    Node space ``Discrete(NUM_NODE_TYPES)`` (opcode index), edge space ``Discrete(3)`` (edge type).
    ``contains`` accepts a ``Data`` with ``x`` / ``edge_index`` / ``edge_type`` (or a ``GraphInstance``)
    and checks it as a ``Graph`` member; ``sample`` returns a ``Data``. Gymnasium's ``check_env`` cannot
    check an env with this space: it compares observations with ``==``, which ``Data`` does not define.
    """

    def __init__(self, seed: int | np.random.Generator | None = None) -> None:
        super().__init__(node_space=spaces.Discrete(NUM_NODE_TYPES), edge_space=spaces.Discrete(len(EDGE_TYPES)),
                         seed=seed)

    def contains(self, x: Any) -> bool:
        if isinstance(x, GraphInstance):
            return super().contains(x)
        try:
            nodes = x.x.numpy().reshape(-1)
            edges = x.edge_type.numpy()
            links = x.edge_index.numpy().T
        except AttributeError:
            return False
        return super().contains(GraphInstance(nodes, edges, np.ascontiguousarray(links)))

    def sample(self, mask: Any = None, probability: Any = None, num_nodes: int = 10,
               num_edges: int | None = None) -> Data:
        graph = super().sample(mask, probability, num_nodes, num_edges)
        links = graph.edge_links if graph.edge_links is not None else np.zeros((0, 2), dtype=np.int64)
        types = graph.edges if graph.edges is not None else np.zeros(0, dtype=np.int64)
        return ProgramGraph(graph.nodes.astype(np.int64), links.astype(np.int64), types.astype(np.int64)).to_data()
