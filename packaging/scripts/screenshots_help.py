"""The user guide's screenshots, and the Help, About and Settings shots at 1366x768.

Usage: QT_QPA_PLATFORM=offscreen python packaging/scripts/screenshots_help.py [SHOTS_DIR]

Drives the app offscreen on a fresh demo vault (a temporary TAFEL_HOME, a cheap key) and
writes ``resources/help/nl/img/*.png`` for the guide: each grabbed at its real size (the
window at 1366x768), scaled to at most 900 pixels wide and reduced to 256 colours, so the
whole guide stays well under 2 MB. Into SHOTS_DIR (default /work/wt/shots) it writes
``i15_help_guide.png``, ``i15_help_about.png`` and ``i15_help_settings.png``: the window at
1366x768 with the guide, About or the settings dialog in front.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["TAFEL_HOME"] = tempfile.mkdtemp(prefix="tafel-help-shots-")

from PIL import Image
from PySide6.QtCore import QBuffer, QEventLoop, QIODevice, QPoint
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from tafel.paths import demo_vault_path
from tafel.settings import Settings
from tafel.ui.application import create_app
from tafel.ui.controller import AppController
from tafel.ui.main_window import MainWindow
from tafel.vault import KdfParams
from tafel.vault.vault import DEMO_PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
GUIDE_IMG = ROOT / "resources" / "help" / "nl" / "img"
MAX_WIDTH = 900


def settle(rounds: int = 6) -> None:
    """Let the widgets finish laying out and drawing."""
    for _ in range(rounds):
        QApplication.processEvents()


def save_small(pixmap: QPixmap, target: Path) -> None:
    """At most MAX_WIDTH wide, 256 colours, optimised PNG."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    image = Image.open(io.BytesIO(bytes(buffer.data().data()))).convert("RGB")
    if image.width > MAX_WIDTH:
        height = round(image.height * MAX_WIDTH / image.width)
        image = image.resize((MAX_WIDTH, height), Image.Resampling.LANCZOS)
    image = image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    image.save(target, optimize=True)
    print(target, f"{image.width}x{image.height}", f"{target.stat().st_size // 1024} KB")


def dialog_pixmap(dialog: QWidget) -> QPixmap:
    """A dialog as it opens, active, drawn."""
    dialog.show()
    dialog.activateWindow()
    settle()
    return dialog.grab()


def in_front(window: QWidget, front: QWidget) -> QPixmap:
    """The window at its size with ``front`` drawn centred on it, as a screen would show it."""
    back = window.grab()
    top = front.grab()
    painter = QPainter(back)
    painter.fillRect(back.rect(), QColor(0, 0, 0, 40))
    x = max(0, (back.width() - top.width()) // 2)
    y = max(0, (back.height() - top.height()) // 2)
    painter.fillRect(x + 4, y + 6, top.width(), top.height(), QColor(0, 0, 0, 50))
    painter.drawPixmap(QPoint(x, y), top)
    painter.end()
    return back


def main() -> int:
    """Make every shot."""
    shots = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/wt/shots")
    shots.mkdir(parents=True, exist_ok=True)
    GUIDE_IMG.mkdir(parents=True, exist_ok=True)
    app = create_app([])
    controller = AppController(Settings(), "Fatima Amrani",
                               KdfParams(memory_kib=8192, time_cost=1))
    window = MainWindow(controller)
    window.resize(1366, 768)
    window.show()
    settle()
    save_small(window.grab(), GUIDE_IMG / "eerste-keer.png")
    controller.create_demo(demo_vault_path(), date.today())
    settle()
    save_small(window.grab(), GUIDE_IMG / "ontgrendelen.png")

    from tafel.ui.dialogs.settings_dialog import SettingsDialog

    controller.unlock(DEMO_PASSPHRASE)
    settle()
    workspace = window.workspace
    assert workspace is not None
    panel = workspace.case_list
    summaries = {s.jongere.split()[0]: s for s in controller.services.casussen.summaries()}
    panel.select_case(summaries["Jaylen"].id)
    settle()
    save_small(window.grab(), GUIDE_IMG / "casuslijst.png")

    from tafel.ui.dialogs.nieuwe_casus_dialog import NieuweCasusDialog

    dialog = NieuweCasusDialog(controller, window)
    save_small(dialog_pixmap(dialog), GUIDE_IMG / "nieuwe-casus.png")
    dialog.reject()

    workspace.start_gesprek(summaries["Thijs"].id)
    page = workspace.gesprek
    assert page is not None
    page.step_list.setCurrentRow(1)
    settle()
    save_small(window.grab(), GUIDE_IMG / "gesprek.png")
    page.close_page()
    settle()

    workspace.open_plan(summaries["Dylan"].id)
    plan = workspace.plan_page
    assert plan is not None
    settle()
    save_small(window.grab(), GUIDE_IMG / "toekomstplan.png")

    from tafel.ui.plan.print_preview import PrintPreviewDialog
    from tafel.ui.plan.sign_dialog import SignDialog

    sign = SignDialog(controller, plan.view, plan.version, window)
    save_small(dialog_pixmap(sign), GUIDE_IMG / "tekenen.png")
    sign.reject()
    preview = PrintPreviewDialog(controller, plan.version.id, window)
    preview.show()
    deadline = time.monotonic() + 30  # the preview renders in the background
    while not getattr(preview, "ready", True) and time.monotonic() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    save_small(dialog_pixmap(preview), GUIDE_IMG / "afdrukken.png")
    preview.reject()

    # F1 on the plan page: the guide at the toekomstplan chapter, in front of the window.
    window.help_actions.open_guide()
    guide = window.help_actions.guide
    assert guide is not None
    guide.resize(1180, 700)
    settle(10)
    in_front(window, guide).save(str(shots / "i15_help_guide.png"))
    guide.resize(1366, 768)
    settle(10)
    guide.grab().save(str(shots / "i15_help_guide_window.png"))
    guide.close()
    plan.close_page()
    settle()

    from tafel.ui.logboek.logboek_dialog import LogboekDialog

    log = LogboekDialog(controller, None, window)
    save_small(dialog_pixmap(log), GUIDE_IMG / "logboek.png")
    log.reject()

    settings = SettingsDialog(controller, window)
    save_small(dialog_pixmap(settings), GUIDE_IMG / "instellingen.png")
    in_front(window, settings).save(str(shots / "i15_help_settings.png"))
    settings.reject()

    window.help_actions.show_about()
    about = window.help_actions.about
    assert about is not None
    about.show()
    settle()
    in_front(window, about).save(str(shots / "i15_help_about.png"))
    about.tabs.setCurrentIndex(1)
    settle()
    in_front(window, about).save(str(shots / "i15_help_about_licences.png"))
    about.tabs.setCurrentIndex(2)
    settle()
    in_front(window, about).save(str(shots / "i15_help_about_folders.png"))
    about.reject()
    controller.lock()
    QApplication.closeAllWindows()
    total = sum(p.stat().st_size for p in GUIDE_IMG.glob("*.png"))
    print(f"guide images: {total // 1024} KB")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
