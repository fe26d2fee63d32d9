"""The README's "Library" and "Environments" snippets work pasted into a script: no ``__main__`` guard, the
process-pool executor does not re-run the script in its workers (issue 20: the MILP ran once per worker and
the user got a BrokenProcessPool cascade)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def readme_snippet(section: str) -> str:
    """The first python block under the README heading ``### section``."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    found = re.search(rf"^### {section}\n.*?```python\n(.*?)```", text, flags=re.S | re.M)
    assert found is not None, section
    return found.group(1)


@pytest.mark.parametrize("section, fast", [
    ("Library", ("time_limit_s=10", "time_limit_s=1")),  # a shorter MILP: the test is about the processes
    ("Environments", ("", "")),
])
def test_readme_snippet_runs_as_a_script(section: str, fast: tuple[str, str], tmp_path: Path) -> None:
    code = readme_snippet(section)
    assert fast[0] in code
    script = tmp_path / "snippet.py"
    script.write_text(code.replace(*fast) + 'print("snippet done")\n')
    done = subprocess.run([sys.executable, str(script)], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "BrokenProcessPool" not in done.stderr and "Traceback" not in done.stderr
    assert done.stdout.count("snippet done") == 1  # the script's top level ran once, in this process only
    if section == "Library":
        lines = [line for line in done.stdout.splitlines() if line.strip()]
        assert len(lines) == 2 and lines[0].split()[1] in ("optimal", "feasible", "time_limit")  # one MILP run
