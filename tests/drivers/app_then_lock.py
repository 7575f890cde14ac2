"""A real tafel window that is used and then locked with Ctrl+L, for the memory test.

Run as ``python -m tests.drivers.app_then_lock VAULT RESTART``; the passphrase comes from
``TAFEL_PASSPHRASE``. It unlocks, opens every case and a plan, types a note, then presses
Ctrl+L. With RESTART "1" the window ends its process as the real app does (``tafel-started
PID`` then comes from the fresh process); with "0" it stays, prints ``locked PID`` and
waits, which shows what a lock without a fresh process leaves in memory.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from tafel.settings import Settings
from tafel.ui.application import create_app
from tafel.ui.controller import AppController
from tafel.ui.main_window import MainWindow


def main() -> int:
    vault, restart = Path(sys.argv[1]), sys.argv[2] == "1"
    app = create_app([])
    controller = AppController(Settings(last_vault=str(vault)), "Fatima Amrani")
    window = MainWindow(controller, restart_on_lock=restart)
    window.resize(1366, 768)
    window.show()
    controller.unlock(os.environ["TAFEL_PASSPHRASE"])
    workspace = window.workspace
    assert workspace is not None
    summaries = controller.services.casussen.summaries()
    for summary in summaries:
        workspace.open_case(summary.id)
        app.processEvents()
    workspace.open_plan(summaries[0].id)
    app.processEvents()

    def lock() -> None:
        QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        if not restart:
            print(f"locked {os.getpid()}", flush=True)

    QTimer.singleShot(0, lock)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
