"""DreamShard (Zha et al., "DreamShard: Generalizable Embedding Table Placement for Recommender Systems",
NeurIPS 2022): :mod:`.cost_net` (cost network), :mod:`.scorer` (BatchedPlanScorer: many plans in one pass),
:mod:`.policy` (placement policy and rollout), :mod:`.train` (Algorithm 1), :mod:`.env_reinforce` (plain
REINFORCE against mlopt/Sharding-v0), :mod:`.weights` (weights files), :mod:`.build` (training into a
weights folder), :mod:`.planner` (the ``dreamshard`` planner). Modules import torch; this package file
does not."""
