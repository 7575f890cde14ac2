"""A readable list of records: a bold name with a muted line, and details beside it.

Plain labels wrap reliably at any width, where table cells with wrapped text clip. It reads
more like a page than a spreadsheet, which suits a screen the family looks at too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from tafel.ui.style import set_role


@dataclass(frozen=True)
class Record:
    """One entry: a title, a muted subtitle and detail lines."""

    title: str
    subtitle: str = ""
    details: Sequence[str] = ()


class RecordList(QWidget):
    """Rows of records separated by thin lines; an empty list shows one muted sentence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 4, 0, 0)
        self._grid.setHorizontalSpacing(18)
        self._grid.setVerticalSpacing(6)
        self._grid.setColumnStretch(0, 1)
        self._grid.setColumnStretch(1, 1)
        self.records: list[Record] = []

    def set_records(self, records: Sequence[Record], empty_text: str = "") -> None:
        """Replace the shown records."""
        self.records = list(records)
        clear_grid(self._grid)
        if not records:
            self._grid.addWidget(muted_note(empty_text), 0, 0, 1, 2)
            return
        row = 0
        for index, record in enumerate(records):
            if index:
                self._grid.addWidget(separator(), row, 0, 1, 2)
                row += 1
            left = QLabel(self._left_html(record))
            left.setTextFormat(Qt.TextFormat.RichText)
            left.setWordWrap(True)
            left.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            right = QLabel("\n".join(d for d in record.details if d))
            right.setTextFormat(Qt.TextFormat.PlainText)
            right.setWordWrap(True)
            right.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            right.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._grid.addWidget(left, row, 0)
            self._grid.addWidget(right, row, 1)
            row += 1

    def text(self) -> str:
        """Everything shown, as plain text (for tests and the clipboard)."""
        return "\n".join(
            "\n".join([r.title, r.subtitle, *r.details]) for r in self.records
        )

    @staticmethod
    def _left_html(record: Record) -> str:
        title = escape(record.title)
        subtitle = escape(record.subtitle)
        sub = f"<br><span style='color:#5b6770'>{subtitle}</span>" if subtitle else ""
        return f"<b>{title}</b>{sub}"


def discard(widget: QWidget) -> None:
    """Take a widget off the screen at once and delete it when Qt is ready."""
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()


def clear_grid(grid: QGridLayout) -> None:
    """Take every widget out of ``grid`` (a list shown again from new rows)."""
    while grid.count():
        item = grid.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            discard(widget)


def separator() -> QFrame:
    """The thin line between two records of a list."""
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setStyleSheet("color: #e3e8e9;")
    return line


def muted_note(text: str) -> QLabel:
    """A quiet sentence where a list is empty."""
    note = QLabel(text)
    note.setWordWrap(True)
    set_role(note, "muted")
    return note


def record_grid() -> tuple[QWidget, QGridLayout]:
    """The list of a case card (a record per row: what it is, then its details and buttons)."""
    holder = QWidget()
    grid = QGridLayout(holder)
    grid.setContentsMargins(0, 4, 0, 0)
    grid.setHorizontalSpacing(18)
    grid.setVerticalSpacing(6)
    grid.setColumnStretch(0, 1)
    grid.setColumnStretch(1, 2)
    return holder, grid
