"""The Executor interface: order, failures, local pool and (when installed) a local Ray instance."""

from __future__ import annotations

import importlib.util
import math
import os

import pytest

from mlopt.errors import InputError
from mlopt.parallel import LocalExecutor, TaskFailed, make_executor, parallel_map


def square(x: int) -> int:
    return x * x


def pid_of(_: int) -> int:
    return os.getpid()


def fail_on_three(x: int) -> int:
    if x == 3:
        raise ValueError("three")
    return x


@pytest.mark.parametrize("workers", [1, 2])
def test_local_map_keeps_order(workers: int) -> None:
    assert parallel_map(square, list(range(20)), workers=workers, quiet=True) == [i * i for i in range(20)]


def test_local_pool_uses_other_processes() -> None:
    with LocalExecutor(workers=2) as executor:
        pids = set(executor.map(pid_of, range(8), quiet=True))
    assert os.getpid() not in pids


@pytest.mark.parametrize("workers", [1, 2])
def test_failure_names_the_item(workers: int) -> None:
    with pytest.raises(TaskFailed) as info:
        parallel_map(fail_on_three, range(6), workers=workers, quiet=True)
    assert info.value.index == 3 and isinstance(info.value.error, ValueError)


def test_unknown_backend_is_input_error() -> None:
    with pytest.raises(InputError, match="--backend"):
        make_executor("dask")


@pytest.mark.skipif(importlib.util.find_spec("ray") is None, reason="ray extra not installed")
def test_ray_backend_on_local_instance() -> None:
    with make_executor("ray", workers=2) as executor:
        assert executor.backend == "ray"
        assert executor.map(math.sqrt, [1.0, 4.0, 9.0], quiet=True) == [1.0, 2.0, 3.0]
        # Ray workers cannot import test modules: use stdlib functions (sqrt(-1) raises ValueError).
        with pytest.raises(TaskFailed) as info:
            executor.map(math.sqrt, [1.0, 2.0, 3.0, -1.0, 5.0], quiet=True)
        assert info.value.index == 3
