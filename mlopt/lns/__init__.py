"""Learning side of large neighbourhood search for ILPs: CL-LNS (Huang, Ferber, Tian, Dilkina, Steiner,
ICML 2023) and the IL-LNS baseline (Sonnerat et al. 2021).

- :mod:`.policy`: the GATv2 policy on the bipartite variable-constraint graph, and the graph conversion.
- :mod:`.scorer`: LNS states -> one logit per integer variable (feature cache, incumbent history).
- :mod:`.selector`: the learned selector of a checkpoint; the factories the selector registry
  (:mod:`mlopt.solvers.lns.registry`) names for ``cl-lns`` and ``il-lns``.
- :mod:`.data`: expert data (LB and sampled experts: positives, swapped negatives), resumable per instance.
- :mod:`.train`: contrastive (CL-LNS) and BCE (IL-LNS) training.
- :mod:`.pretrained`: the shipped CL-LNS weights and the choice of a learned selector's model.

Importing this package (or :mod:`.pretrained`) does not import torch; the other modules do.
"""
