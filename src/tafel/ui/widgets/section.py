"""A titled white card with an icon, and a read-only table that fits its rows."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tafel.ui.icons import icon
from tafel.ui.style import set_role


class Section(QFrame):
    """A card with an icon, a title, an optional note and a body widget."""

    def __init__(self, icon_name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("section")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        header = QHBoxLayout()
        glyph = QLabel()
        glyph.setPixmap(icon(icon_name).pixmap(QSize(22, 22)))
        self.title = QLabel(title)
        set_role(self.title, "section")
        header.addWidget(glyph)
        header.addWidget(self.title)
        header.addStretch(1)
        layout.addLayout(header)
        self.note = QLabel()
        self.note.setWordWrap(True)
        set_role(self.note, "muted")
        self.note.hide()
        layout.addWidget(self.note)
        self.body = QVBoxLayout()
        layout.addLayout(self.body)

    def set_note(self, text: str) -> None:
        """A sentence under the title; empty hides it."""
        self.note.setText(text)
        self.note.setVisible(bool(text))


class FittedTable(QTableWidget):
    """A read-only table as tall as its rows, so the page scrolls instead of the table."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(list(headers))
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setShowGrid(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def set_rows(self, rows: Sequence[Sequence[str]], empty_text: str = "") -> None:
        """Fill the table; with no rows, show ``empty_text`` in one spanning row."""
        self.clearSpans()
        self.setRowCount(0)
        if not rows and empty_text:
            self.setRowCount(1)
            item = QTableWidgetItem(empty_text)
            item.setForeground(Qt.GlobalColor.darkGray)
            self.setItem(0, 0, item)
            self.setSpan(0, 0, 1, self.columnCount())
        for row_values in rows:
            row = self.rowCount()
            self.insertRow(row)
            for column, value in enumerate(row_values):
                self.setItem(row, column, QTableWidgetItem(value))
        self._fit_height()

    def _fit_height(self) -> None:
        self.resizeRowsToContents()
        height = self.horizontalHeader().height() + 4
        height += sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Wrapped text needs new row heights when the width changes."""
        super().resizeEvent(event)
        if self.rowCount():
            self._fit_height()
