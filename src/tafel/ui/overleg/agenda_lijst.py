"""The agenda on the control view: the nine steps, each with its time box shown gently.

Each step is a button (click or Space to go there) with the time spent beside the time box
("3:05 of 10 min") and a thin bar under it. Over time the bar turns a soft amber and the
words say so; never red, never a sound: the time box is a help for the chair, not a rule.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tafel.domain.overleg import TIJD_PER_STAP, AgendaStap
from tafel.ui.i18n import fill
from tafel.ui.icons import ACCENT
from tafel.ui.overleg.teksten import minuten, stap_label, tijd_tekst

STYLE = f"""
QPushButton#agendaRegel {{ text-align: left; border: 1px solid transparent; border-radius: 8px;
    background: transparent; padding: 0px; }}
QPushButton#agendaRegel:hover {{ background: #eef5f5; }}
QPushButton#agendaRegel:focus {{ border: 2px solid {ACCENT}; }}
QPushButton#agendaRegel[huidig="true"] {{ background: #e3f1f2; border: 1px solid #b9dadd; }}
QLabel#agendaNaam {{ font-size: 11pt; color: #1d2327; background: transparent; }}
QLabel#agendaNaam[huidig="true"] {{ font-weight: 600; color: #14393d; }}
QLabel#agendaTijd {{ font-size: 10pt; color: #5b6770; background: transparent; }}
QLabel#agendaTijd[over="true"] {{ color: #7a4100; }}
QProgressBar#agendaBalk {{ border: none; background: #e3e8e9; border-radius: 2px; }}
QProgressBar#agendaBalk::chunk {{ background: {ACCENT}; border-radius: 2px; }}
QProgressBar#agendaBalk[over="true"]::chunk {{ background: #e8b04b; }}
"""


def _restyle(widget: QWidget, name: str, value: bool) -> None:
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class AgendaRegel(QPushButton):
    """One step: its number and name, the time used of its box, a thin bar."""

    def __init__(self, nummer: int, stap: AgendaStap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stap = stap
        self.setObjectName("agendaRegel")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFixedHeight(44)
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 5, 10, 6)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        self.naam = QLabel(f"{nummer}. {stap_label(stap)}")
        self.naam.setObjectName("agendaNaam")
        self.tijd = QLabel()
        self.tijd.setObjectName("agendaTijd")
        self.balk = QProgressBar()
        self.balk.setObjectName("agendaBalk")
        self.balk.setTextVisible(False)
        self.balk.setRange(0, 1000)
        self.balk.setFixedHeight(4)
        grid.addWidget(self.naam, 0, 0)
        grid.addWidget(self.tijd, 0, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.balk, 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        for child in (self.naam, self.tijd, self.balk):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.toon(0.0, False)

    def toon(self, seconden: float, huidig: bool) -> None:
        """The time spent so far, and whether this is the step the room is at."""
        fraction = seconden / (TIJD_PER_STAP[self.stap] * 60)
        over = fraction > 1.0
        if seconden <= 0 and not huidig:
            self.tijd.setText(fill(self.tr("%1 min"), TIJD_PER_STAP[self.stap]))
        else:
            self.tijd.setText(f"{minuten(seconden)} / {TIJD_PER_STAP[self.stap]} min")
        self.balk.setValue(round(min(1.0, fraction) * 1000))
        self.balk.setVisible(huidig or seconden > 0)
        for marked in (self, self.naam):
            _restyle(marked, "huidig", huidig)
        for part in (self.tijd, self.balk):
            _restyle(part, "over", over)
        spoken = tijd_tekst(self.stap, seconden) + (", " + self.tr("over time") if over else "")
        self.setAccessibleName(f"{self.naam.text()}, {spoken}")
        self.setToolTip(spoken)


class AgendaLijst(QWidget):
    """The nine steps; ``gekozen`` (an AgendaStap) when one is clicked."""

    gekozen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.regels: dict[AgendaStap, AgendaRegel] = {}
        for nummer, stap in enumerate(AgendaStap, start=1):
            regel = AgendaRegel(nummer, stap)
            regel.clicked.connect(lambda _c=False, s=stap: self.gekozen.emit(s))
            layout.addWidget(regel)
            self.regels[stap] = regel

    def toon(self, huidig: AgendaStap, besteed: dict[AgendaStap, float]) -> None:
        """Each step's time, the current one marked."""
        for stap, regel in self.regels.items():
            regel.toon(besteed.get(stap, 0.0), stap is huidig)
