"""ILP instances for large neighbourhood search: generators (Gasse et al. 2019; CL-LNS sizes), MPS/LP
loading through pyscipopt, and stored reference objectives."""

from mlopt.datasets.ilp.instances import FAMILIES, PRESETS, SIZES, generate, generate_data, preset, write_instances
from mlopt.datasets.ilp.io import load_instance, write_model_atomic
from mlopt.datasets.ilp.problem import IlpData, to_model
from mlopt.datasets.ilp.reference import reference_objective, reference_path

__all__ = [
    "FAMILIES", "IlpData", "PRESETS", "SIZES", "generate", "generate_data", "load_instance", "preset",
    "reference_objective", "reference_path", "to_model", "write_instances", "write_model_atomic",
]
