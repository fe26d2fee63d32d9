"""Reference objective per instance: a long SCIP run stored as ``<instance>.ref.json`` beside it.

The primal-gap metrics (Berthold 2013; as used by CL-LNS, Huang et al. ICML 2023) need a best known
value v*; this module computes it once with SCIP (single thread, output hidden) and reuses the stored
JSON document afterwards. The document holds ``objective`` (null when SCIP found no solution),
``status``, ``time_s``, ``time_limit_s``, ``sense`` and ``scip_version``.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

from mlopt.datasets.atomic_io import write_text_atomic
from mlopt.datasets.ilp.io import load_instance
from mlopt.errors import InputError


def reference_path(instance: str | os.PathLike[str]) -> Path:
    """``<instance>.ref.json`` beside the instance file."""
    instance = Path(instance)
    return instance.with_name(instance.name + ".ref.json")


def reference_objective(path: str | os.PathLike[str], time_limit: float = 3600.0) -> dict[str, Any]:
    """The stored reference document of ``path``, computed with SCIP for ``time_limit`` s if absent."""
    ref = reference_path(path)
    if ref.is_file():
        try:
            doc = json.loads(ref.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise InputError(f"not valid JSON ({exc})", file=ref, expected="a reference document") from None
        if not isinstance(doc, dict) or "objective" not in doc:
            raise InputError("no 'objective' field", file=ref, field="objective", expected="a reference document")
        return doc
    model = load_instance(path)
    model.setParam("limits/time", float(time_limit))
    model.setParam("parallel/maxnthreads", 1)
    start = time.perf_counter()
    model.optimize()
    doc = {
        "objective": model.getObjVal() if model.getNSols() > 0 else None,
        "status": model.getStatus(),
        "time_s": time.perf_counter() - start,
        "time_limit_s": float(time_limit),
        "sense": model.getObjectiveSense(),
        "scip_version": f"{model.getMajorVersion()}.{model.getMinorVersion()}.{model.getTechVersion()}",
    }
    write_text_atomic(ref, json.dumps(doc, indent=2) + "\n")
    return doc
