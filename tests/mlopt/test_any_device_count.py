"""Learned sharding methods for any device count and topology: the topology features, cost data over many
topologies, and cost nets that price a task of a device count they were not built or trained for."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch

from mlopt.datasets.embedding_tables import ShardingTask, load_tables_csv
from mlopt.datasets.synth_tables import synthesize_tables
from mlopt.envs.oracles import AnalyticalOracle
from mlopt.envs.oracles.collectives import alltoall_ms
from mlopt.envs.oracles.profiles import load_profile
from mlopt.errors import InputError
from mlopt.nn import seeded
from mlopt.sharding.core.cost_data import SamplingConfig, collect_cost_data
from mlopt.sharding.core.topology import (HELD_OUT_DEVICES, NUM_TOPOLOGY_FEATURES, device_features,
                                          topology_features, training_topologies)
from mlopt.sharding.dreamshard.cost_net import DreamShardCostNet, evaluate_dreamshard
from mlopt.sharding.dreamshard.scorer import BatchedPlanScorer
from mlopt.sharding.dreamshard.weights import load_dreamshard
from mlopt.sharding.neuroshard.nets import CommCostNet, evaluate_neuroshard
from mlopt.sharding.neuroshard.weights import load_neuroshard
from mlopt.sharding.pretrained import split_tables

TABLES_856 = Path(__file__).resolve().parents[2] / "datasets" / "tables" / "dlrm_856.csv"
POOL = synthesize_tables(40, 0)


def test_training_topologies_span_2_to_128_devices_and_leave_out_the_benchmarks() -> None:
    pairs = training_topologies()
    counts = {d for d, _ in pairs}
    assert min(counts) == 2 and max(counts) == 128 and not counts & set(HELD_OUT_DEVICES)
    hosts = {h for _, h in pairs}  # 12 hosts of 1, 2, 4 or 8 devices are exactly the held-out counts
    assert hosts == set(range(1, 17)) - {12} and all(d % h == 0 for d, h in pairs)


@pytest.mark.parametrize("devices,hosts", [(12, None), (12, 2), (48, 6), (96, 12), (8, 1), (2, 2)])
def test_per_mb_feature_is_the_oracles_alltoall_time_per_byte(devices: int, hosts: int | None) -> None:
    profile = load_profile("a100")
    task = ShardingTask(tuple(POOL[:2]), devices, 2**30, num_hosts=hosts)
    features = topology_features(task, profile)
    assert features.shape == (NUM_TOPOLOGY_FEATURES,) and np.isfinite(features).all()
    per_host = devices // hosts if hosts else None
    send = np.array([3e6])
    want = alltoall_ms(profile, send, devices, latency=False, devices_per_host=per_host)[0]
    assert features[7] / 10 * 3 == pytest.approx(want)  # ms per MB x 3 MB
    assert features[0] == pytest.approx(np.log2(devices) / 7)
    assert features[3] + features[4] == pytest.approx(1.0)


def test_collect_draws_devices_hosts_and_tables_per_device() -> None:
    config = SamplingConfig(num_tables=(2, 3), topologies=((2, 1), (16, 2)), per_device=True, plans_per_task=2)
    data = collect_cost_data(POOL, 24, AnalyticalOracle(), seed=0, config=config, quiet=True)
    profile = load_profile("a100")
    seen = set()
    for i in range(len(data)):
        d = int(data.num_devices[i])
        hosts = {2: 1, 16: 2}[d]
        tables = int(data.tensors["table_ptr"][i + 1] - data.tensors["table_ptr"][i])
        assert 2 * d - 1 <= tables <= 3 * d  # column splits are cut at the range's top
        assert torch.equal(data.tensors["topology"][i], torch.from_numpy(device_features(d, hosts, profile)))
        seen.add(d)
    assert seen == {2, 16}
    with pytest.raises(InputError, match="hosts"):
        SamplingConfig(topologies=((12, 5),))


def test_comm_net_prices_plans_of_any_device_count_in_one_batch() -> None:
    with seeded(0):
        comm = CommCostNet()
    sums = {4: torch.rand(3, 4) * 200, 12: torch.rand(2, 12) * 200}
    topo = {d: torch.from_numpy(device_features(d)) for d in sums}
    flat = torch.cat([sums[4].reshape(-1), sums[12].reshape(-1)])
    sample = torch.cat([torch.arange(3).repeat_interleave(4), 3 + torch.arange(2).repeat_interleave(12)])
    mixed = comm(flat, sample, torch.cat([topo[4].expand(3, -1), topo[12].expand(2, -1)]), 5)
    separate = torch.cat([comm.plans(sums[4], topo[4]).reshape(-1), comm.plans(sums[12], topo[12]).reshape(-1)])
    assert torch.allclose(mixed, separate, atol=1e-6)
    assert not torch.allclose(comm.plans(sums[4], topo[4]), comm.plans(sums[4], torch.from_numpy(device_features(4, 4))))


def test_dreamshard_net_built_for_one_count_prices_another() -> None:
    with seeded(0):
        net = DreamShardCostNet()
    tables = synthesize_tables(30, 1)
    plans = torch.randint(0, 12, (4, 30), generator=torch.Generator().manual_seed(0))
    as_12 = BatchedPlanScorer(net, tables, 12, "cpu").components(plans)
    assert as_12.shape == (4, 12, 4) and torch.isfinite(as_12).all()
    other = BatchedPlanScorer(net, tables, 12, "cpu", topology=device_features(12, 12)).components(plans)
    assert not torch.allclose(as_12, other)  # the topology is an input


@pytest.fixture(scope="module")
def unseen_data():
    """Oracle-priced plans of held-out tables on 12 devices over 2 hosts and 48 over 6: counts (and 6 devices
    per host) the shipped weights never saw."""
    pool = split_tables(load_tables_csv(TABLES_856), "test")
    config = SamplingConfig(num_tables=(4, 6), topologies=((12, 2), (48, 6)), per_device=True, keep_dim_prob=0.25)
    return collect_cost_data(pool, 40, AnalyticalOracle(), seed=5, config=config, quiet=True)


def test_shipped_cost_nets_generalize_to_unseen_device_counts(unseen_data) -> None:
    torch.set_num_threads(1)
    everything = list(range(len(unseen_data)))
    mean_cost = float(unseen_data.batch(everything).plan_costs().mean())
    dream = evaluate_dreamshard(load_dreamshard().cost_net, unseen_data, everything)
    neuro_model = load_neuroshard(device="cpu")
    neuro = evaluate_neuroshard(neuro_model.compute, neuro_model.comm, unseen_data, everything)
    for metrics in (dream, neuro):
        assert metrics.plan_mae_ms < 0.15 * mean_cost and metrics.ranking_accuracy > 0.75, (metrics, mean_cost)
