"""The conclusions of the meeting, listed as they are made and saved as they are typed.

Each conclusion is a line: type to change it (saved shortly after, like the plan), the cross
removes it, the field at the bottom adds one (Enter). The wall shows them as they stand. The
saving follows :mod:`tafel.ui.autosave`: soon after typing, surely before a lock.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tafel.errors import TafelError
from tafel.services.changes import Origin
from tafel.ui.autosave import Autosave, is_refused
from tafel.ui.controller import AppController
from tafel.ui.icons import icon
from tafel.ui.plan.editor_fields import GrowingText
from tafel.ui.style import set_role

CONCLUSIE_MAX = 2000


def _schoon(teksten: Sequence[str]) -> list[str]:
    """As the vault keeps them: single spaces, no empty lines."""
    return [" ".join(t.split()) for t in teksten if t.strip()]


class ConclusieSaver(Autosave):
    """Keeps the meeting's conclusions saved; ``failed`` when the vault refuses them."""

    failed = Signal(str)

    def __init__(self, controller: AppController, overleg_id: uuid.UUID, origin: Origin,
                 parent: QObject | None = None) -> None:
        super().__init__(controller, parent)
        self.overleg_id = overleg_id
        self.origin = origin
        self._waiting: list[str] | None = None

    def later(self, conclusies: Sequence[str]) -> None:
        """Save these conclusions shortly (typing)."""
        self._waiting = list(conclusies)
        self.schedule()

    def now(self, conclusies: Sequence[str]) -> bool:
        """Save these conclusions at once (added or removed)."""
        self._waiting = list(conclusies)
        return self.flush()

    def _has_pending(self) -> bool:
        return self._waiting is not None

    def _write(self) -> bool:
        waiting = self._waiting or []
        try:
            changes = self._controller.services.overleg.zet_conclusies(
                self.overleg_id, waiting, origin=self.origin)
        except TafelError as error:
            if is_refused(error):
                self._waiting = None
                self.failed.emit(error.message)
                return False
            self.hold(error)
            return False
        if self._waiting is waiting:
            self._waiting = None
        self.clear_problem()
        self._controller.publish(changes)
        return True


class ConclusieRegel(QWidget):
    """One conclusion: its text and a cross to remove it."""

    def __init__(self, tekst: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.edit = GrowingText(lines=1, most=4, spare=0)
        set_role(self.edit, "")  # the list's own size, not the plan's large type
        self.edit.setPlainText(tekst)
        self.edit.setAccessibleName(self.tr("Conclusion"))
        self.remove_button = QToolButton()
        self.remove_button.setIcon(icon("remove"))
        self.remove_button.setAutoRaise(True)
        self.remove_button.setToolTip(self.tr("Remove this conclusion"))
        self.remove_button.setAccessibleName(self.tr("Remove this conclusion"))
        row.addWidget(self.edit, 1)
        row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)

    def tekst(self) -> str:
        """The conclusion as typed (one line: a new line counts as a space)."""
        return " ".join(self.edit.toPlainText().split("\n"))


class ConclusiesLijst(QWidget):
    """The conclusions so far; ``fout`` when the vault refuses them (one Dutch sentence)."""

    fout = Signal(str)

    def __init__(self, controller: AppController, overleg_id: uuid.UUID, origin: Origin,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saver = ConclusieSaver(controller, overleg_id, origin, self)
        self.saver.failed.connect(self.fout)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._rows_box = QVBoxLayout()
        self._rows_box.setSpacing(4)
        layout.addLayout(self._rows_box)
        self.rows: list[ConclusieRegel] = []
        self.nieuw_edit = QLineEdit()
        self.nieuw_edit.setMaxLength(CONCLUSIE_MAX)
        self.nieuw_edit.setPlaceholderText(self.tr("Add a conclusion (Enter)"))
        self.nieuw_edit.setAccessibleName(self.tr("New conclusion"))
        self.nieuw_edit.returnPressed.connect(self.voeg_toe)
        layout.addWidget(self.nieuw_edit)

    def teksten(self) -> list[str]:
        """The conclusions as typed."""
        return [row.tekst() for row in self.rows]

    def zet(self, conclusies: Sequence[str]) -> None:
        """Show the conclusions the vault holds, unless they are what is typed here."""
        if self.saver.is_dirty or _schoon(self.teksten()) == list(conclusies):
            return
        for row in self.rows:
            row.hide()
            row.deleteLater()
        self.rows = []
        for tekst in conclusies:
            self._add_row(tekst)

    def _add_row(self, tekst: str) -> ConclusieRegel:
        row = ConclusieRegel(tekst)
        row.edit.textChanged.connect(lambda: self.saver.later(self.teksten()))
        row.remove_button.clicked.connect(lambda: self.verwijder(row))
        self._rows_box.addWidget(row)
        self.rows.append(row)
        return row

    def voeg_toe(self) -> None:
        """The typed conclusion joins the list, saved at once."""
        tekst = " ".join(self.nieuw_edit.text().split())
        if not tekst:
            return
        self._add_row(tekst)
        self.nieuw_edit.clear()
        self.saver.now(self.teksten())

    def verwijder(self, row: ConclusieRegel) -> None:
        """Remove one conclusion, saved at once."""
        if row in self.rows:
            self.rows.remove(row)
            row.hide()
            row.deleteLater()
            self.saver.now(self.teksten())

    def flush(self) -> bool:
        """Save what waits now."""
        return self.saver.flush()
