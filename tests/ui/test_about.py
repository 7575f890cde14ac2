"""Help > Over tafel: the version, every bundled part with its licence, and the folders.

PySide6 is listed with the LGPLv3 and its full text; so are the DejaVu fonts and the Python
libraries; the folders tab shows the data folder, the settings file and the log folder, each
copyable.
"""

from __future__ import annotations

import json

from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from tafel import __version__
from tafel.paths import data_dir, log_dir, resource_path
from tafel.settings import settings_path
from tafel.ui.help.licenses import licence_key, runtime_names


def _open_about(qtbot, window):  # type: ignore[no-untyped-def]
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    about = next(a for a in help_menu.actions() if a.text() == "&Over tafel")
    about.trigger()
    dialog = window.help_actions.about
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_about_lists_pyside6_with_its_licence_and_the_data_folder(  # type: ignore[no-untyped-def]
    qtbot, window
) -> None:
    dialog = _open_about(qtbot, window)
    assert dialog.windowTitle() == "Over tafel"
    table = dialog.licence_table
    rows = {table.item(r, 0).text(): (r, table.item(r, 2).text())
            for r in range(table.rowCount())}
    assert rows["Qt / PySide6"][1].startswith("LGPL-3.0")
    assert "LGPL-3.0" in rows["PySide6_Essentials"][1]
    assert "DejaVu Sans" in rows and "reportlab" in rows and "SQLAlchemy" in rows
    table.setCurrentCell(rows["Qt / PySide6"][0], 0)
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.licence_text.toPlainText()
    table.setCurrentCell(rows["DejaVu Sans"][0], 0)
    assert "Bitstream" in dialog.licence_text.toPlainText()
    fields = dialog.path_fields
    assert fields["data"].text() == str(data_dir())
    assert fields["settings"].text() == str(settings_path())
    assert fields["logs"].text() == str(log_dir())
    assert str(window.controller.vault_path) == fields["vault"].text()
    assert any(label.text() == f"tafel {__version__}"
               for label in dialog.tabs.widget(0).findChildren(QLabel))


def test_a_path_is_copied_with_one_click(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dialog = _open_about(qtbot, window)
    field = dialog.path_fields["logs"]
    copy = field.parent().findChild(QPushButton)
    assert copy.text() == "Kopiëren"
    copy.click()
    assert QApplication.clipboard().text() == str(log_dir())


def test_the_stored_licences_name_every_library_tafel_runs_on(app) -> None:  # type: ignore[no-untyped-def]
    """resources/licenses/ (what a packaged app without metadata shows) is up to date.

    When it fails: run packaging/scripts/collect_licenses.py after changing a dependency.
    """
    stored = {licence_key(item["naam"]) for item in
              json.loads(resource_path("licenses", "index.json").read_text(encoding="utf-8"))}
    assert stored == {licence_key(name) for name in runtime_names()}
    for name in stored - {"pyside6-essentials", "shiboken6"}:  # Qt's: LGPL-3.0.txt
        assert resource_path("licenses", f"{name}.txt").is_file(), name
    assert resource_path("licenses", "LGPL-3.0.txt").read_text().startswith(
        "                   GNU LESSER GENERAL PUBLIC LICENSE")
