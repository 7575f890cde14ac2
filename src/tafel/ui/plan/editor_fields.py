"""The toekomstplan editor's fields: a written part, an optional date, Dutch amounts.

A written part is a heading, a large-type box whose placeholder is the part's question in
plain words, and a mark under it when a professional wrote it (the plan is the young
person's own, so words that are not theirs say so). Amounts and quantities are typed the
Dutch way (1.700,00) and read back by :func:`parse_amount`.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tafel.domain.dates import QT_DATE_FORMAT
from tafel.domain.plan_content import Auteur, format_euro
from tafel.ui.i18n import fill
from tafel.ui.icons import icon
from tafel.ui.plan.plan_labels import part_label, part_question
from tafel.ui.style import set_role

NO_DATE = QDate(2000, 1, 1)
DUTCH = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)


class GrowingText(QPlainTextEdit):
    """A box that grows with its text from ``lines`` to ``most`` lines, then scrolls.

    Tab moves on, so the keyboard never gets stuck in a box.
    """

    def __init__(self, lines: int = 3, most: int = 12, spare: int = 1,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines, self._most, self._spare = lines, most, spare
        self.setTabChangesFocus(True)
        set_role(self, "plantext")
        self.document().documentLayout().documentSizeChanged.connect(lambda _s: self._fit())
        self._fit()

    def _fit(self) -> None:
        written = int(self.document().size().height()) + self._spare
        shown = max(self._lines, min(self._most, written))
        spacing = self.fontMetrics().lineSpacing()
        frame = int(2 * self.document().documentMargin()) + 2 * self.frameWidth() + 16
        height = shown * spacing + frame
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        """A new width wraps the text differently: fit the height again."""
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        """The style sheet's larger font arrives after construction: fit again."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()


class TextPart(QWidget):
    """One written part of the plan: heading, box, and who wrote it when it was not them."""

    edited = Signal(str, str)  # key, text

    def __init__(self, key: str, lines: int = 3, heading: str | None = None,
                 question: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.heading = QLabel(heading if heading is not None else part_label(key))
        self.heading.setWordWrap(True)
        set_role(self.heading, "parthead")
        layout.addWidget(self.heading)
        self.box = GrowingText(lines)
        asked = question if question is not None else part_question(key)
        self.box.setPlaceholderText(asked)
        self.box.setToolTip(asked)
        self.box.setAccessibleName(self.heading.text())
        self.box.setAccessibleDescription(asked)
        self.heading.setBuddy(self.box)
        layout.addWidget(self.box)
        self.mark = QWidget()
        mark_row = QHBoxLayout(self.mark)
        mark_row.setContentsMargins(2, 0, 0, 0)
        mark_row.setSpacing(6)
        glyph = QLabel()
        glyph.setPixmap(icon("writer-pro").pixmap(QSize(16, 16)))
        self.mark_label = QLabel()
        self.mark_label.setWordWrap(True)
        set_role(self.mark_label, "authormark")
        mark_row.addWidget(glyph)
        mark_row.addWidget(self.mark_label, 1)
        self.mark.hide()
        layout.addWidget(self.mark)
        self.box.textChanged.connect(self._changed)
        self._quiet = False

    def text(self) -> str:
        """What the box holds."""
        return self.box.toPlainText()

    def set_text(self, text: str) -> None:
        """Show ``text`` without counting it as an edit (the cursor stays when unchanged)."""
        if self.box.toPlainText() == text:
            return
        self._quiet = True
        try:
            self.box.setPlainText(text)
        finally:
            self._quiet = False

    def set_author(self, auteur: Auteur | None) -> None:
        """Mark the part as written by a professional (``None``: the young person's words)."""
        if auteur is None:
            self.mark.hide()
            return
        name = auteur.naam or self.tr("a professional")
        self.mark_label.setText(fill(self.tr("Written by %1 (professional)"), name))
        self.mark.show()

    def set_editable(self, on: bool) -> None:
        """Read-only for signed, replaced and older versions."""
        self.box.setReadOnly(not on)
        self.box.setPlaceholderText(self.box.accessibleDescription() if on else "")
        self.box.setProperty("locked", not on)
        self.box.style().unpolish(self.box)
        self.box.style().polish(self.box)

    def _changed(self) -> None:
        if not self._quiet:
            self.edited.emit(self.key, self.box.toPlainText())


class DateField(QDateEdit):
    """A Dutch date (dd-mm-jjjj) with a calendar, or no date at all; emits ``chosen``."""

    chosen = Signal(object)  # date | None

    def __init__(self, allow_empty: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLocale(DUTCH)
        self.setDisplayFormat(QT_DATE_FORMAT)
        self.setCalendarPopup(True)
        self.calendarWidget().setLocale(DUTCH)
        self.calendarWidget().setGridVisible(False)
        self.calendarWidget().installEventFilter(self)
        self.setMinimumDate(NO_DATE)
        self.setMaximumDate(QDate(2100, 12, 31))
        if allow_empty:
            self.setSpecialValueText(self.tr("no date"))
        self.setMinimumWidth(150)
        self._quiet = False
        self.dateChanged.connect(self._changed)

    def value(self) -> date | None:
        """The chosen date, or None."""
        chosen = self.date()
        return None if chosen == NO_DATE else date(chosen.year(), chosen.month(), chosen.day())

    def set_value(self, value: date | None) -> None:
        """Show ``value`` without counting it as a choice."""
        target = QDate(value.year, value.month, value.day) if value else NO_DATE
        if self.date() == target:
            return
        self._quiet = True
        try:
            self.setDate(target)
        finally:
            self._quiet = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        """Open the calendar on this month when no date was chosen yet (not on 2000)."""
        if event.type() == QEvent.Type.Show and self.date() == NO_DATE:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def _changed(self, _value: QDate) -> None:
        if not self._quiet:
            self.chosen.emit(self.value())


def quiet_line(edit: QLineEdit, text: str) -> None:
    """Put ``text`` in a line edit (``textEdited`` stays quiet) only when it differs."""
    if edit.text() != text:
        edit.setText(text)
        edit.setCursorPosition(0)  # show the start of a long text, not its end


_THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3})+$")


def parse_amount(text: str) -> float | None:
    """A number typed the Dutch way: ``1.700,50``, ``1700,5``, ``1,5``, ``€ 1.700``.

    A dot before exactly three digits is read as a thousands separator (Dutch), otherwise
    as a decimal point, because people type both. None when it is not a number.
    """
    cleaned = text.replace("€", "").replace(" ", "").replace("\u00a0", "").strip()
    if not cleaned:
        return 0.0
    if "," in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    elif _THOUSANDS.match(cleaned):
        cleaned = cleaned.replace(".", "")
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None  # no NaN


def parse_cents(text: str) -> int | None:
    """An amount in euro, typed the Dutch way, as cents (None when not a number)."""
    value = parse_amount(text)
    return None if value is None else round(value * 100)


def amount_text(cents: int) -> str:
    """Cents as they are typed: ``1.700,00`` (without the euro sign)."""
    return format_euro(cents).replace("€ ", "")
