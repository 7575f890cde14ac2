"""The audit log from the app: what a consulent does is logged, and a cut log is shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import text
from sqlmodel import select

from tafel.domain.models import AuditEvent
from tafel.domain.records import AuditAction, RecordKind
from tafel.services import Services
from tafel.ui.main_window import MainWindow
from tafel.vault import Vault
from tests.builders import PASSPHRASE, TODAY
from tests.ui.drive import unlock


def _entries(path: Path) -> list[AuditEvent]:
    vault = Vault.open(path, PASSPHRASE)
    try:
        with vault.transaction() as session:
            return list(session.exec(select(AuditEvent).order_by(AuditEvent.volgnummer)))
    finally:
        vault.lock()


def test_unlock_list_plan_and_lock_and_a_failed_try_are_logged(
    qtbot, window: MainWindow, demo_path: Path  # type: ignore[no-untyped-def]
) -> None:
    before = len(_entries(demo_path))
    unlock(qtbot, window, "helemaal verkeerd")
    unlock(qtbot, window)
    workspace = window.workspace
    assert workspace is not None
    services = window.controller.services
    case_id = next(s.id for s in services.casussen.summaries() if services.plans.for_case(s.id))
    workspace.open_plan(case_id)
    window.controller.lock()
    rows = [(e.actie, e.soort, e.details) for e in _entries(demo_path)[before:]]
    assert rows[0][:2] == (AuditAction.MISLUKT_ONTGRENDELEN, RecordKind.KLUIS)
    assert rows[0][2].startswith("1 mislukte ontgrendelpoging sinds")
    assert rows[1:3] == [(AuditAction.ONTGRENDELD, RecordKind.KLUIS, "app"),
                         (AuditAction.BEKEKEN, RecordKind.CASUSLIJST, "7 casussen")]
    assert (AuditAction.BEKEKEN, RecordKind.PLANVERSIE) in [r[:2] for r in rows]
    assert rows[-1] == (AuditAction.VERGRENDELD, RecordKind.KLUIS, "app")


def _cut_the_log(path: Path) -> None:
    """Write once (so the anchor is set), then delete the last three entries, head set back."""
    vault = Vault.open(path, PASSPHRASE)
    Services(vault, "Fatima Amrani", today=lambda: TODAY).casussen.summaries(shown=True)
    with vault.engine.begin() as connection:
        last = connection.execute(text("SELECT max(volgnummer) FROM auditevent")).scalar_one()
        keep = connection.execute(text("SELECT hash FROM auditevent WHERE volgnummer = :n"),
                                  {"n": last - 3}).scalar_one()
        connection.execute(text("DELETE FROM auditevent WHERE volgnummer > :n"), {"n": last - 3})
        connection.execute(text("UPDATE vaultmeta SET waarde = :h WHERE sleutel = 'audit_head'"),
                           {"h": keep})
    vault.lock()


def test_a_cut_log_is_shown_after_unlocking_until_seen_and_the_cases_stay_open(
    qtbot, window: MainWindow, demo_path: Path  # type: ignore[no-untyped-def]
) -> None:
    _cut_the_log(demo_path)
    unlock(qtbot, window)
    workspace = window.workspace
    assert workspace is not None
    warning = workspace.log_warning
    assert warning.isVisible()
    assert ("<b>Het logboek van deze kluis is buiten tafel om ingekort: op "
            in warning.text_label.text())
    assert "Meld dit" in warning.text_label.text()
    assert workspace.case_list.model.rowCount() == 7  # a warning, not a block
    window.grab().save("/tmp/log-warning.png")

    window.controller.lock()
    unlock(qtbot, window)  # still shown: nobody has acknowledged it yet
    assert window.workspace is not None and window.workspace.log_warning.isVisible()
    qtbot.mouseClick(window.workspace.log_warning.seen_button, Qt.MouseButton.LeftButton)
    assert not window.workspace.log_warning.isVisible()
    window.controller.lock()
    unlock(qtbot, window)
    assert window.workspace is not None and not window.workspace.log_warning.isVisible()
    window.controller.lock()
    actions = [(e.actie, e.soort) for e in _entries(demo_path)]
    assert actions.count((AuditAction.LOG_GEWIJZIGD, RecordKind.LOGBOEK)) == 1
    assert actions.count((AuditAction.LOG_WIJZIGING_GEZIEN, RecordKind.LOGBOEK)) == 1
