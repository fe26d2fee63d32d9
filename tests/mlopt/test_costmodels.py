"""Learned sharding cost models: data collection, DreamShard / NeuroShard nets, batched scorer, checkpoints."""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path
from typing import Callable, Iterable

import numpy as np
import pytest
import torch

from mlopt.datasets.synth_tables import synthesize_tables
from mlopt.envs.oracles import AnalyticalOracle
from mlopt.errors import InputError
from mlopt.nn import load_model, save_model, seeded
from mlopt.parallel import LocalExecutor
from mlopt.sharding.core.cost_data import CostDataset, SamplingConfig, collect_cost_data, load_cost_data
from mlopt.sharding.core.metrics import ranking_accuracy
from mlopt.sharding.core.topology import NUM_TOPOLOGY_FEATURES, device_features
from mlopt.sharding.dreamshard.cost_net import NUM_INPUTS, DreamShardCostNet, cost_inputs, evaluate_dreamshard, \
    train_dreamshard
from mlopt.sharding.dreamshard.scorer import BatchedPlanScorer, as_feature_tensor, score_loop
from mlopt.sharding.neuroshard.nets import CommCostNet, ComputeCostNet, evaluate_neuroshard, train_neuroshard

torch.set_num_threads(1)
POOL = synthesize_tables(60, 0)
CONFIG = SamplingConfig(num_tables=(5, 20))


class RecordingExecutor(LocalExecutor):
    """Inline executor that records the items it was asked to map."""

    def __init__(self) -> None:
        super().__init__(workers=1)
        self.items: list[object] = []

    def map(self, fn: Callable, items: Iterable, **kw: object) -> list:  # type: ignore[override]
        items = list(items)
        self.items.extend(items)
        return super().map(fn, items, **kw)


@pytest.fixture(scope="module")
def dataset() -> CostDataset:
    return collect_cost_data(POOL, 200, AnalyticalOracle(), seed=0, config=CONFIG, chunk_size=100, quiet=True)


def assert_same_data(a: CostDataset, b: CostDataset) -> None:
    assert a.tensors.keys() == b.tensors.keys()
    for key in a.tensors:
        assert torch.equal(a.tensors[key], b.tensors[key]), key


def test_collected_samples_are_consistent(dataset: CostDataset) -> None:
    t = dataset.tensors
    assert len(dataset) == 200
    assert t["features"].shape[1] == 24 and t["raw_features"].shape[1] == 21 and t["costs"].shape[1] == 4
    assert int(t["table_ptr"][-1]) == t["features"].shape[0] == t["assignment"].numel()
    assert int(t["device_ptr"][-1]) == t["costs"].shape[0] == 4 * len(dataset)
    assert (t["costs"] >= 0).all() and t["costs"].sum() > 0
    batch = dataset.batch([3, 0, 7])
    assert batch.num_samples == 3 and batch.num_device_rows == 12
    assert torch.equal(batch.costs[:4], t["costs"][12:16])  # sample 3's devices come first
    train, held = dataset.split(0.2, seed=0)
    assert sorted(train + held) == list(range(200))
    tasks = t["task_id"]
    assert not set(tasks[train].tolist()) & set(tasks[held].tolist())


def test_collection_is_deterministic_and_resumable(tmp_path: Path, dataset: CostDataset) -> None:
    path = tmp_path / "costs.pt"
    first = RecordingExecutor()
    collect_cost_data(POOL, 100, AnalyticalOracle(), seed=0, executor=first, path=path, config=CONFIG,
                      chunk_size=100, quiet=True)
    assert len(first.items) == 1 and load_cost_data(path).header["count"] == 100
    second = RecordingExecutor()
    resumed = collect_cost_data(POOL, 200, AnalyticalOracle(), seed=0, executor=second, path=path, config=CONFIG,
                                chunk_size=100, quiet=True)
    assert [(job.start, job.stop) for job in second.items] == [(100, 200)]  # the first chunk is reused
    assert_same_data(resumed, dataset)
    on_disk = load_cost_data(path)
    assert_same_data(on_disk, dataset)
    assert on_disk.header["count"] == 200 and on_disk.header["format_version"] == 3
    assert on_disk.header["oracle"]["name"] == "analytical" and on_disk.header["seed"] == 0
    with pytest.raises(InputError, match="seed"):
        collect_cost_data(POOL, 200, AnalyticalOracle(), seed=1, path=path, config=CONFIG, chunk_size=100, quiet=True)


def test_dreamshard_training_reduces_loss(dataset: CostDataset) -> None:
    train, held = dataset.split(0.2, seed=0)
    model, result = train_dreamshard(dataset, train, held, seed=0, epochs=4)
    assert result.train_loss[-1] < result.train_loss[0]
    metrics = evaluate_dreamshard(model, dataset, held)
    assert metrics.plan_mae_ms >= 0 and 0.0 <= metrics.ranking_accuracy <= 1.0
    assert len(metrics.component_mae_ms) == 4


def test_neuroshard_training_reduces_loss(dataset: CostDataset) -> None:
    train, held = dataset.split(0.2, seed=0)
    compute, comm, (compute_fit, comm_fit) = train_neuroshard(dataset, train, held, seed=0, epochs=4)
    assert compute_fit.train_loss[-1] < compute_fit.train_loss[0]
    assert comm_fit.train_loss[-1] < comm_fit.train_loss[0]
    metrics = evaluate_neuroshard(compute, comm, dataset, held)
    assert metrics.plan_mae_ms >= 0 and 0.0 <= metrics.ranking_accuracy <= 1.0


@pytest.mark.parametrize("reductions, additive", [(("sum", "max"), True), (("sum",), True), (("sum", "max"), False),
                                                  (("max",), False)])
def test_batched_scorer_matches_per_plan_loop(reductions: tuple[str, ...], additive: bool) -> None:
    with seeded(0):
        model = DreamShardCostNet(reductions=reductions, additive=additive)
    tables = synthesize_tables(12, 3)
    features = as_feature_tensor(tables)
    generator = torch.Generator().manual_seed(0)
    plans = torch.randint(0, 5, (64, 12), generator=generator)
    plans[0] = 0  # four empty devices
    plans[1] = torch.arange(12) % 2  # three empty devices
    scorer = BatchedPlanScorer(model, tables, 5, "cpu", max_elements=10 * 12 * 36)  # chunks of 10 plans
    assert torch.allclose(scorer(plans), score_loop(model, features, plans, 5), rtol=1e-5, atol=1e-6)
    components = scorer.components(plans)
    assert components.shape == (64, 5, 4)
    assert (components[0, 1:] == 0).all() and (components[1, 2:] == 0).all()
    device_sample = torch.zeros(5, dtype=torch.long)
    for i in (0, 1, 7):
        expected, _ = model(features, plans[i], device_sample, 1, scorer.topology[None])
        assert torch.allclose(components[i], expected, rtol=1e-5, atol=1e-6)
    with pytest.raises(ValueError):
        scorer(torch.full((2, 12), 5))


def test_additive_table_costs_add_up_per_device() -> None:
    """With the heads' outputs at zero, a device costs scale x the sum of its tables' exp(g(x_t))."""
    with seeded(0):
        model = DreamShardCostNet()
    for head in model.heads:
        torch.nn.init.zeros_(head[-1].weight)
        torch.nn.init.zeros_(head[-1].bias)
    model.component_scale.copy_(torch.tensor([1.0, 2.0, 3.0, 4.0]))
    features = as_feature_tensor(synthesize_tables(6, 1))
    plan = torch.tensor([0, 0, 1, 1, 1, 2])
    topology = torch.from_numpy(device_features(4))
    components, _ = model(features, plan, torch.zeros(4, dtype=torch.long), 1, topology[None])
    per_table = model.table_cost(cost_inputs(features, topology)).exp() * model.component_scale
    expected = torch.stack([per_table[plan == d].sum(0) for d in range(4)])
    assert torch.allclose(components, expected, rtol=1e-5)
    assert (components[3] == 0).all()  # the empty device
    with pytest.raises(ValueError, match="sum"):
        DreamShardCostNet(reductions=("max",))


def test_dreamshard_device_costs_do_not_depend_on_other_tables() -> None:
    """A device's predicted cost is a function of its own tables: adding a huge table to another device
    (which moves every per-task z-score) leaves it unchanged, and the huge table is priced above the rest."""
    with seeded(0):
        model = DreamShardCostNet()
    tables = synthesize_tables(8, 2)
    huge = dataclasses.replace(tables[0], name="huge", num_embeddings=50 * tables[0].num_embeddings,
                               pooling_factor=40 * tables[0].pooling_factor)
    base = BatchedPlanScorer(model, tables, 2, "cpu").components(torch.zeros(1, 8, dtype=torch.long))
    more = BatchedPlanScorer(model, (*tables, huge), 2, "cpu")
    with_huge = more.components(torch.tensor([[0] * 8 + [1]]))
    assert not torch.allclose(as_feature_tensor(tables)[:, :4], as_feature_tensor((*tables, huge))[:8, :4])
    assert torch.allclose(with_huge[0, 0], base[0, 0], rtol=1e-5, atol=1e-6)
    inputs = cost_inputs(as_feature_tensor((tables[0], huge)), torch.from_numpy(device_features(2)))
    assert inputs.shape == (2, NUM_INPUTS)
    tail = -NUM_TOPOLOGY_FEATURES  # the topology features come last
    assert (inputs[1, tail - 6:tail] > inputs[0, tail - 6:tail]).all()  # log and linear rows, pooling, size
    assert torch.allclose(inputs[:, tail - 2] * 10.0, torch.tensor([tables[0].pooling_factor, huge.pooling_factor]))


def test_checkpoints_round_trip_with_weights_only(tmp_path: Path, dataset: CostDataset) -> None:
    with seeded(1):
        models = [DreamShardCostNet(), ComputeCostNet(), CommCostNet()]
    models[0].component_scale.fill_(2.5)
    batch = dataset.batch([0, 1, 2])
    for model in models:
        path = tmp_path / f"{type(model).__name__}.pt"
        save_model(model, path, {"note": "test"})
        loaded, metadata = load_model(path)
        assert metadata == {"note": "test"} and path.with_suffix(".json").exists()
        assert torch.load(path, weights_only=True).keys() == model.state_dict().keys()
        if isinstance(model, DreamShardCostNet):
            args = (batch.features, batch.table_device, batch.device_sample, batch.num_samples, batch.topology)
            assert all(torch.equal(a, b) for a, b in zip(model.eval()(*args), loaded(*args)))
        elif isinstance(model, ComputeCostNet):
            x = torch.rand(6, 20)
            rows = torch.tensor([0, 0, 1, 2, 2, 2])
            assert torch.equal(model.eval()(x, rows, 4), loaded(x, rows, 4))
        else:
            x = torch.rand(3, 4) * 100
            topology = torch.from_numpy(device_features(4))
            assert torch.equal(model.eval().plans(x, topology), loaded.plans(x, topology))
    with pytest.raises(InputError):
        load_model(tmp_path / "missing.pt")


def test_ranking_accuracy_counts_same_task_pairs_only() -> None:
    true = torch.tensor([1.0, 2.0, 3.0, 10.0, 20.0])
    pred = torch.tensor([1.0, 3.0, 2.0, 0.0, 5.0])
    group = torch.tensor([0, 0, 0, 1, 1])
    assert ranking_accuracy(pred, true, group) == pytest.approx(3 / 4)


def _subset(data: CostDataset, indices: list[int]) -> CostDataset:
    t = data.tensors
    idx = torch.as_tensor(indices)
    tables = [torch.arange(int(t["table_ptr"][i]), int(t["table_ptr"][i + 1])) for i in idx]
    devices = [torch.arange(int(t["device_ptr"][i]), int(t["device_ptr"][i + 1])) for i in idx]
    rows, drows = torch.cat(tables), torch.cat(devices)
    return CostDataset({
        "features": t["features"][rows], "raw_features": t["raw_features"][rows], "assignment": t["assignment"][rows],
        "costs": t["costs"][drows], "task_id": t["task_id"][idx], "topology": t["topology"][idx],
        "table_ptr": torch.cumsum(torch.tensor([0, *map(len, tables)]), 0),
        "device_ptr": torch.cumsum(torch.tensor([0, *map(len, devices)]), 0),
    }, {})


def test_replay_keeps_the_warm_start_when_fine_tuning_on_few_samples(dataset: CostDataset) -> None:
    from mlopt.sharding.dreamshard.train import fit_cost_net

    torch.set_num_threads(1)
    train, held = dataset.split(0.25, 0)
    warm, _ = train_dreamshard(dataset, train, held, seed=0, epochs=15)
    results = {}
    for name, replay in (("plain", None), ("replay", (dataset, train))):
        net = copy.deepcopy(warm)
        optimizer = torch.optim.Adam(net.parameters(), lr=5e-4)
        scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda step: 1.0)
        tiny = _subset(dataset, train[:4])  # a handful of new samples from a shifted regime: 3x the costs
        tiny.tensors["costs"] *= 3.0
        fit_cost_net(net, tiny, optimizer, scheduler, 300, 16, np.random.default_rng(0), torch.device("cpu"), replay)
        results[name] = evaluate_dreamshard(net, dataset, held).plan_mae_ms
    before = evaluate_dreamshard(warm, dataset, held).plan_mae_ms
    assert results["replay"] < 0.5 * results["plain"]  # plain fine-tuning forgets the warm start
    assert results["replay"] < 3 * before


def test_augmentation_keeps_the_own_dim_only_when_asked() -> None:
    from mlopt.sharding.core.cost_data import AUGMENT_DIMS, augment_table

    wide = POOL[0].with_dim(256)
    rng = np.random.default_rng(0)
    never = {t.dim for _ in range(200) for t in augment_table(wide, rng, SamplingConfig(split_prob=0.0))}
    assert never <= set(AUGMENT_DIMS)
    mixed = [augment_table(wide, rng, SamplingConfig(split_prob=0.0, keep_dim_prob=0.5))[0].dim for _ in range(400)]
    share = np.mean([d == 256 for d in mixed])
    assert 0.4 < share < 0.6 and set(mixed) - {256} <= set(AUGMENT_DIMS)
