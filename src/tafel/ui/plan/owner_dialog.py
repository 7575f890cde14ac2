"""A new owner for an afspraak, added to the network without leaving the plan.

At the table it often turns out that someone not yet in the case file will do something (a
neighbour who drives, the school's mentor). This small form adds them to the network
(:meth:`~tafel.services.netwerk.NetwerkService.add_betrokkene`, so the write is audited like
any other) and hands back their key, so the afspraak can name them at once. The full details
(phone, hours, who pays) can be filled in later on the case screen.
"""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tafel.domain.enums import NetwerkSoort
from tafel.errors import TafelError
from tafel.services.changes import Origin
from tafel.services.netwerk import NieuweBetrokkene
from tafel.ui.controller import AppController
from tafel.ui.style import set_role


class NewOwnerDialog(QDialog):
    """Name, informal or professional, role and organisation; then added to the network."""

    def __init__(self, controller: AppController, casus_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._casus_id = casus_id
        self.origin = Origin.screen("nieuwe-eigenaar")
        self.sleutel = ""
        self.naam = ""
        self.setWindowTitle(self.tr("New person in the network"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(10)
        intro = QLabel(self.tr("Who will do this? They are added to the network of this case "
                               "and become the owner of the afspraak. You can add their phone "
                               "number and other details later on the case screen."))
        intro.setWordWrap(True)
        set_role(intro, "muted")
        layout.addWidget(intro)
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(150)
        self.name_edit.setPlaceholderText(self.tr("First and last name"))
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Family, friend or acquaintance"),
                                NetwerkSoort.INFORMEEL.value)
        self.kind_combo.addItem(self.tr("Professional"), NetwerkSoort.PROFESSIONEEL.value)
        self.kind_combo.currentIndexChanged.connect(self._kind_chosen)
        self.role_edit = QLineEdit()
        self.role_edit.setMaxLength(150)
        self.role_edit.setPlaceholderText(self.tr("For example: aunt, neighbour, mentor"))
        self.org_edit = QLineEdit()
        self.org_edit.setMaxLength(150)
        self.org_caption = QLabel(self.tr("&Organisation"))
        self.org_caption.setBuddy(self.org_edit)
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Who is it"), self.kind_combo)
        form.addRow(self.tr("&Role"), self.role_edit)
        form.addRow(self.org_caption, self.org_edit)
        layout.addLayout(form)
        self.error_label = QLabel("")
        self.error_label.setWordWrap(True)
        set_role(self.error_label, "error")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox()
        self.add_button = buttons.addButton(self.tr("&Add as owner"),
                                            QDialogButtonBox.ButtonRole.AcceptRole)
        set_role(self.add_button, "primary")
        self.add_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.add)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._kind_chosen()
        self.name_edit.setFocus()

    def _kind_chosen(self, _index: int = 0) -> None:
        professional = self.kind_combo.currentData() == NetwerkSoort.PROFESSIONEEL.value
        self.org_edit.setVisible(professional)
        self.org_caption.setVisible(professional)
        self.role_edit.setPlaceholderText(
            self.tr("For example: wijkteam, jongerencoach, schuldhulp") if professional
            else self.tr("For example: aunt, neighbour, mentor"))

    def add(self) -> bool:
        """Add the person to the network; True (and the dialog closes) when it was stored."""
        professional = self.kind_combo.currentData() == NetwerkSoort.PROFESSIONEEL.value
        new = NieuweBetrokkene(
            soort=NetwerkSoort.PROFESSIONEEL if professional else NetwerkSoort.INFORMEEL,
            naam=self.name_edit.text(), rol=self.role_edit.text(),
            organisatie=self.org_edit.text() if professional else "",
        )
        try:
            changes = self._controller.services.netwerk.add_betrokkene(
                self._casus_id, new, origin=self.origin)
        except TafelError as error:
            self.error_label.setText(error.message)
            self.error_label.show()
            self.name_edit.setFocus()
            return False
        self._controller.publish(changes)
        self.sleutel = f"betrokkene:{changes.primary_id}"
        self.naam = new.naam.strip()
        self.accept()
        return True
