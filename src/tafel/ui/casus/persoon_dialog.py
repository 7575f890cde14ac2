"""Add or edit a household member: role, name, birth date, BSN, contact and parental authority.

The BSN is shown masked on every screen, so editing someone who has one leaves the field empty:
empty keeps the stored number, a new number replaces it, and "remove" takes it away.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from tafel.domain.enums import Rol
from tafel.domain.signals import age_on
from tafel.services import ChangeSet
from tafel.services.netwerk import GEZAG_ROLLEN, NieuwePersoon
from tafel.ui.casus.form_dialog import FormDialog
from tafel.ui.controller import AppController
from tafel.ui.i18n import fill
from tafel.ui.labels import role_label
from tafel.views.casussen import CasusOverview, PersoonView

MINOR_AGE = 18
#: The roles a household member besides the young person can have, in the order asked.
ROLES = (Rol.OUDER, Rol.VERZORGER, Rol.PARTNER, Rol.BROER_ZUS, Rol.KIND, Rol.OVERIG)


class PersoonDialog(FormDialog):
    """One household member; ``person`` None adds a new one."""

    def __init__(self, controller: AppController, overview: CasusOverview,
                 person: PersoonView | None = None, parent: QWidget | None = None) -> None:
        young = overview.jongere.voornaam
        super().__init__(
            controller,
            self.tr("Add someone to the household") if person is None
            else fill(self.tr("Edit %1"), person.naam),
            fill(self.tr("Someone who lives with %1 or belongs to the family at home."), young),
            parent,
        )
        self._overview, self._person = overview, person
        self.role_combo = QComboBox()
        for role in ROLES:
            self.role_combo.addItem(role_label(role), role.value)
        self.first_edit = QLineEdit()
        self.last_edit = QLineEdit()
        self.form.addRow(self.tr("&Role"), self.role_combo)
        self.form.addRow(self.tr("&First name"), self.first_edit)
        self.form.addRow(self.tr("&Last name"), self.last_edit)
        self.birth_edit = self.add_date(self.tr("&Birth date"))
        self.bsn_edit = QLineEdit()
        self.bsn_edit.setPlaceholderText(self.tr("optional, 9 digits"))
        self.form.addRow(self.tr("B&SN"), self.bsn_edit)
        self.remove_bsn = QCheckBox(self.tr("Remove the BSN"))
        self.form.addRow("", self.remove_bsn)
        self.phone_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.form.addRow(self.tr("&Phone"), self.phone_edit)
        self.form.addRow(self.tr("&E-mail"), self.email_edit)
        self.gezag_box = QCheckBox(fill(self.tr("Has parental authority (gezag) over %1"),
                                        young))
        self.form.addRow("", self.gezag_box)
        self._minor = _is_minor(overview, self.today())
        self.remove_bsn.setVisible(False)
        self.form.setRowVisible(self.remove_bsn, False)
        if person is not None:
            self._load(person)
        self.role_combo.currentIndexChanged.connect(self._role_changed)
        self._role_changed()
        self.role_combo.setFocus()

    def _load(self, person: PersoonView) -> None:
        if person.rol in ROLES:
            self.role_combo.setCurrentIndex(ROLES.index(person.rol))
        else:  # the young person is edited with the case; keep the role as it is
            self.role_combo.clear()
            self.role_combo.addItem(role_label(person.rol), person.rol.value)
        self.first_edit.setText(person.voornaam)
        self.last_edit.setText(person.achternaam)
        self.birth_edit.set_value(person.geboortedatum)
        self.phone_edit.setText(person.telefoon)
        self.email_edit.setText(person.email)
        self.gezag_box.setChecked(person.gezag)
        if person.bsn:  # masked in the view: the field stays empty and means "keep"
            self.bsn_edit.setPlaceholderText(
                fill(self.tr("%1 (leave empty to keep it)"), person.bsn))
            self.form.setRowVisible(self.remove_bsn, True)
            self.remove_bsn.setVisible(True)

    def _role(self) -> Rol:
        return Rol(self.role_combo.currentData())

    def _role_changed(self) -> None:
        """Parental authority is asked for a parent or carer while the young person is a minor."""
        show = self._role() in GEZAG_ROLLEN and self._minor
        self.form.setRowVisible(self.gezag_box, show)

    def save(self) -> ChangeSet:
        """Add or change the person through NetwerkService."""
        role = self._role()
        if role not in GEZAG_ROLLEN:
            gezag = False
        elif self._minor:
            gezag = self.gezag_box.isChecked()
        else:  # an adult young person: authority is no longer asked, what was recorded stays
            gezag = self._person.gezag if self._person is not None else False
        typed_bsn = self.bsn_edit.text().strip()
        new = NieuwePersoon(
            rol=role,
            voornaam=self.first_edit.text(),
            achternaam=self.last_edit.text(),
            geboortedatum=self.birth_edit.value(),
            bsn=None if self.remove_bsn.isChecked() else (typed_bsn or None),
            telefoon=self.phone_edit.text(),
            email=self.email_edit.text(),
            gezag=gezag,
        )
        netwerk = self._controller.services.netwerk
        if self._person is None:
            return netwerk.add_person(self._overview.casus.id, new, origin=self.origin)
        keep = bool(self._person.bsn) and not typed_bsn and not self.remove_bsn.isChecked()
        return netwerk.edit_person(self._person.id, new, keep_bsn=keep, origin=self.origin)


def _is_minor(overview: CasusOverview, today: date) -> bool:
    """Whether the young person is under 18 (unknown counts as minor: ask rather than miss)."""
    born = overview.jongere.geboortedatum
    return born is None or age_on(born, today) < MINOR_AGE
