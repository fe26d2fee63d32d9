"""Bridge to the real TorchRec planner: JSON on stdin, JSON on stdout, run by a python that has torchrec.

mlopt does not import TorchRec (it needs its own environment, the ``[torchrec]`` extra: torchrec 1.9.2,
fbgemm-gpu-cpu 1.9.0, torch 2.14.1). ``mlopt.sharding.torchrec_bridge`` runs this script with the
interpreter named by ``MLOPT_TORCHREC_PYTHON``; it imports only the standard library, torch and torchrec,
never mlopt. It builds an ``EmbeddingBagCollection`` of the tables on the meta device (one feature per
table, row-wise Adagrad applied in backward unless told otherwise), a topology from
``TopologyFactory``, and then

- ``"request": "estimate"``: one ``ShardingOption`` per placement, with the given shards, priced by the
  real ``EmbeddingPerfEstimator`` and ``EmbeddingStorageEstimator`` (several plans of one task can go in
  one request: placements may name a table more than once, and come back in request order);
- ``"request": "plan"``: ``EmbeddingShardingPlanner.plan`` on the tables and topology (sharding types and
  kernels limited to those given), its chosen options returned like an estimate's placements.

Both also report what ``HeuristicalStorageReservation`` leaves each rank.

Request (numbers are plain JSON numbers; sizes in bytes, bandwidths in bytes per ms):

    {"request": "estimate" | "plan",
     "tables": [{"name": str, "num_embeddings": int, "dim": int, "dtype": "fp32" | "fp16" | "int8",
                 "pooling_factor": float}, ...],
     "topology": {"world_size": int, "local_world_size": int, "hbm_bytes": int, "ddr_bytes": int,
                  "bandwidths": {"hbm", "ddr", "hbm_to_ddr", "intra_host", "inter_host"} | null},
     "batch_size": float,                      # per rank
     "optimizer": "rowwise_adagrad" | "adam" | "sgd",
     "storage_reservation": float,             # HeuristicalStorageReservation's percentage
     "placements": [                           # estimate: any number, any tables
         {"table": str, "sharding_type": str, "compute_kernel": str,   # TorchRec's names ("dense" for DP)
          "cache_load_factor": float | null,
          "cache_stats": {"expected_lookups": float, "miss_rate": float} | null,
          "shards": [{"rank": int, "offsets": [row, col], "sizes": [rows, cols]}, ...]}, ...],
     "sharding_types": [str, ...], "compute_kernels": [str, ...]}   # plan: the options the planner may use

``bandwidths: null`` keeps TorchRec's defaults. Response:

    {"torchrec_version": str,
     "reserved": {"hbm": int, "ddr": int},     # per rank, after the storage reservation
     "placements": [{"table", "sharding_type", "compute_kernel", "cache_load_factor",   # estimate: request order
                     "shards": [{"rank", "offsets", "sizes",
                                 "perf": {"fwd_compute", "fwd_comms", "bwd_compute", "bwd_comms",
                                          "input_dist_comms", "prefetch_compute", "total"},   # ms
                                 "storage": {"hbm": int, "ddr": int}}, ...]}, ...],
     "wall_s": float}                          # plan: the planner's wall time

On bad input or a TorchRec failure it prints ``{"error": "one line"}`` and exits 1.
"""

from __future__ import annotations

import json
import logging
import sys
import time
import traceback
import warnings
from typing import Any

DTYPES = {"fp32": "FP32", "fp16": "FP16", "int8": "INT8"}


def _ebc(tables: list[dict[str, Any]], optimizer: str) -> Any:
    """The tables as an EmbeddingBagCollection on the meta device, the optimizer applied in backward."""
    import torch
    import torchrec.optim as trec_optim
    from torch.distributed.optim import _apply_optimizer_in_backward
    from torchrec.modules.embedding_configs import DataType, EmbeddingBagConfig
    from torchrec.modules.embedding_modules import EmbeddingBagCollection

    configs = [EmbeddingBagConfig(name=t["name"], embedding_dim=int(t["dim"]), num_embeddings=int(t["num_embeddings"]),
                                  feature_names=[f"feature_{t['name']}"], data_type=DataType[DTYPES[t["dtype"]]])
               for t in tables]
    ebc = EmbeddingBagCollection(tables=configs, device=torch.device("meta"))
    optimizers = {"rowwise_adagrad": trec_optim.RowWiseAdagrad, "adam": trec_optim.Adam, "sgd": trec_optim.SGD}
    _apply_optimizer_in_backward(optimizers[optimizer], ebc.parameters(), {"lr": 0.01})
    return ebc


def _topology(spec: dict[str, Any]) -> Any:
    from torchrec.distributed.planner.types import HardwareConfig, KernelConfig, TopologyFactory, TrainerConfig

    bandwidths = spec.get("bandwidths")
    hardware = HardwareConfig()
    if bandwidths:
        hardware = HardwareConfig(hbm_mem_bw=bandwidths["hbm"], ddr_mem_bw=bandwidths["ddr"],
                                  hbm_to_ddr_mem_bw=bandwidths["hbm_to_ddr"], intra_host_bw=bandwidths["intra_host"],
                                  inter_host_bw=bandwidths["inter_host"])
    trainer = TrainerConfig(world_size=int(spec["world_size"]), local_world_size=int(spec["local_world_size"]),
                            hbm_cap_bytes=int(spec["hbm_bytes"]), ddr_cap_bytes=int(spec["ddr_bytes"]))
    kernel = KernelConfig(compute_device="cuda", use_hardware_based_bandwidth=bool(bandwidths))
    return TopologyFactory.create_topology(trainer_config=trainer, hardware_config=hardware, kernel_config=kernel)


def _constraints(request: dict[str, Any]) -> dict[str, Any]:
    """Per table its pooling factor (and, for a plan, the sharding types and kernels it may use)."""
    from torchrec.distributed.planner.types import ParameterConstraints

    limits = {}
    if request["request"] == "plan":
        limits = {"sharding_types": list(request["sharding_types"]),
                  "compute_kernels": list(request["compute_kernels"])}
    return {t["name"]: ParameterConstraints(pooling_factors=[float(t["pooling_factor"])], **limits)
            for t in request["tables"]}


def _fixed_stats(expected_lookups: float, miss_rate: float) -> Any:
    """CacheStatistics with given figures (TorchRec reads expected_lookups and expected_miss_rate(clf))."""
    from torchrec.distributed.types import CacheStatistics

    class FixedCacheStatistics(CacheStatistics):
        @property
        def expected_lookups(self) -> float:
            return expected_lookups

        def expected_miss_rate(self, clf: float) -> float:
            return miss_rate

        @property
        def cacheability(self) -> float:
            return miss_rate

        def stable_fingerprint(self) -> tuple[object, ...]:
            return ("fixed_cache_statistics", 1, expected_lookups, miss_rate)

    return FixedCacheStatistics()


def _options(request: dict[str, Any], ebc: Any) -> list[Any]:
    """One ShardingOption per placement of an estimate request."""
    from torchrec.distributed.embeddingbag import EmbeddingBagCollectionSharder
    from torchrec.distributed.planner.enumerators import get_partition_by_type
    from torchrec.distributed.planner.types import Shard, ShardingOption
    from torchrec.distributed.types import CacheParams

    params = EmbeddingBagCollectionSharder().shardable_parameters(ebc)
    pooling = {t["name"]: float(t["pooling_factor"]) for t in request["tables"]}
    options = []
    for p in request["placements"]:
        cache_params = None
        if p["compute_kernel"] == "fused_uvm_caching":
            stats = p.get("cache_stats")
            fixed = _fixed_stats(stats["expected_lookups"], stats["miss_rate"]) if stats else None
            cache_params = CacheParams(load_factor=p.get("cache_load_factor"), stats=fixed)
        shards = [Shard(size=[int(v) for v in s["sizes"]], offset=[int(v) for v in s["offsets"]], rank=int(s["rank"]))
                  for s in p["shards"]]
        options.append(ShardingOption(
            name=p["table"], tensor=params[p["table"]], module=("", ebc), input_lengths=[pooling[p["table"]]],
            batch_size=request["batch_size"], sharding_type=p["sharding_type"],
            partition_by=get_partition_by_type(p["sharding_type"]), compute_kernel=p["compute_kernel"], shards=shards,
            cache_params=cache_params, is_pooled=True))
    return options


def _placements(options: list[Any]) -> list[dict[str, Any]]:
    out = []
    for o in options:
        shards = []
        for s in o.shards:
            perf = s.perf
            shards.append({
                "rank": s.rank, "offsets": list(s.offset), "sizes": list(s.size),
                "perf": {"fwd_compute": perf.fwd_compute, "fwd_comms": perf.fwd_comms, "bwd_compute": perf.bwd_compute,
                         "bwd_comms": perf.bwd_comms, "input_dist_comms": perf.input_dist_comms,
                         "prefetch_compute": perf.prefetch_compute, "total": perf.total},
                "storage": {"hbm": int(s.storage.hbm), "ddr": int(s.storage.ddr)},
            })
        out.append({"table": o.name, "sharding_type": o.sharding_type, "compute_kernel": o.compute_kernel,
                    "cache_load_factor": o.cache_load_factor, "shards": shards})
    return out


def answer(request: dict[str, Any]) -> dict[str, Any]:
    """The response to one request (module docstring)."""
    import torchrec
    from torchrec.distributed.embeddingbag import EmbeddingBagCollectionSharder
    from torchrec.distributed.planner.planners import EmbeddingShardingPlanner
    from torchrec.distributed.planner.shard_estimators import EmbeddingPerfEstimator, EmbeddingStorageEstimator
    from torchrec.distributed.planner.storage_reservations import HeuristicalStorageReservation
    from torchrec.distributed.planner.utils import build_sharder_data_map, sharder_name

    kind = request.get("request")
    if kind not in ("estimate", "plan"):
        raise ValueError(f"request {kind!r}: expected estimate or plan")
    ebc = _ebc(request["tables"], request.get("optimizer", "rowwise_adagrad"))
    topology = _topology(request["topology"])
    constraints = _constraints(request)
    sharder = EmbeddingBagCollectionSharder()
    reservation = HeuristicalStorageReservation(percentage=float(request.get("storage_reservation", 0.15)))
    start = time.perf_counter()
    if kind == "estimate":
        reserved = reservation.reserve(topology, request["batch_size"], ebc, [sharder], constraints)
        options = _options(request, ebc)
        data = build_sharder_data_map({sharder_name(type(ebc)): sharder})
        EmbeddingPerfEstimator(topology=topology, constraints=constraints).estimate(options, data)
        EmbeddingStorageEstimator(topology=topology, constraints=constraints).estimate(options, data)
    else:
        planner = EmbeddingShardingPlanner(topology=topology, batch_size=request["batch_size"],
                                           constraints=constraints, storage_reservation=reservation, debug=False)
        planner.plan(ebc, [sharder])
        options = planner.get_selected_options()
        reserved = reservation.last_reserved_topology
    device = reserved.devices[0].storage
    return {"torchrec_version": getattr(torchrec, "__version__", "unknown"),
            "reserved": {"hbm": int(device.hbm), "ddr": int(device.ddr)},
            "placements": _placements(options), "wall_s": time.perf_counter() - start}


def main() -> None:
    logging.disable(logging.WARNING)
    warnings.simplefilter("ignore")
    try:
        response = answer(json.load(sys.stdin))
    except Exception as error:  # noqa: BLE001 - every failure becomes one line for the caller
        last = traceback.extract_tb(error.__traceback__)[-1]
        message = f"{type(error).__name__}: {error}".splitlines()[0]
        print(json.dumps({"error": f"{message} ({last.name}, line {last.lineno})"}))
        sys.exit(1)
    json.dump(response, sys.stdout)


if __name__ == "__main__":
    main()
