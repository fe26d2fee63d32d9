"""Pass ordering on the held-out test programs: -O3, random, greedy, coreset and NVP against -Oz (issue 7).

Liang et al. (ICML 2023, Table 2) compare methods by the IR instruction count relative to -Oz:

    python benchmarks/passes.py                 # shipped model, test split, budget 45
    python benchmarks/passes.py --budgets 5,10,45 --split val --model /tmp/nvp_model

For each program of the split (``datasets/programs/splits.json``; ``--dir`` for a folder instead) and
each budget, every method of :mod:`mlopt.passes.bench` runs (random search with the same number of
compilations, greedy search around -Oz, the coreset in its greedy order, NVP's top-k and the best of the
whole coreset). Printed per method: geomean count / -Oz (< 1 is smaller), mean % smaller than -Oz, and
programs smaller / larger than -Oz. The RL baseline is not here yet. ``--json`` writes the per-program
counts and summaries (atomically).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import torch
from mlopt.datasets.atomic_io import write_text_atomic
from mlopt.datasets.programs import load_directory, shipped_programs
from mlopt.envs.passes import OptBackend

from mlopt.errors import InputError
from mlopt.passes.bench import METHODS, bench_program, summarize, summary_lines
from mlopt.passes.evaluate import SequenceEvaluator
from mlopt.passes.pretrained import load_pretrained


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="test", help="train, val or test split of the shipped corpus")
    parser.add_argument("--dir", type=Path, default=None, help="a folder of programs instead of a split")
    parser.add_argument("--model", type=Path, default=None, help="model folder [default: the shipped one]")
    parser.add_argument("--methods", default=",".join(METHODS), help="comma-separated: " + ", ".join(METHODS))
    parser.add_argument("--budgets", default="45", help="comma-separated compilation budgets")
    parser.add_argument("--greedy-steps", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", type=Path, default=None, help="write per-program counts and summaries here")
    args = parser.parse_args(argv)
    torch.set_num_threads(1)
    methods = [m.strip() for m in args.methods.split(",") if m.strip()]
    if not methods or any(m not in METHODS for m in methods):
        raise InputError(args.methods, field="--methods", expected="comma-separated, from " + ", ".join(METHODS))
    budgets = [int(b) for b in args.budgets.split(",")]
    programs = load_directory(args.dir) if args.dir else shipped_programs(args.split)
    coreset, model = load_pretrained(args.model)
    evaluator = SequenceEvaluator(OptBackend())
    report = {}
    for budget in budgets:
        budget_methods = [m for m in methods if m != "greedy" or budget == budgets[-1]]  # greedy ignores budget
        rows = [bench_program(evaluator, p, coreset, model, budget_methods, budget, args.greedy_steps, args.seed)
                for p in programs]
        summary = summarize(rows, budget_methods)
        print(f"\n{args.dir or args.split}: {len(rows)} programs, budget {budget} compilations, "
              f"coreset K = {len(coreset.sequences)}; IR instruction count relative to -Oz")
        print("\n".join(summary_lines(summary, budget, args.greedy_steps)))
        report[str(budget)] = {"rows": rows, "summary": summary}
    if args.json:
        write_text_atomic(args.json, json.dumps(report, indent=1) + "\n")


if __name__ == "__main__":
    main()
