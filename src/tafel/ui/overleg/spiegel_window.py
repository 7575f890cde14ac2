"""One screen, mirrored: the laptop shows what the wall shows, plus a slim strip to steer.

With a single screen the projector repeats the laptop, so this is the only window then: the
wall's picture (a :class:`~tafel.ui.overleg.wand_window.WandWindow`, built from the WandView
alone) and under it a strip with previous/next step, the curtain, the step's time, who is
present and "Overleg afronden". The strip is on the wall too, so it shows nothing the room may
not see: who is present by first name only when the room may see persoonsgegevens, otherwise
by kind ("gast", "professional"), and while the curtain is down not even that.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from tafel.domain.enums import Gegevenscategorie
from tafel.domain.overleg import TIJD_PER_STAP, Aanwezige, AanwezigeSoort, AgendaStap
from tafel.ui.i18n import fill
from tafel.ui.overleg.wand_style import DEEP, RAIL_TEXT
from tafel.ui.overleg.wand_window import WandWindow
from tafel.views.wand import WandView

STRIP_SHEET = f"""
QFrame#spiegelStrip {{ background: {DEEP}; }}
QFrame#spiegelStrip QLabel {{ color: {RAIL_TEXT}; font-size: 11pt; }}
QFrame#spiegelStrip QPushButton {{
    background: transparent; color: white; border: 1px solid #4f7378; border-radius: 8px;
    padding: 6px 14px; font-size: 11pt;
}}
QFrame#spiegelStrip QPushButton:hover {{ background: #1d4c51; }}
QFrame#spiegelStrip QPushButton:focus {{ border: 2px solid white; }}
QFrame#spiegelStrip QPushButton:checked {{ background: white; color: {DEEP}; font-weight: 600; }}
QFrame#spiegelStrip QPushButton:disabled {{ color: #5f8287; border-color: #2e5559; }}
QFrame#spiegelStrip QPushButton[role="primary"] {{
    background: white; color: {DEEP}; border: 1px solid white; font-weight: 600;
}}
"""


class SpiegelWindow(QWidget):
    """The wall's picture with a control strip under it, for one screen."""

    vorige = Signal()
    volgende = Signal()
    gordijn_gevraagd = Signal(bool)
    aanwezigen_gevraagd = Signal()
    afronden_gevraagd = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("tafel: casus-overleg"))
        self.setStyleSheet(STRIP_SHEET)
        self.wand = WandWindow(self)
        self._view: WandView | None = None
        self._aanwezigen: tuple[Aanwezige, ...] = ()
        self._names_allowed = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.wand, 1)
        layout.addWidget(self._strip())
        self.wand.volgende.connect(self.volgende)
        self.wand.vorige.connect(self.vorige)
        self.wand.gordijn_gevraagd.connect(self._curtain_moved)
        self._refresh()

    def _strip(self) -> QFrame:
        strip = QFrame()
        strip.setObjectName("spiegelStrip")
        row = QHBoxLayout(strip)
        row.setContentsMargins(16, 8, 16, 8)
        row.setSpacing(10)
        self.vorige_button = QPushButton(self.tr("‹ Previous step"))
        self.volgende_button = QPushButton(self.tr("Next step ›"))
        self.vorige_button.clicked.connect(self.vorige)
        self.volgende_button.clicked.connect(self.volgende)
        self.tijd_label = QLabel()
        self.gordijn_button = QPushButton(self.tr("Curtain (B)"))
        self.gordijn_button.setCheckable(True)
        self.gordijn_button.toggled.connect(self._curtain_clicked)
        self.aanwezigen_button = QPushButton()
        self.aanwezigen_button.clicked.connect(self.aanwezigen_gevraagd)
        self.afronden_button = QPushButton(self.tr("Finish the meeting"))
        self.afronden_button.setProperty("role", "primary")
        self.afronden_button.clicked.connect(self.afronden_gevraagd)
        for widget in (self.vorige_button, self.volgende_button):
            row.addWidget(widget)
        row.addSpacing(12)
        row.addWidget(self.tijd_label)
        row.addStretch(1)
        for widget in (self.aanwezigen_button, self.gordijn_button, self.afronden_button):
            row.addWidget(widget)
        return strip

    # -- the same API as the wall ----------------------------------------------------------

    def toon(self, view: WandView, stap: AgendaStap, *, verstreken: float = 0.0) -> None:
        """Show ``stap`` of ``view`` on the picture and the strip."""
        self._view = view
        self._names_allowed = Gegevenscategorie.PERSOONSGEGEVENS in view.categorieen
        self.wand.toon(view, stap, verstreken=verstreken)
        self._refresh()

    def gordijn(self, dicht: bool) -> None:
        """Drop or lift the curtain (on the picture, and the strip's names with it)."""
        self.wand.gordijn(dicht)
        self._refresh()

    @property
    def gordijn_dicht(self) -> bool:
        """The curtain is down."""
        return self.wand.gordijn_dicht

    def zet_aanwezigen(self, aanwezigen: Sequence[Aanwezige]) -> None:
        """Who is in the room, for the strip.

        When someone joins, names wait for the next :meth:`toon`: the room may see less now,
        and only the view made for the new room says whether names may be shown.
        """
        before = set(self._aanwezigen)
        self._aanwezigen = tuple(aanwezigen)
        if set(self._aanwezigen) - before:
            self._names_allowed = False
        self._refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.wand.handle_key(event):
            super().keyPressEvent(event)

    # -- the strip ---------------------------------------------------------------------------

    def _curtain_clicked(self, dicht: bool) -> None:
        if dicht != self.wand.gordijn_dicht:
            self.gordijn(dicht)
            self.gordijn_gevraagd.emit(dicht)

    def _curtain_moved(self, dicht: bool) -> None:
        self._refresh()
        self.gordijn_gevraagd.emit(dicht)

    def _refresh(self) -> None:
        dicht = self.wand.gordijn_dicht
        self.gordijn_button.blockSignals(True)
        self.gordijn_button.setChecked(dicht)
        self.gordijn_button.blockSignals(False)
        stap = self.wand.stap
        self.vorige_button.setEnabled(stap is not AgendaStap.SITUATIESCHETS)
        self.volgende_button.setEnabled(stap is not AgendaStap.VANGNET)
        line = self.wand.tijdlijn
        self.tijd_label.setText(self._time_text(line.verstreken, stap) if line else "")
        self.aanwezigen_button.setText(self._who_text(dicht))

    def _who_text(self, dicht: bool) -> str:
        people = self._aanwezigen
        if not people:
            return self.tr("Present (0)")
        if self._names_allowed and not dicht:
            names = [_first_name(p) for p in people]
            shown = ", ".join(names[:4]) + (f" +{len(names) - 4}" if len(names) > 4 else "")
            return fill(self.tr("Present (%1): %2"), len(people), shown)
        counts = Counter(p.soort for p in people)
        kinds = ", ".join(f"{counts[s]} {self._kind(s)}" for s in AanwezigeSoort if counts[s])
        return fill(self.tr("Present (%1): %2"), len(people), kinds)


    def _kind(self, soort: AanwezigeSoort) -> str:
        return {
            AanwezigeSoort.HUISHOUDEN: self.tr("household"),
            AanwezigeSoort.INFORMEEL: self.tr("network"),
            AanwezigeSoort.PROFESSIONEEL: self.tr("professional"),
            AanwezigeSoort.GAST: self.tr("guest"),
        }[soort]

    def _time_text(self, verstreken: float, stap: AgendaStap) -> str:
        """"3:20 of 5 min" for the step's time box."""
        minutes = TIJD_PER_STAP[stap]
        seconds = round(max(0.0, verstreken) * minutes * 60)
        return fill(self.tr("%1 of %2 min"), f"{seconds // 60}:{seconds % 60:02d}", minutes)


def _first_name(person: Aanwezige) -> str:
    words = person.naam.split()
    return words[0] if words else "?"
