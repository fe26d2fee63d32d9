#!/bin/sh
# Reproduces the shipped weights in mlopt/pretrained/ (run from the repository root; ~10 CPU minutes).
# Training pool: the even data rows of dlrm_856.csv (--split train); the odd rows are held out for
# benchmarks/sharding.py. Oracle: analytical A100, no noise. Data files go to /tmp/mlopt-pretrain.
set -e
DATA=/tmp/mlopt-pretrain
TABLES=datasets/tables/dlrm_856.csv
mlopt shard collect --tables $TABLES --split train --samples 5000 --devices 4 --min-tables 10 --max-tables 120 --out $DATA/d4.pt --seed 0 --quiet
mlopt shard collect --tables $TABLES --split train --samples 4000 --devices 8 --min-tables 20 --max-tables 160 --out $DATA/d8.pt --seed 1 --quiet
mlopt shard collect --tables $TABLES --split train --samples 3000 --devices 16 --min-tables 40 --max-tables 320 --out $DATA/d16.pt --seed 2 --quiet
mlopt shard train --method neuroshard --data $DATA/d4.pt --data $DATA/d8.pt --data $DATA/d16.pt --out mlopt/pretrained --epochs 30 --seed 0 --quiet
mlopt shard train --method dreamshard --data $DATA/d4.pt --data $DATA/d8.pt --data $DATA/d16.pt --out mlopt/pretrained --epochs 20 --seed 0 --tables $TABLES --split train --iterations 10 --num-tables 50 150 --devices 4 --devices 8 --memory-gb 8 --quiet
