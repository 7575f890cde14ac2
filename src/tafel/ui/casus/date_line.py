"""A date typed as the Dutch write it (15-05-1980), or left empty.

A line edit rather than a date spinner: a birth date is typed in one go at the kitchen table,
an empty field means "no date", and a wrong year (1899, next year) reaches the service, which
answers with its own Dutch sentence instead of being silently clamped by a spinner.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtWidgets import QLineEdit, QWidget

from tafel.domain.dates import short_date
from tafel.ui.i18n import fill

_PARTS = re.compile(r"^\s*(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})\s*$")


class BadInput(ValueError):
    """Typed text the form cannot read (a date, a number); the message is one Dutch sentence."""


class DateLine(QLineEdit):
    """An optional date: ``value()`` is a date, None when empty, or raises :class:`BadInput`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("e.g. 15-05-2008"))
        self.setMaxLength(10)
        self.setMaximumWidth(160)

    def value(self) -> date | None:
        """The typed date, None when the field is empty."""
        text = self.text().strip()
        if not text:
            return None
        match = _PARTS.match(text)
        try:
            if match is None:
                raise ValueError(text)
            day, month, year = (int(g) for g in match.groups())
            return date(year, month, day)
        except ValueError:
            raise BadInput(fill(self.tr("'%1' is not a date: write it as day-month-year, "
                                       "for example 15-05-2008."), text)) from None

    def set_value(self, value: date | None) -> None:
        """Show ``value`` (empty for None)."""
        self.setText(short_date(value, ""))
