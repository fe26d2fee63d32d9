#!/bin/sh
# Reproduces the shipped weights in mlopt/sharding/pretrained/ (run from the repository root; about 80 CPU
# minutes).
# Training pool: the even data rows of dlrm_856.csv (--split train); the odd rows are held out for
# benchmarks/sharding.py. Oracle: analytical A100, no noise. Data files go to /tmp/mlopt-pretrain.
# Small tasks (d4/d8/d16) and large ones (big_d*, up to 900 tables) so the nets see both regimes.
set -e
DATA=/tmp/mlopt-pretrain
TABLES=datasets/tables/dlrm_856.csv
mlopt shard collect --tables $TABLES --split train --samples 5000 --devices 4 --min-tables 10 --max-tables 120 --out $DATA/d4.pt --seed 0 --quiet
mlopt shard collect --tables $TABLES --split train --samples 4000 --devices 8 --min-tables 20 --max-tables 160 --out $DATA/d8.pt --seed 1 --quiet
mlopt shard collect --tables $TABLES --split train --samples 3000 --devices 16 --min-tables 40 --max-tables 320 --out $DATA/d16.pt --seed 2 --quiet
mlopt shard collect --tables $TABLES --split train --samples 1500 --devices 4 --min-tables 100 --max-tables 500 --memory-gb 80 --out $DATA/big_d4.pt --seed 4 --quiet
mlopt shard collect --tables $TABLES --split train --samples 1500 --devices 8 --min-tables 160 --max-tables 900 --memory-gb 80 --out $DATA/big_d8.pt --seed 5 --quiet
mlopt shard collect --tables $TABLES --split train --samples 1200 --devices 16 --min-tables 320 --max-tables 900 --memory-gb 80 --out $DATA/big_d16.pt --seed 6 --quiet
ALL="--data $DATA/d4.pt --data $DATA/d8.pt --data $DATA/d16.pt --data $DATA/big_d4.pt --data $DATA/big_d8.pt --data $DATA/big_d16.pt"
mlopt shard train --method neuroshard $ALL --out mlopt/sharding/pretrained --epochs 30 --seed 0 --quiet
# DreamShard: the same six collects, but a quarter of the augmented tables keep their own dim (up to 256)
# (--keep-dim-prob 0.25), so its cost nets see tables as large as the held-out ones (about 4 CPU minutes).
# Training: warm start of the cost nets, then Algorithm 1 with --replay (each cost-net step also fits a batch
# of the collected data, so the nets do not overfit the policy's plans of the training tables; about 55 CPU
# minutes at one thread).
DS=$DATA/keep-dim
mlopt shard collect --tables $TABLES --split train --samples 5000 --devices 4 --min-tables 10 --max-tables 120 --keep-dim-prob 0.25 --out $DS/d4.pt --seed 0 --quiet
mlopt shard collect --tables $TABLES --split train --samples 4000 --devices 8 --min-tables 20 --max-tables 160 --keep-dim-prob 0.25 --out $DS/d8.pt --seed 1 --quiet
mlopt shard collect --tables $TABLES --split train --samples 3000 --devices 16 --min-tables 40 --max-tables 320 --keep-dim-prob 0.25 --out $DS/d16.pt --seed 2 --quiet
mlopt shard collect --tables $TABLES --split train --samples 1500 --devices 4 --min-tables 100 --max-tables 500 --memory-gb 80 --keep-dim-prob 0.25 --out $DS/big_d4.pt --seed 4 --quiet
mlopt shard collect --tables $TABLES --split train --samples 1500 --devices 8 --min-tables 160 --max-tables 900 --memory-gb 80 --keep-dim-prob 0.25 --out $DS/big_d8.pt --seed 5 --quiet
mlopt shard collect --tables $TABLES --split train --samples 1200 --devices 16 --min-tables 320 --max-tables 900 --memory-gb 80 --keep-dim-prob 0.25 --out $DS/big_d16.pt --seed 6 --quiet
mlopt shard train --method dreamshard --data $DS/d4.pt --data $DS/d8.pt --data $DS/d16.pt --data $DS/big_d4.pt --data $DS/big_d8.pt --data $DS/big_d16.pt --out mlopt/sharding/pretrained --epochs 15 --seed 0 --tables $TABLES --split train --iterations 50 --num-tables 50 200 --devices 4 --devices 8 --devices 16 --memory-factor 1.5 --replay --quiet
