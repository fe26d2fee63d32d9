"""Scoring LNS states with the CL-LNS policy (Huang et al., ICML 2023): the bipartite features of the
state (:mod:`mlopt.envs.lns.features`, with the incumbent history and, for models trained with it, the
LB-RELAX LP solution) through :class:`mlopt.lns.policy.CLNSPolicy`, one logit per integer variable."""

from __future__ import annotations

import numpy as np
import torch

from mlopt.envs.lns.features import DEFAULT_ROOT_LP, BipartiteFeatures, BipartiteFeaturizer, check_root_lp
from mlopt.lns.policy import VAR, CLNSPolicy, to_graph
from mlopt.solvers.lns.selectors import LBRelaxSelector
from mlopt.solvers.lns.state import LNSState


ROOT_LP_LIMIT = 10.0  # seconds for the static features' root LP, as in expert collection (mlopt.lns.data)
ROOT_LP_SHARE = 0.25  # at most this share of the run's remaining time


def root_lp_limit(time_left: float) -> float:
    """Seconds for the root LP of the static features: ``ROOT_LP_LIMIT``, as in expert collection, unless that
    is more than ``ROOT_LP_SHARE`` of the run's remaining time. Without the cap a short run on a large
    instance spent its time in an LP that could not finish (facility location at the CL-LNS size: 40,100
    variables, 26 s for SoPlex or GLOP, so its LP features are zeros in training too) and made no LNS step,
    ending 7 s past ``--time-limit 20``. With 40 s or more left, the limit is the collection's."""
    return min(ROOT_LP_LIMIT, ROOT_LP_SHARE * max(time_left, 0.0))


class CLNSScorer:
    """``state -> logits of state.integer``: caches the static features of the instance it last saw. The
    history features are the last 3 *earlier incumbents* (one entry per improvement, as in expert
    collection, where almost every step improves), so a step without improvement sees the same features
    as the step before and reuses its logits (no GNN pass). With ``lb_relax`` each call also solves the
    LB-RELAX LP (radius k, ``lb_relax_limit`` s; one persistent LP per instance,
    :class:`~mlopt.solvers.lns.local_branching.LocalBranchingLP`) for the LB-RELAX feature, as CL-LNS
    does, and nothing is reused (the LP depends on k).

    The forward pass runs on ``threads`` torch threads (restored afterwards). One by default: SCIP solves
    the sub-ILPs on one thread and benchmarks run one LNS per core, where torch's default of one thread
    per core oversubscribed the CPU (MIS-6000 forward pass 0.037 s at one thread, 0.14 s at two while
    another process ran). ``root_lp`` is the static features' LP solver the policy was trained with
    (:class:`~mlopt.envs.lns.features.BipartiteFeaturizer`)."""

    def __init__(self, policy: CLNSPolicy, lb_relax: bool = False, lb_relax_limit: float = 5.0,
                 threads: int = 1, root_lp: str = DEFAULT_ROOT_LP) -> None:
        if threads < 1:
            raise ValueError(f"threads must be >= 1, got {threads}")
        self.policy = policy.eval()
        self.lb_relax = lb_relax
        self.threads = threads
        self.root_lp = check_root_lp(root_lp)  # a bad checkpoint fails when loaded, not at its first step
        self._relaxer = LBRelaxSelector(lb_relax_limit)
        self._model_id: int | None = None
        self._featurizer: BipartiteFeaturizer | None = None
        self._history: list[np.ndarray] = []
        self._current: np.ndarray | None = None
        self._logits: np.ndarray | None = None

    def featurize(self, state: LNSState) -> BipartiteFeatures:
        if self._model_id != id(state.model) or self._featurizer is None:
            featurizer = BipartiteFeaturizer(state.model, lp_time_limit=root_lp_limit(state.time_left),
                                             root_lp=self.root_lp)
            self._model_id, self._featurizer = id(state.model), featurizer
            self._history, self._current, self._logits = [], None, None
        if self._current is not None and not np.array_equal(self._current, state.incumbent):
            self._history = [self._current, *self._history][:3]
        self._current = state.incumbent.copy()
        relax = self._relaxer.relaxation(state) if self.lb_relax else None
        return self._featurizer.features(state.incumbent, self._history, relax)

    def __call__(self, state: LNSState) -> np.ndarray:
        if (not self.lb_relax and self._logits is not None and self._model_id == id(state.model)
                and np.array_equal(self._current, state.incumbent)):
            return self._logits
        graph = to_graph(self.featurize(state))
        previous = torch.get_num_threads()
        torch.set_num_threads(self.threads)
        try:
            with torch.no_grad():
                logits = self.policy(graph)
        finally:
            torch.set_num_threads(previous)
        self._logits = logits[graph[VAR].is_int].double().numpy()
        return self._logits
