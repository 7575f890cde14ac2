"""Who is in the room: a box to tick per person around the case, and guests added by name.

Used by the start dialog, the control view (ticking someone in or out redraws the wall at
once) and the mirror's attendance dialog. The young person comes first, then the household,
the own network and the professionals, each with their role. A guest has no record and no
consent: with a guest ticked, the wall shows no case data, and the list says so in words.

In the mirror (the room sees this list) people who are not in the room are shown by their
role only unless the room may see personal details (``namen=False``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tafel.domain.overleg import Aanwezige, AanwezigeSoort
from tafel.ui.icons import icon
from tafel.ui.overleg.teksten import persoon_regel, soort_label
from tafel.ui.style import set_role
from tafel.views.overleg import AanwezigeView

GROEPEN = (AanwezigeSoort.HUISHOUDEN, AanwezigeSoort.INFORMEEL, AanwezigeSoort.PROFESSIONEEL,
           AanwezigeSoort.GAST)
GAST_NAAM_MAX = 80


def sleutel(persoon: AanwezigeView | Aanwezige) -> str:
    """One person in the list: their record id, or a guest's name."""
    return str(persoon.id) if persoon.id is not None else f"gast:{persoon.naam}"


class ElidedLabel(QLabel):
    """One line that ends in "…" when the column is too narrow, instead of widening it."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setMinimumWidth(0)
        self.setToolTip(text)

    def minimumSizeHint(self):  # type: ignore[no-untyped-def]  # Qt override
        """As narrow as need be."""
        hint = super().minimumSizeHint()
        hint.setWidth(0)
        return hint

    def paintEvent(self, _event: QPaintEvent) -> None:  # Qt override
        """The text cut short to the width."""
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                             self.width())
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignVCenter), text)


class AanwezigenLijst(QWidget):
    """Tick who is present; ``gewijzigd`` when someone is ticked, unticked or added."""

    gewijzigd = Signal()

    def __init__(self, kandidaten: Sequence[AanwezigeView], parent: QWidget | None = None, *,
                 namen: bool = True, compact: bool = False) -> None:
        super().__init__(parent)
        self._namen = namen
        self._compact = compact
        self._stil = False
        self.boxes: dict[str, QCheckBox] = {}
        self.personen: dict[str, AanwezigeView] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self._groepen: dict[AanwezigeSoort, QVBoxLayout] = {}
        self._koppen: dict[AanwezigeSoort, QLabel] = {}
        for soort in GROEPEN:
            kop = QLabel(self._groep_kop(soort))
            set_role(kop, "voice")
            layout.addWidget(kop)
            box = QVBoxLayout()
            box.setContentsMargins(4 if compact else 8, 0, 0, 4)
            box.setSpacing(0 if compact else 2)
            layout.addLayout(box)
            self._groepen[soort] = box
            self._koppen[soort] = kop
        for persoon in kandidaten:
            self._voeg_toe(persoon, aan=False)

        guest_row = QHBoxLayout()
        guest_row.setSpacing(6)
        self.gast_edit = QLineEdit()
        self.gast_edit.setMaxLength(GAST_NAAM_MAX)
        self.gast_edit.setPlaceholderText(self.tr("A guest's name"))
        self.gast_edit.setAccessibleName(self.tr("Name of a guest"))
        self.gast_edit.returnPressed.connect(self.voeg_gast_toe)
        self.gast_button = QPushButton(icon("add"), "" if compact else self.tr("Add guest"))
        self.gast_button.setAccessibleName(self.tr("Add guest"))
        self.gast_button.setToolTip(self.tr(
            "Someone in the room who is not in the case file, such as a trainee or an "
            "interpreter"))
        self.gast_button.clicked.connect(self.voeg_gast_toe)
        guest_row.addWidget(self.gast_edit, 1)
        guest_row.addWidget(self.gast_button)
        layout.addSpacing(4)
        layout.addLayout(guest_row)
        self.gast_melding = QLabel(self.tr(
            "A guest has no consent: with a guest in the room, the wall shows no case data."))
        self.gast_melding.setWordWrap(True)
        set_role(self.gast_melding, "muted")
        layout.addWidget(self.gast_melding)
        self._toon_groepen()

    def _groep_kop(self, soort: AanwezigeSoort) -> str:
        return {
            AanwezigeSoort.HUISHOUDEN: self.tr("Household"),
            AanwezigeSoort.INFORMEEL: self.tr("Own network"),
            AanwezigeSoort.PROFESSIONEEL: self.tr("Professionals"),
            AanwezigeSoort.GAST: self.tr("Guests"),
        }[soort]

    def _regel(self, persoon: AanwezigeView) -> str:
        if self._namen or persoon.soort is AanwezigeSoort.GAST:
            return persoon_regel(persoon)
        return persoon.rol or soort_label(persoon.soort)

    def _voeg_toe(self, persoon: AanwezigeView, aan: bool) -> QCheckBox:
        key = sleutel(persoon)
        if key in self.boxes:
            box = self.boxes[key]
            box.setChecked(aan or box.isChecked())
            return box
        if self._compact:  # a narrow column: the name, and the role cut short beside it
            box = QCheckBox(persoon.naam)
            rol = ElidedLabel(persoon.rol if self._namen else "")
            set_role(rol, "muted")
            row = QHBoxLayout()
            row.setSpacing(6)
            row.addWidget(box)
            row.addWidget(rol, 1)
            self._groepen[persoon.soort].addLayout(row)
        else:
            box = QCheckBox(self._regel(persoon))
            self._groepen[persoon.soort].addWidget(box)
        box.setChecked(aan)
        box.setAccessibleName(self._regel(persoon))
        box.setToolTip(self._regel(persoon))
        box.toggled.connect(self._getikt)
        self.boxes[key] = box
        self.personen[key] = persoon
        return box

    def _toon_groepen(self) -> None:
        for soort, kop in self._koppen.items():
            kop.setVisible(any(p.soort is soort for p in self.personen.values()))
        gast = any(self.boxes[k].isChecked() for k, p in self.personen.items()
                   if p.soort is AanwezigeSoort.GAST)
        set_role(self.gast_melding, "chip" if gast else "muted")

    def _getikt(self, _on: bool) -> None:
        self._toon_groepen()
        if not self._stil:
            self.gewijzigd.emit()

    # -- reading and setting ------------------------------------------------------------

    def voeg_gast_toe(self) -> None:
        """Add the guest whose name was typed, ticked as present."""
        naam = " ".join(self.gast_edit.text().split())
        if not naam:
            self.gast_edit.setFocus()
            return
        self.gast_edit.clear()
        self._voeg_toe(AanwezigeView(AanwezigeSoort.GAST, naam), aan=True)
        self._toon_groepen()
        self.gewijzigd.emit()

    def kies(self) -> list[Aanwezige]:
        """Everyone ticked, in the list's order."""
        return [self.personen[k].aanwezige for k, box in self.boxes.items() if box.isChecked()]

    def zet(self, aanwezigen: Sequence[AanwezigeView]) -> None:
        """Tick exactly ``aanwezigen`` (guests added as needed), without ``gewijzigd``."""
        self._stil = True
        try:
            present = {sleutel(p) for p in aanwezigen}
            for persoon in aanwezigen:
                self._voeg_toe(persoon, aan=True)
            for key, box in self.boxes.items():
                box.setChecked(key in present)
        finally:
            self._stil = False
        self._toon_groepen()

    def box_voor(self, naam: str) -> QCheckBox:
        """The box of the person whose name starts with ``naam`` (for tests and scripts)."""
        for key, persoon in self.personen.items():
            if persoon.naam.startswith(naam):
                return self.boxes[key]
        raise KeyError(naam)

    def heeft_gast(self) -> bool:
        """Whether a guest is ticked as present."""
        return any(p.soort is AanwezigeSoort.GAST for p in self.kies())

