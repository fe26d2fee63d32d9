"""``PassOrderingEnv``: CompilerGym's llvm-ic-v0 task (Cummins et al., CGO 2022) as a Gymnasium env.

An episode optimizes one program. The action is an index into the backend's pass list
(``backend.actions``); each step applies that pass to the current IR. Observation (a ``Box``):
``"autophase"`` (56 int64 counts, Haj-Ali et al., MLSys 2020) or ``"instcount"`` (69 int64 counts; see
:mod:`.observations`). ``info["ir"]`` always holds the current IR text.

Reward (CompilerGym's IrInstructionCountOz, the normalization of Liang et al., ICML 2023): per step
``(previous_count - count) / max(count_O0 - count_Oz, 1)``, so an episode's return is
``(count_O0 - final) / (count_O0 - count_Oz)``: 1.0 when the sequence matches mlopt's -Oz baseline
(:meth:`OptBackend.optimize`), above 1 when it beats it. The -Oz count comes from the ``opt`` backend
(the llvmlite backend takes it from its ``reference``; without one the env cannot be built).

An episode ends (``truncated``) after ``max_steps`` passes. A pass that crashes, is unknown or times out
ends it (``terminated``) with reward 0 and ``info["status"]`` naming what happened; the IR stays as it was.
"""

from __future__ import annotations

import os
from typing import Any, Sequence

import gymnasium
import numpy as np
from gymnasium import spaces

from mlopt.datasets.programs import Program, load_program, shipped_programs
from mlopt.envs.passes.backend import CompilerBackend, PassStatus
from mlopt.envs.passes.observations import AUTOPHASE_FEATURES, INSTCOUNT_FEATURES, autophase, instcount
from mlopt.envs.passes.ir import parse_for_features
from mlopt.errors import InputError

OBSERVATIONS = {"autophase": (autophase, len(AUTOPHASE_FEATURES)),
                "instcount": (instcount, len(INSTCOUNT_FEATURES))}
DEFAULT_MAX_STEPS = 45  # Liang et al.'s compilation budget


def make_backend(name: str) -> CompilerBackend:
    """``"opt"`` or ``"llvmlite"`` (llvmlite with ``opt`` as its -Oz reference)."""
    from mlopt.envs.passes.llvmlite_backend import LlvmliteBackend
    from mlopt.envs.passes.opt_backend import OptBackend

    if name == "opt":
        return OptBackend()
    if name == "llvmlite":
        return LlvmliteBackend(reference=OptBackend())
    raise InputError(f"unknown backend {name!r}", field="backend", expected="opt or llvmlite")


class PassOrderingEnv(gymnasium.Env):
    """Choose LLVM passes one by one to shrink a program's IR instruction count (module docstring).

    Args:
        benchmark: a :class:`Program`, a path to a .ll/.bc/.c file, a sequence of programs to draw from
            at each reset, or None for the shipped training split.
        backend: ``"opt"`` (default), ``"llvmlite"``, or a :class:`CompilerBackend` instance.
        observation: ``"autophase"`` or ``"instcount"``.
        max_steps: passes per episode.
    """

    metadata = {"render_modes": ["ansi"]}

    def __init__(
        self,
        benchmark: Program | str | os.PathLike[str] | Sequence[Program] | None = None,
        backend: str | CompilerBackend = "opt",
        observation: str = "autophase",
        max_steps: int = DEFAULT_MAX_STEPS,
        render_mode: str | None = None,
    ) -> None:
        if observation not in OBSERVATIONS:
            raise InputError(f"unknown observation {observation!r}", field="observation",
                             expected=" or ".join(OBSERVATIONS))
        if max_steps < 1:
            raise InputError(f"max_steps {max_steps}", field="max_steps", expected="at least 1")
        if isinstance(benchmark, Program):
            self.programs: tuple[Program, ...] = (benchmark,)
        elif isinstance(benchmark, (str, os.PathLike)):
            self.programs = (load_program(benchmark),)
        else:
            self.programs = tuple(benchmark) if benchmark is not None else shipped_programs("train")
        if not self.programs:
            raise InputError("no programs", field="benchmark", expected="at least one program")
        self.backend = make_backend(backend) if isinstance(backend, str) else backend
        self.observation_kind = observation
        self._features, size = OBSERVATIONS[observation]
        self.max_steps = max_steps
        self.render_mode = render_mode
        self.action_space = spaces.Discrete(len(self.backend.actions))
        self.observation_space = spaces.Box(0, np.iinfo(np.int64).max, (size,), np.int64)
        self._oz_counts: dict[str, int] = {}
        self.program: Program | None = None

    def oz_count(self, program: Program) -> int:
        """Instruction count of ``program`` after the -Oz baseline (cached per program name)."""
        if program.name not in self._oz_counts:
            self._oz_counts[program.name] = self.backend.instruction_count(self.backend.optimize(program.ir, "Oz"))
        return self._oz_counts[program.name]

    def reset(self, *, seed: int | None = None, options: dict[str, Any] | None = None):
        super().reset(seed=seed)
        program = (options or {}).get("program")
        if program is None:
            program = self.programs[int(self.np_random.integers(len(self.programs)))]
        self.program = program
        self.ir = program.ir
        self.count_o0 = self.backend.instruction_count(self.ir)
        self.count = self.count_o0
        self.scale = max(self.count_o0 - self.oz_count(program), 1)
        self.steps = 0
        self.done = False
        return self._observe(), self._info(PassStatus.OK, "")

    def step(self, action):
        if self.program is None or self.done:
            raise RuntimeError("the episode is over: call reset() first")
        action = int(action)
        if not 0 <= action < len(self.backend.actions):
            raise InputError(f"action {action}", field="action", expected=f"0..{len(self.backend.actions) - 1}")
        result = self.backend.apply(self.ir, self.backend.actions[action])
        self.steps += 1
        if not result.ok:
            self.done = True
            return self._observe(), 0.0, True, False, self._info(result.status, result.message)
        self.ir = result.ir
        previous, self.count = self.count, self.backend.instruction_count(self.ir)
        truncated = self.steps >= self.max_steps
        self.done = truncated
        reward = (previous - self.count) / self.scale
        return self._observe(), float(reward), False, truncated, self._info(result.status, "")

    def _observe(self) -> np.ndarray:
        return self._features(parse_for_features(self.ir))

    def _info(self, status: PassStatus, message: str) -> dict[str, Any]:
        return {"program": self.program.name, "ir": self.ir, "instruction_count": self.count,
                "instruction_count_o0": self.count_o0, "instruction_count_oz": self._oz_counts[self.program.name],
                "status": status.value, "message": message, "steps": self.steps}

    def render(self) -> str | None:
        if self.render_mode != "ansi" or self.program is None:
            return None
        return (f"{self.program.name}: {self.count} instructions after {self.steps} passes "
                f"(O0 {self.count_o0}, Oz {self._oz_counts[self.program.name]})")
