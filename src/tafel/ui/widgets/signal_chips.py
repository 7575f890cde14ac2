"""Signal chips in a table cell, drawn whole or not at all.

The case list's signal column used to show one label elided ("Wordt binnen een half ja…").
This delegate draws each signal as a chip; the most pressing one always shows in full (its
text wraps inside the chip when the column is narrow), the next ones only if they fit on the
same line, and the rest are counted in a "+N" chip. The tooltip still names every signal.
The view asks :func:`row_height` for a row height that fits the tallest first chip, so no
chip is ever clipped by its row.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPainter, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

PAD_X = 8
PAD_Y = 3
GAP = 6
MARGIN = 5
MIN_ROW = 34
_WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(
    Qt.AlignmentFlag.AlignVCenter)

_FILL = QColor("#fff2df")
_BORDER = QColor("#f0c48a")
_TEXT = QColor("#7a4100")


def _text_rect(fm: QFontMetrics, text: str, width: int) -> QRect:
    """The text's size when it may wrap at ``width`` pixels."""
    found = fm.boundingRect(QRect(0, 0, max(width, 1), 10_000), _WRAP, text)
    return found.adjusted(0, 0, 2, 0)  # a little slack, so drawing never wraps once more


def chip_layout(labels: Sequence[str], width: int, fm: QFontMetrics) -> list[tuple[QRect, str]]:
    """Where each drawn chip goes in a cell ``width`` wide: whole chips only, then "+N"."""
    placed: list[tuple[QRect, str]] = []
    x = MARGIN
    inner = width - 2 * MARGIN
    for i, label in enumerate(labels):
        left = len(labels) - i - 1
        more = f"+{left}" if left else ""
        reserve = (fm.horizontalAdvance(more) + 2 * PAD_X + GAP) if more else 0
        if i == 0:
            text = _text_rect(fm, label, inner - reserve - 2 * PAD_X)
            placed.append((QRect(x, 0, text.width() + 2 * PAD_X, text.height() + 2 * PAD_Y),
                           label))
        else:
            w = fm.horizontalAdvance(label) + 2 * PAD_X + 2
            if x + w + reserve > MARGIN + inner:
                count = f"+{len(labels) - i}"
                placed.append((QRect(x, 0, fm.horizontalAdvance(count) + 2 * PAD_X,
                                     fm.height() + 2 * PAD_Y), count))
                break
            placed.append((QRect(x, 0, w, fm.height() + 2 * PAD_Y), label))
        x = placed[-1][0].right() + 1 + GAP
    return placed


def row_height(first_labels: set[str], width: int, fm: QFontMetrics) -> int:
    """A row height that fits every row's first chip at this column width."""
    tallest = max((r.height() for label in first_labels
                   for r, _ in chip_layout([label, "x"], width, fm)[:1]), default=0)
    return max(MIN_ROW, tallest + 2 * MARGIN)


class SignalChipsDelegate(QStyledItemDelegate):
    """Paints a cell's signal labels (``labels_role``) as chips."""

    def __init__(self, labels_role: int, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._role = labels_role

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        """The item's background and focus as usual, then the chips instead of the text."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.icon = QIcon()
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        labels = index.data(self._role) or []
        if not labels:
            return
        fm = QFontMetrics(opt.font)
        rect = option.rect  # type: ignore[attr-defined]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(opt.font)
        for chip, text in chip_layout(labels, rect.width(), fm):
            top = rect.top() + (rect.height() - chip.height()) // 2
            placed = chip.translated(rect.left(), top)
            box = QRectF(placed).adjusted(0.5, 0.5, -0.5, -0.5)
            painter.setPen(QPen(_BORDER, 1))
            painter.setBrush(_FILL)
            painter.drawRoundedRect(box, 9, 9)
            painter.setPen(_TEXT)
            painter.drawText(placed.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y), _WRAP, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        """Wide enough for the first chip on one line."""
        labels = index.data(self._role) or []
        fm = QFontMetrics(option.font)  # type: ignore[attr-defined]
        width = fm.horizontalAdvance(labels[0]) + 2 * PAD_X + 2 * MARGIN if labels else 0
        return QSize(width, MIN_ROW)

