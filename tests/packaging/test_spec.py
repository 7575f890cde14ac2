"""The PyInstaller spec, read as text: what a Windows and macOS build will contain.

The Windows and macOS builds run only on a hosted runner (.github/workflows/release.yml), so
what matters there is checked here from the spec itself, without running PyInstaller: a
console program next to the windowed one (a windowed .exe has no stdout, so ``tafel.exe
verify`` would print nothing), the modules reportlab loads by name, and the .tafel file type.
"""

from __future__ import annotations

import ast
from pathlib import Path

SPEC = Path(__file__).resolve().parents[2] / "packaging" / "pyinstaller" / "tafel.spec"


def _tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"))


def _constants(tree: ast.Module) -> dict[str, object]:
    """Module-level ``NAME = <literal>`` assignments of the spec."""
    found: dict[str, object] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    found[target.id] = node.value.value
    return found


def _value(node: ast.expr, constants: dict[str, object]) -> object:
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name) and node.id in constants:
        return constants[node.id]
    return ast.unparse(node)


def _calls(tree: ast.Module, name: str) -> list[ast.Call]:
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name) and node.func.id == name]


def _programs(tree: ast.Module) -> dict[object, object]:
    """``{exe name: console}`` of every program the spec builds.

    The spec makes its EXEs through one helper, ``program(name=..., console=...)``, whose body
    passes both on to EXE; a direct ``EXE(name=..., console=...)`` counts as well.
    """
    constants = _constants(tree)
    found: dict[object, object] = {}
    helpers = {node.name for node in tree.body if isinstance(node, ast.FunctionDef)
               and _calls(ast.Module([node], []), "EXE")}
    for call in [*_calls(tree, "EXE"), *(c for h in helpers for c in _calls(tree, h))]:
        keywords = {k.arg: _value(k.value, constants) for k in call.keywords}
        if keywords.get("name") not in (None, "name"):
            found[keywords["name"]] = keywords.get("console")
    return found


def test_the_spec_builds_a_console_tafel_cli_beside_the_windowed_tafel() -> None:
    programs = _programs(_tree())
    assert programs.get("tafel-cli") is True, programs
    assert programs.get("tafel") is False, programs


def test_both_programs_go_into_one_folder() -> None:
    tree = _tree()
    collect = _calls(tree, "COLLECT")
    assert len(collect) == 1
    names = {ast.unparse(arg) for arg in collect[0].args}
    assert {"app_exe", "cli_exe"} <= names


def test_the_hidden_imports_include_reportlab_barcodes() -> None:
    analysis = _calls(_tree(), "Analysis")[0]
    hidden = next(k.value for k in analysis.keywords if k.arg == "hiddenimports")
    text = ast.unparse(hidden)
    assert ("reportlab.graphics.barcode.code128" in text
            or "collect_submodules('reportlab.graphics.barcode'" in text), text


def test_the_mac_bundle_declares_the_tafel_document_type() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert "CFBundleDocumentTypes" in text and '"CFBundleTypeExtensions": ["tafel"]' in text


def test_the_dutch_qt_translations_stay_in_the_bundle() -> None:
    constants_text = SPEC.read_text(encoding="utf-8")
    assert 'KEEP_QT_TRANSLATIONS = {"qtbase_nl.qm", "qt_nl.qm"}' in constants_text
