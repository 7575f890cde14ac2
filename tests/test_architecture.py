"""The layers and their allowed imports, as a test (docs/architecture.md explains them).

    base (errors, paths, settings, logs, ...)  <- everything
    domain    -> base
    vault     -> domain, base
    views     -> domain, base                     (read models: frozen, no rows leave)
    render    -> views, domain, base              (PDF and pictures, no queries)
    services  -> vault, render, views, domain, base
    demo      -> services, vault, views, domain, base
    cli       -> demo, services, render, vault, views, domain, base
    ui        -> demo, services, render, views, domain, base; only ui/controller.py -> vault
    app.py    -> cli, ui, base                    (the entry point)

Plus: no import cycles between modules, and no UI module holds an ORM row type.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "tafel"
BASE = {"errors", "paths", "identity", "local_files", "settings", "logs", "crash", "brand"}
ALLOWED: dict[str, set[str]] = {
    "base": {"base"},
    "domain": {"domain", "base"},
    "vault": {"vault", "domain", "base"},
    "views": {"views", "domain", "base"},
    "sync": {"sync", "domain", "base"},
    "render": {"render", "views", "domain", "base"},
    "services": {"services", "sync", "vault", "render", "views", "domain", "base"},
    "demo": {"demo", "services", "sync", "vault", "views", "domain", "base"},
    "cli": {"cli", "demo", "services", "sync", "render", "vault", "views", "domain", "base"},
    "ui": {"ui", "demo", "services", "render", "views", "domain", "base"},
    "entry": {"entry", "cli", "ui", "base"},
}
THE_UI_MODULE_THAT_OPENS_VAULTS = "ui/controller.py"
ORM_MODULES = ("tafel.domain.models", "tafel.domain.plan_tables", "tafel.domain.gesprek")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer_of(module: str) -> str:
    parts = module.split(".")
    if len(parts) == 1:
        return "entry"  # tafel/__init__.py
    head = parts[1]
    if head in BASE or head.startswith("__version"):
        return "base"
    if head in ("app", "__main__"):
        return "entry"
    return head


@cache
def imports_of(path: Path, *, top_level_only: bool = False) -> frozenset[str]:
    """Every tafel module ``path`` imports (in functions and TYPE_CHECKING blocks too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("tafel"))
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("tafel"):
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
    return frozenset(found)


@cache
def source_files() -> tuple[Path, ...]:
    return tuple(p for p in PACKAGE.rglob("*.py") if "forms" not in p.parts
            and "migrations" not in p.parts)


@cache
def known_modules() -> frozenset[str]:
    return frozenset(module_name(p) for p in source_files())


def test_every_import_goes_the_allowed_way() -> None:
    wrong = []
    for path in source_files():
        here = module_name(path)
        relative = path.relative_to(PACKAGE).as_posix()
        allowed = set(ALLOWED[layer_of(here)])
        if relative == THE_UI_MODULE_THAT_OPENS_VAULTS:
            allowed.add("vault")
        for target in imports_of(path):
            if target == "tafel" or (target not in known_modules() and \
                    target.rsplit(".", 1)[0] not in known_modules()):
                continue
            if layer_of(target) not in allowed:
                wrong.append(f"{relative} imports {target}")
    assert wrong == []


def test_no_ui_module_holds_a_database_row() -> None:
    holders = [str(p.relative_to(PACKAGE)) for p in source_files()
               if layer_of(module_name(p)) == "ui"
               and any(t.startswith(ORM_MODULES) for t in imports_of(p))]
    assert holders == []


def test_no_import_cycles() -> None:
    """No two modules import each other, not even through a lazy import inside a function."""
    modules = known_modules()
    graph: dict[str, set[str]] = {}
    for path in source_files():
        targets = set()
        for target in imports_of(path):
            while target and target not in modules:
                target = target.rpartition(".")[0]
            here = module_name(path)
            # importing a submodule loads its package first: that is no cycle
            if target and target != here and not here.startswith(target + "."):
                targets.add(target)
        graph[module_name(path)] = targets
    cycles = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                cycles.append(" -> ".join([*stack[stack.index(nxt):], nxt]))
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)
    assert cycles == []


def test_the_layers_cover_every_package() -> None:
    packages = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert packages <= set(ALLOWED) | BASE, packages - set(ALLOWED)
