"""Pass ordering on the held-out test programs: -O3, random, greedy, coreset, NVP and PPO against -Oz (issue 7).

Liang et al. (ICML 2023, Table 2) compare methods by the IR instruction count relative to -Oz:

    python benchmarks/passes.py                 # shipped model, test split, budget 45 (trains PPO: ~3-4 min)
    python benchmarks/passes.py --budgets 5,10,45 --split val --model /tmp/nvp_model
    python benchmarks/passes.py --methods rl --rl-policy /tmp/rl_policy.pt   # the RL row only

For each program of the split (``datasets/programs/splits.json``; ``--dir`` for a folder instead) and
each budget, every method of :mod:`mlopt.passes.bench` runs (random search with the same number of
compilations, greedy search around -Oz, greedy search over individual passes, the coreset in its
greedy order, NVP's top-k and the best of the whole coreset). Printed per method: geomean count / -Oz (< 1 is smaller), mean % smaller than -Oz, and
programs smaller / larger than -Oz. ``--json`` writes the per-program counts and summaries (atomically).

The RL baseline (``rl``, :mod:`mlopt.passes.rl`): a PPO policy over Autophase features, trained on the
training split (``--rl-iterations`` iterations, seeded by ``--seed``; a few minutes) or loaded from
``--rl-policy`` when that file exists (else trained and saved there), then rolled out greedily on each
program. Its budget counts **pass applications** (one ``opt`` run of one pass each), the other rows'
counts whole sequences (one ``opt`` run of a sequence each); its count is the smallest seen along the
rollout (``--json`` records the passes that reached it; on the test split, rerunning them as one
sequence with :class:`~mlopt.passes.evaluate.SequenceEvaluator` gave the same counts; with ``--verify`` the
sequence is replayed that way, so the differential check sees it).

Only correct wins count (``--verify``, on by default): every candidate program is run (its ``main``, or its
``drivers/<name>.c`` test driver) and one that behaves differently from the -O0 build counts as -O0; the
line under each table says how many programs were run and how many candidates were rejected. ``--text`` (on
by default) adds the ``.text`` bytes of each method's chosen program relative to -Oz's object. Its passes see the same
``minsize`` / ``optsize`` attributes as the -Oz baseline, but the -Oz pipeline is not one of its actions.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import torch
from mlopt.datasets.atomic_io import write_text_atomic
from mlopt.datasets.programs import load_directory, shipped_programs
from mlopt.envs.passes import OptBackend
from mlopt.errors import InputError, run_script
from mlopt.parallel import parallel_map
from mlopt.passes.bench import (METHODS, BenchJob, best_found_line, budget_methods, check_line, inference_line,
                                 run_bench_job, summarize, summary_lines)
from mlopt.passes.jobs import EvaluatorSpec
from mlopt.passes.pretrained import load_pretrained
from mlopt.passes.rl import ActorCritic, PPOConfig, greedy_rollout, load_policy, save_policy, train_ppo

ALL_METHODS = (*METHODS, "rl")


def rl_policy(path: Path | None, iterations: int, seed: int, backend: OptBackend) -> ActorCritic:
    """The RL baseline's policy: loaded from ``path`` if it exists, else trained (and saved to ``path``)."""
    if path is not None and path.exists():
        return load_policy(path)
    policy, rewards = train_ppo(config=PPOConfig(iterations=iterations), seed=seed, backend=backend)
    print(f"PPO: {iterations} iterations on the training split, mean episode reward per iteration "
          + " ".join(f"{r:.3f}" for r in rewards))
    if path is not None:
        save_policy(policy, path)
    return policy


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="test", help="train, val or test split of the shipped corpus")
    parser.add_argument("--dir", type=Path, default=None, help="a folder of programs instead of a split")
    parser.add_argument("--model", type=Path, default=None, help="model folder [default: the shipped one]")
    parser.add_argument("--methods", default=",".join(ALL_METHODS),
                        help="comma-separated: " + ", ".join(ALL_METHODS))
    parser.add_argument("--budgets", default="45", help="comma-separated compilation budgets")
    parser.add_argument("--greedy-steps", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--rl-policy", type=Path, default=None,
                        help="RL policy file: loaded if it exists, else trained and saved there")
    parser.add_argument("--rl-iterations", type=int, default=PPOConfig.iterations,
                        help="PPO iterations when the RL policy is trained")
    parser.add_argument("--verify", action=argparse.BooleanOptionalAction, default=True,
                        help="differential check of every candidate (main or test driver): a miscompiled one counts "
                             "as -O0 [default: on]")
    parser.add_argument("--text", action=argparse.BooleanOptionalAction, default=True,
                        help="also report .text bytes of each method's choice vs -Oz's object (llc) [default: on]")
    parser.add_argument("--backend", default="local", help="executor of the per-program jobs: local or ray")
    parser.add_argument("--workers", type=int, default=None, help="parallel programs [default: cores]")
    parser.add_argument("--json", type=Path, default=None, help="write per-program counts and summaries here")
    args = parser.parse_args(argv)
    torch.set_num_threads(1)
    methods = [m.strip() for m in args.methods.split(",") if m.strip()]
    if not methods or any(m not in ALL_METHODS for m in methods):
        raise InputError(args.methods, field="--methods", expected="comma-separated, from " + ", ".join(ALL_METHODS))
    budgets = [int(b) for b in args.budgets.split(",")]
    programs = load_directory(args.dir) if args.dir else shipped_programs(args.split)
    coreset, model = load_pretrained(args.model)
    spec = EvaluatorSpec(verify=args.verify)
    evaluator = spec.make()
    policy = rl_policy(args.rl_policy, args.rl_iterations, args.seed, evaluator.backend) if "rl" in methods else None
    jobs = [BenchJob(p, coreset, model, tuple(m for m in methods if m != "rl"), tuple(budgets), args.greedy_steps,
                     args.seed, args.text, spec) for p in programs]
    per_program = parallel_map(run_bench_job, jobs, backend=args.backend, workers=args.workers,
                               description="benchmarking programs")
    report = {}
    for budget in budgets:
        methods_here = budget_methods(methods, budget, budgets)
        rows = [result[budget] for result in per_program]
        if policy is not None:
            for row, program in zip(rows, programs):
                count, sequence = greedy_rollout(program, policy, budget, evaluator.backend)
                if args.verify:  # replayed as one sequence, so the check sees it
                    count = evaluator.count(program, sequence)
                row["rl"], row["rl_sequence"] = count, list(sequence)
                if args.text:
                    row["text"]["rl"] = evaluator.text_size(program, sequence)
        summary = summarize(rows, methods_here)
        text_summary = summarize(rows, methods_here, "text") if args.text else None
        print(f"\n{args.dir or args.split}: {len(rows)} programs, budget {budget} compilations, "
              f"coreset K = {len(coreset.sequences)}; IR instruction count relative to -Oz"
              + ("; .text bytes relative to -Oz's object" if args.text else ""))
        lines = summary_lines(summary, budget, args.greedy_steps, text_summary)
        print("\n".join(line + (f"{budget} pass applications" if line.startswith("rl ") else "") for line in lines))
        if len(methods_here) > 1:
            print(best_found_line(rows, [m for m in methods_here if m != "o3"] or methods_here))
        if args.verify:
            print(check_line(rows))
        if any("nvp_seconds" in r for r in rows):
            print(inference_line(rows))
        report[str(budget)] = {"rows": rows, "summary": summary, "text_summary": text_summary}
    if args.json:
        write_text_atomic(args.json, json.dumps(report, indent=1) + "\n")


if __name__ == "__main__":
    run_script(main)
