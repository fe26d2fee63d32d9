"""``PassOrderingEnv``: LLVM pass ordering as a Gymnasium env (``mlopt/PassOrdering-v0``; see the class)."""

from __future__ import annotations

import os
import string
from collections.abc import Callable, Sequence
from typing import Any, ClassVar, SupportsFloat, Union

import gymnasium
import numpy as np
from gymnasium import spaces

from mlopt.datasets.programs import Program, load_program, shipped_programs
from mlopt.envs.conventions import (
    bad_argument, checked_action, choice_argument, flag_argument, integer_argument, path_argument, require_running,
    typed_argument,
)
from mlopt.envs.passes.backend import CompilerBackend, PassStatus
from mlopt.envs.passes.graph import ProgramGraphSpace, program_graph
from mlopt.envs.passes.ir import parse_for_features
from mlopt.envs.passes.observations import AUTOPHASE_FEATURES, INSTCOUNT_FEATURES, autophase, instcount
from mlopt.errors import InputError

OBSERVATIONS = ("autophase", "instcount", "ir", "graph")
BACKENDS = ("opt", "llvmlite")
REWARDS: dict[str, Callable[[CompilerBackend, str], int]] = {
    "instruction_count": lambda backend, ir: backend.instruction_count(ir),
    "text_size": lambda backend, ir: backend.text_size(ir),
}
DEFAULT_MAX_STEPS = 45  # Liang et al.'s compilation budget
MAX_IR_CHARS = 1 << 24
# autophase / instcount: int64 counts; ir: the text; graph: a torch_geometric Data (Any: its type is not named
# here, torch is imported only in that mode)
PassObservation = Union[np.ndarray, str, Any]
PassAction = int | np.integer


def observation_space(kind: str) -> spaces.Space:
    """The Gymnasium space of observation ``kind`` (one of :data:`OBSERVATIONS`)."""
    if kind == "ir":
        return spaces.Text(MAX_IR_CHARS, min_length=1, charset=string.printable)
    if kind == "graph":
        return ProgramGraphSpace()
    size = len(AUTOPHASE_FEATURES) if kind == "autophase" else len(INSTCOUNT_FEATURES)
    return spaces.Box(0, np.iinfo(np.int64).max, (size,), np.int64)


def observe(ir: str, kind: str) -> Any:
    """Observation ``kind`` of IR text (:class:`PassOrderingEnv`'s Observation Space)."""
    if kind == "ir":
        return ir
    module = parse_for_features(ir)
    if kind == "graph":
        return program_graph(module).to_data()
    return autophase(module) if kind == "autophase" else instcount(module)


def make_backend(name: str, opt_path: str | os.PathLike[str] | None = None) -> CompilerBackend:
    """``"opt"`` or ``"llvmlite"`` (llvmlite with ``opt`` as its -Oz reference); ``opt_path`` locates ``opt``.

    The caller owns the backend: ``close()`` it when done (:class:`PassOrderingEnv` does so for the backends it
    makes with this function).
    """
    from mlopt.envs.passes.llvmlite_backend import LlvmliteBackend
    from mlopt.envs.passes.opt_backend import OptBackend

    if choice_argument(name, "backend", BACKENDS) == "opt":
        return OptBackend(opt_path)
    return LlvmliteBackend(reference=OptBackend(opt_path))


class PassOrderingEnv(gymnasium.Env[PassObservation, PassAction]):
    """CompilerGym's llvm-ic-v0 task (Cummins et al., CGO 2022): choose LLVM passes one by one to shrink a program.

    Registered as ``mlopt/PassOrdering-v0``.

    ## Description

    An episode optimizes one program. Each step applies one pass of the backend's pass list to the current
    IR (backends: ``opt``, the reference, and in-process llvmlite; :mod:`.backend`).

    ## Action Space

    ``Discrete(len(backend.actions))``: an index into the backend's pass list (``backend.actions``, names in
    ``opt -passes=`` syntax). Every action in the space has an outcome: the pass runs, or, when it crashes, is
    unknown to the backend or times out (or the backend then cannot measure the IR), the episode ends (see
    Episode End). An action outside the space raises :class:`~mlopt.envs.conventions.InvalidActionError` and
    changes nothing (the rule of all mlopt envs, :mod:`mlopt.envs.conventions`).

    ## Observation Space

    Chosen by ``observation``:

    - ``"autophase"``: 56 int64 counts (Haj-Ali et al., MLSys 2020; a ``Box``).
    - ``"instcount"``: 69 int64 counts (CompilerGym's InstCount; a ``Box``); see :mod:`.observations`.
    - ``"ir"``: the IR text (CompilerGym's ``Ir``; a ``Text`` space of printable ASCII up to
      :data:`MAX_IR_CHARS` characters: LLVM escapes every other byte, though a hand-written file's comments
      may still hold one).
    - ``"graph"``: the ProGraML-like program graph as ``torch_geometric.data.Data`` (:mod:`.graph`; a
      :class:`~.graph.ProgramGraphSpace`, Gymnasium's ``Graph`` space). Gymnasium's ``check_env`` cannot
      check this mode (it compares observations with ``==``, which ``Data`` does not define); reset and step
      are tested directly instead. Only this mode imports torch.

    ``info`` carries ``program``, ``steps``, ``status`` and ``message`` (what a failed pass did), the measured
    value (named after the reward) now, at -O0 (``<reward>_o0``) and after -Oz (``<reward>_oz``), and, only
    with ``info_ir=True``, the current IR text as ``info["ir"]`` (bulky: use the ``"ir"`` observation to
    learn from it).

    ## Rewards

    The normalization of CompilerGym's ``*Oz`` rewards and of Liang et al. (ICML 2023): per step
    ``(previous - current) / max(value_O0 - value_Oz, 1)`` of a measured value, so an episode's return is
    ``(value_O0 - final) / (value_O0 - value_Oz)``: 1.0 when the sequence matches mlopt's -Oz baseline
    (:meth:`OptBackend.optimize`), above 1 when it beats it. The measured value (``reward=``):

    - ``"instruction_count"`` (default): IR instructions (CompilerGym's IrInstructionCountOz).
    - ``"text_size"``: bytes of the ``.text`` sections of the object file the backend emits (``llc`` for
      ``opt``, llvmlite's target machine for ``llvmlite``; CompilerGym's ObjectTextSizeOz).

    The -Oz value comes from the ``opt`` backend (the llvmlite backend takes it from its ``reference``;
    without one the env cannot be built).

    ## Starting State

    ``reset`` draws a program from ``benchmark`` with the env's RNG (``seed``), or takes
    ``options["program"]``, at its -O0 IR.

    ## Episode End

    ``truncated`` after ``max_steps`` passes. A pass that crashes, is unknown or times out (or IR the backend
    then cannot measure, e.g. llc fails) ends the episode (``terminated``) with reward 0 and ``info["status"]``
    naming what happened; the IR stays as it was. A pass whose output cannot be read back (LLVM 23 text that
    llvmlite's LLVM 22 does not parse) does not end it: the step is a no-op with reward 0 and status
    ``"unreadable"``. ``step`` after the end, before ``reset`` or after ``close`` raises
    ``RuntimeError``.

    ## Arguments

    - ``benchmark``: a :class:`Program`, a path to a .ll/.bc/.c file, a sequence of programs to draw from at
      each reset, or None for the shipped training split.
    - ``backend``: ``"opt"`` (default), ``"llvmlite"``, or a :class:`CompilerBackend` instance. A backend given
      by name is made by the env and closed by :meth:`close` (llvmlite's worker process); an instance stays
      the caller's to close.
    - ``observation``: ``"autophase"``, ``"instcount"``, ``"ir"`` or ``"graph"``.
    - ``reward``: ``"instruction_count"`` or ``"text_size"``, each normalized by -Oz's reduction.
    - ``max_steps``: passes per episode.
    - ``render_mode``: ``None`` or ``"ansi"`` (one line: program, value, steps).
    - ``opt_path``: the ``opt`` binary for a backend given by name (default: found by
      :func:`~mlopt.envs.passes.opt_backend.find_opt`).
    - ``info_ir``: put the current IR text in ``info["ir"]`` at every reset and step.

    An argument (or ``options["program"]``) of the wrong type or out of range raises
    :class:`mlopt.errors.InputError` naming it (:mod:`mlopt.envs.conventions`); a backend that cannot run here
    (no ``opt`` at ``opt_path`` or anywhere, or not a program that runs) raises
    :class:`~.backend.BackendUnavailable` (a ``RuntimeError``) when it is made or first used.
    """

    metadata: ClassVar[dict[str, Any]] = {"render_modes": ["ansi"]}

    def __init__(
        self,
        benchmark: Program | str | os.PathLike[str] | Sequence[Program] | None = None,
        backend: str | CompilerBackend = "opt",
        observation: str = "autophase",
        reward: str = "instruction_count",
        max_steps: int = DEFAULT_MAX_STEPS,
        render_mode: str | None = None,
        opt_path: str | os.PathLike[str] | None = None,
        info_ir: bool = False,
    ) -> None:
        observation = choice_argument(observation, "observation", OBSERVATIONS)
        reward = choice_argument(reward, "reward", tuple(REWARDS))
        max_steps = integer_argument(max_steps, "max_steps")
        render_mode = choice_argument(render_mode, "render_mode", (None, "ansi"))
        info_ir = flag_argument(info_ir, "info_ir")
        if opt_path is not None:
            opt_path = path_argument(opt_path, "opt_path")
        if isinstance(benchmark, Program):
            self.programs: tuple[Program, ...] = (benchmark,)
        elif isinstance(benchmark, (str, os.PathLike)):
            self.programs = (load_program(path_argument(benchmark, "benchmark")),)
        elif benchmark is None:
            self.programs = shipped_programs("train")
        elif isinstance(benchmark, Sequence):
            self.programs = tuple(typed_argument(p, "benchmark", Program, "Program items") for p in benchmark)
        else:
            raise bad_argument(benchmark, "benchmark", "a Program, a program path or a sequence of Program")
        if not self.programs:
            raise InputError("no programs", field="benchmark", expected="at least one program")
        self._owns_backend = not isinstance(backend, CompilerBackend)  # close() closes only a backend the env made
        self.backend = make_backend(backend, opt_path) if self._owns_backend else backend
        self.observation_kind = observation
        self.reward_kind = reward
        self._measure = REWARDS[reward]
        self.max_steps = max_steps
        self.render_mode = render_mode
        self.info_ir = info_ir
        self.action_space = spaces.Discrete(len(self.backend.actions))
        self.observation_space = observation_space(observation)
        self._oz_values: dict[str, int] = {}
        # the episode (set by reset; program None = no episode)
        self.program: Program | None = None
        self.ir = ""
        self.value_o0 = 0
        self.value = 0
        self.scale = 1
        self.steps = 0
        self.done = False

    def oz_value(self, program: Program) -> int:
        """The reward's measured value of ``program`` after the -Oz baseline (cached per program name)."""
        if program.name not in self._oz_values:
            self._oz_values[program.name] = self._measure(self.backend, self.backend.optimize(program.ir, "Oz"))
        return self._oz_values[program.name]

    def reset(self, *, seed: int | None = None,
              options: dict[str, Any] | None = None) -> tuple[PassObservation, dict[str, Any]]:
        super().reset(seed=seed)
        program = (options or {}).get("program")
        if program is None:
            program = self.programs[int(self.np_random.integers(len(self.programs)))]
        typed_argument(program, "options['program']", Program, "a Program")
        self.program = program
        self.ir = program.ir
        self.value_o0 = self._measure(self.backend, self.ir)
        self.value = self.value_o0
        self.scale = max(self.value_o0 - self.oz_value(program), 1)
        self.steps = 0
        self.done = False
        return self._observe(), self._info(PassStatus.OK, "")

    def step(self, action: PassAction) -> tuple[PassObservation, SupportsFloat, bool, bool, dict[str, Any]]:
        require_running(self, started=self.program is not None, ended=self.done)
        result = self.backend.apply(self.ir, self.backend.actions[checked_action(self, action)])
        self.steps += 1
        status, message = result.status, result.message
        if result.ok:
            try:
                value = self._measure(self.backend, result.ir)
            except InputError as exc:  # e.g. LLVM 23 output llvmlite (LLVM 22) cannot read: the pass is a no-op
                message = f"cannot read the pass's output back: {exc}"
                self.done = self.steps >= self.max_steps
                return self._observe(), 0.0, False, self.done, self._info(PassStatus.UNREADABLE, message)
            except RuntimeError as exc:  # e.g. llc rejects what the pass produced
                status, message = PassStatus.CRASH, f"cannot measure {self.reward_kind}: {exc}"
        if status is not PassStatus.OK:
            self.done = True
            return self._observe(), 0.0, True, False, self._info(status, message)
        self.ir = result.ir
        previous, self.value = self.value, value
        truncated = self.steps >= self.max_steps
        self.done = truncated
        return self._observe(), float((previous - value) / self.scale), False, truncated, self._info(status, "")

    def _observe(self) -> PassObservation:
        return observe(self.ir, self.observation_kind)

    def _info(self, status: PassStatus, message: str) -> dict[str, Any]:
        name = self.reward_kind
        info = {"program": self.program.name, name: self.value, f"{name}_o0": self.value_o0,
                f"{name}_oz": self._oz_values[self.program.name], "status": status.value, "message": message,
                "steps": self.steps}
        if self.info_ir:
            info["ir"] = self.ir
        return info

    def render(self) -> str | None:
        """``"ansi"``: the program, its measured value now, at -O0 and after -Oz, and the passes applied."""
        if self.render_mode != "ansi" or self.program is None:
            return None
        return (f"{self.program.name}: {self.reward_kind} {self.value} after {self.steps} passes "
                f"(O0 {self.value_o0}, Oz {self._oz_values[self.program.name]})")

    def close(self) -> None:
        """Drop the episode and close the backend if the env made it (llvmlite's worker process); idempotent."""
        if self._owns_backend:
            self.backend.close()
        self.program, self.ir = None, ""
