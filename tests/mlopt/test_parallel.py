"""The Executor interface: order, failures, local pool and (when installed) a local Ray instance."""

from __future__ import annotations

import importlib.util
import math
import operator
import os

import pytest

from mlopt.errors import InputError
from mlopt.parallel import LocalExecutor, TaskFailed, make_executor, parallel_map


# Worker processes cannot import test modules (pytest's importlib mode), so the mapped functions are
# stdlib ones: math.sqrt (ValueError on a negative item), operator.call(os.getpid) for the worker's pid.


@pytest.mark.parametrize("workers", [1, 2])
def test_local_map_keeps_order(workers: int) -> None:
    items = [float(i * i) for i in range(20)]
    assert parallel_map(math.sqrt, items, workers=workers, quiet=True) == [float(i) for i in range(20)]


def test_local_pool_uses_other_processes() -> None:
    with LocalExecutor(workers=2) as executor:
        pids = set(executor.map(operator.call, [os.getpid] * 8, quiet=True))
    assert pids and os.getpid() not in pids


@pytest.mark.parametrize("workers", [1, 2])
def test_failure_names_the_item(workers: int) -> None:
    with pytest.raises(TaskFailed) as info:
        parallel_map(math.sqrt, [1.0, 4.0, 9.0, -1.0, 16.0, 25.0], workers=workers, quiet=True)
    assert info.value.index == 3 and isinstance(info.value.error, ValueError)


def test_unknown_backend_is_input_error() -> None:
    with pytest.raises(InputError, match="^backend: "):
        make_executor("dask")


@pytest.mark.skipif(importlib.util.find_spec("ray") is None, reason="ray extra not installed")
def test_ray_backend_on_local_instance() -> None:
    with make_executor("ray", workers=2) as executor:
        assert executor.backend == "ray"
        assert executor.map(math.sqrt, [1.0, 4.0, 9.0], quiet=True) == [1.0, 2.0, 3.0]
        with pytest.raises(TaskFailed) as info:
            executor.map(math.sqrt, [1.0, 2.0, 3.0, -1.0, 5.0], quiet=True)
        assert info.value.index == 3
