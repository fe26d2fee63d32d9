"""One executor interface for embarrassingly parallel work (evaluating instances, collecting expert
data, rollouts): a local process pool by default, Ray as the scale-out backend.

    with make_executor("local", workers=4) as ex:
        results = ex.map(evaluate, instances, description="evaluating")

``map`` keeps the order of ``items``, shows progress on stderr (silenced by ``quiet``: a rich bar on a
terminal, else plain lines, :mod:`mlopt.progress`), and re-raises the
first failure as :class:`TaskFailed` naming the item's index, raised ``from`` the worker's exception (so
:func:`mlopt.errors.user_error` finds a worker's InputError and the CLI prints it as one line). ``workers=1`` runs inline in this
process (no pickling), which is what tests and debuggers want. ``fn`` must be picklable (a module-level
function or a functools.partial of one).

The local pool's workers never re-run the caller's ``__main__`` (spawn does so by default, which re-runs an
unguarded script's top level, its solver calls and its own pool, in every worker: a BrokenProcessPool), so a
script needs no ``if __name__ == "__main__":`` guard; only when ``fn`` itself lives in ``__main__`` (a
function defined in the script) do the workers import it, as spawn always does, and the guard is needed.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
from abc import ABC, abstractmethod
from contextlib import contextmanager
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from multiprocessing import context
from types import TracebackType
from typing import Callable, Iterable, Iterator, Sequence, TypeVar

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from mlopt.datasets.spawn import spawn_context
from mlopt.errors import InputError
from mlopt.progress import ProgressLine

T = TypeVar("T")
R = TypeVar("R")
BACKENDS: tuple[str, ...] = ("local", "ray")


class TaskFailed(RuntimeError):
    """A work item raised; ``index`` is its position in the items given to ``map``."""

    def __init__(self, index: int, error: BaseException) -> None:
        self.index = index
        self.error = error
        super().__init__(f"item {index} failed: {type(error).__name__}: {error}")


@contextmanager
def _progress(description: str, total: int, quiet: bool) -> Iterator[Callable[[], None]]:
    """Progress of ``total`` items on stderr; yields the function that counts one more done. A rich bar on a
    terminal, else plain lines (:class:`mlopt.progress.ProgressLine`)."""
    if quiet or sys.stderr.isatty():
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      TimeRemainingColumn(), console=Console(stderr=True), disable=quiet, transient=True) as bar:
            task = bar.add_task(description, total=total)
            yield lambda: bar.advance(task)
        return
    done = [0]
    with ProgressLine("mlopt") as line:
        def advance() -> None:
            done[0] += 1
            line.update(f"{description}: {done[0]}/{total} done")

        line.update(f"{description}: 0/{total} done")
        yield advance


class Executor(ABC):
    """Maps a function over items, in parallel, with progress."""

    backend: str
    workers: int

    @abstractmethod
    def map(self, fn: Callable[[T], R], items: Iterable[T], *, description: str = "working",
            quiet: bool = False) -> list[R]:
        """``[fn(item) for item in items]``, computed in parallel, in the order of ``items``."""

    def close(self) -> None:
        """Release workers (idempotent)."""

    def __enter__(self) -> "Executor":
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def refers_to_main(fn: Callable[..., object]) -> bool:
    """Whether pickling ``fn`` refers to the ``__main__`` module (a function defined in a script), so that a
    worker must import that module to call it."""
    try:
        return b"__main__" in pickle.dumps(fn)
    except (pickle.PicklingError, TypeError, AttributeError):
        return False


def _accept_interrupts() -> None:
    """A worker takes Ctrl-C itself (ends its task with KeyboardInterrupt), also when the parent held
    SIGINT (:func:`mlopt.cli.interrupt.solver_section`) and the worker inherited the blocked mask."""
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


class LocalExecutor(Executor):
    """A process pool on this machine (``spawn`` start method, safe with torch; workers do not re-run the
    caller's ``__main__`` unless ``fn`` is defined there); inline for 1 worker or 1 item."""

    backend = "local"

    def __init__(self, workers: int | None = None) -> None:
        self.workers = max(1, workers if workers is not None else (os.cpu_count() or 1))
        self._pool: ProcessPoolExecutor | None = None
        self._pool_imports_main = False

    def _get_pool(self, imports_main: bool) -> ProcessPoolExecutor:
        if self._pool is not None and self._pool_imports_main != imports_main:
            self.close()
        if self._pool is None:
            mp_context = context.SpawnContext() if imports_main else spawn_context()
            self._pool = ProcessPoolExecutor(self.workers, mp_context=mp_context, initializer=_accept_interrupts)
            self._pool_imports_main = imports_main
        return self._pool

    def map(self, fn: Callable[[T], R], items: Iterable[T], *, description: str = "working",
            quiet: bool = False) -> list[R]:
        items = list(items)
        results: list[R] = [None] * len(items)  # type: ignore[list-item]
        with _progress(description, len(items), quiet) as advance:
            if self.workers == 1 or len(items) <= 1:
                for i, item in enumerate(items):
                    try:
                        results[i] = fn(item)
                    except Exception as error:  # noqa: BLE001 - re-raised with the item's index
                        raise TaskFailed(i, error) from error
                    advance()
                return results
            pool = self._get_pool(refers_to_main(fn))
            futures: dict[Future[R], int] = {pool.submit(fn, item): i for i, item in enumerate(items)}
            try:
                for future in as_completed(futures):
                    i = futures[future]
                    try:
                        results[i] = future.result()
                    except Exception as error:  # noqa: BLE001
                        raise TaskFailed(i, error) from error
                    advance()
            except BaseException:
                for future in futures:
                    future.cancel()
                raise
        return results

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


class RayExecutor(Executor):
    """Ray tasks: joins a running cluster (``address``, or RAY_ADDRESS) or starts a local instance."""

    backend = "ray"

    def __init__(self, workers: int | None = None, address: str | None = None) -> None:
        try:
            import ray
        except ImportError:
            raise InputError("ray is not installed", field="backend",
                             expected='pip install -e ".[ray]"') from None
        self._ray = ray
        self._started_here = False
        if not ray.is_initialized():
            kwargs = {"address": address} if address else {"num_cpus": workers}
            ray.init(ignore_reinit_error=True, include_dashboard=False, log_to_driver=False, **kwargs)
            self._started_here = True
        self.workers = int(ray.cluster_resources().get("CPU", 1))

    def map(self, fn: Callable[[T], R], items: Iterable[T], *, description: str = "working",
            quiet: bool = False) -> list[R]:
        ray = self._ray
        items = list(items)
        remote_call = ray.remote(_call)  # a plain-Python trampoline: ray.remote rejects builtins and partials
        fn_ref = ray.put(fn)
        refs = [remote_call.remote(fn_ref, item) for item in items]
        index = {ref: i for i, ref in enumerate(refs)}
        results: list[R] = [None] * len(items)  # type: ignore[list-item]
        pending = list(refs)
        with _progress(description, len(items), quiet) as advance:
            while pending:
                done, pending = ray.wait(pending, num_returns=1)
                for ref in done:
                    try:
                        results[index[ref]] = ray.get(ref)
                    except Exception as error:  # noqa: BLE001
                        for other in pending:
                            ray.cancel(other)
                        cause = getattr(error, "cause", None) or error  # the worker's own exception
                        raise TaskFailed(index[ref], cause) from cause
                    advance()
        return results

    def close(self) -> None:
        if self._started_here and self._ray.is_initialized():
            self._ray.shutdown()
            self._started_here = False


def _call(fn: Callable[[T], R], item: T) -> R:
    return fn(item)


def make_executor(backend: str = "local", workers: int | None = None, **kwargs: object) -> Executor:
    """The executor for ``backend`` ("local" process pool or "ray")."""
    if backend == "local":
        return LocalExecutor(workers)
    if backend == "ray":
        return RayExecutor(workers, **kwargs)  # type: ignore[arg-type]
    raise InputError(f"unknown backend {backend!r}", field="backend", expected=" or ".join(BACKENDS))


def parallel_map(fn: Callable[[T], R], items: Sequence[T], *, backend: str = "local", workers: int | None = None,
                 description: str = "working", quiet: bool = False) -> list[R]:
    """One-shot ``make_executor(...).map(...)`` that closes its workers."""
    with make_executor(backend, workers) as executor:
        return executor.map(fn, items, description=description, quiet=quiet)
