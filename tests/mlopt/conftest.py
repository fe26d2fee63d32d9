"""Shared fixtures of the mlopt tests."""

from __future__ import annotations

from typing import Callable

import pytest

from mlopt.cli.main import main

CliRunner = Callable[[list[str]], tuple[int, str, str]]


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]) -> CliRunner:
    """Run ``mlopt ARGV`` in-process: (exit code, stdout, stderr)."""
    def run(argv: list[str]) -> tuple[int, str, str]:
        with pytest.raises(SystemExit) as info:
            main(argv)
        out, err = capsys.readouterr()
        return int(info.value.code or 0), out, err

    return run
