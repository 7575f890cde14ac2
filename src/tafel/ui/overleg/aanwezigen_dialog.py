"""Who is in the room, asked from the mirror's strip (one screen: the room sees this dialog).

The same list as the control view, over the mirror window. Because the room sees it, no one
of the case is named unless the room may see personal details: the household by their place
in it ("jongere", "ouder"), the network by kind and number ("eigen netwerk 1",
"professional 2"), never by the role or organisation typed for them (free text such as
"vriend, Kevin slaapt nu bij hem" tells the room too much). A guest keeps the name typed in
at the meeting.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from tafel.domain.overleg import Aanwezige, AanwezigeSoort
from tafel.ui.overleg.aanwezigen_lijst import AanwezigenLijst
from tafel.ui.overleg.teksten import soort_label
from tafel.ui.widgets.scroll_page import FormScroll
from tafel.ui.window_state import keep_on_screen
from tafel.views.overleg import AanwezigeView


class AanwezigenDialog(QDialog):
    """Tick who is present now; accepted: :attr:`aanwezigen` and :attr:`besloten`."""

    def __init__(self, kandidaten: Sequence[AanwezigeView], aanwezig: Sequence[AanwezigeView],
                 besloten: bool, namen: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is here?"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        shown = list(kandidaten) if namen else _zonder_namen(kandidaten)
        self.lijst = AanwezigenLijst(shown, namen=True)
        self.lijst.zet(aanwezig)
        # As wide as its longest name (a fixed minimum let a narrow screen squeeze it), as
        # tall as it is where the screen has room; it scrolls where the screen is short.
        layout.addWidget(FormScroll(self.lijst), 1)
        self.besloten_box = QCheckBox(self.tr(
            "Private part: only the household and its own circle"))
        self.besloten_box.setChecked(besloten)
        layout.addWidget(self.besloten_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        keep_on_screen(self)

    @property
    def aanwezigen(self) -> list[Aanwezige]:
        """Who is ticked."""
        return self.lijst.kies()

    @property
    def besloten(self) -> bool:
        """The private part."""
        return self.besloten_box.isChecked()


def _zonder_namen(kandidaten: Sequence[AanwezigeView]) -> list[AanwezigeView]:
    """The people of the case as the room may see them without personal details."""
    counted: dict[AanwezigeSoort, int] = {}
    shown = []
    for person in kandidaten:
        if person.soort is AanwezigeSoort.HUISHOUDEN:
            shown.append(AanwezigeView(person.soort, "", person.rol, person.id))
            continue
        counted[person.soort] = counted.get(person.soort, 0) + 1
        label = f"{soort_label(person.soort)} {counted[person.soort]}"
        shown.append(AanwezigeView(person.soort, "", label, person.id))
    return shown
