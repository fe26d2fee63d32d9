#!/bin/sh
# Reproduces the shipped coreset and NVP model in mlopt/passes/pretrained/ (run from the repository root
# with the llvm extra installed; about 20 CPU minutes on one core). Training programs: the train split of
# datasets/programs/splits.json; the val split picks the epoch; the test split is held out for
# benchmarks/passes.py.
set -e
OUT=mlopt/passes/pretrained
mlopt passes coreset --out $OUT/coreset.json --k 50 --random 100 --keep 4 --greedy-steps 2 --seed 0
mlopt passes train --coreset $OUT/coreset.json --out $OUT --epochs 300 --seed 0
