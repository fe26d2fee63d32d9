"""Packaging: every package folder is declared in pyproject, and a plain wheel carries all four roots."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ROOTS = {"mlopt": "mlopt", "solvers": "mlopt.solvers", "envs": "mlopt.envs", "datasets": "mlopt.datasets"}


def declared_packages() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    return set(config["tool"]["setuptools"]["packages"])


def test_every_package_folder_is_declared() -> None:
    found = set()
    for folder, package in ROOTS.items():
        for init in (ROOT / folder).rglob("__init__.py"):
            relative = init.parent.relative_to(ROOT / folder).parts
            found.add(".".join((package, *relative)))
    assert found == declared_packages()


def test_installed_import_roots() -> None:
    import mlopt.datasets
    import mlopt.envs
    import mlopt.solvers

    assert Path(mlopt.solvers.__file__).parent == ROOT / "solvers"
    assert Path(mlopt.envs.__file__).parent == ROOT / "envs"
    assert Path(mlopt.datasets.__file__).parent == ROOT / "datasets"


def test_wheel_contains_mapped_packages_and_data(tmp_path: Path) -> None:
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True,
    )
    assert build.returncode == 0, build.stderr
    (wheel,) = tmp_path.glob("mlopt-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for package in declared_packages():
        assert package.replace(".", "/") + "/__init__.py" in names
    assert "mlopt/datasets/tables/dlrm_default.csv" in names
    assert "mlopt/envs/oracles/profiles/a100.json" in names
    # A plain (non-editable) install of the wheel imports all four roots from the installed copy.
    target = tmp_path / "site"
    install = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target),
                              str(wheel)], capture_output=True, text=True)
    assert install.returncode == 0, install.stderr
    probe = ("import mlopt.solvers.sharding, mlopt.envs.oracles, mlopt.datasets.embedding_tables as e, mlopt.cli.main;"
             "from importlib.resources import files;"
             "print(mlopt.solvers.__file__); print(len(e.load_tables_csv(files('mlopt.datasets') / 'tables' / 'dlrm_default.csv')))")
    imported = subprocess.run([sys.executable, "-S", "-c", f"import sys; sys.path[:0] = [{str(target)!r}] + "
                               f"{[p for p in sys.path if 'site-packages' in p]!r}; {probe}"],
                              capture_output=True, text=True, cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    location, count = imported.stdout.split()
    assert location.startswith(str(target)) and count == "100"
