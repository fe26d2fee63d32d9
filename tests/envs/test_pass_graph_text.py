"""The program graph read from IR text (envs.passes.graph_text) equals the one built through llvmlite."""

from __future__ import annotations

import re

import numpy as np
import pytest
from mlopt.datasets.programs import shipped_programs
from mlopt.envs.passes.graph import program_graph
from mlopt.envs.passes.graph_text import UnsupportedText, instcount_from_text, program_graph_from_text
from mlopt.envs.passes.ir import parse_for_features
from mlopt.envs.passes.observations import instcount
from mlopt.passes.nvp import program_data

# Every construct the reader treats specially: a switch over several lines, an invoke with its destinations
# and a landingpad with clauses on the next lines, phis (which name blocks that are not operands), a
# conditional branch (LLVM stores its false target first), tail calls, an indirect call (the callee is
# the last operand), a value used twice by one instruction, a quoted name and a string in inline asm.
TRICKY_IR = """%struct.pair = type { i32, i32 }

declare i32 @__gxx_personality_v0(...)
declare void @may_throw(i32)

define i32 @leaf(i32 %x) {
  %d = add i32 %x, %x
  ret i32 %d
}

define i32 @"quoted name"(ptr %fp, i32 %n) personality ptr @__gxx_personality_v0 {
entry:
  %p = alloca %struct.pair, align 4
  %c = icmp sgt i32 %n, 0
  br i1 %c, label %pos, label %neg

pos:                                              ; preds = %entry
  %r = tail call i32 %fp(i32 %n)
  switch i32 %r, label %neg [
    i32 1, label %one
    i32 2, label %inv
  ]

one:                                              ; preds = %pos
  %a = call i32 asm "mov $1, $0 ; %r", "=r,r"(i32 %r)
  %l = tail call i32 @leaf(i32 %a)
  br label %neg

inv:                                              ; preds = %pos
  invoke void @may_throw(i32 %r)
          to label %neg unwind label %pad

pad:                                              ; preds = %inv
  %lp = landingpad { ptr, i32 }
          cleanup
  br label %neg

neg:                                              ; preds = %pad, %inv, %one, %pos, %entry
  %m = phi i32 [ 0, %entry ], [ %r, %pos ], [ %l, %one ], [ 1, %inv ], [ 2, %pad ]
  %f = getelementptr inbounds %struct.pair, ptr %p, i32 0, i32 1
  store i32 %m, ptr %f, align 4
  ret i32 %m
}
"""


def _same(a, b) -> bool:
    return (np.array_equal(a.nodes, b.nodes) and np.array_equal(a.edge_links, b.edge_links)
            and np.array_equal(a.edge_types, b.edge_types))


def test_tricky_ir_gives_the_llvmlite_graph() -> None:
    reference = program_graph(parse_for_features(TRICKY_IR))
    graph = program_graph_from_text(TRICKY_IR)
    assert _same(graph, reference)
    assert len(graph.nodes) == 17 and graph.edge_counts()["call"] == 2  # call @leaf and its ret


def test_shipped_corpus_gives_the_llvmlite_graphs_and_counts() -> None:
    for program in shipped_programs():
        module = parse_for_features(program.ir)
        assert _same(program_graph_from_text(program.ir), program_graph(module)), program.name
        assert instcount_from_text(program.ir).tolist() == instcount(module).tolist(), program.name


def test_tricky_ir_gives_the_llvmlite_instcount() -> None:
    counts = instcount_from_text(TRICKY_IR)
    assert counts.tolist() == instcount(parse_for_features(TRICKY_IR)).tolist()
    assert counts[:3].tolist() == [17, 7, 2]  # instructions, blocks, defined functions


def test_text_outside_the_covered_form_falls_back() -> None:
    numbered = "%0 = type { i32 }\n" + TRICKY_IR
    with pytest.raises(UnsupportedText):
        program_graph_from_text(numbered)
    flat = re.sub(r"\n +", "\n", TRICKY_IR)  # hand-written, not indented: llvmlite reads it, the reader does not
    with pytest.raises(UnsupportedText):
        program_graph_from_text(flat)
    with pytest.raises(UnsupportedText):
        instcount_from_text(flat)
    data = program_data(flat)
    assert data.num_nodes == 17 and data.edge_index.shape[1] == len(program_graph_from_text(TRICKY_IR).edge_types)
