#!/bin/sh
# Reproduces the shipped weights in mlopt/sharding/pretrained/ (run from the repository root; about 17 CPU
# minutes in all: collect 1.5, NeuroShard 1.5, DreamShard 14, collectives 0.6, uvm 0.8).
# Training pool: the even data rows of dlrm_856.csv (--split train); the odd rows are held out for
# benchmarks/sharding.py. Oracle: analytical A100, no noise. Data files go to /tmp/mlopt-pretrain.
# One data file over many topologies (--any-topology): each task draws h in 1..16 hosts of m in {1, 2, 4, 8}
# devices (2..128 devices; never 12, 24, 48 or 96, the benchmark's unseen counts) and 2..10 tables per device;
# a quarter of the augmented tables keep their own dim (up to 256), as in the held-out tables.
set -e
DATA=/tmp/mlopt-pretrain
TABLES=datasets/tables/dlrm_856.csv
mlopt shard collect --tables $TABLES --split train --samples 6000 --any-topology --min-tables 2 --max-tables 10 --keep-dim-prob 0.25 --out $DATA/any.pt --seed 0 --quiet
# NeuroShard: compute net and one comm net for every topology.
mlopt shard train --method neuroshard --data $DATA/any.pt --out mlopt/sharding/pretrained --epochs 30 --seed 0 --quiet
# DreamShard: warm start of the cost net on the same data, then Algorithm 1 (20 iterations; the paper has 10) on tasks
# of 50..400 training tables over 2..128 devices (hosts of the A100's 8-GPU node), with --replay (each cost-net
# step also fits a batch of the collected data) and the policy warm-started by imitation of the least-loaded device
# under the cost net on 300 tasks (--imitation-tasks; our addition, mlopt/sharding/dreamshard/imitation.py).
mlopt shard train --method dreamshard --data $DATA/any.pt --out mlopt/sharding/pretrained --epochs 15 --seed 0 --tables $TABLES --split train --iterations 20 --num-tables 50 400 --devices 2 --devices 4 --devices 8 --devices 16 --devices 32 --devices 64 --devices 128 --memory-factor 1.5 --replay --imitation-tasks 300 --quiet
# The collective nets of the data-parallel and row stages (both learned planners): 4,000 micro-benchmarks each of one
# data-parallel table (1 kB..10 GB all-reduced) and of one row-sharded table (10 kB..10 GB of partial sums per device)
# on the same training topologies, timed by the analytical A100 oracle.
mlopt shard train --method collectives --out mlopt/sharding/pretrained --seed 0 --quiet
# The UVM net of the memory stage (every learned planner): 16,000 micro-benchmarks of one table alone on one device,
# fused and UVM-cached (training-half tables with rows x 0.1-30, pooling x 0.1-10, dims 4-512, batches 4k-256k).
mlopt shard train --method uvm --tables $TABLES --split train --out mlopt/sharding/pretrained --seed 0 --quiet
