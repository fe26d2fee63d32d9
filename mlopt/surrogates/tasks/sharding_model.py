"""Embedding-table sharding as a SurCo task (Ferber et al., "SurCo", ICML 2023, section 5.1: place the
tables of a recommendation model on devices to minimize the slowest device's cost, the objective being a
learned, nonlinear cost model).

Decision ``x in {0, 1}^{T*D}`` (index ``t * D + d``: table t on device d), feasible set

- every table on exactly one device: ``sum_d x[t, d] = 1``;
- device memory: ``sum_t size_t x[t, d] <= memory_bytes``.

Nonlinear objective (:func:`sharding_objective`), after NeuroShard (MLSys 2023) as shipped in
``mlopt.sharding.pretrained``: ``f(x) = max_d (compute(x[:, d]^T E) + comm(x^T dims)[d])``, where E are the
compute net's table embeddings (the compute net is sum-decomposable over a device's tables) and the comm
net maps the per-device sums of table dims to per-device all-to-all costs. A positive ``temperature``
replaces the max by ``temperature * logsumexp(. / temperature)``. The reported cost of a plan is the
analytical oracle's (:func:`oracle_cost_ms`), not f.

Simplifications against the paper: its sharding experiments use DreamShard's cost net and measured GPU
costs on DLRM tables; here f is the pretrained NeuroShard net and the ground truth the analytical A100
roofline oracle, tables are sampled from the held-out half of ``datasets/tables/dlrm_856.csv`` (odd data
rows; the nets were trained on the even ones) and tables are never split.

It lives in ``mlopt.surrogates.tasks`` (not ``mlopt.datasets``) because it uses the solvers, the oracle and the
pretrained nets; the heavy imports happen when a function needs them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib.resources import files
from typing import TYPE_CHECKING

import numpy as np

from mlopt.datasets.embedding_tables import ShardingPlan, ShardingTask, load_tables_csv
from mlopt.errors import InputError
from mlopt.solvers.sharding.packing import packs_first_fit

if TYPE_CHECKING:
    import torch

    from mlopt.solvers.linear import BatchSolver, LinearModel

POOL_CSV = "tables/dlrm_856.csv"
MAX_DRAWS = 100


@dataclass(frozen=True)
class ShardingSurCoTask:
    """A :class:`ShardingTask` with the 0/1 assignment model's arrays (module doc for the layout)."""

    task: ShardingTask

    @property
    def num_vars(self) -> int:
        return self.task.num_tables * self.task.num_devices

    def constraints(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """``(A_eq [T, T*D], b_eq [T], A_ub [D, T*D], b_ub [D])``: one device per table, device memory."""
        t, d = self.task.num_tables, self.task.num_devices
        a_eq = np.kron(np.eye(t), np.ones((1, d)))
        a_ub = np.kron(self.task.sizes().astype(np.float64)[None, :], np.eye(d))
        return a_eq, np.ones(t), a_ub, np.full(d, float(self.task.memory_bytes))


def make_sharding_surco_task(num_tables: int = 20, num_devices: int = 4, seed: int | np.random.Generator = 0,
                             memory_factor: float = 1.5) -> ShardingSurCoTask:
    """``num_tables`` distinct tables drawn from dlrm_856's held-out odd rows, each device with
    ``memory_factor`` x its fair share of the total bytes (``envs.sharding.fair_share_memory``); a draw
    that first-fit decreasing cannot pack in that memory (e.g. one table above it) is redrawn, so memory
    binds without the largest table alone setting it."""
    pool = load_tables_csv(str(files("mlopt.datasets") / POOL_CSV))[1::2]
    if not 1 <= num_tables <= len(pool) or num_devices < 1 or memory_factor < 1.0:
        raise InputError(f"bad sharding task: {num_tables} tables, {num_devices} devices, memory x{memory_factor}",
                         field="num_tables/num_devices/memory_factor",
                         expected=f"1..{len(pool)} tables, >= 1 device, memory factor >= 1")
    rng = np.random.default_rng(seed)
    for _ in range(MAX_DRAWS):
        tables = tuple(pool[i] for i in rng.choice(len(pool), size=num_tables, replace=False))
        sizes = np.array([t.size_bytes for t in tables], dtype=np.int64)
        memory = int(memory_factor * sizes.sum() / num_devices)
        if packs_first_fit(sizes, num_devices, memory):
            return ShardingSurCoTask(ShardingTask(tables, num_devices, memory, source=f"dlrm_856 seed {seed}"))
    raise InputError(f"no draw of {num_tables} tables packs into {num_devices} devices in {MAX_DRAWS} tries",
                     field="num_devices/memory_factor", expected="more devices or a larger memory factor")


def assignment_from_x(instance: ShardingSurCoTask, x: np.ndarray) -> ShardingPlan:
    """The plan of a 0/1 solution ``x [T*D]`` (each table's device is its largest entry)."""
    grid = np.asarray(x, dtype=np.float64).reshape(instance.task.num_tables, instance.task.num_devices)
    return ShardingPlan.from_array(grid.argmax(axis=1))


def x_from_plan(instance: ShardingSurCoTask, plan: ShardingPlan) -> np.ndarray:
    """The 0/1 vector ``[T*D]`` of ``plan``."""
    x = np.zeros((instance.task.num_tables, instance.task.num_devices))
    x[np.arange(instance.task.num_tables), plan.as_array()] = 1.0
    return x.reshape(-1)


def sharding_linear_model(instance: ShardingSurCoTask) -> LinearModel:
    """The feasible set as a pure-binary :class:`~mlopt.solvers.linear.LinearModel`."""
    from mlopt.solvers.linear import LinearModel

    a_eq, b_eq, a_ub, b_ub = instance.constraints()
    n = instance.num_vars
    return LinearModel(n, A_ub=a_ub, b_ub=b_ub, A_eq=a_eq, b_eq=b_eq, lb=np.zeros(n), ub=np.ones(n),
                       integrality=np.ones(n, dtype=bool))


def sharding_solver(instance: ShardingSurCoTask, **kwargs: object) -> BatchSolver:
    """CP-SAT over :func:`sharding_linear_model` (``kwargs`` go to ``make_solver``, e.g. ``workers``)."""
    from mlopt.solvers.linear import make_solver

    return make_solver(sharding_linear_model(instance), "cpsat", **kwargs)


def sharding_objective(instance: ShardingSurCoTask, temperature: float = 0.0
                       ) -> Callable[[torch.Tensor], torch.Tensor]:
    """f(x) for x ``[..., T*D]`` (float64 out): the pretrained NeuroShard nets' max (``temperature`` 0) or
    smooth max over devices of compute + comm cost in ms (module doc); the comm net prices any ``D``."""
    import torch

    from mlopt.sharding.neuroshard.weights import load_neuroshard

    t, d = instance.task.num_tables, instance.task.num_devices
    model = load_neuroshard(device="cpu")
    model.compute.requires_grad_(False)
    model.comm.requires_grad_(False)
    with torch.no_grad():
        features = model.features(instance.task)
        dims, emb, topology = features.dims, features.embeddings, features.topology
    emb, dims = emb.double(), dims.double()

    def f(x: torch.Tensor) -> torch.Tensor:
        grid = x.to(torch.float64).reshape(*x.shape[:-1], t, d)
        pooled = torch.einsum("...td,te->...de", grid, emb)
        occupied = grid.sum(dim=-2).clamp(max=1.0)  # an empty device computes nothing
        compute = model.compute.pooled_costs(pooled.float()).double() * occupied
        sums = torch.einsum("...td,t->...d", grid, dims).float()
        comm = model.comm.plans(sums.reshape(-1, d), topology).reshape(sums.shape).double()
        total = compute + comm
        if temperature > 0:
            return temperature * torch.logsumexp(total / temperature, dim=-1)
        return total.amax(dim=-1)

    return f


def oracle_cost_ms(instance: ShardingSurCoTask, x: np.ndarray, profile: str = "a100") -> float:
    """True cost (ms per iteration, slowest device) of the plan of ``x`` under the analytical oracle."""
    from mlopt.envs.oracles import AnalyticalOracle

    return AnalyticalOracle(profile).cost(instance.task, assignment_from_x(instance, x)).total_ms


def linear_costs(instance: ShardingSurCoTask, profile: str = "a100", tie_break: float = 0.01) -> np.ndarray:
    """The linear-cost baseline's costs and SurCo-zero's start ``c0 [T*D]``: the oracle's linearized
    per-table cost (``table_costs(task).sum(axis=1)``, over its mean) repeated on every device.

    Repeated costs make ``c.x`` the same for every plan, so device d's copy is scaled by
    ``1 + tie_break * d``: ``x*(c0)`` is then the deterministic plan that fills device 0 with the costliest
    tables that fit, then device 1, ... (what a linear objective alone can express; SurCo learns the
    per-device differences that balance the load)."""
    from mlopt.envs.oracles import AnalyticalOracle

    costs = AnalyticalOracle(profile).table_costs(instance.task).sum(axis=1)
    scale = 1.0 + tie_break * np.arange(instance.task.num_devices)
    return np.outer(costs / costs.mean(), scale).reshape(-1)


def minmax_milp_x(instance: ShardingSurCoTask, profile: str = "a100", time_limit_s: float = 10.0,
                  seed: int = 0) -> np.ndarray:
    """``x [T*D]`` of the min-max MILP on the same linearized costs (``solve_sharding_milp``, CP-SAT, one
    worker, no refinement): the strongest reference that stays linear in x, using an auxiliary max
    variable that the fixed-set ``c.x`` form of SurCo does not have."""
    from mlopt.envs.oracles import AnalyticalOracle
    from mlopt.solvers.sharding import solve_sharding_milp

    oracle = AnalyticalOracle(profile)
    milp = solve_sharding_milp(instance.task, oracle.table_costs(instance.task).sum(axis=1),
                               oracle.device_overhead_ms(instance.task), time_limit_s=time_limit_s,
                               seed=seed, num_workers=1)
    return x_from_plan(instance, milp.plan)
