"""Bundles that wait: a band above the case list, and the list of what each waits for.

A bundle that builds on one that never arrived would otherwise wait unseen, and a plan part
someone sent would seem lost. So the workspace shows "2 bundles are waiting" as long as
any does, and the list names the bundle each one waits for, in words, so the consulent can
ask the sender for it. They read in by themselves once it is there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tafel.domain.dates import short_date
from tafel.errors import TafelError
from tafel.services import ChangeSet
from tafel.ui.controller import AppController
from tafel.ui.i18n import fill
from tafel.ui.icons import icon
from tafel.ui.style import set_role
from tafel.ui.widgets.notice_band import NoticeBand
from tafel.ui.widgets.record_list import clear_grid, muted_note, separator
from tafel.ui.widgets.scroll_page import white_scroll

if TYPE_CHECKING:
    from tafel.services.bundels import WachtendeBundel


def _waiting(controller: AppController) -> list[WachtendeBundel]:
    if not controller.is_unlocked:
        return []
    try:
        return controller.services.bundels.wachtend()
    except TafelError:
        return []


class WachtendeBundelsBand(NoticeBand):
    """"2 bundles are waiting for an earlier one" with a button to see them; hidden at 0."""

    show_requested = Signal()

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__("bundelBand", "bundle-waiting", ("#fff2df", "#f0c48a", "#7a4100"),
                         parent)
        self._controller = controller
        self.button.setText(self.tr("&Show waiting bundles"))
        self.button.clicked.connect(self.show_requested)
        self.count = 0
        controller.data_changed.connect(self._changed)
        self.hide()

    def refresh(self) -> None:
        """Count the waiting bundles again; hide the band when there are none."""
        self.count = len(_waiting(self._controller))
        self.label.setText(self.tr(
            "%n bundle(s) waiting for an earlier bundle. They read in by themselves once it "
            "is here.", "", self.count))
        self.setVisible(self.count > 0)

    def _changed(self, changes: ChangeSet) -> None:
        if changes.touches("bundel"):
            self.refresh()


class WachtendeBundelsDialog(QDialog):
    """The waiting bundles, each with what it waits for; reading one in from here."""

    read_requested = Signal()

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.setWindowTitle(self.tr("Waiting bundles"))
        self.resize(self.sizeHint())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(10)
        head = QHBoxLayout()
        glyph = QLabel()
        glyph.setPixmap(icon("bundle-waiting").pixmap(QSize(32, 32)))
        title = QLabel(self.tr("Bundles that wait"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600; color: #14393d;")
        head.addWidget(glyph)
        head.addWidget(title, 1)
        layout.addLayout(head)
        about = QLabel(self.tr(
            "Each of these builds on a bundle that is not here yet. tafel keeps them and reads "
            "them in by themselves once that one arrives. Missing one for a long time? Ask the "
            "sender to send it again."))
        about.setWordWrap(True)
        layout.addWidget(about)
        holder = QWidget()
        self._grid = QGridLayout(holder)
        self._grid.setContentsMargins(4, 4, 8, 4)
        self._grid.setVerticalSpacing(6)
        self._grid.setColumnStretch(1, 1)
        layout.addWidget(white_scroll(holder), 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.read_button = QPushButton(icon("bundle-import"), self.tr("&Read a bundle…"))
        self.read_button.setAutoDefault(False)
        self.read_button.clicked.connect(self.read_requested)
        close = QPushButton(self.tr("&Close"))
        close.setDefault(True)
        self.close_button = close
        close.clicked.connect(self.accept)
        buttons.addWidget(self.read_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.lines: list[str] = []
        controller.data_changed.connect(self._changed)
        self.refresh()
        close.setFocus()

    def refresh(self) -> None:
        """Read the waiting bundles again."""
        clear_grid(self._grid)
        self.lines = []
        waiting = _waiting(self._controller)
        if not waiting:
            self._grid.addWidget(muted_note(self.tr("No bundle is waiting any more.")), 0, 0, 1, 2)
            self._grid.setRowStretch(1, 1)
            return
        row = 0
        for index, bundel in enumerate(waiting):
            if index:
                self._grid.addWidget(separator(), row, 0, 1, 2)
                row += 1
            glyph = QLabel()
            glyph.setPixmap(icon("bundle-waiting").pixmap(QSize(20, 20)))
            self._grid.addWidget(glyph, row, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
            what = fill(self.tr("%1 · bundle %2 from %3, made on %4"), bundel.referentie,
                        bundel.volgnummer, bundel.afzender, short_date(bundel.gemaakt_op.date()))
            first = QLabel(what)
            first.setStyleSheet("font-weight: 600;")
            first.setWordWrap(True)
            waits = QLabel(fill(self.tr("Waits for %1."), bundel.ontbreekt))
            waits.setWordWrap(True)
            set_role(waits, "muted")
            self._grid.addWidget(first, row, 1)
            self._grid.addWidget(waits, row + 1, 1)
            self.lines.append(f"{first.text()} {waits.text()}")
            row += 2
        self._grid.setRowStretch(row, 1)

    def _changed(self, changes: ChangeSet) -> None:
        if changes.touches("bundel") and self._controller.is_unlocked:
            self.refresh()

    def text(self) -> str:
        """The list as plain text (for tests)."""
        return "\n".join(self.lines)

    def sizeHint(self) -> QSize:  # Qt override
        """A list of a few bundles, well inside 1366x768."""
        return QSize(680, 360)
