"""The ``spawn`` start method without re-running the caller's ``__main__``.

Python's spawn re-runs the parent's ``__main__`` in every child (to find what the child needs), which re-runs an
unguarded script's top level, its solver calls and its own children, in each: the BrokenProcessPool cascade of
issue 20. :func:`spawn_context` gives the spawn start method with that step left out, for the executor's local
pool (:mod:`mlopt.parallel`), the pass-ordering env's llvmlite worker and any killable child; the target must
then live in an importable module (not in ``__main__``). In the lowest root because envs and the learning side
both use it.
"""

from __future__ import annotations

import threading
from multiprocessing import context, popen_spawn_posix, spawn

_LAUNCH_LOCK = threading.Lock()


def _preparation_without_main(name: str) -> dict[str, object]:
    """spawn's preparation data for a child, less the instruction to re-run the parent's ``__main__``."""
    data = _SPAWN_PREPARATION(name)
    data.pop("init_main_from_path", None)
    data.pop("init_main_from_name", None)
    return data


_SPAWN_PREPARATION = spawn.get_preparation_data


class _PopenWithoutMain(popen_spawn_posix.Popen):
    """spawn's launcher, except that the child starts without the parent's ``__main__``."""

    def _launch(self, process_obj: context.BaseProcess) -> None:
        with _LAUNCH_LOCK:  # the stand-in is in place only while one of these children is launched
            spawn.get_preparation_data = _preparation_without_main
            try:
                super()._launch(process_obj)
            finally:
                spawn.get_preparation_data = _SPAWN_PREPARATION


class _ProcessWithoutMain(context.SpawnProcess):
    @staticmethod
    def _Popen(process_obj: context.BaseProcess) -> _PopenWithoutMain:
        return _PopenWithoutMain(process_obj)


class _SpawnWithoutMain(context.SpawnContext):
    """The ``spawn`` start method whose children do not import the parent's ``__main__``."""

    Process = _ProcessWithoutMain


def spawn_context() -> context.SpawnContext:
    """The ``spawn`` start method whose children do not re-run the caller's ``__main__`` (module docstring)."""
    return _SpawnWithoutMain()
