"""An error in the app: one Dutch sentence in a message box, the details in the log.

:func:`install_crash_handler` (called first thing by ``run_app``) routes every uncaught error
through :mod:`tafel.crash`, which logs it without case data, and then to :func:`show_crash`.
PySide6 carries on after an error in a slot or event handler, so the box opens without
blocking and the app goes on; only an error that ends the program (the event loop no longer
runs) waits for the box to be closed. The screen may be projected in a casus-overleg, so the
box shows no traceback, unless ``--debug`` asked for one.

Widgets live in the window thread only: an error in another thread is handed there with a
queued call. While a box is open, further errors are logged but add no second box. Plain
functions, no QObject subclass: this module loads at every start.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QThread, QTimer
from PySide6.QtWidgets import QApplication

from tafel import crash
from tafel.logs import Known
from tafel.paths import log_dir
from tafel.ui.i18n import fill

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger("tafel.app")
_boxes: list[QMessageBox] = []  # the box shown last, kept so it is not collected


def crash_sentence() -> str:
    """The one thing the user reads: what was saved is safe, and where the details are."""
    return fill(QCoreApplication.translate(
        "CrashDialog",
        "Something went wrong in tafel. What you had already saved is safe; what exactly "
        "went wrong is in tafel's error log on this computer:\n%1",
    ), str(log_dir()))


def show_crash(details: str) -> None:
    """Tell the user in one sentence, from any thread; ``details`` only with ``--debug``."""
    app = QApplication.instance()
    if app is None:  # failed before the app existed
        if sys.stderr is not None:
            print(crash.COMMAND_SENTENCE.format(folder=log_dir()), file=sys.stderr)
        return
    if QThread.currentThread() is not app.thread():
        QTimer.singleShot(0, app, lambda: _show(details))
        return
    _show(details)


def _show(details: str) -> None:
    from PySide6.QtWidgets import QMessageBox  # here: a crash is rare, start-up is not

    if _boxes and _boxes[0].isVisible():
        return
    for old in _boxes:
        old.deleteLater()
    box = QMessageBox(QMessageBox.Icon.Warning, "tafel", crash_sentence(),
                      QMessageBox.StandardButton.Ok, QApplication.activeWindow())
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if details:
        box.setDetailedText(details)
    _boxes[:] = [box]
    if QThread.currentThread().loopLevel() > 0:
        box.open()  # the app goes on
    else:
        box.exec()  # the program is ending: let the sentence be read first


def install_crash_handler() -> None:
    """Log every uncaught error and tell it in one sentence (see :mod:`tafel.crash`)."""
    crash.install(show_crash)


def log_app_started() -> None:
    """One line at start (after the first paint, so start-up does not wait for the file)."""
    import platform

    from PySide6 import __version__ as pyside_version

    from tafel import __version__

    log.info("app started: tafel %s, Python %s, PySide6 %s, %s", Known(__version__),
             Known(platform.python_version()), Known(pyside_version), Known(sys.platform))
