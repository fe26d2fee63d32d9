"""`mlopt shard`: plans, JSON output, and one-line errors with exit status 2 on bad input."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


ROOT = Path(__file__).resolve().parents[2]
DEFAULT_TABLES = ROOT / "datasets" / "tables" / "dlrm_default.csv"
HEADER = "name,num_embeddings,dim,pooling_factor\n"


BAD_CSVS = {
    "missing_column": ("name,num_embeddings,dim\na,10,4\n", "pooling_factor"),
    "negative_dim": (HEADER + "a,10,-4,1\n", ":2: dim:"),
    "text_in_number": (HEADER + "a,10,4,1\nb,many,4,1\n", ":3: num_embeddings:"),
    "empty_file": ("", "empty file"),
    "duplicate_names": (HEADER + "a,10,4,1\na,10,4,1\n", ":3: name:"),
    "too_large_for_device": (HEADER + "small,10,4,1\nhuge,1000000000,64,1\n", "'huge'"),
}


@pytest.mark.parametrize("case", sorted(BAD_CSVS))
def test_bad_csv_gives_one_line_and_exit_2(case: str, tmp_path: Path, run_cli) -> None:
    text, expected = BAD_CSVS[case]
    path = tmp_path / f"{case}.csv"
    path.write_text(text)
    code, out, err = run_cli(["shard", "--tables", str(path), "--devices", "2", "--memory-gb", "16",
                              "--method", "size-greedy"])
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and expected in lines[0], err
    assert "Traceback" not in err and out == ""


@pytest.mark.parametrize(
    ("flags", "expected"),
    [
        (["--method", "magic"], "--method"),
        (["--hardware", "tpu"], "--hardware"),
        (["--oracle", "crystal-ball"], "--oracle"),
        (["--devices", "0"], "--devices"),
        (["--memory-gb", "-1"], "--memory-gb"),
        (["--time-limit", "0"], "--time-limit"),
    ],
)
def test_bad_flags_exit_2(flags: list[str], expected: str, run_cli) -> None:
    code, _, err = run_cli(["shard", "--tables", str(DEFAULT_TABLES), *flags])
    assert code == 2 and expected in err and len(err.strip().splitlines()) == 1


def test_missing_tables_file(tmp_path: Path, run_cli) -> None:
    code, _, err = run_cli(["shard", "--tables", str(tmp_path / "none.csv")])
    assert code == 2 and "no such file" in err


def test_plan_json_is_written(tmp_path: Path, run_cli) -> None:
    out_path = tmp_path / "plans" / "plan.json"
    code, out, _ = run_cli(["shard", "--tables", str(DEFAULT_TABLES), "--devices", "4", "--method",
                            "lookup-greedy", "--out", str(out_path)])
    assert code == 0 and "lookup-greedy" in out and "best greedy" in out
    document = json.loads(out_path.read_text())
    assert document["result"]["method"] == "lookup-greedy"
    placements = document["plan"].values()
    assert len(placements) == 100 and {p["sharding_type"] for p in placements} == {"table_wise"}
    assert {s["device"] for p in placements for s in p["shards"]} <= {0, 1, 2, 3}
    devices = document["result"]["devices"]
    assert document["result"]["cost_ms"] == pytest.approx(max(d["total_ms"] for d in devices))
    assert sum(len(d["shards"]) for d in devices) == 100
    width = {"fp32": 4, "fp16": 2, "int8": 1}
    assert sum(d["hbm_bytes"] for d in devices) == sum(t["num_embeddings"] * t["dim"] * width[t["dtype"]]
                                                        for t in document["task"]["tables"])
    assert document["baseline"]["cost_ms"] > 0
    assert not list(out_path.parent.glob(".*.tmp"))  # atomic write left no temporary file


def test_console_script_end_to_end(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "mlopt"
    exe = str(script) if script.exists() else shutil.which("mlopt")
    assert exe is not None, "the mlopt console script is not installed"
    ok = subprocess.run([exe, "shard", "--tables", str(DEFAULT_TABLES), "--devices", "4", "--method", "milp",
                         "--time-limit", "5", "--quiet"], capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0, ok.stderr
    assert float(ok.stdout.strip()) > 0
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "a,10,4,lots\n")
    failed = subprocess.run([exe, "shard", "--tables", str(bad)], capture_output=True, text=True, timeout=120)
    assert failed.returncode == 2 and "Traceback" not in failed.stderr
    assert failed.stderr.strip() == f"mlopt: error: {bad}:2: pooling_factor: not a number: 'lots' (expected a number)"


def test_torchrec_out_writes_the_plan_in_torchrecs_vocabulary(tmp_path: Path, run_cli) -> None:
    out_path = tmp_path / "torchrec.json"
    code, _, err = run_cli(["shard", "--tables", str(DEFAULT_TABLES), "--devices", "4", "--method", "size-greedy",
                            "--torchrec-out", str(out_path), "--quiet"])
    assert code == 0, err
    document = json.loads(out_path.read_text())
    tables = document["plan"][""]
    assert document["world_size"] == 4 and len(tables) == 100
    assert all(t["sharding_type"] == "table_wise" and t["compute_kernel"] == "fused" and len(t["ranks"]) == 1
               and t["sharding_spec"][0]["placement"] == f"rank:{t['ranks'][0]}/cuda:{t['ranks'][0]}"
               for t in tables.values())


def test_a_milp_plan_over_hosts_uses_several_sharding_types(tmp_path: Path, run_cli) -> None:
    code, out, err = run_cli(["shard", "--tables", str(DEFAULT_TABLES), "--hosts", "2", "--devices", "16", "--method",
                              "milp", "--time-limit", "4", "--out", str(tmp_path / "p.json"),
                              "--torchrec-out", str(tmp_path / "t.json")])
    assert code == 0, err
    document = json.loads((tmp_path / "p.json").read_text())
    assert len(document["result"]["sharding_types"]) >= 2 and document["task"]["num_hosts"] == 2
    assert "bound" in out and "gap" in out and "HBM GiB" in out and "DDR GiB" in out
    torchrec = json.loads((tmp_path / "t.json").read_text())
    assert torchrec["local_world_size"] == 8 and len(torchrec["plan"][""]) == 100


def test_topology_files_and_hosts_are_checked(tmp_path: Path, run_cli) -> None:
    topology = tmp_path / "topology.json"
    topology.write_text('{"hosts": 2, "devices_per_host": 4, "inter_host_gbps": 12.5}')
    code, out, err = run_cli(["shard", "--tables", str(DEFAULT_TABLES), "--topology", str(topology), "--method",
                              "size-greedy", "--out", str(tmp_path / "p.json"), "--quiet"])
    assert code == 0, err
    assert json.loads((tmp_path / "p.json").read_text())["task"]["num_devices"] == 8
    for argv, flag in ((["--topology", str(topology), "--devices", "16"], "--devices"),
                       (["--devices", "16", "--hosts", "3"], "--hosts")):
        code, _, err = run_cli(["shard", "--tables", str(DEFAULT_TABLES), *argv])
        assert code == 2 and flag in err and len(err.strip().splitlines()) == 1
