"""LLVM pass ordering (``mlopt.envs.passes``): backends, observations and ``mlopt/PassOrdering-v0``.

CompilerGym's llvm-ic-v0 conventions (Cummins et al., CGO 2022), Autophase features (Haj-Ali et al.,
MLSys 2020), a ProGraML-like program graph (Cummins et al., ICML 2021), and the -Oz-normalized reward
used by Liang et al. (ICML 2023). Importing this package loads
llvmlite but not ``opt`` (a subprocess, found only when an :class:`OptBackend` is built).
"""

from mlopt.envs.passes.backend import BackendUnavailable, CompilerBackend, PassResult, PassStatus
from mlopt.envs.passes.graph import EDGE_TYPES, ProgramGraph, ProgramGraphSpace, program_graph
from mlopt.envs.passes.llvmlite_backend import LLVMLITE_PASSES, LlvmliteBackend
from mlopt.envs.passes.observations import AUTOPHASE_FEATURES, INSTCOUNT_FEATURES, autophase, instcount
from mlopt.envs.passes.opt_backend import DROPPED_PASSES, OPT_PASSES, OptBackend, find_opt

__all__ = [
    "AUTOPHASE_FEATURES", "DROPPED_PASSES", "EDGE_TYPES", "INSTCOUNT_FEATURES", "LLVMLITE_PASSES", "OPT_PASSES",
    "BackendUnavailable", "CompilerBackend", "LlvmliteBackend", "OptBackend", "PassResult", "PassStatus",
    "ProgramGraph", "ProgramGraphSpace", "autophase", "find_opt", "instcount", "program_graph",
]
