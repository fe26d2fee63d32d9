"""``LlvmliteBackend``: in-process LLVM 22 through llvmlite, always installed.

llvmlite 0.50 exposes about 45 individual passes (``ModulePassManager.add_*``) and the O0-O3 default
pipelines, but no size level: it has no -Oz. The -Oz reference therefore comes from an
:class:`~mlopt.envs.passes.opt_backend.OptBackend` given as ``reference`` (the ``llvm`` extra); without one,
``optimize(ir, "Oz")`` raises :class:`BackendUnavailable` saying so.

Action set (:data:`LLVMLITE_PASSES`): the code-transforming llvmlite passes that CompilerGym's llvm-v0
list also has (Cummins et al., CGO 2022), under their ``opt`` names, so that a sequence means the same to
both backends. Missing against ``opt``: mem2reg (sroa does its work on -O0 IR), gvn, early-cse, inline,
licm, indvars, instsimplify and the vectorizers.

Passes run in one worker process that is restarted after a crash or a timeout, so an LLVM abort or a
hanging pass gives a :class:`PassResult` status instead of killing the caller.
"""

from __future__ import annotations

from multiprocessing.process import BaseProcess
import os
from collections.abc import Sequence
from multiprocessing.connection import Connection

import llvmlite.binding as llvm

from mlopt.datasets.spawn import spawn_context
from mlopt.envs.passes.backend import BackendUnavailable, CompilerBackend, PassResult, PassStatus, as_sequence
from mlopt.envs.passes.ir import parse_module, text_bytes

LLVMLITE_PASSES: dict[str, str] = {
    "adce": "add_aggressive_dce_pass", "aggressive-instcombine": "add_aggressive_instcombine_pass",
    "always-inline": "add_always_inliner_pass", "argpromotion": "add_argument_promotion_pass",
    "break-crit-edges": "add_break_critical_edges_pass", "constmerge": "add_constant_merge_pass",
    "deadargelim": "add_dead_arg_elimination_pass", "dce": "add_dead_code_elimination_pass",
    "dse": "add_dead_store_elimination_pass", "globaldce": "add_global_dead_code_eliminate_pass",
    "globalopt": "add_global_opt_pass", "instcombine": "add_instruction_combine_pass",
    "instnamer": "add_instruction_namer_pass", "ipsccp": "add_ipsccp_pass",
    "jump-threading": "add_jump_threading_pass", "lcssa": "add_lcssa_pass",
    "loop-deletion": "add_loop_deletion_pass", "loop-rotate": "add_loop_rotate_pass",
    "loop-simplify": "add_loop_simplify_pass", "loop-reduce": "add_loop_strength_reduce_pass",
    "loop-unroll-and-jam": "add_loop_unroll_and_jam_pass", "loop-unroll": "add_loop_unroll_pass",
    "lower-atomic": "add_lower_atomic_pass", "lower-invoke": "add_lower_invoke_pass",
    "lower-switch": "add_lower_switch_pass", "memcpyopt": "add_mem_copy_opt_pass",
    "mergefunc": "add_merge_functions_pass", "newgvn": "add_new_gvn_pass",
    "partial-inliner": "add_partial_inliner_pass", "function-attrs": "add_post_order_function_attributes_pass",
    "reassociate": "add_reassociate_pass", "reg2mem": "add_register_to_memory_pass",
    "rpo-function-attrs": "add_rpo_function_attrs_pass", "sccp": "add_sccp_pass",
    "simplifycfg": "add_simplify_cfg_pass", "sink": "add_sinking_pass", "sroa": "add_sroa_pass",
    "strip-dead-prototypes": "add_strip_dead_prototype_pass", "strip-debug-declare":
    "add_strip_debug_declare_pass", "strip-nondebug": "add_strip_non_debug_symbols_pass",
    "strip": "add_strip_symbols_pass", "tailcallelim": "add_tail_call_elimination_pass",
}
DEFAULT_TIMEOUT_S = 60.0


def _target_machine(module: llvm.ModuleRef) -> llvm.TargetMachine:
    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()
    triple = module.triple or llvm.get_process_triple()
    return llvm.Target.from_triple(triple).create_target_machine(codemodel="default")


def run_pipeline(ir: str, passes: tuple[str, ...] | None, speed_level: int = 0) -> str:
    """IR after ``passes`` (llvmlite pass names) or, when None, the O``speed_level`` default pipeline."""
    module = parse_module(ir)
    tm = _target_machine(module)
    options = llvm.create_pipeline_tuning_options(speed_level=speed_level)
    builder = llvm.create_pass_builder(tm, options)
    if passes is None:
        manager = builder.getModulePassManager()
    else:
        manager = llvm.create_new_module_pass_manager()
        for name in passes:
            getattr(manager, LLVMLITE_PASSES[name])()
    manager.run(module, builder)
    module.verify()
    return str(module)


def _serve(conn: Connection) -> None:
    """Worker loop: receive (ir, passes, speed_level), send (status, ir, message) until the pipe closes."""
    while True:
        try:
            ir, passes, speed_level = conn.recv()
        except EOFError:
            return
        try:
            conn.send((PassStatus.OK.value, run_pipeline(ir, passes, speed_level), ""))
        except Exception as exc:  # noqa: BLE001 - any LLVM failure is reported as a crash status
            conn.send((PassStatus.CRASH.value, ir, " ".join(str(exc).split())[:300]))


class LlvmliteBackend(CompilerBackend):
    """In-process LLVM 22 (llvmlite): parsing, observations, its own passes, O3 and object emission.

    Args:
        reference: an ``OptBackend`` for the -Oz baseline (llvmlite has none).
        timeout_s: wall-clock limit of each pass application (run in a worker process).
    """

    name = "llvmlite"
    actions = tuple(LLVMLITE_PASSES)

    def __init__(self, reference: CompilerBackend | None = None, timeout_s: float = DEFAULT_TIMEOUT_S) -> None:
        self.reference = reference
        self.timeout_s = timeout_s
        self._worker: BaseProcess | None = None
        self._conn: Connection | None = None

    def parse(self, source: str | bytes, name: str | os.PathLike[str] = "<ir>") -> str:
        return str(parse_module(source, name))

    def _start(self) -> Connection:
        if self._conn is None:
            spawn = spawn_context()  # no __main__ re-run in the worker
            parent, child = spawn.Pipe()
            self._worker = spawn.Process(target=_serve, args=(child,), daemon=True)
            self._worker.start()
            child.close()
            self._conn = parent
        return self._conn

    def close(self) -> None:
        """Stop the worker process (a later call starts a new one)."""
        if self._conn is not None:
            self._conn.close()
        if self._worker is not None and self._worker.pid is not None:  # pid is None if it never started
            self._worker.kill()
            self._worker.join()
        self._worker, self._conn = None, None

    def __del__(self) -> None:
        self.close()

    def _call(self, ir: str, passes: tuple[str, ...] | None, speed_level: int = 0) -> PassResult:
        conn = self._start()
        conn.send((ir, passes, speed_level))
        if not conn.poll(self.timeout_s):
            self.close()
            return PassResult(ir, PassStatus.TIMEOUT, f"timed out after {self.timeout_s:g} s")
        try:
            status, out, message = conn.recv()
        except (EOFError, ConnectionError):
            self.close()
            return PassResult(ir, PassStatus.CRASH, "the llvmlite worker died (LLVM aborted)")
        return PassResult(out, PassStatus(status), message)

    def apply(self, ir: str, passes: str | Sequence[str]) -> PassResult:
        sequence = as_sequence(passes)
        unknown = [name for name in sequence if name not in LLVMLITE_PASSES]
        if unknown:
            return PassResult(ir, PassStatus.INVALID, f"llvmlite backend has no pass {unknown[0]!r}")
        return self._call(ir, sequence)

    def optimize(self, ir: str, level: str) -> str:
        if level == "Oz":
            if self.reference is None:
                raise BackendUnavailable(
                    "llvmlite has no -Oz pipeline (no size level); the -Oz baseline needs the opt backend: "
                    "pip install 'mlopt[llvm]'")
            return self.reference.optimize(ir, "Oz")
        if level != "O3":
            raise ValueError(f"unknown optimization level {level!r} (expected Oz or O3)")
        result = self._call(ir, None, speed_level=3)
        if not result.ok:
            raise RuntimeError(f"-O3 failed ({result.status.value}): {result.message}")
        return result.ir

    def text_size(self, ir: str) -> int:
        module = parse_module(ir)
        return text_bytes(_target_machine(module).emit_object(module))
