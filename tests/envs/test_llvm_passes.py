"""Tests of the LLVM pass-ordering backends, observations and mlopt/PassOrdering-v0."""

from __future__ import annotations

import gymnasium
import numpy as np
import pytest
from gymnasium.utils.env_checker import check_env

import mlopt.envs  # noqa: F401 - registers mlopt/PassOrdering-v0
from mlopt.datasets.programs import Program, load_program, shipped_programs
from mlopt.datasets.programs.loader import corpus_dir
from mlopt.envs.passes import (
    AUTOPHASE_FEATURES, INSTCOUNT_FEATURES, LLVMLITE_PASSES, OPT_PASSES, BackendUnavailable, LlvmliteBackend,
    OptBackend, PassResult, PassStatus, autophase, find_opt, instcount,
)
from mlopt.envs.passes.ir import parse_for_features
from mlopt.errors import InputError

needs_opt = pytest.mark.skipif(find_opt() is None, reason="no LLVM opt binary: pip install 'mlopt[llvm]'")

# Hand-written module: 2 defined functions + 1 declaration, 4 blocks, 11 instructions.
HAND_IR = """
declare i32 @ext(i32)

define i32 @f(i32 %x, i1 %c) {
entry:
  %a = add i32 %x, 1
  br i1 %c, label %then, label %join
then:
  %b = mul i64 0, 7
  %r = call i32 @ext(i32 %a)
  br label %join
join:
  %p = phi i32 [ %a, %entry ], [ %r, %then ]
  ret i32 %p
}

define void @g(ptr %q) {
entry:
  %v = load i32, ptr %q
  %w = xor i32 %v, -1
  store i32 %w, ptr %q
  ret void
}
"""


def counts(names, values):
    return dict(zip(names, np.asarray(values).tolist()))


def test_instcount_matches_hand_count():
    c = counts(INSTCOUNT_FEATURES, instcount(parse_for_features(HAND_IR)))
    assert (c["TotalInsts"], c["TotalBlocks"], c["TotalFuncs"]) == (11, 4, 2)
    assert (c["addCount"], c["mulCount"], c["brCount"], c["callCount"], c["phiCount"], c["retCount"]) == (1, 1, 2, 1, 1, 2)
    assert (c["loadCount"], c["storeCount"], c["xorCount"], c["allocaCount"]) == (1, 1, 1, 0)
    assert len(INSTCOUNT_FEATURES) == 3 + sum(1 for n in INSTCOUNT_FEATURES if n.endswith("Count"))


def test_autophase_matches_hand_count():
    a = counts(AUTOPHASE_FEATURES, autophase(parse_for_features(HAND_IR)))
    assert len(AUTOPHASE_FEATURES) == 56
    # CFG of f: entry -> then, entry -> join, then -> join; g: one block
    assert a["NumEdges"] == 3 and a["CriticalCount"] == 1  # entry(2 succ) -> join(2 preds)
    assert (a["onePred"], a["twoPred"], a["twoSuccessor"], a["oneSuccessor"], a["onePredOneSuc"]) == (1, 1, 1, 1, 1)
    assert (a["BranchCount"], a["UncondBranches"], a["NumBrInst"]) == (1, 1, 2)
    assert (a["NumPHIInst"], a["ArgsPhi"], a["BBNumArgsLo"], a["BB03Phi"], a["BBNoPhi"], a["BeginPhi"]) == (1, 2, 1, 1, 3, 1)
    assert (a["const32Bit"], a["const64Bit"], a["numConstZeroes"], a["numConstOnes"]) == (2, 2, 1, 1)
    assert (a["binaryConstArg"], a["returnInt"], a["testUnary"], a["TotalMemInst"]) == (3, 1, 1, 2)
    assert (a["TotalInsts"], a["TotalBlocks"], a["TotalFuncs"], a["BlockLow"], a["BlockMid"]) == (11, 4, 2, 4, 0)


def test_malformed_ir_is_one_line_input_error(tmp_path):
    from mlopt.datasets.programs import load_program

    bad = tmp_path / "bad.ll"
    bad.write_text("define i32 @f() {\n  ret i64 0\n}\n")
    with pytest.raises(InputError) as info:
        load_program(bad)
    assert "bad.ll" in str(info.value) and "\n" not in str(info.value)


def test_llvmlite_backend_is_deterministic_and_survives_bad_passes():
    backend = LlvmliteBackend(timeout_s=30)
    program = shipped_programs("train")[0]
    sequence = ["sroa", "instcombine", "simplifycfg", "loop-rotate", "newgvn"]
    first, second = backend.apply(program.ir, sequence), backend.apply(program.ir, sequence)
    assert first.ok and first.ir == second.ir
    assert backend.instruction_count(first.ir) < backend.instruction_count(program.ir)
    assert backend.apply(program.ir, "no-such-pass").status is PassStatus.INVALID
    with pytest.raises(BackendUnavailable, match="mlopt\\[llvm\\]"):
        backend.optimize(program.ir, "Oz")
    backend.close()


def test_llvmlite_worker_timeout_is_a_status():
    backend = LlvmliteBackend(timeout_s=0.001)
    program = shipped_programs("train")[0]
    result = backend.apply(program.ir, ["sroa", "instcombine", "simplifycfg"] * 20)
    assert result.status is PassStatus.TIMEOUT and result.ir == program.ir
    backend.timeout_s = 30
    assert backend.apply(program.ir, "sroa").ok  # a fresh worker takes over
    backend.close()


@needs_opt
def test_opt_sequence_is_deterministic_and_bad_passes_are_statuses(tmp_path):
    backend = OptBackend()
    assert len(OPT_PASSES) == len(set(OPT_PASSES)) == 116
    program = shipped_programs("train")[0]
    sequence = ["sroa", "instcombine<no-verify-fixpoint>", "simplifycfg", "gvn", "licm"]
    assert backend.apply(program.ir, sequence).ir == backend.apply(program.ir, sequence).ir
    assert backend.apply(program.ir, "no-such-pass").status is PassStatus.INVALID
    crash = tmp_path / "opt"
    crash.write_text("#!/bin/sh\nkill -SEGV $$\n")
    crash.chmod(0o755)
    result = OptBackend(crash).apply(program.ir, "sroa")
    assert result.status is PassStatus.CRASH and result.ir == program.ir
    slow = tmp_path / "slow-opt"
    slow.write_text("#!/bin/sh\nexec sleep 5\n")
    slow.chmod(0o755)
    assert OptBackend(slow, timeout_s=0.2).apply(program.ir, "sroa").status is PassStatus.TIMEOUT


@needs_opt
def test_oz_baseline_adds_size_attributes():
    backend = OptBackend()
    program = shipped_programs("train")[0]
    oz = backend.optimize(program.ir, "Oz")
    assert "minsize" in oz and "optsize" in oz
    plain = backend.apply(program.ir, "default<O2>")
    assert backend.instruction_count(oz) < backend.instruction_count(program.ir)
    assert backend.instruction_count(oz) <= backend.instruction_count(plain.ir)
    assert 0 < backend.text_size(oz) < backend.text_size(program.ir)


class OzAsAction(OptBackend):
    """The opt backend plus one extra action: the whole -Oz baseline."""

    actions = (*OPT_PASSES, "-Oz")

    def apply(self, ir, passes, extra=()):
        if passes == "-Oz":
            return PassResult(self.optimize(ir, "Oz"), PassStatus.OK)
        return super().apply(ir, passes, extra)


class UnreadableSroa(OptBackend):
    """The opt backend whose reader fails on sroa's output, as llvmlite fails on some LLVM 23 output."""

    def apply(self, ir, passes, extra=()):
        result = super().apply(ir, passes, extra)
        return PassResult(result.ir + "; from sroa\n", result.status) if passes == "sroa" else result

    def instruction_count(self, ir):
        if "; from sroa" in ir:
            raise InputError("malformed LLVM IR: attribute group has no attributes")
        return super().instruction_count(ir)


@needs_opt
def test_unreadable_pass_output_does_not_end_the_episode():
    program = load_program(corpus_dir() / "ll" / "crc32.ll")
    env = gymnasium.make("mlopt/PassOrdering-v0", benchmark=program, backend=UnreadableSroa(),
                         observation="instcount", max_steps=3).unwrapped
    env.reset(seed=0)
    before = env.ir
    _, reward, terminated, truncated, info = env.step(OPT_PASSES.index("sroa"))
    assert info["status"] == "unreadable" and "attribute group" in info["message"]
    assert reward == 0.0 and not terminated and not truncated and env.ir == before
    _, reward, terminated, _, info = env.step(OPT_PASSES.index("simplifycfg"))
    assert info["status"] == "ok" and not terminated and reward >= 0
    *_, truncated, info = env.step(OPT_PASSES.index("sroa"))
    assert info["status"] == "unreadable" and truncated  # the step still counts toward max_steps


@needs_opt
@pytest.mark.parametrize("reward", ["instruction_count", "text_size"])
def test_oz_sequence_scores_one(reward):
    program = load_program(corpus_dir() / "ll" / "crc32.ll")
    env = gymnasium.make("mlopt/PassOrdering-v0", benchmark=program, backend=OzAsAction(),
                         observation="instcount", reward=reward).unwrapped
    env.reset(seed=0)
    _, r, terminated, _, info = env.step(len(OPT_PASSES))
    assert r == 1.0 and not terminated and info[reward] == info[f"{reward}_oz"] < info[f"{reward}_o0"]
    env.reset(seed=0)
    ret = sum(env.step(OPT_PASSES.index(name))[1] for name in ("sroa", "simplifycfg"))
    assert ret == pytest.approx((env.value_o0 - env.value) / env.scale) and ret > 0


@needs_opt
def test_text_size_reward_and_explicit_opt_path():
    program = load_program(corpus_dir() / "ll" / "crc32.ll")
    env = gymnasium.make("mlopt/PassOrdering-v0", benchmark=program, reward="text_size",
                         opt_path=str(find_opt())).unwrapped
    _, info = env.reset(seed=0)
    assert info["text_size_o0"] == env.backend.text_size(program.ir) > info["text_size_oz"] > 0
    _, r, _, _, info = env.step(OPT_PASSES.index("sroa"))
    assert r == pytest.approx((info["text_size_o0"] - info["text_size"]) / env.scale) and r > 0
    with pytest.raises(BackendUnavailable, match="no LLVM opt binary"):
        gymnasium.make("mlopt/PassOrdering-v0", benchmark=program, opt_path="/nonexistent/opt")
    with pytest.raises(InputError, match="unknown reward"):
        gymnasium.make("mlopt/PassOrdering-v0", benchmark=program, reward="runtime")


@needs_opt
def test_opt_output_with_float_constants_reads_in_llvmlite():
    # LLVM 23 prints these as "float 1.000000e-01" / "f0x...", which LLVM 22 (llvmlite) cannot parse
    ir = ("define float @f(float %x, double %y) {\n  %a = fmul float %x, 0x3FB99999A0000000\n"
          "  %b = fptrunc double 0x400921FB54442D18 to float\n  %c = fadd float %a, %b\n  ret float %c\n}\n")
    backend = OptBackend()
    result = backend.apply(ir, "instsimplify")
    assert result.ok and backend.instruction_count(result.ir) == 3
    with pytest.raises(InputError) as info:
        backend.parse("define i32 @f() {\n  ret i64 0\n}\n", "bad.ll")
    assert str(info.value).startswith("bad.ll: malformed LLVM IR") and "\n" not in str(info.value)


@needs_opt
def test_env_checker_and_bounded_episode():
    env = gymnasium.make("mlopt/PassOrdering-v0", benchmark=shipped_programs("train")[0], max_steps=3)
    check_env(env.unwrapped, skip_render_check=True)
    obs, info = env.reset(seed=1)
    assert obs.shape == (56,) and info["status"] == "ok"
    done, steps = False, 0
    while not done:
        obs, _reward, terminated, truncated, info = env.step(OPT_PASSES.index("sroa"))
        done, steps = terminated or truncated, steps + 1
    assert steps == 3 and truncated


def test_llvmlite_actions_are_opt_names():
    assert set(LLVMLITE_PASSES) - {"instcombine"} <= set(OPT_PASSES) | {"strip"}
    assert isinstance(shipped_programs("test")[0], Program)


def test_an_unguarded_script_with_the_llvmlite_backend_runs_its_body_once(tmp_path) -> None:
    """Issue 20: the llvmlite worker is spawned without re-running the caller's ``__main__`` (no
    ``if __name__ == "__main__":`` guard needed)."""
    import subprocess
    import sys

    script = tmp_path / "unguarded.py"
    script.write_text("import gymnasium\nimport mlopt.envs\nprint('body')\n"
                      "env = gymnasium.make('mlopt/PassOrdering-v0', backend='llvmlite')\n"
                      "env.reset(seed=0)\nenv.step(0)\nenv.close()\nprint('done')\n")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["body", "done"] and "Traceback" not in done.stderr
