"""Update resources/i18n/tafel_nl_NL.ts from the sources and compile it to .qm.

``make i18n`` runs it after interface strings changed. The .ts file is the source of truth
for the Dutch text (edit it in Qt Linguist, ``pyside6-linguist``); the .qm is generated and
committed so a checkout runs without this step.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "tafel_nl_NL.ts"
QM = TS.with_suffix(".qm")


def tool(name: str) -> str:
    """A PySide6 tool next to the running Python (the venv's), else on PATH."""
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else name


def translatable_sources() -> list[Path]:
    """Every .ui form and every Python file of the interface except generated forms."""
    ui_py = sorted(
        p for p in (ROOT / "src" / "tafel" / "ui").rglob("*.py") if "forms" not in p.parts
    )
    return sorted((ROOT / "forms").glob("*.ui")) + ui_py


def update_ts(ts: Path = TS) -> None:
    """Extract strings into ``ts`` (keeping existing translations, dropping vanished ones)."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    sources = [str(p) for p in translatable_sources()]
    subprocess.run(
        [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources, "-ts", str(ts)],
        check=True,
        capture_output=True,
    )


def release(ts: Path = TS, qm: Path = QM) -> None:
    """Compile ``ts`` into ``qm``."""
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


def main() -> int:
    """Update the .ts and compile the .qm."""
    update_ts()
    release()
    print(f"{TS.relative_to(ROOT)} -> {QM.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
