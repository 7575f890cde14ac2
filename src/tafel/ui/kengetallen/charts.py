"""Two small bar charts drawn with QPainter: counts per row, and changes around zero.

No chart library: the venv has no QtCharts, and the figures are a handful of rows. A
suppressed cell is drawn as an empty dashed box with the words "not shown", never as a bar,
so nothing on screen hints at its size. Rows are drawn in the view's fixed order; nothing is
sorted by size or coloured as good or bad, so the charts rank nothing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from tafel.ui.icons import ACCENT, MUTED

ROW = 27
CHANGE_ROW = 34
AXIS = 20
VALUE = 64
COUNT = 104
YOUNG = "#c77d1e"  # the young person's voice, beside the accent of the professional's
TOTAL = "#9aa7ab"
INK = QColor("#1d2327")
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Staaf:
    """One row: its words, its value (None: suppressed) and how it is shown."""

    label: str
    waarde: float | None
    tekst: str
    totaal: bool = False


@dataclass(frozen=True)
class Verandering:
    """One row of changes: a label and the two voices (None: suppressed).

    ``*_casussen`` is the text beside each bar that says how many cases it describes.
    """

    label: str
    professional: float | None
    professional_tekst: str
    professional_casussen: str
    jongere: float | None
    jongere_tekst: str
    jongere_casussen: str
    alleen_jongere: bool = False  # the rapportcijfer: the young person's own figure only


def _hidden_box(painter: QPainter, rect: QRectF, words: str) -> None:
    painter.setPen(QPen(QColor(MUTED), 1, Qt.PenStyle.DashLine))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect, 3, 3)
    painter.setPen(QColor(MUTED))
    painter.drawText(rect.adjusted(8, 0, 0, 0), LEFT, words)


def _label_width(painter: QPainter | QFontMetrics, labels: list[str]) -> int:
    metrics = painter.fontMetrics() if isinstance(painter, QPainter) else painter
    return max((metrics.horizontalAdvance(text) for text in labels), default=0) + 16


def _hidden_width(metrics: QFontMetrics, words: str) -> int:
    """The least width of a "not shown" box: its words whole (at 960x540 they were cut)."""
    return metrics.horizontalAdvance(words) + 16


class CountBars(QWidget):
    """Horizontal bars, one per row, scaled to the largest shown value."""

    def __init__(self, hidden_words: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Staaf] = []
        self._hidden = hidden_words
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: list[Staaf]) -> None:
        """Show these rows."""
        self._rows = rows
        self.setFixedHeight(max(1, len(rows)) * ROW + 4)
        self.update()

    def sizeHint(self) -> QSize:  # Qt override
        """As tall as its rows."""
        return QSize(420, max(1, len(self._rows)) * ROW + 4)

    def minimumSizeHint(self) -> QSize:  # Qt override
        """Its labels, a "not shown" box with its words whole, and a value."""
        bold = self.font()
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        label = _label_width(metrics, [r.label for r in self._rows])
        return QSize(label + _hidden_width(metrics, self._hidden) + VALUE,
                     max(1, len(self._rows)) * ROW + 4)

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        """Label, bar and value per row; a dashed empty box where a cell is not shown."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bold = painter.font()
        bold.setBold(True)
        painter.setFont(bold)  # the widest label is measured bold, as the total is drawn
        label = _label_width(painter, [r.label for r in self._rows])
        width = max(40, self.width() - label - VALUE)
        top = max((r.waarde for r in self._rows if r.waarde is not None), default=0) or 1
        for i, row in enumerate(self._rows):
            y = i * ROW + 2
            font = painter.font()
            font.setBold(row.totaal)
            painter.setFont(font)
            painter.setPen(INK)
            painter.drawText(QRectF(0, y, label - 8, ROW - 4), LEFT, row.label)
            if row.waarde is None:
                box = max(min(width, 140), _hidden_width(painter.fontMetrics(), self._hidden))
                _hidden_box(painter, QRectF(label, y + 2, box, ROW - 8), self._hidden)
                continue
            length = max(3.0, width * row.waarde / top)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(TOTAL if row.totaal else ACCENT))
            painter.drawRoundedRect(QRectF(label, y + 3, length, ROW - 10), 3, 3)
            painter.setPen(INK)
            painter.drawText(QRectF(label + length + 8, y, VALUE, ROW - 4), LEFT, row.tekst)
        painter.end()


class ChangeBars(QWidget):
    """Two thin bars per row (the professional's and the young person's), left or right of 0.

    The axis runs from minus to plus the largest change shown, rounded up to a whole number
    (at least ``minimum``); its ends are labelled, so a short bar is never read as small
    when the axis is short too.
    """

    def __init__(self, hidden_words: str, minimum: float = 1.0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Verandering] = []
        self._hidden = hidden_words
        self._minimum = minimum
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: list[Verandering]) -> None:
        """Show these rows."""
        self._rows = rows
        self.setFixedHeight(max(1, len(rows)) * CHANGE_ROW + AXIS + 4)
        self.update()

    def sizeHint(self) -> QSize:  # Qt override
        """As tall as its rows and the axis."""
        return QSize(420, max(1, len(self._rows)) * CHANGE_ROW + AXIS + 4)

    def minimumSizeHint(self) -> QSize:  # Qt override
        """Its labels, room right of zero for a "not shown" box with its words whole, counts."""
        metrics = self.fontMetrics()
        label = _label_width(metrics, [r.label for r in self._rows])
        half = max(130, _hidden_width(metrics, self._hidden)) + 6
        return QSize(label + max(120, 2 * half) + COUNT,
                     max(1, len(self._rows)) * CHANGE_ROW + AXIS + 4)

    def scale(self) -> float:
        """Half the axis: the largest change shown, rounded up, at least the minimum."""
        values = [abs(v) for r in self._rows for v in (r.professional, r.jongere)
                  if v is not None]
        return float(max(self._minimum, math.ceil(max(values, default=0.0))))

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        """A zero line and a labelled axis; per row two bars from zero, each with its value."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        label = _label_width(painter, [r.label for r in self._rows])
        width = max(120, self.width() - label - COUNT)
        half = width / 2 - VALUE
        zero = label + width / 2
        scale = self.scale()
        bottom = len(self._rows) * CHANGE_ROW
        painter.setPen(QPen(QColor(TOTAL), 1))
        painter.drawLine(int(zero), 0, int(zero), bottom)
        painter.setPen(QColor(MUTED))
        shown = any(v is not None for r in self._rows for v in (r.professional, r.jongere))
        marks = ((f"-{scale:g}", zero - half), ("0", zero), (f"+{scale:g}", zero + half))
        for mark, x in marks if shown else ():
            painter.drawLine(int(x), bottom, int(x), bottom + 4)
            painter.drawText(QRectF(x - 30, bottom + 3, 60, AXIS - 4),
                             Qt.AlignmentFlag.AlignCenter, mark)
        for i, row in enumerate(self._rows):
            y = i * CHANGE_ROW + 2
            painter.setPen(INK)
            painter.drawText(QRectF(0, y, label - 8, CHANGE_ROW - 6), LEFT, row.label)
            if row.jongere is None and (row.professional is None or row.alleen_jongere):
                box = max(130, _hidden_width(painter.fontMetrics(), self._hidden))
                _hidden_box(painter, QRectF(zero + 6, y + 4, box, CHANGE_ROW - 14),
                            self._hidden)  # the whole row: one box, as in the counts
                continue
            bars = ((row.professional, row.professional_tekst, row.professional_casussen, ACCENT),
                    (row.jongere, row.jongere_tekst, row.jongere_casussen, YOUNG))
            for j, (value, text, count, colour) in enumerate(bars):
                if j == 0 and row.alleen_jongere:
                    continue
                thick = CHANGE_ROW // 2 - 6
                slot = 0.5 if row.alleen_jongere else j  # a single bar sits in the middle
                top = y + 2 + slot * (thick + 4)
                if value is None:  # one voice hidden: a thin dashed box, the words beside it
                    painter.setPen(QPen(QColor(MUTED), 1, Qt.PenStyle.DashLine))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRoundedRect(QRectF(zero + 2, top, 36, thick), 2, 2)
                    painter.setPen(QColor(MUTED))
                    painter.drawText(QRectF(zero + 44, top - 4, 140, thick + 8), LEFT,
                                     self._hidden)
                    continue
                length = max(2.0, half * abs(value) / scale)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(colour))
                left = zero if value >= 0 else zero - length
                painter.drawRoundedRect(QRectF(left, top, length, thick), 2, 2)
                painter.setPen(INK)
                if value >= 0:
                    painter.drawText(QRectF(zero + length + 5, top - 4, VALUE, thick + 8), LEFT,
                                     text)
                else:
                    painter.drawText(QRectF(zero - length - 5 - VALUE, top - 4, VALUE,
                                            thick + 8), RIGHT, text)
                if row.professional_casussen != row.jongere_casussen or row.alleen_jongere:
                    painter.setPen(QColor(MUTED))
                    painter.drawText(QRectF(label + width + 4, top - 4, COUNT - 4, thick + 8),
                                     LEFT, count)
            if row.professional_casussen == row.jongere_casussen and not row.alleen_jongere:
                painter.setPen(QColor(MUTED))  # one count for both voices
                painter.drawText(QRectF(label + width + 4, y, COUNT - 4, CHANGE_ROW - 6), LEFT,
                                 row.jongere_casussen)
        painter.end()
