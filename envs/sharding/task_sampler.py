"""Seeded sampling of sharding tasks from a pool of tables, as DreamShard (Zha et al., NeurIPS 2022,
Sec. 4) builds its tasks: each task draws T tables from a pool (train or test half) for D devices of a
fixed memory.

Tables are drawn without replacement when the pool holds at least T tables, with replacement otherwise.
Device memory is fixed, or with ``memory_factor`` a multiple of each task's fair share (total table
bytes / D, :func:`fair_share_memory`), as the sharding benchmark's suites are built.
A drawn task is kept only if it can be placed at all: every table fits one device, the total fits all
devices, and first-fit-decreasing packing by size succeeds; otherwise it is drawn again, and after
``max_tries`` failures :class:`~mlopt.errors.InputError` is raised.
"""

from __future__ import annotations

from typing import Callable, Sequence

import numpy as np

from mlopt.datasets.embedding_tables import MAX_DEVICES, EmbeddingTable, ShardingTask
from mlopt.envs.conventions import MAX_COUNT, bad_argument, integer_argument
from mlopt.errors import InputError
from mlopt.solvers.sharding.packing import packs_first_fit

IntChoice = int | tuple[int, int] | Sequence[int]


def _choices(value: IntChoice, name: str, high: int) -> tuple[int, ...]:
    """Allowed values, each in ``1..high``: an int, an inclusive range given as a tuple ``(lo, hi)``, or a list
    of choices; else an InputError naming ``name``."""
    if isinstance(value, (int, np.integer, np.bool_)):  # a bool is rejected there
        return (integer_argument(value, name, 1, high),)
    if isinstance(value, tuple) and len(value) == 2:
        lo, hi = (integer_argument(v, name, 1, high) for v in value)
        if lo > hi:
            raise InputError(f"empty range {value}", field=name, expected="(lo, hi) with lo <= hi")
        return tuple(range(lo, hi + 1))
    listed = (isinstance(value, Sequence) and not isinstance(value, (str, bytes))
              or isinstance(value, np.ndarray) and value.ndim == 1)
    if not listed or len(value) == 0:
        raise bad_argument(value, name, f"an integer, a range (lo, hi) or a list of integers in 1..{high}")
    return tuple(integer_argument(v, name, 1, high) for v in value)


def is_placeable(task: ShardingTask) -> bool:
    """Whether some table-wise plan of ``task`` respects device memory (sufficient check: FFD packs)."""
    try:
        task.check_fits()
    except InputError:
        return False
    return packs_first_fit(task.sizes(), task.num_devices, task.memory_bytes)


def fair_share_memory(tables: Sequence[EmbeddingTable], num_devices: int, factor: float) -> int:
    """Memory per device = ``factor`` x (total bytes of ``tables`` / ``num_devices``), at least the largest
    table."""
    sizes = [t.size_bytes for t in tables]
    return max(int(factor * sum(sizes) / num_devices), max(sizes))


class TaskSampler:
    """Draws :class:`ShardingTask` s from ``pool``.

    ``num_tables`` and ``num_devices`` are each an int, an inclusive range ``(lo, hi)`` (a 2-tuple), or,
    for devices, a list of allowed counts; every task draws its own T and D uniformly from them.
    """

    def __init__(
        self,
        pool: Sequence[EmbeddingTable],
        num_tables: IntChoice,
        num_devices: IntChoice,
        memory_bytes: int,
        batch_size: int = 65_536,
        seed: int | np.random.Generator = 0,
        max_tries: int = 20,
        memory_factor: float | None = None,
    ) -> None:
        if not len(pool):
            raise InputError("empty table pool", field="tables", expected="at least one table")
        self.pool = tuple(pool)
        self.table_counts = _choices(num_tables, "num_tables", MAX_COUNT)
        self.device_counts = _choices(num_devices, "num_devices", MAX_DEVICES)
        self.memory_bytes = int(memory_bytes)
        self.batch_size = int(batch_size)
        self.max_tries = max_tries
        if memory_factor is not None and memory_factor < 1:
            raise InputError(f"memory factor {memory_factor}", field="memory_factor", expected="a factor >= 1")
        self.memory_factor = memory_factor
        self.rng = np.random.default_rng(seed)
        self._fixed: ShardingTask | None = None

    @classmethod
    def fixed(cls, task: ShardingTask) -> "TaskSampler":
        """A sampler that returns ``task`` every time."""
        if not is_placeable(task):
            raise InputError("no plan of the task fits device memory", file=task.source or None,
                             field="memory", expected="more devices or a larger memory")
        sampler = cls(task.tables, task.num_tables, task.num_devices, task.memory_bytes, task.batch_size)
        sampler._fixed = task
        return sampler

    @property
    def max_devices(self) -> int:
        return max(self.device_counts)

    def sample(
        self, rng: np.random.Generator | None = None, accept: Callable[[ShardingTask], bool] | None = None,
    ) -> ShardingTask:
        """A placeable task, drawn with ``rng`` (default: the sampler's own generator), that also passes
        ``accept`` when given (e.g. a baseline heuristic finds a plan)."""
        if self._fixed is not None:
            if accept is not None and not accept(self._fixed):
                raise InputError("the fixed task was rejected (the baseline finds no plan)", field="task",
                                 expected="a task the baseline can place, or another baseline")
            return self._fixed
        rng = self.rng if rng is None else rng
        for _ in range(self.max_tries):
            num_tables = int(rng.choice(self.table_counts))
            num_devices = int(rng.choice(self.device_counts))
            replace = num_tables > len(self.pool)
            picks = rng.choice(len(self.pool), size=num_tables, replace=replace)
            tables = tuple(self.pool[i] for i in picks)
            memory = (self.memory_bytes if self.memory_factor is None
                      else fair_share_memory(tables, num_devices, self.memory_factor))
            task = ShardingTask(tables, num_devices, memory, self.batch_size)
            if is_placeable(task) and (accept is None or accept(task)):
                return task
        raise InputError(
            f"no placeable task in {self.max_tries} draws of {min(self.table_counts)}..{max(self.table_counts)} "
            f"tables on {min(self.device_counts)}..{self.max_devices} devices of "
            f"{self.memory_bytes / 2**30:.2f} GiB", field="memory",
            expected="fewer or smaller tables, more devices or a larger memory",
        )
