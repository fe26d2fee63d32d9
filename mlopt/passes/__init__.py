"""Learning side of LLVM pass ordering: coreset + normalized value prediction (``mlopt.passes``).

Liang et al., "Learning Compiler Pass Orders using Coreset and Normalized Value Prediction" (ICML 2023):

- :mod:`.evaluate`: IR instruction count after a pass sequence (one ``opt`` run) and its value
  normalized by mlopt's -Oz baseline (Eq. 1), cached.
- :mod:`.search`: candidate sequences from random and greedy search on training programs.
- :mod:`.coreset`: K sequences by greedy maximization of the coverage objective (Eq. 2).
- :mod:`.nvp`: the GNN over the program graph that predicts the coreset's normalized values (Eq. 3
  targets) and the top-k inference within a compilation budget, never worse than -Oz.
- :mod:`.timed`: that inference also bounded by a wall-clock deadline (the model ranks in a child process
  that is killed at the deadline); torch-free.
- :mod:`.bench`: side-by-side comparison on held-out programs; :mod:`.pretrained`: shipped model.

Importing this package does not import torch; :mod:`.nvp`, :mod:`.bench` and :mod:`.pretrained` do.
"""

from mlopt.passes.coreset import (
    Coreset,
    build_coreset,
    coverage,
    greedy_coreset,
    value_matrix,
)
from mlopt.passes.evaluate import (
    OZ,
    OZ_SEQUENCE,
    SequenceEvaluator,
    geomean,
    normalized_value,
)
from mlopt.passes.search import (
    candidate_sequences,
    greedy_search,
    random_search,
    random_sequence,
)

__all__ = [
    "OZ", "OZ_SEQUENCE", "Coreset", "SequenceEvaluator", "build_coreset", "candidate_sequences", "coverage",
    "geomean", "greedy_coreset", "greedy_search", "normalized_value", "random_search", "random_sequence",
    "value_matrix",
]
