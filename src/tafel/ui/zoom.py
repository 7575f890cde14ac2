"""Text size: Ctrl++ / Ctrl+- / Ctrl+0 make all of tafel's text larger or smaller.

The size is a step of the desktop's own font size (80% to 200%), kept in the settings, and
applied to the whole application: the font and every size in the style sheet together.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from tafel.settings import ZOOM_STEPS
from tafel.ui.style import apply_style

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from tafel.settings import Settings

NORMAL = 100


def next_step(percent: int, direction: int) -> int:
    """The zoom step after ``percent`` (+1 larger, -1 smaller, 0 normal), within the steps."""
    if direction == 0:
        return NORMAL
    steps = list(ZOOM_STEPS)
    if percent not in steps:
        percent = NORMAL
    index = steps.index(percent) + direction
    return steps[min(max(index, 0), len(steps) - 1)]


def current_zoom() -> int:
    """The zoom the application shows now."""
    app = QApplication.instance()
    value = app.property("tafel_zoom") if app is not None else None
    return value if isinstance(value, int) else NORMAL


def set_zoom(percent: int) -> None:
    """Apply ``percent`` to the whole application (font and style sheet), if it differs."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and percent != current_zoom():
        apply_style(app, percent)


class Zoom(QObject):
    """The View menu's three actions, the shortcuts, and the remembered step."""

    def __init__(self, window: QMainWindow, settings: Settings) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self.zoom_in_action = QAction(self.tr("Zoom &in"), window)
        self.zoom_in_action.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+="),
                                          QKeySequence("Ctrl+Shift+=")])
        self.zoom_in_action.setToolTip(self.tr("Make all text larger (Ctrl++)"))
        self.zoom_in_action.triggered.connect(lambda: self.step(+1))
        self.zoom_out_action = QAction(self.tr("Zoom &out"), window)
        self.zoom_out_action.setShortcuts([QKeySequence("Ctrl+-")])
        self.zoom_out_action.setToolTip(self.tr("Make all text smaller (Ctrl+-)"))
        self.zoom_out_action.triggered.connect(lambda: self.step(-1))
        self.normal_action = QAction(self.tr("&Normal size"), window)
        self.normal_action.setShortcut(QKeySequence("Ctrl+0"))
        self.normal_action.setToolTip(self.tr("The desktop's own text size (Ctrl+0)"))
        self.normal_action.triggered.connect(lambda: self.step(0))
        menu = window.menuBar().addMenu(self.tr("&View"))
        for action in (self.zoom_in_action, self.zoom_out_action, self.normal_action):
            menu.addAction(action)
            window.addAction(action)  # the shortcuts work with the menu bar hidden too
        set_zoom(settings.zoom_percent)
        self._update_actions()

    def step(self, direction: int) -> None:
        """One step larger (+1), smaller (-1) or back to normal (0); remembered."""
        percent = next_step(current_zoom(), direction)
        set_zoom(percent)
        if self._settings.zoom_percent != percent:
            self._settings.zoom_percent = percent
            self._settings.save()
        self._update_actions()

    def _update_actions(self) -> None:
        zoom = current_zoom()
        self.zoom_in_action.setEnabled(zoom < ZOOM_STEPS[-1])
        self.zoom_out_action.setEnabled(zoom > ZOOM_STEPS[0])
        self.normal_action.setEnabled(zoom != NORMAL)


def install_zoom(window: QMainWindow, settings: Settings) -> Zoom:
    """Add the View menu with the zoom to ``window`` and apply the remembered step."""
    return Zoom(window, settings)
