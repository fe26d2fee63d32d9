"""Cost data priced by the measured oracle (torch EmbeddingBag timings), nets trained on it, and
`mlopt shard collect --oracle measured` + `train` (issue 18, item 4)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch

from mlopt.datasets.embedding_tables import load_tables_csv
from mlopt.envs.oracles import AnalyticalOracle, MeasuredOracle
from mlopt.errors import InputError
from mlopt.sharding.core.cost_data import SamplingConfig, collect_cost_data, load_cost_data, sample_plan, sample_task
from mlopt.sharding.core.data_oracle import oracle_of_data
from mlopt.sharding.core.measured_eval import (check_same_samples, fitted_scale, measurement_spread, plan_costs_of,
                                               prediction_metrics)
from mlopt.sharding.dreamshard.cost_net import plan_costs, train_dreamshard
from mlopt.sharding.pretrained import split_tables

ROOT = Path(__file__).resolve().parents[2]
TABLES = ROOT / "datasets" / "tables" / "dlrm_856.csv"
CONFIG = SamplingConfig(num_tables=(4, 8), num_devices=2, batch_size=512, plans_per_task=4)


def tiny_oracle(seed: int = 0) -> MeasuredOracle:
    return MeasuredOracle(device="cpu", hardware="cpu", max_rows_per_table=1_000, repeats=1, batch_size=256, seed=seed)


@pytest.fixture(scope="module")
def pools() -> tuple[tuple, tuple]:
    tables = load_tables_csv(TABLES)
    return split_tables(tables, "train"), split_tables(tables, "test")


def test_measured_samples_cost_what_the_oracle_prices_their_plans(pools, tmp_path: Path) -> None:
    oracle = tiny_oracle()
    data = collect_cost_data(pools[0], 8, oracle, seed=3, path=tmp_path / "m.pt", config=CONFIG, chunk_size=4,
                             quiet=True)
    assert oracle.measurements > 0  # the inline executor measured with this very oracle
    stored = data.tensors["costs"].reshape(len(data), CONFIG.num_devices, 4)
    for i in range(len(data)):
        task = sample_task(pools[0], np.random.default_rng([3, i // CONFIG.plans_per_task]), CONFIG)
        plan = sample_plan(task, np.random.default_rng([3, i // CONFIG.plans_per_task, i]), CONFIG)
        assert np.array_equal(data.tensors["assignment"][data.tensors["table_ptr"][i]:data.tensors["table_ptr"][i + 1]]
                              .numpy(), plan.as_array())
        price = torch.tensor(oracle.device_costs(task, plan), dtype=torch.float32)  # cached: the same measurement
        assert torch.equal(stored[i], price)
        assert float(stored[i, :, :2].sum()) > 0
    header = load_cost_data(tmp_path / "m.pt").header["oracle"]
    assert header["name"] == "measured" and header["settings"]["max_rows_per_table"] == 1_000
    rebuilt = oracle_of_data([data.header])
    assert isinstance(rebuilt, MeasuredOracle) and rebuilt.settings() == oracle.settings()
    assert rebuilt.profile.name == "cpu"


def test_analytical_and_measured_collections_hold_the_same_plans(pools) -> None:
    measured = collect_cost_data(pools[1], 4, tiny_oracle(), seed=5, config=CONFIG, quiet=True)
    analytical = collect_cost_data(pools[1], 4, AnalyticalOracle("cpu"), seed=5, config=CONFIG, quiet=True)
    check_same_samples(measured, analytical)
    assert not torch.equal(measured.tensors["costs"], analytical.tensors["costs"])
    other = collect_cost_data(pools[1], 4, AnalyticalOracle("cpu"), seed=6, config=CONFIG, quiet=True)
    with pytest.raises(InputError):
        check_same_samples(measured, other)
    with pytest.raises(InputError, match="different oracles"):
        oracle_of_data([measured.header, analytical.header])
    true = plan_costs_of(measured, range(4))
    assert fitted_scale(2 * true, true) == pytest.approx(0.5)
    perfect = prediction_metrics(true, true, torch.zeros(4, dtype=torch.long))
    assert perfect.mae_ms == 0 and perfect.relative_mae == 0 and perfect.ranking_accuracy == 1.0


def test_spread_of_fresh_measurements_is_small_but_not_zero(pools) -> None:
    task = sample_task(pools[1], np.random.default_rng(0), CONFIG)
    plan = sample_plan(task, np.random.default_rng(1), CONFIG)
    spread = measurement_spread(tiny_oracle, [(task, plan)], repeats=3)
    assert spread.plans == 1 and spread.repeats == 3 and 0 <= spread.median_relative == spread.max_relative < 5
    with pytest.raises(InputError):
        measurement_spread(tiny_oracle, [(task, plan)], repeats=1)
    with torch.no_grad():  # DreamShard's policy evaluation prices plans under no_grad: backward is still timed
        assert tiny_oracle().cost(task, plan).devices[0].bwd_comp_ms >= 0


@pytest.mark.slow  # ~15 s on a loaded 2-core machine: 48 measured samples and a 40-epoch fit
def test_cost_net_trained_on_measured_costs_beats_a_constant_on_held_out_tasks(pools) -> None:
    config = SamplingConfig(num_tables=(2, 6), num_devices=2, batch_size=512, plans_per_task=2, rows_scale=2.0,
                            pooling_scale=8.0)
    oracle = MeasuredOracle(device="cpu", hardware="cpu", max_rows_per_table=1_000, repeats=1, batch_size=256)
    data = collect_cost_data(pools[0][:40], 48, oracle, seed=0, config=config, quiet=True)
    rest, held = data.split(0.25, seed=0)
    fit_idx, val_idx = [i for k, i in enumerate(rest) if k % 5], rest[::5]
    net, _ = train_dreamshard(data, fit_idx, val_idx, seed=0, epochs=40)
    with torch.no_grad():
        batch = data.batch(held)
        components, _ = net.eval()(batch.features, batch.table_device, batch.device_sample, batch.num_samples)
        pred = plan_costs(components, batch.device_sample, batch.num_samples)
    true = batch.plan_costs()
    constant = plan_costs_of(data, fit_idx).mean()
    assert float((pred - true).abs().mean()) < 0.95 * float((constant - true).abs().mean())


def test_cli_collects_measured_data_and_trains_on_it(tmp_path: Path, run_cli) -> None:
    data, weights = tmp_path / "m.pt", tmp_path / "weights"
    code, _, err = run_cli(["shard", "collect", "--tables", str(TABLES), "--split", "train", "--samples", "8",
                            "--devices", "2", "--min-tables", "4", "--max-tables", "6", "--batch-size", "512",
                            "--oracle", "measured", "--hardware", "cpu", "--device", "cpu", "--max-rows", "1000",
                            "--repeats", "1", "--measure-batch", "256", "--chunk-size", "4", "--out", str(data),
                            "--quiet"])
    assert code == 0, err
    assert load_cost_data(data).header["oracle"]["settings"]["batch_size"] == 256
    code, _, err = run_cli(["shard", "train", "--method", "neuroshard", "--data", str(data), "--out", str(weights),
                            "--epochs", "1", "--quiet"])
    assert code == 0, err
    assert (weights / "neuroshard_compute.pt").is_file()
    code, _, err = run_cli(["shard", "collect", "--tables", str(TABLES), "--samples", "8", "--max-rows", "10",
                            "--out", str(tmp_path / "a.pt"), "--quiet"])
    assert code == 2 and "--max-rows" in err and "--oracle measured" in err and len(err.strip().splitlines()) == 1


@pytest.mark.slow
def test_dreamshard_policy_trains_against_the_measured_oracle_of_its_data(tmp_path: Path, run_cli) -> None:
    data, weights = tmp_path / "m.pt", tmp_path / "weights"
    code, _, err = run_cli(["shard", "collect", "--tables", str(TABLES), "--split", "train", "--samples", "8",
                            "--devices", "2", "--min-tables", "4", "--max-tables", "6", "--batch-size", "512",
                            "--oracle", "measured", "--hardware", "cpu", "--max-rows", "1000", "--repeats", "1",
                            "--out", str(data), "--quiet"])
    assert code == 0, err
    code, _, err = run_cli(["shard", "train", "--method", "dreamshard", "--data", str(data), "--out", str(weights),
                            "--epochs", "1", "--tables", str(TABLES), "--split", "train", "--preset", "small",
                            "--iterations", "1", "--num-tables", "4", "8", "--devices", "2", "--quiet"])
    assert code == 0, err
    assert (weights / "dreamshard_policy.pt").is_file() and (weights / "dreamshard_cost_d2.pt").is_file()


@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")
def test_measured_collection_runs_on_cuda(pools) -> None:
    oracle = MeasuredOracle(device="cuda", hardware="a100", max_rows_per_table=1_000, repeats=1, batch_size=256)
    data = collect_cost_data(pools[0], 4, oracle, seed=0, config=CONFIG, quiet=True)
    assert data.header["oracle"]["settings"]["device"] == "cuda" and float(data.tensors["costs"][:, :2].sum()) > 0
