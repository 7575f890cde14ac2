"""The scripts in packaging/ (bench, screenshots, builds) only use names tafel still has.

They run outside the suite (``make bench``, the screenshots), so a rename in src/ broke
them silently once (``tafel.identity.current_actor``); this reads every tafel import in
them, inside functions too, and checks each name exists.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parents[1] / "packaging" / "scripts"


def _has(module: object, name: str) -> bool:
    """``from module import name`` works: an attribute, or a submodule of a package."""
    if hasattr(module, name):
        return True
    package = getattr(module, "__name__", "")
    return hasattr(module, "__path__") and \
        importlib.util.find_spec(f"{package}.{name}") is not None


def test_every_tafel_name_the_scripts_import_exists() -> None:
    missing = []
    for script in sorted(SCRIPTS.glob("*.py")):
        for node in ast.walk(ast.parse(script.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("tafel"):
                module = importlib.import_module(node.module or "")
                missing += [f"{script.name}: {node.module}.{alias.name}"
                            for alias in node.names if not _has(module, alias.name)]
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith("tafel") and \
                            importlib.util.find_spec(alias.name) is None:
                        missing.append(f"{script.name}: {alias.name}")
    assert missing == []
