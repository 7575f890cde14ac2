"""Generated files stay in step with their sources: forms, translations, icons."""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_script(name: str):  # type: ignore[no-untyped-def]
    script = ROOT / "packaging" / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, script)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _without_tool_version(source: str) -> str:
    return re.sub(r"Created by: Qt User Interface Compiler version .*", "", source)


@pytest.mark.parametrize("ui_file", sorted((ROOT / "forms").glob("*.ui")), ids=lambda p: p.name)
def test_compiled_form_matches_its_ui_file(ui_file: Path) -> None:
    """Fails when a .ui was edited without running ``make forms``."""
    build_forms = _load_script("build_forms")
    target = build_forms.target_for(ui_file)
    assert target.exists(), f"{target.name} missing: run make forms"
    assert _without_tool_version(target.read_text(encoding="utf-8")) == _without_tool_version(
        build_forms.compile_form(ui_file)
    ), f"{target.name} is older than {ui_file.name}: run make forms"


def test_dutch_translation_is_complete_and_current(tmp_path: Path) -> None:
    """Every interface string has a Dutch translation, and the sources add none unknown."""
    build_i18n = _load_script("build_i18n")
    copy = tmp_path / "tafel_nl_NL.ts"
    shutil.copy(build_i18n.TS, copy)
    build_i18n.update_ts(copy)
    root = ET.parse(copy).getroot()
    messages = root.findall(".//message")
    assert len(messages) > 100
    unfinished = [
        m.findtext("source")
        for m in messages
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert unfinished == [], "untranslated: run make i18n and translate in Linguist"


def test_compiled_translation_is_current(tmp_path: Path) -> None:
    build_i18n = _load_script("build_i18n")
    fresh = tmp_path / "fresh.qm"
    build_i18n.release(build_i18n.TS, fresh)
    assert fresh.read_bytes() == build_i18n.QM.read_bytes(), "run make i18n"


def test_every_icon_name_resolves(app) -> None:  # type: ignore[no-untyped-def]
    from tafel.ui.icons import ICONS, icon

    for name in ICONS:
        assert not icon(name).isNull(), name
