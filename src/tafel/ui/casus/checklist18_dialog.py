"""One item of the 18-/18+ checklist: open, arranged or not needed, a short note, who is on it.

Who is on it is chosen from the household and the network, or typed.
"""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from tafel.domain.checklist18 import PuntStaat
from tafel.services import ChangeSet
from tafel.ui.casus.form_dialog import FormDialog
from tafel.ui.controller import AppController
from tafel.ui.labels import item_state_label
from tafel.ui.style import set_role
from tafel.views.checklist18 import ChecklistPuntView


class ChecklistPuntDialog(FormDialog):
    """Where one checklist item stands for one case."""

    def __init__(self, controller: AppController, casus_id: uuid.UUID,
                 punt: ChecklistPuntView, names: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(controller, punt.item.titel,
                         "\n".join(x for x in (punt.item.titel, punt.item.uitleg) if x), parent)
        set_role(self.intro, "subtitle")
        self._casus_id, self._punt = casus_id, punt
        self.state_combo = QComboBox()
        for state in PuntStaat:
            self.state_combo.addItem(item_state_label(state), state.value)
        self.state_combo.setCurrentIndex(list(PuntStaat).index(punt.staat))
        self.who_combo = QComboBox()
        self.who_combo.setEditable(True)
        self.who_combo.addItems(["", *names])
        self.who_combo.setEditText(punt.wie)
        self.note_edit = QLineEdit(punt.notitie)
        self.note_edit.setPlaceholderText(self.tr("e.g. room with grandmother from June"))
        self.form.addRow(self.tr("&Status"), self.state_combo)
        self.form.addRow(self.tr("&Who is on it"), self.who_combo)
        self.form.addRow(self.tr("&Note"), self.note_edit)
        hint = QLabel(self.tr("Short and in plain words: the young person reads along."))
        hint.setWordWrap(True)
        set_role(hint, "muted")
        self.form.addRow("", hint)
        self.state_combo.setFocus()

    def save(self) -> ChangeSet:
        """Set the item through Checklist18Service."""
        return self._controller.services.checklist18.set_punt(
            self._casus_id, self._punt.item.sleutel, PuntStaat(self.state_combo.currentData()),
            self.note_edit.text(), self.who_combo.currentText(), origin=self.origin)
