"""The import contract of ARCHITECTURE.md, checked on the source (every import statement, lazy ones in
functions included):

- roots: ``datasets`` <- ``solvers`` <- ``envs`` <- ``mlopt``; a lower root never imports a higher one
  (``mlopt.errors``, a leaf, is usable from every root);
- ``solvers/`` never imports torch, and registering the envs (``import mlopt.envs``) imports no torch;
- inside ``mlopt/``, each package imports only the packages :data:`PACKAGE_DEPENDENCIES` allows it, and
  that table has no cycle (so neither do the imports);
- library code names parameters in its errors, not CLI flags (``mlopt/cli`` maps them).

Each rule is a function of the import edges; the tests feed it the repository's edges (no violation) and
the edges that issue 16 found (each one a violation), so the rules are shown to bite.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Iterable

import pytest

ROOT = Path(__file__).resolve().parents[1]
ROOT_FOLDERS = {"mlopt": "mlopt", "mlopt.solvers": "solvers", "mlopt.envs": "envs", "mlopt.datasets": "datasets"}
ROOT_RANK = {"mlopt.datasets": 0, "mlopt.solvers": 1, "mlopt.envs": 2, "mlopt": 3}
LEAF_MODULES = ("mlopt.errors",)  # importable from every root
TORCH = ("torch", "torch_geometric")

BASE = ("mlopt",)  # the top-level modules of mlopt (errors, parallel, plots, device()): every package's base
SHARDING_LOW = (*BASE, "mlopt.nn", "mlopt.sharding.core", "mlopt.sharding.pretrained")
# Inside mlopt/: each package and the packages it may import (its own modules aside). Lower roots are
# below all of them. A package missing here fails the test: a new package declares its place.
PACKAGE_DEPENDENCIES: dict[str, tuple[str, ...]] = {
    "mlopt": (),
    "mlopt.nn": BASE,
    "mlopt.sharding.pretrained": BASE,
    "mlopt.sharding.core": (*BASE, "mlopt.nn"),
    "mlopt.sharding.dreamshard": SHARDING_LOW,
    "mlopt.sharding.neuroshard": SHARDING_LOW,
    "mlopt.sharding": (*SHARDING_LOW, "mlopt.sharding.dreamshard", "mlopt.sharding.neuroshard"),
    "mlopt.lns.pretrained": BASE,
    "mlopt.lns": (*BASE, "mlopt.nn", "mlopt.lns.pretrained"),
    "mlopt.passes": (*BASE, "mlopt.nn"),
    "mlopt.passes.pretrained": (*BASE, "mlopt.nn", "mlopt.passes"),
    "mlopt.surrogates.tasks": (*BASE, "mlopt.nn", "mlopt.sharding", "mlopt.sharding.neuroshard"),
    "mlopt.surrogates": (*BASE, "mlopt.nn", "mlopt.surrogates.tasks"),
    "mlopt.cli": ("*",),  # the command line sits on top of everything
}
CLI_MODULES = ("mlopt.__main__",)  # modules of the top package that belong to the command line


def modules() -> dict[str, Path]:
    """Every module of the four roots by its installed name."""
    found = {}
    for package, folder in ROOT_FOLDERS.items():
        for path in (ROOT / folder).rglob("*.py"):
            parts = list(path.relative_to(ROOT / folder).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join([package, *parts])] = path
    return found


def imports(name: str, path: Path, known: Iterable[str]) -> list[tuple[str, str, bool]]:
    """(importer, imported module, at module level) for every import statement of one module."""
    known = set(known)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top_level = {id(node) for node in tree.body}
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    edges = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package[:len(package) - node.level + 1] + ([node.module] if node.module else []))
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        else:
            continue
        edges.extend((name, target, id(node) in top_level) for target in targets)
    return edges


def all_edges() -> list[tuple[str, str, bool]]:
    found = modules()
    return [edge for name, path in found.items() for edge in imports(name, path, found)]


def root_of(module: str) -> str:
    return max((r for r in ROOT_RANK if module == r or module.startswith(r + ".")), key=len)


def package_of(module: str) -> str:
    """The :data:`PACKAGE_DEPENDENCIES` package a module of ``mlopt/`` belongs to."""
    if module in CLI_MODULES:
        return "mlopt.cli"
    owner = max((p for p in PACKAGE_DEPENDENCIES if module == p or module.startswith(p + ".")), key=len)
    if owner == "mlopt" and module.count(".") > 1:  # a module of an undeclared package
        return module.rsplit(".", 1)[0]
    return owner


def is_mlopt_learning_side(module: str) -> bool:
    return module.startswith("mlopt") and root_of(module) == "mlopt"


def root_violations(edges: Iterable[tuple[str, str, bool]]) -> list[str]:
    """Edges where a lower root imports a higher one."""
    bad = []
    for src, dst, _ in edges:
        if not dst.startswith("mlopt") or dst in LEAF_MODULES:
            continue
        if ROOT_RANK[root_of(dst)] > ROOT_RANK[root_of(src)]:
            bad.append(f"{src} -> {dst}: {root_of(src)} is below {root_of(dst)}")
    return bad


def torch_violations(edges: Iterable[tuple[str, str, bool]]) -> list[str]:
    """solvers/ modules that import torch anywhere, and module-level chains from ``mlopt.envs`` to torch."""
    edges = list(edges)
    bad = [f"{src} -> {dst}: solvers/ never imports torch" for src, dst, _ in edges
           if root_of(src) == "mlopt.solvers" and dst.split(".")[0] in TORCH]
    top = {}
    for src, dst, at_top in edges:
        if at_top:
            top.setdefault(src, []).append(dst)
    seen, stack = {"mlopt.envs": ["mlopt.envs"]}, ["mlopt.envs"]
    while stack:
        module = stack.pop()
        for dst in top.get(module, []):
            if dst.split(".")[0] in TORCH:
                bad.append(" -> ".join([*seen[module], dst]) + ": registering the envs imports torch")
            elif dst.startswith("mlopt") and dst not in seen:
                seen[dst] = [*seen[module], dst]
                stack.append(dst)
    return bad


def package_violations(edges: Iterable[tuple[str, str, bool]]) -> list[str]:
    """Imports between mlopt/ packages that :data:`PACKAGE_DEPENDENCIES` does not allow."""
    bad = []
    for src, dst, _ in edges:
        if not (is_mlopt_learning_side(src) and is_mlopt_learning_side(dst)):
            continue
        src_pkg, dst_pkg = package_of(src), package_of(dst)
        if src_pkg not in PACKAGE_DEPENDENCIES:
            bad.append(f"{src}: package {src_pkg} has no place in PACKAGE_DEPENDENCIES")
            continue
        allowed = PACKAGE_DEPENDENCIES[src_pkg]
        if src_pkg != dst_pkg and "*" not in allowed and dst_pkg not in allowed:
            bad.append(f"{src} -> {dst}: {src_pkg} may not import {dst_pkg}")
    return bad


def test_repository_imports_follow_the_roots() -> None:
    assert root_violations(all_edges()) == []


def test_solvers_and_env_registration_do_not_import_torch() -> None:
    assert torch_violations(all_edges()) == []


def test_mlopt_packages_import_only_what_they_may() -> None:
    assert package_violations(all_edges()) == []


def test_package_table_has_no_cycle() -> None:
    state: dict[str, str] = {}

    def visit(package: str, path: tuple[str, ...]) -> None:
        assert state.get(package) != "open", "cycle: " + " -> ".join((*path, package))
        if state.get(package) == "done":
            return
        state[package] = "open"
        for dst in PACKAGE_DEPENDENCIES[package]:
            if dst != "*":
                visit(dst, (*path, package))
        state[package] = "done"

    for package in PACKAGE_DEPENDENCIES:
        visit(package, ())


def test_every_mlopt_package_has_a_place() -> None:
    declared = set(PACKAGE_DEPENDENCIES)
    found = {name for name, path in modules().items() if path.name == "__init__.py" and is_mlopt_learning_side(name)}
    assert found - declared == set()


# The edges issue 16 found (in today's module names where the code moved): each must be refused.
ISSUE_16_EDGES = [
    ("mlopt.sharding.core.cost_data", "mlopt.sharding.dreamshard.train", package_violations),  # costmodels -> train
    ("mlopt.sharding.dreamshard.train", "mlopt.sharding.planning", package_violations),  # training -> public API
    ("mlopt.sharding.dreamshard.policy", "mlopt.sharding.neuroshard.grid", package_violations),  # policies -> search
    ("mlopt.sharding.neuroshard.nets", "mlopt.sharding.dreamshard.cost_net", package_violations),  # method -> method
    ("mlopt.sharding.neuroshard.search", "mlopt.sharding.registry", package_violations),  # search -> above
    ("mlopt.surrogates.tasks.sharding_model", "mlopt.cli.shard", package_violations),
    ("mlopt.passes.nvp", "mlopt.sharding.core.cost_data", package_violations),  # NVP loading the sharding stack
    ("mlopt.lns.train", "mlopt.sharding.core.cost_data", package_violations),  # CL-LNS loading it too
    ("mlopt.nn.checkpoint", "mlopt.sharding.dreamshard.cost_net", package_violations),  # checkpoint naming classes
    ("mlopt.solvers.lns.bench", "torch", torch_violations),
    ("mlopt.envs", "torch", torch_violations),
    ("mlopt.datasets.ilp", "mlopt.solvers.lns.scip", root_violations),
    ("mlopt.solvers.linear.special", "mlopt.envs.sharding.features", root_violations),
    ("mlopt.envs.lns.env", "mlopt.sharding.core.planner", root_violations),
    ("mlopt.solvers.lns.registry", "mlopt.lns.selector", root_violations),  # learned selectors: by name only
]


@pytest.mark.parametrize("src, dst, rule", ISSUE_16_EDGES, ids=[f"{s}->{d}" for s, d, _ in ISSUE_16_EDGES])
def test_the_rules_refuse_the_edges_issue_16_found(src: str, dst: str, rule) -> None:
    assert rule([(src, dst, True)]) != []


def test_importing_the_torch_free_parts_loads_no_torch() -> None:
    names = [n for n in modules() if root_of(n) == "mlopt.solvers" and not n.endswith("__main__")]
    code = ("import sys, importlib\n"
            f"for name in {names + ['mlopt', 'mlopt.envs', 'mlopt.sharding', 'mlopt.cli.main']!r}:\n"
            "    importlib.import_module(name)\n"
            "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('torch', 'torch_geometric'))\n"
            "assert not loaded, loaded[:5]\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]


LOADERS = {
    "cl-lns": "from mlopt.lns.selector import make_clns_selector; from mlopt.lns.pretrained import shipped_lns_model;"
              " make_clns_selector(shipped_lns_model('cl-lns', ['mvc_clns_0.mps']).path)",
    "nvp": "from mlopt.passes.pretrained import load_pretrained; load_pretrained()",
}


@pytest.mark.parametrize("area", sorted(LOADERS))
def test_loading_a_shipped_model_imports_no_other_area(area: str) -> None:
    code = (f"import sys; {LOADERS[area]}; "
            "print(sorted(m for m in sys.modules if m.startswith(('mlopt.sharding', 'mlopt.surrogates', "
            f"{'mlopt.passes' if area == 'cl-lns' else 'mlopt.lns'!r}))))")
    env = {k: v for k, v in os.environ.items() if k != "MLOPT_LNS_MODELS"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"


FLAG = re.compile(r"(?<![\w`-])--[a-z][\w-]*")


def string_parts(node: ast.AST) -> str:
    """The literal text of a string constant or f-string (placeholders dropped)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(string_parts(v) for v in node.values)
    if isinstance(node, ast.BinOp):
        return string_parts(node.left) + string_parts(node.right)
    return ""


def flag_mentions(path: Path) -> list[str]:
    """InputError calls in ``path`` whose field, message or expected text names a CLI flag (outside
    backticks, where a suggested command may carry its flags)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) == "InputError":
            for part in [*node.args, *(k.value for k in node.keywords)]:
                text = re.sub(r"`[^`]*`", "", string_parts(part))
                if FLAG.search(text):
                    found.append(f"{path}:{node.lineno}: {text!r}")
    return found


def test_library_errors_name_parameters_not_flags() -> None:
    library = [p for n, p in modules().items() if not n.startswith("mlopt.cli") and n not in CLI_MODULES]
    assert [m for p in library for m in flag_mentions(p)] == []


def test_the_flag_check_finds_a_flag(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text('raise InputError(f"{x}", field="--time-limit", expected="a longer --time-limit")\n')
    assert len(flag_mentions(probe)) == 2
    probe.write_text('raise InputError(f"{x}", field="time_limit_s", expected="see `mlopt shard --help`")\n')
    assert flag_mentions(probe) == []
