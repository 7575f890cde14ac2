"""The composition root: QApplication, translations, style, controller, main window."""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, QTimer, Signal
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication

from tafel.paths import demo_vault_path, resource_path
from tafel.settings import Settings
from tafel.ui.controller import AppController
from tafel.ui.i18n import install_translators
from tafel.ui.main_window import MainWindow
from tafel.ui.style import apply_style


class TafelApplication(QApplication):
    """tafel's QApplication, which hears the Finder open a ``.tafel`` file.

    On macOS a document opened from the Finder does not reach the program as an argument:
    the system sends the running app a file-open event, also when it starts the app for it.
    Elsewhere the file manager starts ``tafel x.tafel`` (see :mod:`tafel.ui.single_instance`).
    """

    file_opened = Signal(object)  # Path

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            self.file_opened.emit(Path(event.file()))
            return True
        return super().event(event)


def create_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication with tafel's name, translations and style (Fusion on every system)."""
    app = QApplication.instance()
    if app is None:
        args = list(argv if argv is not None else sys.argv) or ["tafel"]
        if "-style" not in args:
            # Asking for the style by name keeps the QStyle object (and its many enums) out of
            # Python at start-up, which QApplication.setStyle() would pull in.
            args += ["-style", "Fusion"]
        app = TafelApplication(args)
    else:
        assert isinstance(app, QApplication)
        app.setStyle("Fusion")
    app.setApplicationName("tafel")
    app.setOrganizationName("tafel")
    app.setOrganizationDomain("tafel.nl")
    app.setDesktopFileName("nl.tafel.Tafel")  # links the window to its .desktop file
    install_translators(app)
    apply_style(app)
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    """tafel's own icon, from the PNG sizes in resources/icons."""
    result = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        result.addFile(str(resource_path("icons", f"tafel-{size}.png")), QSize(size, size))
    return result


ALREADY_OPEN = "tafel is al open; dat venster staat nu vooraan."


def run_app(vault_path: Path | None = None, demo: bool = False) -> int:
    """Open the app on the chosen vault, the demo, or the first-run page.

    A second start brings the running window forward instead (one window per user), and a
    lock ends this process for a fresh one on the unlock page (see ui/restart.py).
    """
    from tafel.ui.background import resume_collection_after_start
    from tafel.ui.crash_dialog import install_crash_handler, log_app_started
    from tafel.ui.restart import restarted_geometry
    from tafel.ui.single_instance import forward_to_running

    install_crash_handler()  # first: an error from here on is logged and told in one sentence
    app = create_app()
    geometry = restarted_geometry()
    if forward_to_running(demo_vault_path() if demo else vault_path):
        print(ALREADY_OPEN, file=sys.stderr)
        return 0
    settings = Settings.load()
    controller = AppController(settings)  # who acts: the consulent named in the vault
    if vault_path is not None and not demo:
        controller.choose_vault(vault_path)
    window = MainWindow(controller, restart_on_lock=True)
    window.window_place.restore(geometry)  # handed over by a lock, saved, or fitted
    window.show()
    if isinstance(app, TafelApplication):
        app.file_opened.connect(window.bring_forward)  # as a second start with that file
    if demo:  # made in the background, with the window up: its unlock page follows
        window.open_demo()
    if geometry is not None:
        window.unlock_page.say_locked()
    if os.environ.get("TAFEL_EXIT_AFTER_START"):
        QTimer.singleShot(0, lambda: _report_started_and_quit(app))
    # after the first paint, so start-up stays quick (QtNetwork loads only now)
    QTimer.singleShot(0, lambda: _listen_for_later_starts(app, window))
    QTimer.singleShot(0, resume_collection_after_start)  # the first screen is up
    QTimer.singleShot(0, log_app_started)
    if os.environ.get("TAFEL_ANNOUNCE_START"):  # for tests that drive a real app process
        QTimer.singleShot(0, lambda: print(f"tafel-started {os.getpid()}", flush=True))
    code = app.exec()
    logging.getLogger("tafel.app").info("app ended, exit code %d", code)
    return code


def _listen_for_later_starts(app: QApplication, window: MainWindow) -> None:
    """Answer a second start of tafel by bringing this window forward."""
    from tafel.ui.single_instance import InstanceServer

    instance = InstanceServer(app)
    instance.activated.connect(window.bring_forward)
    if os.environ.get("TAFEL_ANNOUNCE_START"):  # for tests that drive a real app process
        instance.activated.connect(lambda _vault: print("tafel-activated", flush=True))
    instance.listen()


def _report_started_and_quit(app: QApplication) -> None:
    """For start-up benchmarks and smoke tests: say when the first screen is up, then leave.

    Prints the system-wide monotonic clock, so the caller can subtract its own start time.
    """
    print(f"tafel-started {time.monotonic():.6f}", flush=True)
    app.quit()
