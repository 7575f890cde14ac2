"""The pieces of the wall's picture, each made from a WandView's values and nothing else.

Every function here builds fresh widgets; the window throws the old ones away on each redraw,
so nothing of an earlier room can linger in a label, a tooltip or an accessible name. Only
visible text is set: no tooltips, no accessible names or descriptions.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from tafel.brand import BRAND
from tafel.domain.dates import dutch_date
from tafel.domain.overleg import AgendaStap
from tafel.ui.i18n import fill
from tafel.ui.overleg.stappen import stap_naam, stap_nummer
from tafel.ui.overleg.wand_style import AMBER, LINE, px
from tafel.views.wand import WandRegel, WandStap

translate = QCoreApplication.translate


def label(text: str, name: str = "", role: str = "", *, wrap: bool = True) -> QLabel:
    """A plain-text label (case text is never read as HTML)."""
    widget = QLabel(text)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setWordWrap(wrap)
    if name:
        widget.setObjectName(name)
    if role:
        widget.setProperty("role", role)
    return widget


def mark(parent_name: str = "") -> QLabel:
    """The word "tafel", the app's name: on the rail, the waiting picture and the curtain."""
    widget = label("tafel", "wandMark", wrap=False)
    widget.setAlignment(Qt.AlignmentFlag.AlignCenter if parent_name else
                        Qt.AlignmentFlag.AlignLeft)
    return widget


class TijdLijn(QWidget):
    """The step's time box as a thin line that fills; past the box it turns a soft amber.

    No number, no blinking, no red: the room sees time passing, nobody is told off.
    """

    def __init__(self, scale: float, verstreken: float) -> None:
        super().__init__()
        self._verstreken = max(0.0, verstreken)
        self.setFixedHeight(px(10, scale))

    @property
    def verstreken(self) -> float:
        """The share of the step's time used (1.0: the box is full)."""
        return self._verstreken

    def zet(self, verstreken: float) -> None:
        """Move the line on (the timer calls this; the rest of the picture stays)."""
        self._verstreken = max(0.0, verstreken)
        self.update()

    def kleur(self) -> QColor:
        """Teal within the box, a soft amber past it."""
        return QColor(AMBER if self._verstreken > 1.0 else BRAND)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        radius = self.height() / 2
        track = QRectF(self.rect())
        painter.setBrush(QColor(LINE))
        painter.drawRoundedRect(track, radius, radius)
        share = min(1.0, self._verstreken)
        if share > 0:
            filled = QRectF(track.left(), track.top(), max(track.height(), track.width() * share),
                            track.height())
            painter.setBrush(self.kleur())
            painter.drawRoundedRect(filled, radius, radius)
        painter.end()


def rail(jongere: str, stap: AgendaStap, scale: float) -> QFrame:
    """The agenda down the left: the nine steps, the current one marked."""
    frame = QFrame()
    frame.setObjectName("wandRail")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(px(40, scale), px(60, scale), px(32, scale), px(40, scale))
    layout.setSpacing(px(6, scale))
    layout.addWidget(mark())
    layout.addWidget(label(fill(translate("WandWindow", "The plan of %1"), jongere), "wandWie"))
    layout.addSpacing(px(44, scale))
    now = stap_nummer(stap)
    for step in AgendaStap:
        number = stap_nummer(step)
        item = label(f"{number}   {stap_naam(step)}", "wandStap", wrap=False)
        item.setProperty("state", "now" if number == now else "done" if number < now else "next")
        layout.addWidget(item)
    layout.addStretch(1)
    return frame


def side(conclusies: tuple[str, ...], scale: float) -> QFrame:
    """The conclusions so far, in the order they were made."""
    frame = QFrame()
    frame.setObjectName("wandSide")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(px(48, scale), px(72, scale), px(48, scale), px(48, scale))
    layout.setSpacing(px(22, scale))
    layout.addWidget(label(translate("WandWindow", "Conclusions"), "wandSideKop"))
    body = QWidget()
    body.setObjectName("wandBody")
    rows = QVBoxLayout(body)
    rows.setContentsMargins(0, 0, 0, 0)
    rows.setSpacing(px(20, scale))
    for text in conclusies:
        row = QHBoxLayout()
        row.setSpacing(px(16, scale))
        row.addWidget(label("✓", role="wandvink", wrap=False), 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(label(text, role="wandconclusie"), 1)
        rows.addLayout(row)
    rows.addStretch(1)
    layout.addWidget(body, 1)
    return frame


def body(wand: WandStap, scale: float, wide: bool) -> QWidget:
    """The step's own lines, laid out for the kind of step."""
    widget = QWidget()
    widget.setObjectName("wandBody")
    if not wand.regels:
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        if not wand.niet_getoond:
            layout.addWidget(label(translate(
                "WandWindow", "Nothing written here yet. We can talk about it together now."),
                role="wandleeg"))
        layout.addStretch(1)
        return widget
    if wand.stap is AgendaStap.PERSPECTIEF:
        _quotes(widget, wand.regels, scale)
    elif wand.stap is AgendaStap.AFSPRAKEN:
        _afspraken(widget, wand.regels, scale)
    else:
        many = len(wand.regels) >= (3 if wide else 5)
        _blocks(widget, wand.regels, scale, 2 if many else 1)
    return widget


def _quotes(widget: QWidget, regels: tuple[WandRegel, ...], scale: float) -> None:
    """The young person's own words, large, the perspective first."""
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(px(14, scale))
    for index, regel in enumerate(regels):
        if index:
            layout.addSpacing(px(36, scale))
        layout.addWidget(label(regel.kop, role="wandkop"))
        layout.addWidget(label(f"“{regel.tekst}”", role="wandquote" if index == 0
                               else "wandquote2"))
    layout.addStretch(1)


def _afspraken(widget: QWidget, regels: tuple[WandRegel, ...], scale: float) -> None:
    """Who does what, by when: one row each, the date at the right."""
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(px(18, scale))
    for regel in regels:
        row = _styled_frame("wandrij")
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, px(18, scale))
        line.setSpacing(px(32, scale))
        words = QVBoxLayout()
        words.setSpacing(px(4, scale))
        words.addWidget(label(regel.kop, role="wandkop"))
        words.addWidget(label(regel.tekst, role="wandactie"))
        line.addLayout(words, 1)
        if regel.deadline:
            date = label(fill(translate("WandWindow", "by %1"), dutch_date(regel.deadline)),
                         role="wanddatum", wrap=False)
            line.addWidget(date, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(row)
    layout.addStretch(1)


def _blocks(widget: QWidget, regels: tuple[WandRegel, ...], scale: float, columns: int) -> None:
    """A heading and its text per line, in one or two columns."""
    grid = QGridLayout(widget)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(px(56, scale))
    grid.setVerticalSpacing(px(36, scale))
    for index, regel in enumerate(regels):
        block = _styled_frame("wandblok")
        inner = QVBoxLayout(block)
        inner.setContentsMargins(px(26, scale), px(2, scale), 0, px(2, scale))
        inner.setSpacing(px(6, scale))
        inner.addWidget(label(regel.kop, role="wandkop"))
        inner.addWidget(label(regel.tekst, role="wandtekst"))
        grid.addWidget(block, index // columns, index % columns, Qt.AlignmentFlag.AlignTop)
    for column in range(columns):
        grid.setColumnStretch(column, 1)
    grid.setRowStretch(grid.rowCount(), 1)


def _styled_frame(role: str) -> QFrame:
    """A frame whose border the style sheet draws."""
    frame = QFrame()
    frame.setProperty("role", role)
    frame.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
    return frame


def waiting(scale: float) -> QWidget:
    """The calm picture before anyone is in the room: nothing of the case."""
    page = QWidget()
    page.setObjectName("wandWaiting")
    layout = QVBoxLayout(page)
    layout.setContentsMargins(px(120, scale), px(120, scale), px(120, scale), px(120, scale))
    layout.setSpacing(px(28, scale))
    layout.addStretch(1)
    layout.addWidget(mark("waiting"))
    layout.addSpacing(px(24, scale))
    for text, name in ((translate("WandWindow", "The meeting will start soon"), "wandWachtTitel"),
                       (translate("WandWindow", "Welcome. Take a seat."), "wandWachtTekst")):
        widget = label(text, name)
        widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(widget)
    layout.addStretch(1)
    return page


def curtain() -> QWidget:
    """The curtain: a dark surface with only the app's name, nothing of the case."""
    page = QWidget()
    page.setObjectName("wandCurtain")
    layout = QVBoxLayout(page)
    layout.addStretch(1)
    layout.addWidget(mark("curtain"))
    layout.addStretch(1)
    return page
