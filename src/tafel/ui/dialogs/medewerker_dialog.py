"""Mijn gegevens: the consulent's own name, organisation and role, kept in the vault.

Asked when a vault is made (the fields are shared with the new-vault dialog), once after
unlocking a vault that has none yet, and changeable from the menu. A change is audited;
from then on every write carries the new name.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tafel.errors import TafelError
from tafel.services.changes import Origin
from tafel.services.medewerker import NAAM_MAX, ORGANISATIE_MAX, ROL_MAX
from tafel.ui.controller import AppController
from tafel.ui.style import error_label, set_role


class MedewerkerFields(QWidget):
    """Name, organisation and role as a form (its ``form`` goes into a dialog's layout)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hide()  # only a holder: the fields live in ``form``
        self.form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(NAAM_MAX)
        self.name_edit.setPlaceholderText(self.tr("as it goes on plans and in the log"))
        self.organisation_edit = QLineEdit()
        self.organisation_edit.setMaxLength(ORGANISATIE_MAX)
        self.organisation_edit.setPlaceholderText(self.tr("for example Wijkteam Oost"))
        self.role_edit = QLineEdit()
        self.role_edit.setMaxLength(ROL_MAX)
        self.role_edit.setPlaceholderText(self.tr("for example jongerencoach"))
        self.form.addRow(self.tr("Your name"), self.name_edit)
        self.form.addRow(self.tr("Organisation"), self.organisation_edit)
        self.form.addRow(self.tr("Role"), self.role_edit)

    def values(self) -> tuple[str, str, str]:
        """What was typed: name, organisation, role."""
        return (self.name_edit.text(), self.organisation_edit.text(), self.role_edit.text())

    def set_values(self, naam: str, organisatie: str, rol: str) -> None:
        """Fill the fields (to change what was entered before)."""
        self.name_edit.setText(naam)
        self.organisation_edit.setText(organisatie)
        self.role_edit.setText(rol)


class MedewerkerDialog(QDialog):
    """Enter or change your own details in the open vault."""

    def __init__(self, controller: AppController, first_time: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.origin = Origin.screen("mijn_gegevens")
        self.setWindowTitle(self.tr("My details"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "This vault does not know who you are yet. Your name, organisation and role go "
            "on every plan you write and in the log of who did what; they stay inside the "
            "vault.") if first_time else self.tr(
            "Your name, organisation and role go on every plan you write and in the log of "
            "who did what. A change is noted in the log; what was written before keeps the "
            "name it had."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.fields = MedewerkerFields(self)
        layout.addLayout(self.fields.form)
        current = controller.services.medewerker.mijn_gegevens()
        if current is not None:
            self.fields.set_values(current.naam, current.organisatie, current.rol)
        kluis = QLabel(self.tr("Vault id (for exchanging plans later): ")
                       + controller.services.medewerker.kluis_id())
        set_role(kluis, "muted")
        kluis.setWordWrap(True)
        layout.addWidget(kluis)
        self.error_label = error_label()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Later") if first_time else self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.fields.name_edit.setFocus()

    def accept(self) -> None:
        """Save, or show one sentence of what is wrong (nothing changes then)."""
        try:
            changes = self._controller.services.medewerker.vastleggen(
                *self.fields.values(), origin=self.origin)
        except TafelError as error:
            self.error_label.setText(error.message)
            self.error_label.show()
            self.fields.name_edit.setFocus()
            return
        self._controller.publish(changes)
        super().accept()
