"""Starting a casus-overleg: who is in the room, the private part, and where the wall goes.

Tick who is present (the young person first, then the household and the network, each with
their role), add a guest by name, switch on the "besloten deel" when only the household and
its own circle are there, and choose the screen. With a second screen the wall goes full
screen there and the laptop keeps the control view; with one screen (or "Alleen dit scherm")
the laptop shows only the wall and a slim strip, because the room sees the laptop itself.

The dialog only collects the choices (:attr:`aanwezigen`, :attr:`besloten`,
:attr:`scherm_keuze`); the caller starts the meeting. Resuming a meeting that still runs
uses the same dialog, with the room as it was.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from tafel.domain.overleg import Aanwezige
from tafel.ui.i18n import fill
from tafel.ui.overleg.aanwezigen_lijst import AanwezigenLijst
from tafel.ui.overleg.scherm import SchermKeuze, andere_schermen
from tafel.ui.style import set_role
from tafel.ui.widgets.scroll_page import white_scroll
from tafel.ui.window_state import keep_on_screen
from tafel.views.overleg import AanwezigeView

GESPIEGELD = "gespiegeld"
LIJST_MAX = 1100  # the widest the list of who is here makes the dialog (a laptop: 1366)
LIJST_SHOWN = 300  # the list's height where the screen has room: about seven people
LIJST_LEAST = 120  # where it has not (960x540 at 200%): the list scrolls, the buttons stay


class StartOverlegDialog(QDialog):
    """Who is present, besloten or not, which screen; accepted = start (or go on)."""

    def __init__(self, jongere: str, kandidaten: Sequence[AanwezigeView],
                 parent: QWidget | None = None, *,
                 aanwezig: Sequence[AanwezigeView] | None = None,
                 besloten: bool = False) -> None:
        """``aanwezig``: the room of a meeting that is resumed (None: a new meeting)."""
        super().__init__(parent)
        resuming = aanwezig is not None
        self.setWindowTitle(self.tr("Go on with the casus-overleg") if resuming
                            else self.tr("Start a casus-overleg"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        title = QLabel(fill(self.tr("Casus-overleg with %1"), jongere))
        set_role(title, "title")
        layout.addWidget(title)
        intro = QLabel(self.tr(
            "Tick who is in the room. The wall shows only what the household agreed to share "
            "with everyone present; BSN, address, contact details and notes never appear."))
        intro.setWordWrap(True)
        set_role(intro, "subtitle")
        layout.addWidget(intro)

        self.lijst = AanwezigenLijst(kandidaten)
        if aanwezig is not None:
            self.lijst.zet(aanwezig)
        else:
            first = next(iter(kandidaten), None)
            if first is not None:  # the young person, ticked: the plan is theirs
                self.lijst.zet([first])
        holder = QFrame()
        holder.setObjectName("section")
        box = QVBoxLayout(holder)
        box.setContentsMargins(12, 10, 12, 10)
        inner = QWidget()
        inner_box = QVBoxLayout(inner)
        inner_box.setContentsMargins(0, 0, 0, 0)
        inner_box.addWidget(self.lijst)
        inner_box.addStretch(1)
        scroll = white_scroll(inner)
        scroll.setMinimumHeight(LIJST_LEAST)
        # As wide as the longest name with its role, beside the scroll bar: a name is read in
        # full before it is ticked (up to a width that still fits a laptop's screen).
        need = inner.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(min(need, LIJST_MAX))
        box.addWidget(scroll)
        layout.addWidget(holder, 1)

        self.besloten_box = QCheckBox(self.tr(
            "Private part: only the household and its own circle"))
        self.besloten_box.setChecked(besloten)
        self.besloten_box.setToolTip(self.tr(
            "Professionals and guests are not counted as present while this is on."))
        layout.addWidget(self.besloten_box)

        screen_row = QHBoxLayout()
        screen_label = QLabel(self.tr("The wall:"))
        set_role(screen_label, "voice")
        self.scherm_combo = QComboBox()
        self.scherm_combo.setAccessibleName(self.tr("Where the wall is shown"))
        screen_label.setBuddy(self.scherm_combo)
        for number, screen in enumerate(andere_schermen(), start=2):
            size = screen.size()
            self.scherm_combo.addItem(
                fill(self.tr("Full screen on screen %1 (%2, %3×%4)"), number, screen.name(),
                     size.width(), size.height()), screen.name())
        self.scherm_combo.addItem(self.tr("Only this screen (mirrored)"), GESPIEGELD)
        screen_row.addWidget(screen_label)
        screen_row.addWidget(self.scherm_combo, 1)
        layout.addLayout(screen_row)
        self.scherm_uitleg = QLabel()
        self.scherm_uitleg.setWordWrap(True)
        set_role(self.scherm_uitleg, "muted")
        layout.addWidget(self.scherm_uitleg)
        self.scherm_combo.currentIndexChanged.connect(self._uitleg)
        self._uitleg()

        buttons = QDialogButtonBox()
        self.start_button = buttons.addButton(
            self.tr("Go on") if resuming else self.tr("Start the meeting"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        set_role(self.start_button, "primary")
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.start_button.setDefault(True)
        least = self.minimumSizeHint()
        self.resize(self.sizeHint().width(), least.height() + LIJST_SHOWN - LIJST_LEAST)
        keep_on_screen(self)

    def _uitleg(self) -> None:
        if self.scherm_keuze.gespiegeld:
            text = self.tr(
                "The room sees this laptop's screen: it shows only the wall, with a slim strip "
                "to move through the agenda. The control view with the case file stays hidden.")
        else:
            text = self.tr(
                "The wall goes full screen on the other screen; this laptop keeps the control "
                "view, which the room does not see.")
        self.scherm_uitleg.setText(text)

    # -- the choices --------------------------------------------------------------------

    @property
    def aanwezigen(self) -> list[Aanwezige]:
        """Who was ticked."""
        return self.lijst.kies()

    @property
    def besloten(self) -> bool:
        """The private part."""
        return self.besloten_box.isChecked()

    @property
    def scherm_keuze(self) -> SchermKeuze:
        """The other screen chosen, or mirrored on this one."""
        name = self.scherm_combo.currentData()
        if name == GESPIEGELD:
            return SchermKeuze(True)
        screen = next((s for s in QGuiApplication.screens() if s.name() == name), None)
        return SchermKeuze(screen is None, screen)
