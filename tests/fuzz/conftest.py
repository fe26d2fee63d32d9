"""Hypothesis settings of the fuzz tests: a bounded, derandomized run in the default suite; ``pytest -m fuzz``
selects only them and runs 10x the examples, randomized (a new search each run)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, settings

FUZZ_SCALE = 10


def pytest_configure(config: pytest.Config) -> None:
    """Register and load the ``mlopt-fuzz`` profile: :data:`FUZZ_SCALE` x the examples when ``-m`` selects
    the fuzz marker."""
    selected = re.search(r"(?<!not )\bfuzz\b", config.option.markexpr or "") is not None
    settings.register_profile(
        "mlopt-fuzz", max_examples=FUZZ_SCALE if selected else 1, deadline=None, database=None,
        derandomize=not selected, print_blob=selected,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    )
    settings.load_profile("mlopt-fuzz")
