"""Only correct wins count: running programs (envs.passes.execute), the differential check (passes.verify) and
its use by the evaluator, the coreset, the bench and `mlopt passes optimize --verify`; one IR convention for
.ll input; .text sizes in the bench."""

from __future__ import annotations

from pathlib import Path

import pytest
from mlopt.datasets.programs import load_directory, load_program
from mlopt.datasets.programs.loader import strip_o0_attributes
from mlopt.envs.passes import OptBackend, find_opt
from mlopt.envs.passes.execute import ProgramRunner, find_linker, has_main
from mlopt.passes.bench import bench_program, check_line, summarize
from mlopt.passes.coreset import build_coreset
from mlopt.passes.evaluate import OZ_SEQUENCE, SequenceEvaluator
from mlopt.passes.pretrained import load_pretrained
from mlopt.passes.verify import DifferentialCheck

pytestmark = pytest.mark.skipif(find_opt() is None or find_linker() is None,
                                reason="needs LLVM opt/llc (pip install 'mlopt[llvm]') and a C compiler to link")

# `touch` writes @g, but its call sites claim memory(none): a contract the IR breaks on purpose, so passes
# that trust it (early-cse, gvn, -Oz) merge the two calls and the program prints 14 instead of 7 + 14 = 21,
# exactly what a miscompiling pass does. llc -O0 and instsimplify keep both calls.
LYING_PROGRAM = """@g = global i32 0
@fmt = private constant [4 x i8] c"%d\\0A\\00"

define i32 @touch() {
  %v = load i32, ptr @g
  %w = add i32 %v, 7
  store i32 %w, ptr @g
  ret i32 %w
}

declare i32 @printf(ptr, ...)

define i32 @main() {
  %a = call i32 @touch() #0
  %b = call i32 @touch() #0
  %s = add i32 %a, %b
  %c = call i32 (ptr, ...) @printf(ptr @fmt, i32 %s)
  ret i32 0
}

attributes #0 = { memory(none) nounwind willreturn }
"""

# main never returns at -O0 (a side-effect-free endless loop): not checkable.
ENDLESS_PROGRAM = """define i32 @main() {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %j, %loop ]
  %j = add i32 %i, 1
  br label %loop
}
"""

LIBRARY = """define i32 @triple(i32 %x) #0 {
  %y = mul i32 %x, 3
  ret i32 %y
}

attributes #0 = { noinline nounwind optnone }
"""

DRIVER = """#include <stdio.h>
int triple(int x);
int main(void) { printf("%d %d\\n", triple(4), triple(-5)); return 3; }
"""


@pytest.fixture(scope="module")
def backend() -> OptBackend:
    return OptBackend()


def _program(tmp_path: Path, name: str, ir: str):
    path = tmp_path / f"{name}.ll"
    path.write_text(ir)
    return load_program(path)


def test_runner_reports_exit_status_and_output(tmp_path: Path, backend: OptBackend) -> None:
    runner = ProgramRunner(backend, timeout_s=2.0)
    lying = _program(tmp_path, "lying", LYING_PROGRAM)
    first, second = runner.run(lying.ir), runner.run(lying.ir)
    assert has_main(lying.ir) and first.terminated and first.exit_status == 0
    assert first.same_as(second)
    altered = runner.run(lying.ir.replace("add i32 %v, 7", "add i32 %v, 8"))
    assert altered.terminated and not altered.same_as(first)
    endless = runner.run(ENDLESS_PROGRAM)
    assert endless.built and not endless.terminated and "did not end" in endless.describe()
    broken = runner.run(LYING_PROGRAM.replace("@printf(ptr @fmt", "@printf_missing(ptr @fmt").replace(
        "declare i32 @printf(", "declare i32 @printf_missing("))
    assert not broken.built and "link failed" in broken.describe()


def test_miscompiled_outputs_count_as_unoptimized(tmp_path: Path, backend: OptBackend) -> None:
    lying = _program(tmp_path, "lying", LYING_PROGRAM)
    plain = SequenceEvaluator(backend)
    o0 = plain.count(lying, ())
    assert plain.count(lying, ("early-cse",)) < o0  # the unchecked count rewards the broken program
    checked = SequenceEvaluator(backend, DifferentialCheck(ProgramRunner(backend, timeout_s=2.0)))
    assert checked.checked(lying) is True and plain.checked(lying) is None
    assert checked.count(lying, ("early-cse",)) == o0
    assert checked.count(lying, OZ_SEQUENCE) == o0
    count, ir = checked.apply(lying, ("instsimplify",))
    assert ("lying", ("instsimplify",)) not in checked.rejected
    assert set(checked.rejected) >= {("lying", ("early-cse",)), ("lying", OZ_SEQUENCE)}
    assert checked.check.rejected >= 2


def test_unrunnable_programs_are_not_checked(tmp_path: Path, backend: OptBackend) -> None:
    check = DifferentialCheck(ProgramRunner(backend, timeout_s=1.0))
    endless = _program(tmp_path, "endless", ENDLESS_PROGRAM)
    evaluator = SequenceEvaluator(backend, check)
    assert evaluator.checked(endless) is False
    assert evaluator.count(endless, OZ_SEQUENCE) < evaluator.count(endless, ())  # -Oz deletes the loop: unchecked
    assert not evaluator.rejected
    library = _program(tmp_path, "library", LIBRARY)
    assert library.driver is None and evaluator.checked(library) is False


def test_library_checked_through_its_test_driver(tmp_path: Path, backend: OptBackend) -> None:
    (tmp_path / "drivers").mkdir()
    (tmp_path / "drivers" / "library.c").write_text(DRIVER)
    (tmp_path / "library.ll").write_text(LIBRARY)
    (library,) = load_directory(tmp_path)
    assert library.driver == tmp_path / "drivers" / "library.c"
    runner = ProgramRunner(backend, timeout_s=2.0)
    reference = runner.run(library.ir, library.driver)
    assert reference.exit_status == 3
    wrong = runner.run(library.ir.replace("mul i32 %x, 3", "mul i32 %x, 4"), library.driver)
    assert wrong.terminated and not wrong.same_as(reference)
    evaluator = SequenceEvaluator(backend, DifferentialCheck(runner))
    assert evaluator.checked(library) is True
    assert evaluator.count(library, OZ_SEQUENCE) <= evaluator.count(library, ()) and not evaluator.rejected


def test_ll_input_gets_the_c_input_convention(tmp_path: Path) -> None:
    library = _program(tmp_path, "library", LIBRARY)
    assert "optnone" not in library.ir and "noinline" not in library.ir and "nounwind" in library.ir
    only = "attributes #0 = { noinline }\n"
    assert strip_o0_attributes(only) == only  # LLVM rejects an empty group
    assert strip_o0_attributes('attributes #1 = { noinline "noinline-x"="1" optnone }\n') == \
        'attributes #1 = { "noinline-x"="1" }\n'


def test_coreset_excludes_miscompiling_sequences(tmp_path: Path, backend: OptBackend) -> None:
    lying = _program(tmp_path, "lying", LYING_PROGRAM)
    candidates = [("early-cse",), ("gvn",), ("instsimplify",), OZ_SEQUENCE]
    unchecked = build_coreset(SequenceEvaluator(backend), [lying], candidates, k=4)
    assert ("early-cse",) in unchecked.sequences
    evaluator = SequenceEvaluator(backend, DifferentialCheck(ProgramRunner(backend, timeout_s=2.0)))
    checked = build_coreset(evaluator, [lying], candidates, k=4)
    assert checked.sequences[0] == OZ_SEQUENCE and ("instsimplify",) in checked.sequences
    assert not {("early-cse",), ("gvn",)} & set(checked.sequences)
    assert checked.metadata["excluded_miscompiling"] == 2


def test_bench_reports_text_and_rejections(tmp_path: Path, backend: OptBackend) -> None:
    lying = _program(tmp_path, "lying", LYING_PROGRAM)
    coreset, _ = load_pretrained()
    evaluator = SequenceEvaluator(backend, DifferentialCheck(ProgramRunner(backend, timeout_s=2.0)))
    row = bench_program(evaluator, lying, coreset, None, ["coreset-order", "coreset-all"], budget=3, text=True)
    assert row["checked"] and row["rejected"] >= 1  # -Oz at least
    assert row["coreset-all"] == row["o0"]  # every coreset sequence that shrinks it merges the calls
    assert set(row["text"]) == {"o0", "oz", "coreset-order", "coreset-all"}
    assert row["text"]["oz"] == backend.text_size(lying.ir)  # -Oz was rejected: its object is the -O0 program's
    summary = {s["method"]: s for s in summarize([row], ["coreset-all"], "text")}
    assert summary["coreset-all"]["geomean_vs_oz"] == pytest.approx(row["text"]["coreset-all"] / row["text"]["oz"])
    assert "1 of 1 programs run" in check_line([row])


def test_optimize_verify_cli(tmp_path: Path, run_cli) -> None:
    path = tmp_path / "lying.ll"
    path.write_text(LYING_PROGRAM)
    code, out, err = run_cli(["passes", "optimize", str(path), "--budget", "3", "--verify"])
    assert code == 0, err
    assert "verify: the chosen program, run through its main, prints the same output" in out
    plain_code, plain, _ = run_cli(["passes", "optimize", str(path), "--budget", "3"])
    assert plain_code == 0 and "verify:" not in plain
    chosen = int(out.split(": ", 1)[1].split()[0])
    assert chosen == SequenceEvaluator().count(load_program(path), ())  # nothing smaller is correct


def test_every_shipped_program_runs_through_its_driver(backend: OptBackend) -> None:
    from mlopt.datasets.programs import shipped_programs

    check = DifferentialCheck(ProgramRunner(backend, timeout_s=5.0))
    programs = shipped_programs()
    assert all(p.driver is not None and p.driver.name == f"{p.name}.c" for p in programs)
    assert all(check.checkable(p.ir, p.driver) for p in programs)
    quicksort = next(p for p in programs if p.name == "quicksort")
    evaluator = SequenceEvaluator(backend, check)
    assert evaluator.count(quicksort, OZ_SEQUENCE) < evaluator.count(quicksort, ())  # -Oz is correct here
    if backend.version[0] == 23:  # LLVM 23's attributor before -Oz changes quicksort's sorted output
        assert evaluator.count(quicksort, ("attributor", "-Oz")) == evaluator.count(quicksort, ())
        assert ("quicksort", ("attributor", "-Oz")) in evaluator.rejected


def test_coreset_for_the_text_objective(tmp_path: Path, backend: OptBackend, run_cli) -> None:
    from mlopt.datasets.programs import shipped_programs
    from mlopt.passes.coreset import Coreset

    roman = next(p for p in shipped_programs("train") if p.name == "roman")
    text = SequenceEvaluator(backend, objective="text")
    sequence = ("mem2reg",)
    expected = (backend.text_size(text.apply(roman, OZ_SEQUENCE)[1]) - backend.text_size(
        text.apply(roman, sequence)[1])) / backend.text_size(text.apply(roman, OZ_SEQUENCE)[1])
    assert text.value(roman, sequence) == pytest.approx(expected)
    assert SequenceEvaluator(backend).value(roman, sequence) != pytest.approx(expected)  # a different measure
    with pytest.raises(Exception, match="objective"):
        SequenceEvaluator(backend, objective="speed")
    programs = tmp_path / "programs"
    programs.mkdir()
    (programs / "roman.ll").write_text(roman.path.read_text())
    out = tmp_path / "core.json"
    code, _, err = run_cli(["passes", "coreset", "--out", str(out), "--k", "3", "--random", "2", "--keep", "1",
                            "--greedy-steps", "0", "--no-pass-greedy", "--programs", str(programs), "--workers", "1",
                            "--objective", "text"])
    assert code == 0, err
    core = Coreset.load(out)
    assert core.metadata["objective"] == "text" and "--objective text" in core.metadata["command"]
    assert core.values[0, 1] == pytest.approx(text.value(roman, core.sequences[1]), abs=1e-6)
