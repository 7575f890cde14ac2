"""Edit the young person and the case itself.

Name, birth date, contact, household, place, casusregisseur, the reason for contact and how
the case came in (the aanmelding: via whom, by whom).

The casusregisseur is chosen, not typed: the consulent, or one of the professionals in the
case's network (the one lead who stays on when specialists join). A change is logged from whom
to whom by the service.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from tafel.domain.enums import AanmeldRoute, NetwerkSoort
from tafel.services import ChangeSet
from tafel.services.casussen import CasusWijziging
from tafel.ui.casus.form_dialog import FormDialog
from tafel.ui.controller import AppController
from tafel.ui.i18n import fill
from tafel.ui.labels import route_label
from tafel.views.casussen import CasusOverview


class CasusDialog(FormDialog):
    """The case's own details in one form."""

    def __init__(self, controller: AppController, overview: CasusOverview,
                 parent: QWidget | None = None) -> None:
        super().__init__(controller, fill(self.tr("Edit case %1"), overview.casus.referentie),
                         "", parent)
        self._overview = overview
        young = overview.jongere
        self.first_edit = QLineEdit(young.voornaam)
        self.last_edit = QLineEdit(young.achternaam)
        self.form.addRow(self.tr("&First name"), self.first_edit)
        self.form.addRow(self.tr("&Last name"), self.last_edit)
        self.birth_edit = self.add_date(self.tr("&Birth date"), young.geboortedatum)
        self.bsn_edit = QLineEdit()
        self.bsn_edit.setPlaceholderText(
            fill(self.tr("%1 (leave empty to keep it)"), young.bsn) if young.bsn
            else self.tr("optional, 9 digits"))
        self.form.addRow(self.tr("B&SN"), self.bsn_edit)
        self.remove_bsn = QCheckBox(self.tr("Remove the BSN"))
        self.form.addRow("", self.remove_bsn)
        self.form.setRowVisible(self.remove_bsn, bool(young.bsn))
        self.phone_edit = QLineEdit(young.telefoon)
        self.email_edit = QLineEdit(young.email)
        self.form.addRow(self.tr("&Phone"), self.phone_edit)
        self.form.addRow(self.tr("&E-mail"), self.email_edit)
        self.household_edit = QLineEdit(overview.huishouden.naam)
        self.place_edit = QLineEdit(overview.huishouden.plaats)
        self.form.addRow(self.tr("&Household"), self.household_edit)
        self.form.addRow(self.tr("Pla&ce"), self.place_edit)
        self.lead_combo = QComboBox()
        for name, note in self._leads(controller, overview):
            self.lead_combo.addItem(f"{name} ({note})" if note else name, name)
        self.form.addRow(self.tr("&Casusregisseur"), self.lead_combo)
        self.reason_edit = QPlainTextEdit(overview.casus.aanleiding)
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(110)
        self.form.addRow(self.tr("&Reason for contact"), self.reason_edit)
        self.route_combo = route_combo(overview.casus.aangemeld_via)
        self.referrer_edit = QLineEdit(overview.casus.aangemeld_door)
        self.referrer_edit.setPlaceholderText(self.tr("e.g. the name of the GP or the mentor"))
        self.form.addRow(self.tr("Came in &via"), self.route_combo)
        self.form.addRow(self.tr("Referred b&y"), self.referrer_edit)
        self.first_edit.setFocus()

    def _leads(self, controller: AppController,
               overview: CasusOverview) -> list[tuple[str, str]]:
        """Who can lead: the current lead first, the consulent, the case's professionals."""
        today = self.today()
        leads: list[tuple[str, str]] = [(overview.casus.casusregisseur, self.tr("now"))]
        if controller.actor:
            leads.append((controller.actor, self.tr("you")))
        for b in overview.betrokkenen:
            if b.soort is NetwerkSoort.PROFESSIONEEL and not b.ended(today):
                leads.append((b.naam, b.organisatie))
        seen: set[str] = set()
        unique = []
        for name, note in leads:
            if name and name not in seen:
                seen.add(name)
                unique.append((name, note))
        return unique

    def save(self) -> ChangeSet:
        """Change the case through CasusService.edit."""
        typed_bsn = self.bsn_edit.text().strip()
        removing = self.remove_bsn.isChecked()
        new = CasusWijziging(
            voornaam=self.first_edit.text(),
            achternaam=self.last_edit.text(),
            geboortedatum=self.birth_edit.value(),
            huishouden=self.household_edit.text(),
            plaats=self.place_edit.text(),
            casusregisseur=str(self.lead_combo.currentData()),
            bsn=None if removing else (typed_bsn or None),
            keep_bsn=not removing and not typed_bsn,
            telefoon=self.phone_edit.text(),
            email=self.email_edit.text(),
            aanleiding=self.reason_edit.toPlainText(),
            aangemeld_via=chosen_route(self.route_combo),
            aangemeld_door=self.referrer_edit.text(),
        )
        return self._controller.services.casussen.edit(self._overview.casus.id, new,
                                                       origin=self.origin)


def route_combo(current: AanmeldRoute | None = None) -> QComboBox:
    """How a case came in: unknown first, then each route."""
    combo = QComboBox()
    fill_routes(combo)
    combo.setCurrentIndex(max(0, combo.findData(current.value)) if current is not None else 0)
    return combo


def fill_routes(combo: QComboBox) -> None:
    """Fill ``combo`` with "not recorded" and each route (also used when registering)."""
    combo.addItem(QCoreApplication.translate("CasusDialog", "not recorded"), "")
    for route in AanmeldRoute:
        combo.addItem(route_label(route), route.value)


def chosen_route(combo: QComboBox) -> AanmeldRoute | None:
    """The route a :func:`route_combo` shows, None when not recorded."""
    value = combo.currentData()
    return AanmeldRoute(value) if value else None
