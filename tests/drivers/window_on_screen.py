"""A real tafel window placed as ``run_app`` places it, unlocked, measured on its screen.

Run as ``python -m tests.drivers.window_on_screen VAULT`` with the screen set by the caller
(``QT_QPA_PLATFORM=offscreen:configfile=...`` and ``QT_SCALE_FACTOR``); the passphrase
comes from ``TAFEL_PASSPHRASE``. Prints one JSON line: the screen's available rectangle,
the window's frame, and where the lock button, the status bar and its label ended up, all
in logical pixels of the screen.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from tafel.settings import Settings
from tafel.ui.application import create_app
from tafel.ui.controller import AppController
from tafel.ui.main_window import MainWindow


def _global(widget: QWidget) -> list[int]:
    top_left = widget.mapToGlobal(QPoint(0, 0))
    return [top_left.x(), top_left.y(), widget.width(), widget.height()]


def _rect(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def main() -> int:
    vault = Path(sys.argv[1])
    app = create_app([])  # kept: the windows need it alive
    controller = AppController(Settings(last_vault=str(vault)), "Fatima Amrani")
    window = MainWindow(controller)
    window.window_place.restore(None)  # as run_app does on a first start
    window.show()
    controller.unlock(os.environ["TAFEL_PASSPHRASE"])
    for _ in range(200):
        QApplication.processEvents()
        if window.workspace is not None:
            break
    workspace = window.workspace
    assert workspace is not None
    workspace.case_list.select_case(workspace.case_list.model.case_id_at(0))
    for _ in range(20):
        QApplication.processEvents()
    lock_button = window.toolbar.widgetForAction(window.lock_action)
    scroll = workspace.overview.findChild(QScrollArea)
    screen = window.screen()
    print(json.dumps({
        "available": _rect(screen.availableGeometry()),
        "frame": _rect(window.frameGeometry()),
        "maximised": window.isMaximized(),
        "minimum": [window.minimumWidth(), window.minimumHeight()],
        "lock_button": _global(lock_button),
        "lock_visible": lock_button.isVisible(),
        "status_bar": _global(window.statusBar()),
        "vault_label": _global(window.vault_label),
        "overview_scrolls_sideways": scroll.horizontalScrollBar().maximum() > 0,
    }), flush=True)
    controller.lock()
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
