"""The learned destroy-set selectors CL-LNS (Huang, Ferber, Tian, Dilkina, Steiner, ICML 2023) and IL-LNS
(Sonnerat et al. 2021): a trained :class:`~mlopt.lns.policy.CLNSPolicy` scores every integer variable
(:class:`~mlopt.lns.scorer.CLNSScorer`) and a :class:`mlopt.solvers.lns.selectors.ScoredSelector` takes
k of them: the top k, k sampled without replacement with probabilities proportional to sigmoid(logit),
or CL-LNS's greedy rule (top-k, sampling when the top k would repeat), as the checkpoint says.

:func:`cl_lns_selector` and :func:`il_lns_selector` are the factories that the selector registry
(:mod:`mlopt.solvers.lns.registry`) names as ``"mlopt.lns.selector:..."`` and imports only where such a
selector is built, so the registry itself stays free of torch.
"""

from __future__ import annotations

import os
from typing import Any

from torch import nn

from mlopt.envs.lns.features import DEFAULT_ROOT_LP
from mlopt.lns.policy import CLNSPolicy
from mlopt.lns.scorer import CLNSScorer
from mlopt.nn import load_model
from mlopt.solvers.lns.selectors import ScoredSelector, SelectorOptions


def make_clns_selector(model: CLNSPolicy | str | os.PathLike[str], mode: str | None = None,
                       lb_relax: bool | None = None, name: str = "cl-lns",
                       lb_relax_limit: float = 5.0) -> ScoredSelector:
    """A CL-LNS (or IL-LNS) selector from a policy or a checkpoint written by
    :func:`mlopt.nn.checkpoint.save_model`; ``lb_relax`` defaults to the checkpoint's
    ``metadata["lb_relax"]`` (the features must match training; each LB-RELAX feature LP gets
    ``lb_relax_limit`` seconds), the root LP's solver is its ``metadata["root_lp"]`` (``scip`` before it
    existed), ``mode`` to its ``metadata["selection"]`` (``mlopt lns train
    --selection``), else to sampling. Which is better depends on the model: the shipped MIS model (trained
    without the incumbent-tightness columns) improved 3 times in 99 steps with top-k against 18 in 108 with
    sampling (held-out MIS-6000, 30 s runs), while with the MVC model trained with them top-k ends lower than
    greedy and sampling (908 / 909 / 911 in a 30 s MVC-1000 run; Random 913; benchmarks/RESULTS.md)."""
    metadata: dict[str, Any] = {}
    if not isinstance(model, nn.Module):
        model, metadata = load_model(model, expected=CLNSPolicy)
    if not isinstance(model, CLNSPolicy):
        raise TypeError(f"expected a CLNSPolicy, got {type(model).__name__}")
    use_relax = bool(metadata.get("lb_relax", False)) if lb_relax is None else lb_relax
    use_mode = str(metadata.get("selection", "sample")) if mode is None else mode
    scorer = CLNSScorer(model, lb_relax=use_relax, lb_relax_limit=lb_relax_limit,
                        root_lp=str(metadata.get("root_lp", DEFAULT_ROOT_LP)))
    return ScoredSelector(scorer, mode=use_mode, name=name)


def cl_lns_selector(options: SelectorOptions) -> ScoredSelector:
    """The registry's ``cl-lns``: the checkpoint ``options.model`` (contrastive training), LB-RELAX feature
    LPs limited to ``options.step_limit`` seconds."""
    return make_clns_selector(str(options.model), name="cl-lns", lb_relax_limit=options.step_limit)


def il_lns_selector(options: SelectorOptions) -> ScoredSelector:
    """The registry's ``il-lns``: the same network trained with the per-variable BCE loss (IL-LNS)."""
    return make_clns_selector(str(options.model), name="il-lns", lb_relax_limit=options.step_limit)
