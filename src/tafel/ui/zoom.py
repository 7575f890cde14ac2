"""Text size: Ctrl++ / Ctrl+- / Ctrl+0 make all of tafel's text larger or smaller.

The size is a step of the desktop's own font size (80% to 200%), kept in the settings, and
applied to the whole application: the font and every size in the style sheet together.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from tafel.settings import ZOOM_STEPS
from tafel.ui.style import DESIGN_POINT_SIZE, apply_style

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QSplitter, QTableView

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


class _FontFollower(QObject):
    """Calls back with the widget's font size relative to the design size, on every change."""

    def __init__(self, widget: QWidget, apply: Callable[[float], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._apply = apply
        self._factor = 1.0
        widget.installEventFilter(self)
        self._update()

    def _update(self) -> None:
        factor = self._widget.font().pointSizeF() / DESIGN_POINT_SIZE
        if factor > 0 and abs(factor - self._factor) > 1e-3:
            self._factor = factor
            self._apply(factor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is self._widget and event.type() == QEvent.Type.FontChange:
            self._update()
        return False


def follow_font(widget: QWidget, apply: Callable[[float], None]) -> None:
    """Sizes in pixels made for 11 pt text: ``apply(factor)`` whenever the text size changes.

    ``factor`` is the widget's font size over the design's 11 pt; it is not called while
    the text is at the design size, so the pixel sizes stay as written there.
    """
    _FontFollower(widget, apply)


def scale_columns_with_font(table: QTableView) -> None:
    """The table's column widths and row height, set in pixels for 11 pt, grow with the text.

    Read once, as the table set them; hidden columns keep theirs.
    """
    from PySide6.QtWidgets import QHeaderView  # here: the table classes are not needed at start

    header = table.horizontalHeader()
    widths = {column: header.sectionSize(column) for column in range(header.count())
              if not header.isSectionHidden(column)
              and header.sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch}
    row = table.verticalHeader().defaultSectionSize()

    def scale(factor: float) -> None:
        for column, width in widths.items():
            table.setColumnWidth(column, round(width * factor))
        table.verticalHeader().setDefaultSectionSize(round(row * factor))

    follow_font(table, scale)


def widen_pane(splitter: QSplitter, index: int, width: int, others_least: int = 320) -> None:
    """Give pane ``index`` of a two-pane splitter ``width`` pixels where the other keeps enough.

    Larger text needs a wider overview; the case list beside it gives way, down to
    ``others_least``. Before the splitter is shown its sizes are proportions.
    """
    sizes = splitter.sizes()
    total = sum(sizes)
    if len(sizes) != 2:
        return
    if total <= 0:
        splitter.setSizes([700, width] if index == 1 else [width, 700])
        return
    want = max(min(width, total - others_least), sizes[index])
    other = total - want
    splitter.setSizes([other, want] if index == 1 else [want, other])


def install_zoom(window: QMainWindow, settings: Settings) -> Zoom:
    """Add the View menu with the zoom to ``window`` and apply the remembered step."""
    return Zoom(window, settings)
