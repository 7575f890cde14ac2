"""End someone's place in the household or the network from a date on: never erase them.

They stay on the case, greyed, "until <date>", so the history still shows who was there.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QWidget

from tafel.services import ChangeSet
from tafel.services.changes import Origin
from tafel.ui.casus.form_dialog import FormDialog
from tafel.ui.controller import AppController


class EindeDialog(FormDialog):
    """Asks from which day on; ``end(day, origin)`` makes the service call."""

    def __init__(self, controller: AppController, title: str, question: str,
                 end: Callable[[date | None, Origin], ChangeSet],
                 parent: QWidget | None = None) -> None:
        super().__init__(controller, title, question, parent)
        self._end = end
        self.date_edit = self.add_date(self.tr("&From"), self.today())
        self.save_button.setText(self.tr("End"))
        self.date_edit.setFocus()
        self.date_edit.selectAll()

    def save(self) -> ChangeSet:
        """End through the service; an empty date means today."""
        return self._end(self.date_edit.value(), self.origin)
