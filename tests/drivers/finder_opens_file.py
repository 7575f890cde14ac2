"""The real app (``run_app``) on its first-run page, then the Finder opens a ``.tafel`` file.

Run as ``python -m tests.drivers.finder_opens_file VAULT``. macOS hands a document to a
running app as a file-open event, which the test cannot make a real Finder send here; this
driver sends the same event to the app once its first screen is up, then prints one line:
``opened <vault the window chose> <whether its unlock page shows>`` and quits.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from tafel.ui import application
from tafel.ui.main_window import MainWindow


def main() -> int:
    vault = sys.argv[1]
    made = application.create_app

    def finder_opens() -> None:
        app = QApplication.instance()
        assert app is not None
        QCoreApplication.sendEvent(app, QFileOpenEvent(vault))
        [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        shows_unlock = window.pages.currentWidget() is window.unlock_page
        print(f"opened {window.controller.vault_path} {shows_unlock}", flush=True)
        app.quit()

    def create_app(argv: list[str] | None = None) -> QApplication:
        app = made(argv)
        QTimer.singleShot(0, finder_opens)  # at the first turn of run_app's event loop
        return app

    application.create_app = create_app  # type: ignore[assignment]
    return application.run_app()


if __name__ == "__main__":
    sys.exit(main())
