"""The cost oracle that priced a cost dataset, rebuilt from the dataset headers.

DreamShard's Algorithm 1 (Zha et al., NeurIPS 2022, Sec. 3.4) prices the policy's plans with the same
oracle that produced the cost net's data: when the data were measured (torch EmbeddingBag timings,
:class:`mlopt.envs.oracles.measured.MeasuredOracle`), the policy must be trained against measurements made
the same way (device, row cap, repeats, measured batch), not against the analytical formula.
:func:`mlopt.sharding.core.cost_data.collect_cost_data` records the oracle's name, hardware profile, noise
and (for the measured oracle) its settings in each header; this module reads them back.
"""

from __future__ import annotations

import json
from typing import Any, Mapping, Sequence

from mlopt.envs.oracles import make_oracle
from mlopt.envs.oracles.base import CostOracle
from mlopt.errors import InputError


def data_oracle_info(headers: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The ``oracle`` entry shared by every header (a merged header's parts included); an InputError when
    the files were priced by different oracles or settings."""
    infos: list[dict[str, Any]] = []
    for header in headers:
        parts = header.get("merged", [header])
        infos.extend(dict(part.get("oracle") or {}) for part in parts)
    distinct = {json.dumps(info, sort_keys=True) for info in infos}
    if len(distinct) != 1:
        raise InputError(f"the data files were priced by {len(distinct)} different oracles", field="oracle",
                         expected="data of one oracle and settings, or an explicit oracle")
    info = infos[0]
    if not info.get("name"):
        raise InputError("no oracle recorded", field="oracle", expected="data written by collect_cost_data")
    return info


def oracle_of_data(headers: Sequence[Mapping[str, Any]], *, seed: int = 0, device: str | None = None) -> CostOracle:
    """A new oracle of the name, hardware and settings that priced the data (``device`` overrides the
    measured oracle's recorded torch device type)."""
    info = data_oracle_info(headers)
    options: dict[str, Any] = {"seed": seed}
    if info["name"] == "analytical":
        options["noise"] = float(info.get("noise") or 0.0)
    if info["name"] == "measured":
        settings = dict(info.get("settings") or {})
        options.update(device=device or settings.get("device"),
                       max_rows_per_table=int(settings.get("max_rows_per_table", 200_000)),
                       repeats=int(settings.get("repeats", 5)), batch_size=settings.get("batch_size"))
    return make_oracle(str(info["name"]), str(info.get("hardware") or "a100"), **options)
