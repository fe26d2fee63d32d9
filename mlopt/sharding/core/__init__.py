"""What every sharding planner shares (below the methods, which import it): :mod:`.planner` (result, budget,
Planner record), :mod:`.baselines` (heuristics, MILP, best greedy), :mod:`.cost_data` (oracle-priced
(task, plan) samples for the learned cost models), :mod:`.metrics` (their accuracy)."""
