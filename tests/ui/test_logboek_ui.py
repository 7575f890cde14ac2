"""The log in the app: a case's "Who saw what…" and Kluis > Logboek…, filtered, in Dutch.

Opening the case is in its log; the dialog shows it oldest first with who, what and why,
filters by kind and person, saves the household's overview as a PDF (and logs that), and
opening the dialog is logged once, however often a filter changes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from tafel.domain.models import AuditEvent
from tafel.ui.logboek import logboek_dialog
from tafel.ui.logboek.logboek_dialog import LogboekDialog
from tafel.ui.main_window import MainWindow
from tests.builders import pdf_text
from tests.ui.drive import open_case, unlock


def _rows(dialog: LogboekDialog) -> list[list[str]]:
    table = dialog.table
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def _count(window: MainWindow) -> int:
    with window.controller.services.context.vault.transaction() as session:
        return len(list(session.exec(select(AuditEvent.volgnummer))))


def test_who_saw_what_on_the_case_page(qtbot, window: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    unlock(qtbot, window)
    open_case(qtbot, window, "Thijs Doornbosch")
    overview = window.workspace.overview
    overview.log_button.click()
    dialog = overview.log_dialog
    qtbot.waitUntil(dialog.isVisible)
    rows = _rows(dialog)
    opened = next(r for r in reversed(rows) if "heeft het dossier bekeken" in r[2])
    assert opened[1] == "Fatima Amrani (jongerencoach, Wijkteam Weidestad)"
    assert opened[3].startswith("wettelijke taak")
    assert "scherm casus" in opened[4] and "gelukt" in opened[4]
    assert dialog.windowTitle().startswith("Wie zag wat")  # the Dutch interface

    before = _count(window)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("gezien"))
    dialog.kind_combo.activated.emit(dialog.kind_combo.currentIndex())
    assert _rows(dialog) and all("bekeken" in r[2] for r in _rows(dialog))
    dialog.period_combo.setCurrentIndex(dialog.period_combo.findData(7))
    dialog.period_combo.activated.emit(dialog.period_combo.currentIndex())
    assert dialog.error_label.isHidden() and _rows(dialog)  # (the clock is after TODAY)
    assert _count(window) == before  # a filter is not a new access

    target = tmp_path / "wie-zag-wat.pdf"
    monkeypatch.setattr(logboek_dialog, "choose_file_to_save", lambda *args: target)
    dialog.print_button.click()
    text = " ".join(pdf_text(target.read_bytes()).split())
    assert "Wie heeft wat gezien of gedeeld, en waarom" in text
    assert "heeft het dossier bekeken" in text
    assert "Wettelijke taak" in text
    with window.controller.services.context.vault.transaction() as session:
        last = session.exec(select(AuditEvent).order_by(AuditEvent.volgnummer.desc())).first()  # type: ignore[union-attr]
    assert last is not None and (last.actie, last.details, last.grondslag) == (
        "afgedrukt", "wie heeft wat gezien of gedeeld", "eigen dossier")
    dialog.close()


def test_the_whole_vault_from_the_vault_menu(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    before = _count(window)
    window.logboek_action.trigger()
    dialog = window.logboek_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert _count(window) == before + 1  # opening the log is itself logged, once
    rows = _rows(dialog)
    assert any("de lijst met alle casussen bekeken" in r[3] for r in rows)
    assert any(r[2].startswith("T-2026-") for r in rows)  # lines about a case name it
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("kluis"))
    dialog.kind_combo.activated.emit(dialog.kind_combo.currentIndex())
    assert any("de kluis ontgrendeld" in r[3] for r in _rows(dialog))
    assert _count(window) == before + 1
    dialog.close()
