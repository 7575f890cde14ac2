"""An error in the app shows one Dutch sentence, is logged without case data, and the app goes on.

PySide6 hands an exception in a slot to ``sys.excepthook`` and carries on; the crash handler
that ``run_app`` installs turns it into a message box and a log entry. pytest-qt's own
exception capture is switched off here so the real hooks run.
"""

from __future__ import annotations

import sys
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from tafel import crash, logs
from tafel.services import Services
from tafel.services.casussen import CasusService
from tafel.ui.crash_dialog import install_crash_handler
from tests.log_scan import case_text_in, loose_files_in

pytestmark = [pytest.mark.gui, pytest.mark.qt_no_exception_capture]

SENTENCE = ("Er ging iets mis in tafel. Wat je al had opgeslagen is veilig; wat er precies "
            "misging staat in het foutenlogboek van tafel op deze computer:\n{folder}")


@pytest.fixture
def crash_handler(app, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:  # type: ignore[no-untyped-def]
    """The app's crash handler and log, as run_app installs them; the old hooks come back."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(sys, "unraisablehook", sys.unraisablehook)
    monkeypatch.setattr(crash, "_repeats", {})  # errors other tests logged count as new here
    folder = logs.setup_logging()
    install_crash_handler()
    yield folder
    for box in visible_boxes():
        box.close()
    logs.stop_logging()


def visible_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
            and w.isVisible()]


@pytest.fixture
def failing_open(demo_services: Services, monkeypatch: pytest.MonkeyPatch) -> uuid.UUID:
    """CasusService.open reads the case, then fails with the young person's name and BSN."""
    original = CasusService.open

    def broken_open(self: CasusService, casus_id: uuid.UUID):  # type: ignore[no-untyped-def]
        overview = original(self, casus_id)
        young = overview.jongere
        raise ValueError(f"{young.naam} ({young.bsn}) heeft nog geen plan")

    monkeypatch.setattr(CasusService, "open", broken_open)
    return demo_services.casussen.resolve("T-2026-0001")


def button_that_opens(qtbot, services: Services, case_id: uuid.UUID) -> QPushButton:  # type: ignore[no-untyped-def]
    button = QPushButton("Open")
    qtbot.addWidget(button)
    button.clicked.connect(lambda: services.casussen.open(case_id))
    button.show()
    return button


def test_an_error_in_a_slot_shows_one_dutch_sentence_and_the_app_goes_on(
    qtbot, crash_handler: Path, demo_services: Services, failing_open: uuid.UUID,  # type: ignore[no-untyped-def]
) -> None:
    button = button_that_opens(qtbot, demo_services, failing_open)
    QTimer.singleShot(0, button.click)
    qtbot.waitUntil(lambda: len(visible_boxes()) == 1)
    box = visible_boxes()[0]
    assert box.text() == SENTENCE.format(folder=crash_handler)
    assert box.detailedText() == ""  # no traceback on the screen
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not visible_boxes())

    # the app goes on: the same button runs again, and says so again
    assert button.isVisible()
    QTimer.singleShot(0, button.click)
    qtbot.waitUntil(lambda: len(visible_boxes()) == 1)
    visible_boxes()[0].close()

    logs.flush()
    log = (crash_handler / "tafel.log").read_text(encoding="utf-8")
    assert "ValueError" in log and "broken_open" in log
    assert case_text_in(crash_handler) == []
    assert loose_files_in(crash_handler) == []


def test_an_error_in_a_thread_is_shown_by_the_window_thread(
    qtbot, crash_handler: Path, demo_services: Services, failing_open: uuid.UUID,  # type: ignore[no-untyped-def]
) -> None:
    worker = threading.Thread(target=demo_services.casussen.open, args=(failing_open,),
                              name="achtergrond")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(visible_boxes()) == 1)
    box = visible_boxes()[0]
    assert box.thread() is QApplication.instance().thread()
    assert box.text() == SENTENCE.format(folder=crash_handler)
    box.close()
    logs.flush()
    log = (crash_handler / "tafel.log").read_text(encoding="utf-8")
    assert "achtergrond" in log and "ValueError" in log
    assert case_text_in(crash_handler) == []


def test_with_debug_the_box_carries_the_traceback_and_the_log_stays_clean(
    qtbot, monkeypatch: pytest.MonkeyPatch, app, demo_services: Services,  # type: ignore[no-untyped-def]
    failing_open: uuid.UUID,
) -> None:
    monkeypatch.setenv("TAFEL_DEBUG", "1")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(sys, "unraisablehook", sys.unraisablehook)
    monkeypatch.setattr(crash, "_repeats", {})  # errors other tests logged count as new here
    folder = logs.setup_logging()
    install_crash_handler()
    try:
        button = button_that_opens(qtbot, demo_services, failing_open)
        QTimer.singleShot(0, button.click)
        qtbot.waitUntil(lambda: len(visible_boxes()) == 1)
        box = visible_boxes()[0]
        assert "Traceback" in box.detailedText() and "heeft nog geen plan" in box.detailedText()
        box.close()
        logs.flush()
        assert case_text_in(folder) == []
    finally:
        logs.stop_logging()
