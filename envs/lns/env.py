"""``LNSEnv``: large neighbourhood search over SCIP as a Gymnasium env (``mlopt/LNS-v0``; see the class)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Sequence, SupportsFloat

import gymnasium
import numpy as np
from gymnasium import spaces

from mlopt.datasets.ilp import FAMILIES, SIZES, generate, load_instance
from mlopt.envs.conventions import (
    MAX_SECONDS, bad_argument, checked_action, choice_argument, flag_argument, integer_argument, number_argument,
    path_argument, require_running,
)
from mlopt.envs.lns.features import CONS_FEATURES, EDGE_FEATURES, VAR_FEATURES, BipartiteFeaturizer
from mlopt.errors import InputError
from mlopt.solvers.lns.engine import LNSConfig, LNSSearch, unsolved_error
from mlopt.solvers.lns.scip import integer_indices

MAX_GROWTH = 1e6  # the largest growth factor of the suggested destroy size (k is capped at n / 2 anyway)
LNSObservation = dict[str, np.ndarray | spaces.GraphInstance]
LNSAction = np.ndarray


def _instance_paths(instances: Sequence[str | os.PathLike[str]] | str | os.PathLike[str] | None) -> list[Path]:
    """The files of the ``instances`` argument: None, one path, or a sequence of paths."""
    if instances is None:
        return []
    if isinstance(instances, (str, os.PathLike)):
        return [path_argument(instances, "instances")]
    if not isinstance(instances, Sequence):
        raise bad_argument(instances, "instances", "a sequence of MPS/LP file paths")
    return [path_argument(p, "instances") for p in instances]


class LNSEnv(gymnasium.Env[LNSObservation, LNSAction]):
    """LNS destroy-set selection over SCIP as an MDP, registered as ``mlopt/LNS-v0``.

    ## Description

    The decision process of CL-LNS (Huang et al. ICML 2023) and LB-RELAX (Huang et al. CPAIOR 2023): at each
    step the agent picks the destroy set, SCIP re-optimizes it. An episode is one LNS run
    (:class:`mlopt.solvers.lns.engine.LNSSearch`) on one instance.

    ## Action Space

    ``MultiBinary(n)`` over the n integer variables (in model order); 1 = destroy. Any size is allowed;
    ``observation["k"]`` is the engine's adaptive suggestion (k0, x``growth`` on no improvement). Every action
    in the space is a valid LNS step (an empty destroy set re-solves nothing new). An action outside the space
    (not n entries of 0/1) raises :class:`~mlopt.envs.conventions.InvalidActionError` and changes nothing
    (the rule of all mlopt envs, :mod:`mlopt.envs.conventions`).

    ## Observation Space

    ``Dict``: ``incumbent`` float32 [n] (values of the integer variables), ``k`` float32 [1], ``time_left``
    float32 [1] (seconds), ``objective`` float32 [1] (the incumbent's objective), and with
    ``graph_observation`` (default) ``graph``: the CL-LNS bipartite graph of the state
    (:class:`mlopt.envs.lns.features.BipartiteFeaturizer`: root-LP values, duals, incumbent and its last 3
    values) as a Gymnasium ``Graph``: nodes = every variable, then every constraint row, each with
    ``[variable features (21), constraint features (8), is_constraint]`` (the other type's part zero);
    ``edge_links`` [E, 2] = (variable, n_vars + row), edges = the 2 coefficient features.

    ``info``: ``state`` (the :class:`mlopt.solvers.lns.state.LNSState` a learned selector scores, with the
    model for feature extraction), ``trajectory`` [(seconds, objective)], ``instance``, ``improved``,
    ``status`` (:data:`mlopt.solvers.lns.scip.STATUSES`: ``optimal`` when SCIP proved the initial solution
    optimal, else ``feasible``).

    ## Rewards

    The relative improvement of the objective, |new - old| / max(|old|, 1) (0 without improvement).

    ## Starting State

    An instance: an MPS/LP file from ``instances`` (taken in turn, or ``options={"instance": path}`` at
    reset), or, without files, an instance generated from ``family`` / ``size`` with a seed drawn from the
    env's RNG. ``reset`` finds the initial solution with SCIP; the clock (``time_limit`` seconds of wall
    time, the agent's own time included) starts there.

    ## Episode End

    ``terminated`` is never set (LNS proves nothing); ``truncated`` when the time or ``max_steps`` is spent.
    ``step`` after that, before ``reset`` or after ``close`` raises ``RuntimeError``.

    ## Arguments

    - ``instances``: MPS/LP files (one path or a sequence); every instance of one env must have the same number
      of integer variables (the spaces are fixed): a file that differs raises :class:`mlopt.errors.InputError`
      at reset.
    - ``family``, ``size``: the generator of :mod:`mlopt.datasets.ilp` used without ``instances`` (and for
      the spaces' size).
    - An instance without an incumbent to improve makes ``reset`` raise :class:`mlopt.errors.InputError`
      naming the status: SCIP proved it infeasible or unbounded, or found no solution within ``time_limit``.
    - ``time_limit``, ``step_limit``, ``init_limit``: seconds of wall time for the run, each sub-ILP and the
      initial solve (:class:`mlopt.solvers.lns.engine.LNSConfig`), each in (0, one week].
    - ``k0``, ``growth``: the adaptive destroy size suggested in ``observation["k"]`` (``k0`` an integer
      >= 1, ``growth`` a factor in [1, :data:`MAX_GROWTH`]).
    - ``max_steps``: LNS steps per episode (None: only the time limit).
    - ``graph_observation``: add the bipartite ``graph`` to the observation.

    An argument (or ``options["instance"]``) of the wrong type or out of range raises
    :class:`mlopt.errors.InputError` naming it (:mod:`mlopt.envs.conventions`).

    Episodes run on wall time, so the env is registered as nondeterministic. ``close()`` drops the SCIP
    models, the search and the featurizer.
    """

    metadata = {"render_modes": []}

    def __init__(self, instances: Sequence[str | os.PathLike[str]] | str | os.PathLike[str] | None = None,
                 family: str = "mvc", size: str = "tiny", time_limit: float = 60.0, step_limit: float = 5.0,
                 init_limit: float = 10.0, k0: int | None = None, growth: float = 1.02, max_steps: int | None = None,
                 graph_observation: bool = True) -> None:
        self.paths = _instance_paths(instances)
        self.family = choice_argument(family, "family", FAMILIES)
        self.size = choice_argument(size, "size", SIZES)
        limits = {name: number_argument(value, name, 0.0, MAX_SECONDS, low_open=True)
                  for name, value in (("time_limit", time_limit), ("step_limit", step_limit),
                                      ("init_limit", init_limit))}
        self.config = LNSConfig(**limits, k0=None if k0 is None else integer_argument(k0, "k0"),
                                growth=number_argument(growth, "growth", 1.0, MAX_GROWTH),
                                max_steps=None if max_steps is None else integer_argument(max_steps, "max_steps"))
        self._episode = 0
        first = load_instance(self.paths[0]) if self.paths else generate(family, size, 0)
        self.num_integer = len(integer_indices(first))
        n = self.num_integer
        self.action_space = spaces.MultiBinary(n)
        self.observation_space = spaces.Dict({
            "incumbent": spaces.Box(-np.inf, np.inf, shape=(n,), dtype=np.float32),
            "k": spaces.Box(0.0, float(n), shape=(1,), dtype=np.float32),
            "time_left": spaces.Box(0.0, np.inf, shape=(1,), dtype=np.float32),
            "objective": spaces.Box(-np.inf, np.inf, shape=(1,), dtype=np.float32),
        })
        self.graph_observation = flag_argument(graph_observation, "graph_observation")
        if graph_observation:
            width = len(VAR_FEATURES) + len(CONS_FEATURES) + 1
            self.observation_space["graph"] = spaces.Graph(
                node_space=spaces.Box(-np.inf, np.inf, shape=(width,), dtype=np.float32),
                edge_space=spaces.Box(-np.inf, np.inf, shape=(len(EDGE_FEATURES),), dtype=np.float32))
        # the episode (set by reset; search None = no episode)
        self.featurizer: BipartiteFeaturizer | None = None
        self.history: list[np.ndarray] = []
        self.search: LNSSearch | None = None
        self.instance = ""
        self.done = False

    def _next_model(self, options: dict[str, Any] | None):
        path = (options or {}).get("instance")
        if path is not None:
            path = path_argument(path, "options['instance']")
        elif self.paths:
            path = self.paths[self._episode % len(self.paths)]
        if path is not None:
            self.instance = str(path)
            model = load_instance(path)
            if len(integer_indices(model)) != self.num_integer:
                raise InputError(f"has {len(integer_indices(model))} integer variables, this env {self.num_integer}",
                                 file=path, expected="instances of one size per env")
            return model
        seed = int(self.np_random.integers(2**31))
        self.instance = f"{self.family}/{self.size}/seed={seed}"
        return generate(self.family, self.size, seed)

    def _observation(self) -> LNSObservation:
        search = self.search
        observation = {
            "incumbent": search.incumbent[search.integer].astype(np.float32),
            "k": np.array([search.k], dtype=np.float32),
            "time_left": np.array([max(search.time_left(), 0.0)], dtype=np.float32),
            "objective": np.array([search.objective], dtype=np.float32),
        }
        if self.featurizer is not None:
            observation["graph"] = self._graph()
        return observation

    def _graph(self) -> spaces.GraphInstance:
        """The bipartite graph of the current state (the class docstring's Observation Space)."""
        search, featurizer = self.search, self.featurizer
        incumbent = search.incumbent
        if not self.history or not np.array_equal(self.history[0], incumbent):
            self.history = [incumbent.copy(), *self.history][:4]
        graph = featurizer.features(incumbent, self.history[1:])
        n, m = len(graph.var_x), len(graph.cons_x)
        nodes = np.zeros((n + m, len(VAR_FEATURES) + len(CONS_FEATURES) + 1), dtype=np.float32)
        nodes[:n, :len(VAR_FEATURES)] = graph.var_x
        nodes[n:, len(VAR_FEATURES):-1] = graph.cons_x
        nodes[n:, -1] = 1.0
        links = np.stack([graph.edge_index[0], n + graph.edge_index[1]], axis=1).astype(np.int64)
        return spaces.GraphInstance(nodes, graph.edge_attr.astype(np.float32), links)

    def _info(self, improved: bool = False) -> dict[str, Any]:
        search = self.search
        return {"state": search.state(), "trajectory": list(search.trajectory.points), "instance": self.instance,
                "improved": improved, "status": search.status}

    def reset(self, *, seed: int | None = None,
              options: dict[str, Any] | None = None) -> tuple[LNSObservation, dict[str, Any]]:
        super().reset(seed=seed)
        model = self._next_model(options)
        self._episode += 1
        self.search = None  # no episode until this one has an incumbent
        search = LNSSearch(model, self.config, int(self.np_random.integers(2**31)))
        if not search.start():
            raise unsolved_error(self.instance, search.status, self.config.time_limit)
        self.search, self.history = search, []
        self.featurizer = BipartiteFeaturizer(model, lp_time_limit=self.config.init_limit) if self.graph_observation \
            else None
        self.done = False
        return self._observation(), self._info()

    def step(self, action: LNSAction) -> tuple[LNSObservation, SupportsFloat, bool, bool, dict[str, Any]]:
        require_running(self, started=self.search is not None, ended=self.done)
        mask = checked_action(self, action)
        search = self.search
        old = search.objective
        record = None if search.done() else search.step(search.integer[mask])
        reward = 0.0
        if record is not None and record.improved:
            reward = abs(search.objective - old) / max(abs(old), 1.0)
        improved = record is not None and record.improved
        self.done = search.done()
        return self._observation(), reward, False, self.done, self._info(improved)

    def close(self) -> None:
        """Drop the episode's SCIP models, search and featurizer (``step`` raises until the next ``reset``)."""
        self.search, self.featurizer, self.history = None, None, []
