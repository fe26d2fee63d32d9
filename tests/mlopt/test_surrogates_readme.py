"""The README's surrogate-layers example runs as written and does what its comments say."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import numpy as np
import pytest
import torch

from mlopt.datasets.surrogate_tasks import is_playable

README = Path(__file__).resolve().parents[2] / "README.md"


def surrogate_example() -> str:
    section = README.read_text().split("### Surrogate layers", 1)[1]
    return re.search(r"```python\n(.*?)```", section, re.DOTALL).group(1)


def test_readme_surrogate_example_runs() -> None:
    code = surrogate_example()
    assert len(code.strip().splitlines()) <= 13
    assert "from mlopt.surrogates import GenCO, Lancer, SolverLayer, SurCoPrior" in code
    torch.set_num_threads(1)
    scope: dict = {}
    with contextlib.redirect_stdout(io.StringIO()):
        exec(compile(code, str(README), "exec"), scope)  # noqa: S102 - our own README, the point of the test
    assert scope["paths"].shape == (32, 40) and scope["paths"].requires_grad
    task, best = scope["task"], scope["best"]
    assert best.x.sum() == 8  # a 5x5 source-target path
    assert task.evaluate(best.x.numpy()) == pytest.approx(min(best.history))
    assert min(best.history) <= best.history[0]  # history[0]: the mean-time path
    assert scope["history"].solver_calls == [200, 300, 400, 500]  # x_opt, then one round per alternation
    samples = scope["genco"].sample(16)
    assert all(is_playable(level.reshape(6, 6)) for level in samples)
    assert np.isfinite(scope["history"].decision_loss).all()
