""""What the wall shows now": a small picture of the wall and a few plain lines beside it.

The consulent's own screen, so it may say what is left out and why: "Inkomen niet getoond:
niet iedereen hier heeft toestemming". The picture is the real wall window, drawn off screen
from the same :class:`~tafel.views.wand.WandView` and scaled down (at most twice a second, so
typing stays quick); the lines come from the view's categories and the meeting's room.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tafel.domain.enums import Gegevenscategorie
from tafel.domain.overleg import OP_DE_WAND, AanwezigeSoort, AgendaStap
from tafel.ui.i18n import fill
from tafel.ui.labels import category_label
from tafel.ui.style import set_role
from tafel.views.overleg import OverlegView
from tafel.views.wand import WandView

#: The categories named in the summary, in the order of the Big 5.
GENOEMD = (Gegevenscategorie.WONEN, Gegevenscategorie.INKOMEN, Gegevenscategorie.WELZIJN,
           Gegevenscategorie.SCHOOL_WERK, Gegevenscategorie.SUPPORT,
           Gegevenscategorie.TOEKOMSTPLAN, Gegevenscategorie.PERSOONSGEGEVENS)
translate = QCoreApplication.translate
PREVIEW = QSize(272, 153)  # 16:9, and it fits the control view's right column
WALL = QSize(1280, 720)


def samenvatting(view: WandView, overleg: OverlegView, gordijn: bool) -> list[str]:
    """What the wall shows and what it leaves out, in a few Dutch lines (HTML-free)."""
    lines: list[str] = []
    if gordijn:
        lines.append(translate("Overleg", "Curtain closed: the wall is blank."))
    soorten = {p.soort for p in overleg.aanwezigen}
    if not overleg.aanwezigen:
        return [*lines, translate("Overleg",
                                  "Nobody is ticked as present: the wall stays empty.")]
    if AanwezigeSoort.GAST in soorten and not overleg.besloten:
        return [*lines, translate("Overleg",
                                  "A guest is in the room: the wall shows no case data.")]
    if overleg.besloten:
        lines.append(translate("Overleg",
                               "Private part: only the household and its own circle count."))
    shown = [category_label(c) for c in GENOEMD if c in view.categorieen]
    hidden = [category_label(c) for c in GENOEMD
              if c in OP_DE_WAND and c not in view.categorieen]
    if not shown:
        return [*lines, translate(
            "Overleg", "Nothing of the case is shown: not everyone here has consent.")]
    lines.append(fill(translate("Overleg", "Shown: %1."), ", ".join(shown)))
    if hidden:
        lines.append(fill(translate("Overleg", "%1 not shown: not everyone here has consent."),
                          ", ".join(hidden)))
    return lines


class WandPreview(QWidget):
    """The scaled wall and its summary."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.plaatje = QLabel()
        self.plaatje.setFixedSize(PREVIEW)
        self.plaatje.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.plaatje.setStyleSheet("background: #1d2327; border-radius: 6px; color: #b9c4c6;")
        self.plaatje.setAccessibleName(self.tr("A small picture of the wall"))
        layout.addWidget(self.plaatje)
        self.regels = QLabel()
        self.regels.setWordWrap(True)
        self.regels.setTextFormat(Qt.TextFormat.PlainText)
        set_role(self.regels, "muted")
        layout.addWidget(self.regels)
        self._muur: QWidget | None = None  # an off-screen wall to draw the picture from
        self._wachtend: tuple[WandView, AgendaStap, float, bool] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(500)
        self._timer.timeout.connect(self._teken)

    def toon(self, view: WandView, overleg: OverlegView, stap: AgendaStap,
             verstreken: float, gordijn: bool) -> None:
        """Bring the lines up to date now and the picture shortly."""
        self.regels.setText("\n".join(samenvatting(view, overleg, gordijn)))
        self._wachtend = (view, stap, verstreken, gordijn)
        if not self._timer.isActive():
            self._timer.start()

    def teken_nu(self) -> None:
        """Draw the picture now (tests, screenshots)."""
        self._timer.stop()
        self._teken()

    def _teken(self) -> None:
        if self._wachtend is None:
            return
        view, stap, verstreken, gordijn = self._wachtend
        muur = self._off_screen_wall()
        if muur is None:
            self.plaatje.setText(self.tr("(no picture)"))
            return
        muur.toon(view, stap, verstreken=verstreken)  # type: ignore[attr-defined]
        muur.gordijn(gordijn)  # type: ignore[attr-defined]
        picture: QPixmap = muur.grab()
        self.plaatje.setPixmap(picture.scaled(
            PREVIEW, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))

    def _off_screen_wall(self) -> QWidget | None:
        if self._muur is None:
            try:
                from tafel.ui.overleg.wand_window import WandWindow
            except ImportError:  # the wall's window is not in this build (yet)
                return None
            self._muur = WandWindow()
            self._muur.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
            self._muur.resize(WALL)
        return self._muur

    def wis(self) -> None:
        """Forget the picture and the off-screen wall (the page closes, a lock)."""
        self._timer.stop()
        self._wachtend = None
        self.plaatje.clear()
        self.regels.clear()
        if self._muur is not None:
            self._muur.deleteLater()
            self._muur = None
