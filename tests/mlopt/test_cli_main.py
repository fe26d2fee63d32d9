"""The `mlopt` entry point: usage errors exit 2 without a traceback, whatever click typer brings."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize("argv, message", [
    (["shard", "--no-such-option"], "No such option"),
    (["lns", "train"], "Missing argument"),
    (["no-such-command"], "No such command"),
])
def test_usage_errors_exit_2_without_traceback(argv: list[str], message: str, run_cli) -> None:
    code, _, err = run_cli(argv)
    assert code == 2
    assert message in err
    assert "Traceback" not in err


def test_entry_point_imports_without_click() -> None:
    """`pip install -e .` alone has no click when typer vendors its own (typer >= 0.2x): the CLI must not
    import it."""
    script = ("import sys; sys.modules['click'] = None\n"
              "from mlopt.cli.main import main\n"
              "main(['shard', '--no-such-option'])\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 2, result.stderr
    assert "No such option" in result.stderr and "Traceback" not in result.stderr
