"""Who is in the room, asked from the mirror's strip (one screen: the room sees this dialog).

The same list as the control view, over the mirror window. Because the room sees it, people
who are not in the room are named by their role only, unless the room may see personal
details; those present are named, as everyone sees them anyway.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from tafel.domain.overleg import Aanwezige
from tafel.ui.overleg.aanwezigen_lijst import AanwezigenLijst
from tafel.views.overleg import AanwezigeView


class AanwezigenDialog(QDialog):
    """Tick who is present now; accepted: :attr:`aanwezigen` and :attr:`besloten`."""

    def __init__(self, kandidaten: Sequence[AanwezigeView], aanwezig: Sequence[AanwezigeView],
                 besloten: bool, namen: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is here?"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        present = {p.id for p in aanwezig if p.id is not None}
        shown = [k if namen or k.id in present else
                 AanwezigeView(k.soort, "", k.rol, k.id) for k in kandidaten]
        self.lijst = AanwezigenLijst(shown, namen=True)
        self.lijst.zet(aanwezig)
        layout.addWidget(self.lijst)
        self.besloten_box = QCheckBox(self.tr(
            "Private part: only the household and its own circle"))
        self.besloten_box.setChecked(besloten)
        layout.addWidget(self.besloten_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @property
    def aanwezigen(self) -> list[Aanwezige]:
        """Who is ticked."""
        return self.lijst.kies()

    @property
    def besloten(self) -> bool:
        """The private part."""
        return self.besloten_box.isChecked()
