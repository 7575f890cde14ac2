"""Compile forms/*.ui into src/tafel/ui/forms/ui_*.py with pyside6-uic.

Run after editing a form in Qt Designer (``make forms``). The generated files are committed;
tests/ui/test_forms_up_to_date.py fails when one no longer matches its .ui.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "forms"
OUT = ROOT / "src" / "tafel" / "ui" / "forms"
HEADER = "# Generated from forms/{name} by packaging/scripts/build_forms.py. Do not edit.\n"


def uic_executable() -> str:
    """pyside6-uic next to the running Python (the venv's), else on PATH."""
    candidate = Path(sys.executable).with_name("pyside6-uic")
    return str(candidate) if candidate.exists() else "pyside6-uic"


def compile_form(ui_file: Path) -> str:
    """The Python source pyside6-uic makes of one form, with tafel's header."""
    result = subprocess.run(
        [uic_executable(), "--from-imports", "--no-autoconnection", str(ui_file)],
        check=True,
        capture_output=True,
        text=True,
    )
    return HEADER.format(name=ui_file.name) + prune_imports(result.stdout)


_IMPORT = re.compile(r"^from (PySide6\.\w+) import \(([^)]*)\)\n", re.MULTILINE)


def prune_imports(source: str) -> str:
    """Keep only the PySide6 names the form uses.

    uic imports some forty classes per form whether used or not, and PySide6 builds each
    class's Python type on first import: measurable at start-up for nothing.
    """
    body = _IMPORT.sub("", source)

    def keep_used(match: re.Match[str]) -> str:
        names = [name.strip() for name in match.group(2).split(",") if name.strip()]
        used = [name for name in names if re.search(rf"\b{name}\b", body)]
        if not used:
            return ""
        return f"from {match.group(1)} import ({', '.join(used)})\n"

    return _IMPORT.sub(keep_used, source)


def target_for(ui_file: Path) -> Path:
    """Where the compiled form of ``ui_file`` lives."""
    return OUT / f"ui_{ui_file.stem}.py"


def main() -> int:
    """Compile every form."""
    OUT.mkdir(parents=True, exist_ok=True)
    init = OUT / "__init__.py"
    if not init.exists():
        init.write_text('"""Generated from forms/*.ui; do not edit."""\n', encoding="utf-8")
    for ui_file in sorted(FORMS.glob("*.ui")):
        target_for(ui_file).write_text(compile_form(ui_file), encoding="utf-8")
        print(f"{ui_file.name} -> {target_for(ui_file).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
