"""A casus-overleg's record on screen: who was there, what was concluded and agreed.

Built from the :class:`~tafel.views.overleg.OverlegVerslag` alone, the same value the printed
page is made from, so the screen shows exactly what goes on paper and nothing more. That
matters when the laptop mirrors the wall: the finishing dialog then appears in front of the
room, and the record holds only what everyone who was there may see.

Who was not there is named only when everyone present may see personal details; otherwise
the screen says how many were not there, as the paper leaves them out.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QWidget

from tafel.domain.enums import Gegevenscategorie
from tafel.ui.casus.formatting import fmt_date
from tafel.ui.i18n import fill
from tafel.ui.style import set_role
from tafel.views.overleg import OverlegVerslag

MUTED = "#5b6770"


class VerslagWeergave(QFrame):
    """The record as a form of read-only lines; ``text()`` gives all of it (for tests)."""

    def __init__(self, parent: QWidget | None = None, *, met_evaluatie: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("overlegVerslag")
        self.setStyleSheet("QFrame#overlegVerslag { background: #f8fafa; "
                           "border: 1px solid #dde3e4; border-radius: 8px; }")
        self.form = QFormLayout(self)
        self.form.setContentsMargins(16, 14, 16, 14)
        self.form.setVerticalSpacing(10)
        self.form.setHorizontalSpacing(18)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.aanwezig = self._line(self.tr("Present"))
        self.afwezig = self._line(self.tr("Not present"))
        self.conclusies = self._line(self.tr("Conclusions"))
        self.afspraken = self._line(self.tr("Agreements"))
        self.evaluatie = self._line(self.tr("Next evaluation")) if met_evaluatie else None

    def _line(self, caption: str) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        head = QLabel(caption)
        set_role(head, "muted")
        self.form.addRow(head, label)
        return label

    def toon(self, verslag: OverlegVerslag, afwezig: Sequence[str] = (),
             today: date | None = None) -> None:
        """Show ``verslag``; ``afwezig``: who was not there, while the record names no one yet.

        Those names are shown only when everyone present may see personal details (as the
        record will); otherwise only how many. ``today`` marks a next evaluation that has
        passed.
        """
        self.aanwezig.setText("<br>".join(escape(a) for a in verslag.aanwezigen)
                              or self._muted(self.tr("No one ticked as present.")))
        self.afwezig.setText(self._absent(verslag, afwezig))
        none = (self.tr("No conclusions written down.") if verslag.categorieen else self.tr(
            "None on the record: not everyone present may see data from the case file."))
        self.conclusies.setText("<br>".join(f"• {escape(c)}" for c in verslag.conclusies)
                                or self._muted(none))
        self.afspraken.setText(self._agreements(verslag))
        if self.evaluatie is not None:
            when = verslag.volgende_evaluatie
            if when is None:
                text = self._muted(self.tr("Not set yet"))
            elif today is not None and when < today:
                passed = self.tr("has passed")
                text = (f"<b>{fmt_date(when)}</b> <span style='color:#b25e00'>"
                        f"{escape(passed)}</span>")
            else:
                text = f"<b>{fmt_date(when)}</b>"
            self.evaluatie.setText(text)

    def _absent(self, verslag: OverlegVerslag, afwezig: Sequence[str]) -> str:
        names = verslag.afwezigen
        if not names and Gegevenscategorie.PERSOONSGEGEVENS in verslag.categorieen:
            names = tuple(afwezig)
        if names:
            return "<br>".join(escape(a) for a in names)
        if not afwezig:
            return self._muted(self.tr("Everyone was there."))
        return escape(self.tr(
            "%n person(s) of the household and network (not named: not everyone present "
            "may see personal details)", "", len(afwezig)))

    def _agreements(self, verslag: OverlegVerslag) -> str:
        lines = []
        for regel in verslag.afspraken:
            when = (fill(self.tr("by %1"), fmt_date(regel.deadline)) if regel.deadline
                    else self.tr("no date"))
            lines.append(f"<b>{escape(regel.kop)}</b>: {escape(regel.tekst)} "
                         f"<span style='color:{MUTED}'>({escape(when)})</span>")
        if not lines:
            lines.append(self._muted(self.tr("No new agreements.")))
        if verslag.niet_getoond:
            lines.append(self._muted(self.tr(
                "%n agreement(s) not on the record: not everyone present may see that part.",
                "", verslag.niet_getoond)))
        return "<br>".join(lines)

    @staticmethod
    def _muted(text: str) -> str:
        return f"<span style='color:{MUTED}'>{escape(text)}</span>"

    def text(self) -> str:
        """Everything shown, as plain text."""
        labels = [self.aanwezig, self.afwezig, self.conclusies, self.afspraken]
        if self.evaluatie is not None:
            labels.append(self.evaluatie)
        document = QTextDocument()
        parts = []
        for label in labels:
            document.setHtml(label.text())
            parts.append(document.toPlainText())
        return "\n".join(parts)
