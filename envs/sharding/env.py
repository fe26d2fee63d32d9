"""``ShardingEnv``: DreamShard's table-placement MDP as a Gymnasium env (``mlopt/Sharding-v0``; see the class)."""

from __future__ import annotations

import os
from importlib import resources
from typing import TYPE_CHECKING, Any, Sequence, SupportsFloat

import gymnasium
import numpy as np
from gymnasium import spaces

from mlopt.datasets.embedding_tables import (
    MAX_BATCH_SIZE, MAX_DEVICES, MAX_MEMORY_BYTES, EmbeddingTable, ShardingPlan, ShardingTask, check_table,
    load_tables_csv,
)
from mlopt.envs.conventions import (
    bad_argument, checked_action, choice_argument, integer_argument, number_argument, path_argument, require_running,
    typed_argument,
)
from mlopt.envs.oracles.base import COMPONENTS, CostOracle
from mlopt.envs.sharding.features import FEATURE_NAMES, NUM_FEATURES, table_features
from mlopt.envs.sharding.task_sampler import IntChoice, TaskSampler, is_placeable
from mlopt.errors import InputError

if TYPE_CHECKING:
    from mlopt.solvers.sharding.registry import Heuristic

DEFAULT_POOL = "tables/dlrm_default.csv"  # inside the mlopt.datasets package
DEFAULT_NUM_TABLES = 50  # DreamShard's task size
PENALTY_FACTOR = 10.0
DEVICE_FEATURE_NAMES: tuple[str, ...] = (
    *(f"sum_{n}" for n in FEATURE_NAMES), *(f"max_{n}" for n in FEATURE_NAMES),
    "memory_used", "memory_free", *(c.replace("_ms", "") for c in COMPONENTS), "present",
)
NUM_DEVICE_FEATURES = len(DEVICE_FEATURE_NAMES)  # 55
_USED, _FREE, _COST, _PRESENT = 2 * NUM_FEATURES, 2 * NUM_FEATURES + 1, 2 * NUM_FEATURES + 2, NUM_DEVICE_FEATURES - 1


def default_pool() -> tuple[EmbeddingTable, ...]:
    """The shipped table pool ``mlopt.datasets/tables/dlrm_default.csv``."""
    with resources.as_file(resources.files("mlopt.datasets").joinpath(DEFAULT_POOL)) as path:
        return load_tables_csv(path)


def _pool(tables: Sequence[EmbeddingTable] | str | os.PathLike[str] | None) -> tuple[EmbeddingTable, ...]:
    """The table pool of the ``tables`` argument (checked: a tables CSV path, or a sequence of valid tables)."""
    if tables is None:
        return default_pool()
    if isinstance(tables, (str, os.PathLike)):
        return load_tables_csv(path_argument(tables, "tables"))
    if not isinstance(tables, Sequence):
        raise bad_argument(tables, "tables", "a sequence of EmbeddingTable or a tables CSV path")
    return tuple(check_table(typed_argument(t, "tables", EmbeddingTable, "EmbeddingTable items"), field="tables")
                 for t in tables)


def checked_task(task: Any, name: str) -> ShardingTask:
    """``task`` if it is a :class:`ShardingTask` of valid tables; else an InputError naming ``name``."""
    for table in typed_argument(task, name, ShardingTask, "a ShardingTask").tables:
        check_table(typed_argument(table, f"{name}.tables", EmbeddingTable, "EmbeddingTable items"), field=name)
    return task


ShardingObservation = dict[str, np.ndarray]
ShardingAction = int | np.integer


class ShardingEnv(gymnasium.Env[ShardingObservation, ShardingAction]):
    """DreamShard's table-placement MDP (Zha et al., NeurIPS 2022, Sec. 3.2), registered as ``mlopt/Sharding-v0``.

    ## Description

    An episode takes one task (T tables, D devices of equal memory) and places its tables one per step, in
    descending order of estimated single-table cost (the row sums of ``oracle.table_costs(task)``; ties keep
    the task's order). Tasks come from a table pool (:class:`~.task_sampler.TaskSampler`) or are one fixed
    task.

    ## Action Space

    ``Discrete(max_devices)``: the device of the current table. Every action in the space has an outcome: a
    device that ``action_mask`` allows takes the table; a device it forbids (a padded one, or one without
    room for the table) ends the episode with ``penalty`` and ``info["illegal_action"]``, as in DreamShard's
    memory-masked MDP. An action outside the space (not an integer, negative, or ``>= max_devices``) raises
    :class:`~mlopt.envs.conventions.InvalidActionError` and changes nothing (the rule of all mlopt envs,
    :mod:`mlopt.envs.conventions`).

    ## Observation Space

    ``gymnasium.spaces.Dict``; shapes fixed, devices padded to ``max_devices``:

    - ``table`` float32 [24]: the current table's features (:mod:`.features`: DreamShard's 21, normalized per
      task, and 3 absolute log sizes); zeros once the episode is over.
    - ``devices`` float32 [max_devices, 55], one row per device, columns ``DEVICE_FEATURE_NAMES``:
      0..23 sum and 24..47 max of the features of the tables placed on it so far (0 when none);
      48 memory used and 49 memory free, as shares of one device's capacity; 50..53 its cost so far under
      the oracle (fwd_comp, bwd_comp, fwd_comm, bwd_comm of the plan restricted to the placed tables),
      divided by the task's ``cost_scale_ms`` = sum of single-table costs / D (the load of a device in a
      perfectly balanced additive plan, so values are O(1)); 54 a device-present flag. Padded rows are 0.
    - ``tables_left`` float32 [1]: tables not yet placed (the current one included) / T.
    - ``action_mask`` int8 [max_devices]: 1 for devices that exist and have room for the current table.

    ``info`` always carries ``action_mask`` (equal to the observation's), ``num_devices``, ``illegal_action``
    and ``dead_end``.

    ## Rewards

    0 until the last table is placed, then ``-cost_ms`` (``reward="cost"``) or ``baseline_ms / cost_ms - 1``
    (``reward="normalized"``, the baseline being a heuristic from
    :data:`mlopt.solvers.sharding.registry.HEURISTICS`, priced once per episode). The final ``info`` adds
    ``plan`` (device of each table in the task's original order), ``cost_ms``, ``breakdown`` (device ->
    component dict) and, when normalized, ``baseline_ms``. A failed episode gets ``penalty`` instead: -10 x
    the sum of single-table costs in ms for ``"cost"``, -10 for ``"normalized"``, below any plan's reward.

    ## Starting State

    ``reset`` samples a task from the pool with the env's RNG (``seed``), one the baseline can place when the
    reward is normalized, or plays ``options["task"]``; every device is empty and the first table is the
    costliest.

    ## Episode End

    ``terminated`` when the last table is placed, on a masked device (``info["illegal_action"]``), or when the
    table just placed leaves the next one room on no device (a memory dead end, ``info["dead_end"]``); both
    failures end with ``penalty`` and never raise. Never ``truncated``. ``step`` after the end, before
    ``reset`` or after ``close`` raises ``RuntimeError``.

    ## Arguments

    - ``tables``: pool of tables, or a path to a tables CSV; default: the shipped pool.
    - ``task``: a fixed task for every episode (instead of ``tables``).
    - ``num_tables``: tables per task (1..1,000,000): int, inclusive range ``(lo, hi)`` or list of choices;
      default min(pool size, 50).
    - ``num_devices``: devices per task (1..1,024): int, inclusive range ``(lo, hi)`` or list of choices.
    - ``max_devices``: padding of the device axis (up to 1,024); default the largest device count.
    - ``memory_gb``: memory per device in GiB, in (0, 4096] (DreamShard: 5).
    - ``batch_size``: training batch of the tasks (1..2**24).
    - ``oracle``: the cost oracle; default ``AnalyticalOracle(hardware)``.
    - ``hardware``: hardware profile of the default oracle (ignored when ``oracle`` is given).
    - ``reward``: ``"cost"`` or ``"normalized"``.
    - ``baseline``: heuristic name for the normalized reward.
    - ``render_mode``: ``None`` or ``"ansi"`` (one line per device).

    An argument (or ``options["task"]``) of the wrong type or out of range raises
    :class:`mlopt.errors.InputError` naming it (:mod:`mlopt.envs.conventions`).

    The env holds no process or file; ``close()`` drops the episode.
    """

    metadata = {"render_modes": ["ansi"]}

    def __init__(
        self,
        tables: Sequence[EmbeddingTable] | str | os.PathLike[str] | None = None,
        task: ShardingTask | None = None,
        num_tables: IntChoice | None = None,
        num_devices: IntChoice = 4,
        max_devices: int | None = None,
        memory_gb: float = 5.0,
        batch_size: int = 65_536,
        oracle: CostOracle | None = None,
        hardware: str = "a100",
        reward: str = "cost",
        baseline: str = "size-greedy",
        render_mode: str | None = None,
    ) -> None:
        reward = choice_argument(reward, "reward", ("cost", "normalized"))
        render_mode = choice_argument(render_mode, "render_mode", (None, "ansi"))
        baseline = typed_argument(baseline, "baseline", str, "a heuristic name")
        if task is not None:
            self.sampler = TaskSampler.fixed(checked_task(task, "task"))
        else:
            pool = _pool(tables)
            count = min(len(pool), DEFAULT_NUM_TABLES) if num_tables is None else num_tables
            memory = number_argument(memory_gb, "memory_gb", 0.0, MAX_MEMORY_BYTES / 2**30, low_open=True)
            self.sampler = TaskSampler(pool, count, num_devices, max(int(memory * 2**30), 1),
                                       integer_argument(batch_size, "batch_size", 1, MAX_BATCH_SIZE))
        self.max_devices = self.sampler.max_devices if max_devices is None else integer_argument(
            max_devices, "max_devices", self.sampler.max_devices, MAX_DEVICES)
        if oracle is None:
            from mlopt.envs.oracles import AnalyticalOracle
            from mlopt.envs.oracles.profiles import PROFILE_NAMES, HardwareProfile

            oracle = AnalyticalOracle(typed_argument(hardware, "hardware", (str, HardwareProfile),
                                                     "one of " + ", ".join(PROFILE_NAMES)))
        elif not all(callable(getattr(oracle, method, None)) for method in ("cost", "table_costs")):
            raise InputError(f"{type(oracle).__name__} is not a cost oracle", field="oracle",
                             expected="an object with cost() and table_costs(), e.g. AnalyticalOracle")
        self.oracle = oracle
        self.reward_mode = reward
        self.baseline = baseline
        self._baseline_fn: Heuristic | None = None
        if reward == "normalized":
            from mlopt.solvers.sharding.registry import HEURISTICS

            self._baseline_fn = HEURISTICS[choice_argument(baseline, "baseline", sorted(HEURISTICS))]
        self.render_mode = render_mode
        m = self.max_devices
        self.action_space = spaces.Discrete(m)
        self.observation_space = spaces.Dict({
            "table": spaces.Box(-np.inf, np.inf, (NUM_FEATURES,), np.float32),
            "devices": spaces.Box(-np.inf, np.inf, (m, NUM_DEVICE_FEATURES), np.float32),
            "tables_left": spaces.Box(0.0, 1.0, (1,), np.float32),
            "action_mask": spaces.MultiBinary(m),
        })
        # the episode (set by reset; task None = no episode)
        self.task: ShardingTask | None = None
        self.features = np.zeros((0, NUM_FEATURES))  # per table, in the task's order
        self.order = np.zeros(0, dtype=np.int64)  # placement order: descending single-table cost
        self.sizes = np.zeros(0, dtype=np.int64)
        self.cost_scale_ms = 1.0
        self.penalty = 0.0
        self.baseline_ms = 0.0
        self.assignment = np.zeros(0, dtype=np.int64)  # device per table, -1 until placed
        self.used = np.zeros(0, dtype=np.int64)  # bytes per device
        self.device_sum = np.zeros((0, NUM_FEATURES))
        self.device_max = np.zeros((0, NUM_FEATURES))
        self.device_cost = np.zeros((0, len(COMPONENTS)))
        self.placed = 0
        self.done = False

    # ------------------------------------------------------------------------------------- episode

    def reset(self, *, seed: int | None = None,
              options: dict[str, Any] | None = None) -> tuple[ShardingObservation, dict[str, Any]]:
        super().reset(seed=seed)
        task = (options or {}).get("task")
        if task is None:
            task = self.sampler.sample(self.np_random, accept=self._price_baseline)
        elif checked_task(task, "options['task']").num_devices > self.max_devices:
            raise InputError(f"task has {task.num_devices} devices, env pads to {self.max_devices}",
                             field="task", expected=f"at most {self.max_devices} devices")
        elif not (is_placeable(task) and self._price_baseline(task)):
            raise InputError("no plan of the task fits device memory (or the baseline finds none)",
                             field="task", expected="more devices or a larger memory")
        self._start(task)
        return self._observation(), self._info()

    def _start(self, task: ShardingTask) -> None:
        self.task = task
        self.features = table_features(task.tables, task.batch_size)
        single = self.oracle.table_costs(task).sum(axis=1)
        self.order = np.argsort(-single, kind="stable")
        self.sizes = task.sizes()
        self.cost_scale_ms = max(float(single.sum()) / task.num_devices, 1e-12)
        self.penalty = -PENALTY_FACTOR * (float(single.sum()) if self.reward_mode == "cost" else 1.0)
        self.assignment = np.full(task.num_tables, -1, dtype=np.int64)
        self.used = np.zeros(task.num_devices, dtype=np.int64)
        self.device_sum = np.zeros((task.num_devices, NUM_FEATURES))
        self.device_max = np.full((task.num_devices, NUM_FEATURES), -np.inf)
        self.device_cost = np.zeros((task.num_devices, len(COMPONENTS)))
        self.placed = 0
        self.done = False

    def _price_baseline(self, task: ShardingTask) -> bool:
        """For the normalized reward, set ``baseline_ms`` of ``task``; False if the baseline cannot place it."""
        if self._baseline_fn is None:
            return True
        try:
            plan = self._baseline_fn(task, int(self.np_random.integers(2**31)))
        except InputError:
            return False
        self.baseline_ms = self.oracle.cost(task, plan).total_ms
        return True

    @property
    def current_table(self) -> int | None:
        """Index (in the task's order) of the table the next action places; None when the episode is over."""
        return None if self.task is None or self.done else int(self.order[self.placed])

    def step(self, action: ShardingAction) -> tuple[ShardingObservation, SupportsFloat, bool, bool, dict[str, Any]]:
        require_running(self, started=self.task is not None, ended=self.done)
        device = checked_action(self, action)
        if not self._mask()[device]:
            return self._fail("illegal_action")
        self._place(self.current_table, device)
        if self.placed == self.task.num_tables:
            return self._finish()
        if not self._mask().any():
            return self._fail("dead_end")
        return self._observation(), 0.0, False, False, self._info()

    def _place(self, table: int, device: int) -> None:
        self.assignment[table] = device
        self.used[device] += self.sizes[table]
        self.device_sum[device] += self.features[table]
        self.device_max[device] = np.maximum(self.device_max[device], self.features[table])
        self.placed += 1
        placed = np.flatnonzero(self.assignment >= 0)
        task = self.task
        partial = ShardingTask(tuple(task.tables[i] for i in placed), task.num_devices, task.memory_bytes,
                               task.batch_size)
        self.device_cost = self.oracle.cost(partial, ShardingPlan.from_array(self.assignment[placed])).matrix()

    def _finish(self) -> tuple[ShardingObservation, float, bool, bool, dict[str, Any]]:
        self.done = True
        plan = ShardingPlan.from_array(self.assignment)
        cost = self.oracle.cost(self.task, plan)
        info = self._info()
        info.update(plan=self.assignment.tolist(), cost_ms=cost.total_ms,
                    breakdown={d: dev.as_dict() for d, dev in enumerate(cost.devices)})
        if self.reward_mode == "normalized":
            info["baseline_ms"] = self.baseline_ms
            reward = self.baseline_ms / cost.total_ms - 1.0
        else:
            reward = -cost.total_ms
        return self._observation(), float(reward), True, False, info

    def _fail(self, reason: str) -> tuple[ShardingObservation, float, bool, bool, dict[str, Any]]:
        self.done = True
        info = self._info()
        info[reason] = True
        return self._observation(), float(self.penalty), True, False, info

    # --------------------------------------------------------------------------------- observation

    def _mask(self) -> np.ndarray:
        mask = np.zeros(self.max_devices, dtype=np.int8)
        if not self.done:
            size = self.sizes[self.current_table]
            mask[: self.task.num_devices] = self.used + size <= self.task.memory_bytes
        return mask

    def _observation(self) -> ShardingObservation:
        task, d = self.task, self.task.num_devices
        devices = np.zeros((self.max_devices, NUM_DEVICE_FEATURES), dtype=np.float32)
        devices[:d, :NUM_FEATURES] = self.device_sum
        devices[:d, NUM_FEATURES:_USED] = np.where(np.isfinite(self.device_max), self.device_max, 0.0)
        devices[:d, _USED] = self.used / task.memory_bytes
        devices[:d, _FREE] = 1.0 - self.used / task.memory_bytes
        devices[:d, _COST:_PRESENT] = self.device_cost / self.cost_scale_ms
        devices[:d, _PRESENT] = 1.0
        table = np.zeros(NUM_FEATURES, dtype=np.float32)
        if not self.done:
            table[:] = self.features[self.current_table]
        left = (task.num_tables - self.placed) / task.num_tables
        return {"table": table, "devices": devices, "tables_left": np.array([left], dtype=np.float32),
                "action_mask": self._mask()}

    def _info(self) -> dict[str, Any]:
        return {"action_mask": self._mask(), "illegal_action": False, "dead_end": False,
                "num_devices": self.task.num_devices}

    def render(self) -> str | None:
        """``"ansi"``: one line per device (tables, memory, cost so far)."""
        if self.render_mode != "ansi" or self.task is None:
            return None
        task = self.task
        lines = [f"step {self.placed}/{task.num_tables}, {task.num_devices} devices of "
                 f"{task.memory_bytes / 2**30:.2f} GiB",
                 f"{'device':>6} {'tables':>6} {'mem GiB':>8} {'cost ms':>9}"]
        counts = np.bincount(self.assignment[self.assignment >= 0], minlength=task.num_devices)
        for dev in range(task.num_devices):
            lines.append(f"{dev:>6} {counts[dev]:>6} {self.used[dev] / 2**30:>8.3f} "
                         f"{self.device_cost[dev].sum():>9.4f}")
        return "\n".join(lines)

    def close(self) -> None:
        """Drop the episode (``step`` raises until the next ``reset``); the env holds no process or file."""
        self.task = None
