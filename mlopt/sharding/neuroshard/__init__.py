"""NeuroShard (Zha et al., "Pre-train and Search: Efficient Embedding Table Sharding with Pre-trained
Neural Cost Models", MLSys 2023): :mod:`.nets` (compute and comm cost nets), :mod:`.cost_model` (the
interface the searches use, and the true-oracle adapter), :mod:`.grid` (table-wise greedy grid search),
:mod:`.beam` (column-wise beam search), :mod:`.search` (the learned-net adapter and
:func:`~.search.plan_with_neuroshard`), :mod:`.weights`, :mod:`.build` (pre-training into a weights folder),
:mod:`.planner` (the ``neuroshard`` and ``neuroshard-tw`` planners). Modules import torch; this package
file does not."""
