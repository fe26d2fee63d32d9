#!/bin/sh
# Reproduces the shipped CL-LNS selectors mlopt/pretrained/cl-lns_mvc.pt and cl-lns_mis.pt, and the IL-LNS
# models benchmarks/RESULTS.md compares them with (run from the repository root; about 75 CPU minutes:
# collection ~25 (MVC) + ~17 (MIS), training 2-6 per model). Training instances: generator seeds 0-5 at
# the CL-LNS sizes (benchmarks/lns.py holds out seeds 10000+). Expert: the sampled expert (--lb-limit 0
# --samples 12; mlopt/train/clns_data.py says why not LB at this budget). Network: 32-d embeddings,
# 4 heads (CL-LNS: 64 / 8). Work files go to $W (default /tmp/mlopt-lns).
set -e
W=${W:-/tmp/mlopt-lns}
for F in mvc mis; do
  mlopt lns generate --family $F --size clns --n 6 --out $W/inst/$F --seed 0
done
EXPERT="--time-limit 240 --lb-limit 0 --samples 12 --sample-limit 1 --neg-limit 1 --step-limit 2 --max-states 30 --quiet"
mlopt lns collect $W/inst/mvc --out $W/data/mvc $EXPERT --k0 400 --workers 2
mlopt lns collect $W/inst/mis --out $W/data/mis $EXPERT --k0 1800
NET="--hidden 32 --heads 4"
for F in mvc mis; do
  EPOCHS=20; [ $F = mvc ] && EPOCHS=30
  mlopt lns train $W/data/$F --out $W/cl-lns_$F --epochs $EPOCHS $NET --negatives swapped
  mlopt lns train $W/data/$F --out $W/il-lns_$F --loss bce --epochs $EPOCHS $NET
  cp $W/cl-lns_$F/model.pt mlopt/pretrained/cl-lns_$F.pt
  cp $W/cl-lns_$F/model.json mlopt/pretrained/cl-lns_$F.json
done
# The comparison in benchmarks/RESULTS.md (one run per family; --model il-lns=$W/il-lns_$F/model.pt):
# python benchmarks/lns.py --families mvc --sizes clns --instances 5 --time-limit 60 --ref-time 60 \
#   --methods scip,random,lb-relax,cl-lns,il-lns --model il-lns=$W/il-lns_mvc/model.pt --split 10
