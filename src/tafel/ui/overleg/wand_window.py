"""The wall: the casus-overleg's picture on the beamer or second screen.

Safety comes from what this window is built from, not from hiding it: it is drawn only from
the :class:`~tafel.views.wand.WandView` it is given, which holds only what everyone in the
room may see. Each :meth:`WandWindow.toon` throws all earlier widgets away and builds the
picture again, so someone leaving or joining leaves no trace of the old room in any label.
The curtain (keys B, "." or F8, as presentation clickers send them) removes the picture's
widgets altogether: while it is down there is no case text in the window at all.

Read from the back of a room: large type, dark on white, the agenda of the Doorbraakmethode
down the left, the young person's own words first, a time line that fills gently.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget

from tafel.domain.overleg import AgendaStap
from tafel.ui.i18n import fill
from tafel.ui.overleg import wand_parts as parts
from tafel.ui.overleg.stappen import stap_naam, stap_nummer, stap_vraag
from tafel.ui.overleg.wand_style import (
    DESIGN_HEIGHT,
    DESIGN_WIDTH,
    RAIL_WIDTH,
    SIDE_WIDTH,
    body_sheet,
    px,
    wand_sheet,
)
from tafel.views.wand import WandView

#: Keys that drop or lift the curtain: B and "." are what clickers send for "black screen".
CURTAIN_KEYS = (Qt.Key.Key_B, Qt.Key.Key_Period, Qt.Key.Key_F8)
NEXT_KEYS = (Qt.Key.Key_PageDown, Qt.Key.Key_Right)
PREVIOUS_KEYS = (Qt.Key.Key_PageUp, Qt.Key.Key_Left)

#: How far the case text may shrink to fit a full step (then it is clipped at the bottom).
FITS = (1.0, 0.9, 0.8, 0.72, 0.64, 0.57, 0.5)


class WandWindow(QWidget):
    """The presentation picture, made from a WandView and nothing else.

    ``gordijn_gevraagd(dicht)``: a curtain key was pressed; the curtain is already down (or
    up) here, the session makes the other screens follow. ``volgende``/``vorige``: a clicker
    asks for the next or previous step; the session decides.
    """

    gordijn_gevraagd = Signal(bool)
    volgende = Signal()
    vorige = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Wand")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setWindowTitle(self.tr("tafel: casus-overleg"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        # The picture fits the screen, never the other way round: long text shrinks (_fit).
        self._layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._page: QWidget | None = None
        self._line: parts.TijdLijn | None = None
        self._view: WandView | None = None
        self._stap = AgendaStap.SITUATIESCHETS
        self._verstreken = 0.0
        self._dicht = False
        self._scale = 0.0
        self.resize(DESIGN_WIDTH // 2, DESIGN_HEIGHT // 2)
        self._redraw()

    # -- what the session calls -----------------------------------------------------------

    def toon(self, view: WandView, stap: AgendaStap, *, verstreken: float = 0.0) -> None:
        """Show ``stap`` of ``view``, the time box ``verstreken`` used (1.0: full).

        Everything is built again unless only the time moved on.
        """
        stap = AgendaStap(stap)
        only_time = view == self._view and stap is self._stap and self._line is not None
        self._view, self._stap, self._verstreken = view, stap, verstreken
        if only_time and self._line is not None:
            self._line.zet(verstreken)
            return
        self._redraw()

    def gordijn(self, dicht: bool) -> None:
        """Drop (True) or lift (False) the curtain; lifting draws the newest view again."""
        if bool(dicht) == self._dicht:
            return
        self._dicht = bool(dicht)
        self._redraw()

    @property
    def gordijn_dicht(self) -> bool:
        """The curtain is down: the window holds no case text at all."""
        return self._dicht

    @property
    def stap(self) -> AgendaStap:
        """The step on the wall."""
        return self._stap

    @property
    def tijdlijn(self) -> parts.TijdLijn | None:
        """The time line of the step on the wall (None while waiting or behind the curtain)."""
        return self._line

    def minimumSizeHint(self) -> QSize:
        return QSize(DESIGN_WIDTH // 6, DESIGN_HEIGHT // 6)

    def sizeHint(self) -> QSize:
        return QSize(DESIGN_WIDTH // 2, DESIGN_HEIGHT // 2)

    # -- keys --------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def handle_key(self, event: QKeyEvent) -> bool:
        """Curtain and clicker keys; True when the key was one of them."""
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        key = event.key()
        if key in CURTAIN_KEYS:
            self.gordijn(not self._dicht)
            self.gordijn_gevraagd.emit(self._dicht)
        elif key in NEXT_KEYS:
            self.volgende.emit()
        elif key in PREVIOUS_KEYS:
            self.vorige.emit()
        else:
            return False
        event.accept()
        return True

    # -- drawing -----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if abs(self._scale_now() - self._scale) > 0.001:
            self._redraw()
        else:
            self._fit()

    def _scale_now(self) -> float:
        return min(self.width() / DESIGN_WIDTH, self.height() / DESIGN_HEIGHT)

    def _redraw(self) -> None:
        """Throw the picture away and build it again from the view alone."""
        scale = self._scale_now()
        if abs(scale - self._scale) > 0.001:
            self._scale = scale
            self.setStyleSheet(wand_sheet(scale))
        self._clear()
        view = self._view
        if self._dicht:
            page = parts.curtain()
        elif view is None or not view.categorieen:
            page = parts.waiting(scale)
        else:
            page = self._step_page(view, scale)
        self._page = page
        self._layout.addWidget(page)
        page.show()  # now, not when the event loop gets to it: a grab right after shows it
        self._fit()

    def _clear(self) -> None:
        """Delete the old picture's widgets now, not later: nothing of it may remain."""
        old, self._page, self._line = self._page, None, None
        if old is not None:
            self._layout.removeWidget(old)
            old.hide()
            shiboken6.delete(old)

    def _step_page(self, view: WandView, scale: float) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        rail = parts.rail(view.jongere, self._stap, scale)
        rail.setFixedWidth(px(RAIL_WIDTH, scale))
        row.addWidget(rail)
        main = QWidget()
        main.setObjectName("wandMain")
        column = QVBoxLayout(main)
        column.setContentsMargins(px(100, scale), px(76, scale), px(96, scale), px(44, scale))
        column.setSpacing(px(10, scale))
        column.addWidget(parts.label(fill(self.tr("STEP %1 OF %2"), stap_nummer(self._stap),
                                          len(AgendaStap)), "wandEyebrow"))
        column.addWidget(parts.label(stap_naam(self._stap), "wandTitel"))
        column.addWidget(parts.label(stap_vraag(self._stap), "wandVraag"))
        column.addSpacing(px(48, scale))
        wand = view.stap(self._stap)
        column.addWidget(parts.body(wand, scale, wide=not view.conclusies), 1)
        if wand.niet_getoond:
            column.addSpacing(px(20, scale))
            column.addWidget(parts.label(self.tr(
                "Not everything is shown here: not everyone in the room may see all of it."),
                "wandNiet"))
        column.addSpacing(px(28, scale))
        self._line = parts.TijdLijn(scale, self._verstreken)
        column.addWidget(self._line)
        row.addWidget(main, 1)
        if view.conclusies:
            aside = parts.side(view.conclusies, scale)
            aside.setFixedWidth(px(SIDE_WIDTH, scale))
            row.addWidget(aside)
        return page

    def _fit(self) -> None:
        """Shrink the case text, per column, until every line and every word fits its space."""
        page = self._page
        if page is None or page.objectName() in ("wandWaiting", "wandCurtain"):
            return
        page.resize(self.size())
        for body in page.findChildren(QWidget, "wandBody"):
            column = body.parentWidget()
            for fit in FITS:
                body.setStyleSheet(body_sheet(self._scale * fit))
                settle(page)
                if column is None or fits(column):
                    break


def settle(page: QWidget) -> None:
    """Lay the picture out now, parents before children.

    What is measured, and grabbed right after a redraw, is then the finished picture; Qt
    would otherwise lay out the children only when the event loop gets to it.
    """
    for widget in [page, *page.findChildren(QWidget)]:
        layout = widget.layout()
        if layout is not None:
            layout.invalidate()
            layout.activate()


def fits(column: QWidget) -> bool:
    """A column's lines need no more height than it has, and no word is wider than its line."""
    layout = column.layout()
    if layout is not None and layout.totalHeightForWidth(column.width()) > column.height() + 1:
        return False
    return all(longest_word(label) <= label.contentsRect().width()
               for label in column.findChildren(QLabel) if label.wordWrap())


def longest_word(label: QLabel) -> int:
    """The width of the label's widest word: a word wider than the line would be cut off."""
    metrics = QFontMetrics(label.font())
    return max((metrics.horizontalAdvance(word) for word in label.text().split()), default=0)
