"""The core (domain, vault, services, render, sync) never imports Qt."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

CORE = ("domain", "vault", "views", "services", "render", "sync", "demo", "cli")
PACKAGE = Path(__file__).resolve().parents[1] / "src" / "tafel"
QT_MODULES = ("PySide6", "qtawesome", "shiboken6")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def core_files() -> list[Path]:
    files = [p for d in CORE if (PACKAGE / d).is_dir() for p in (PACKAGE / d).rglob("*.py")]
    top_level = ("errors.py", "paths.py", "settings.py", "identity.py", "local_files.py",
                 "logs.py", "crash.py", "brand.py")
    files += [PACKAGE / name for name in top_level]
    return files


def test_core_modules_do_not_import_qt() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in core_files()
        for name in _imports(path)
        if name.split(".")[0] in QT_MODULES
    ]
    assert offenders == []
    assert len(core_files()) > 10


def test_only_the_ui_package_imports_qt() -> None:
    outside = [
        str(p.relative_to(PACKAGE))
        for p in PACKAGE.rglob("*.py")
        if "ui" not in p.relative_to(PACKAGE).parts
        and any(n.split(".")[0] in QT_MODULES for n in _imports(p))
    ]
    assert outside == []


def test_importing_the_core_and_the_cli_loads_no_qt() -> None:
    script = (
        "import sys\n"
        "import tafel.cli, tafel.demo.vault, tafel.services, tafel.vault, tafel.domain\n"
        "print([m for m in sys.modules if m.split('.')[0] in ('PySide6', 'qtawesome')])\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_opening_the_app_loads_no_crypto_for_bundles() -> None:
    """pyrage, cryptography and segno cost ~20 ms to import: only when bundles are used."""
    script = (
        "import sys\n"
        "import tafel.ui.main_window, tafel.services.registry, tafel.cli.parser\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'pyrage', 'cryptography', 'segno'}))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
