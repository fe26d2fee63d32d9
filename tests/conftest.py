"""Fixtures shared by every test folder."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Iterator

import pytest

BUSY_LOOP = "while True: pass"


@pytest.fixture(scope="module")
def cpu_hog() -> Iterator[int]:
    """A busy-loop process per core, for the tests of one module, killed after them: a loaded machine
    (issue 20: every ``--time-limit`` is a bound under load). Yields the number of hog processes."""
    hogs = [subprocess.Popen([sys.executable, "-c", BUSY_LOOP], stdin=subprocess.DEVNULL)
            for _ in range(os.cpu_count() or 1)]
    try:
        yield len(hogs)
    finally:
        for hog in hogs:
            hog.kill()
        for hog in hogs:
            hog.wait()
