"""Topology files: hosts x devices, memory and bandwidth overrides, one-line errors for anything else."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mlopt.datasets.topology import Topology, load_topology
from mlopt.errors import InputError


def write(tmp_path: Path, content: object) -> Path:
    path = tmp_path / "topology.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content))
    return path


def test_required_and_optional_keys(tmp_path: Path) -> None:
    full = {"hosts": 2, "devices_per_host": 8, "hbm_gb": 40, "ddr_gb": 256, "intra_host_gbps": 150,
            "inter_host_gbps": 12.5, "host_link_gbps": 16, "hardware": "a100"}
    topology = load_topology(write(tmp_path, full))
    assert topology == Topology(2, 8, 40.0, 256.0, 150.0, 12.5, 16.0, "a100") and topology.num_devices == 16
    assert load_topology(write(tmp_path, {"hosts": 1, "devices_per_host": 4})) == Topology(1, 4)


@pytest.mark.parametrize(("content", "field"), [
    ("{not json", None),
    ([1, 2], None),
    ({"devices_per_host": 8}, "hosts"),
    ({"hosts": 0, "devices_per_host": 8}, "hosts"),
    ({"hosts": 2.5, "devices_per_host": 8}, "hosts"),
    ({"hosts": 64, "devices_per_host": 32}, "devices_per_host"),
    ({"hosts": 2, "devices_per_host": 8, "hbm_gb": -1}, "hbm_gb"),
    ({"hosts": 2, "devices_per_host": 8, "inter_host_gbps": "fast"}, "inter_host_gbps"),
    ({"hosts": 2, "devices_per_host": 8, "nics": 4}, "nics"),
    ({"hosts": 2, "devices_per_host": 8, "hardware": 7}, "hardware"),
])
def test_bad_files_are_one_line_errors_naming_the_key(tmp_path: Path, content: object, field: str | None) -> None:
    path = write(tmp_path, content)
    with pytest.raises(InputError) as error:
        load_topology(path)
    assert error.value.file == str(path) and error.value.field == field and "\n" not in str(error.value)
