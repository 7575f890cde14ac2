"""The case overview: who the young person is, the household, network, toestemming and care.

It shows signals, never decisions: closing a case is always a person's choice, and nothing
here closes or escalates by itself. When details of the people around the case were filled
in differently on another laptop, a calm banner under the header says how many points wait,
and the household and network mark each person in question
(:mod:`tafel.ui.casus.dossier_conflicts`).
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from tafel.domain.enums import (
    AanmeldRoute,
    CasusStatus,
    GesprekSoort,
    Pijler,
)
from tafel.domain.signals import SignaalSoort
from tafel.errors import TafelError
from tafel.services import ChangeSet
from tafel.services.changes import Origin
from tafel.ui.casus.checklist18_section import Checklist18Section
from tafel.ui.casus.dossier_conflicts import DossierConflicts
from tafel.ui.casus.formatting import fmt_date
from tafel.ui.casus.gesprekken_section import GesprekkenSection
from tafel.ui.casus.huishouden_section import HuishoudenSection
from tafel.ui.casus.indicatie_section import IndicatieSection
from tafel.ui.casus.juridisch_section import JuridischSection
from tafel.ui.casus.netwerk_section import NetwerkSection
from tafel.ui.casus.overleggen_section import OverleggenSection
from tafel.ui.casus.plan_section import PlanSummarySection
from tafel.ui.casus.toestemming_section import ToestemmingSection
from tafel.ui.casus.verwijzingen_section import VerwijzingenSection
from tafel.ui.controller import AppController
from tafel.ui.i18n import fill
from tafel.ui.icons import icon
from tafel.ui.labels import (
    route_label,
    signal_label,
    status_label,
)
from tafel.ui.style import set_role
from tafel.ui.widgets.flow_layout import FlowLayout
from tafel.ui.widgets.record_list import discard
from tafel.ui.widgets.scroll_page import scrolling_page
from tafel.ui.widgets.section import Section
from tafel.views.casussen import CasusOverview

ACTIVE_STATUSES = [s for s in CasusStatus if not s.is_closed]


#: Signals whose chip also names what it is about (the domains scored 1, the recipient).
_NAMED = (SignaalSoort.ACUUT, SignaalSoort.TOESTEMMING_VERLOOPT,
          SignaalSoort.WORDT_18_MAATREGEL_STOPT, SignaalSoort.VERWIJZING_ZONDER_VERVOLG)


class CasusOverviewPage(QWidget):
    """One case, read from the services each time it is shown or changed."""

    case_changed = Signal(object)  # ChangeSet
    conversation_requested = Signal(object)  # the case id
    verslag_requested = Signal(object)  # a gesprek id
    plan_requested = Signal(object)  # the case id: open the toekomstplan, or start it
    overleg_requested = Signal(object)  # the case id: start a casus-overleg (or go on)

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.origin = Origin.screen("casus")
        self._overview: CasusOverview | None = None
        self.extra_sections: list[Checklist18Section | JuridischSection | OverleggenSection] = []
        self._build()

    # -- building -----------------------------------------------------------------------

    def _build(self) -> None:
        layout = scrolling_page(self, (20, 16, 20, 20), 12)

        header = QHBoxLayout()
        self.name_label = QLabel()
        self.name_label.setWordWrap(True)  # a long name wraps instead of widening the pane
        set_role(self.name_label, "title")
        self.status_label = QLabel()
        set_role(self.status_label, "status")
        header.addWidget(self.name_label)
        header.addWidget(self.status_label, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addStretch(1)
        layout.addLayout(header)
        self._header = header  # the edit button joins it once made (below)
        self.facts_label = QLabel()
        self.facts_label.setWordWrap(True)
        set_role(self.facts_label, "subtitle")
        layout.addWidget(self.facts_label)

        self.dossier_conflicts = DossierConflicts(self, self._controller,
                                                  lambda: self._overview, self.origin)
        layout.addWidget(self.dossier_conflicts.banner)

        self.signals_box = QWidget()
        self.signals_row = FlowLayout(self.signals_box)
        layout.addWidget(self.signals_box)

        actions = QHBoxLayout()
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Phase"))
        for status in ACTIVE_STATUSES:
            self.status_combo.addItem(status_label(status), status.value)
        self.status_combo.activated.connect(self._status_chosen)
        self.close_button = QPushButton(icon("close-case"), self.tr("Clo&se case"))
        self.waakvlam_button = QPushButton(icon("heart"), self.tr("Keep on &pilot light"))
        self.reopen_button = QPushButton(icon("reopen"), self.tr("Reopen"))
        self.hand_over_button = QPushButton(icon("hand-over"), self.tr("&Hand over"))
        self.hand_over_button.setToolTip(self.tr("Close the case as handed over to another "
                                                 "party"))
        self.hand_over_button.clicked.connect(self.hand_over)
        self.close_button.clicked.connect(lambda: self._close(waakvlam=False))
        self.waakvlam_button.clicked.connect(lambda: self._close(waakvlam=True))
        self.reopen_button.clicked.connect(self._reopen)
        self.destroy_button = QPushButton(icon("close-case"), self.tr("Destroy…"))
        self.destroy_button.setToolTip(self.tr(
            "Remove this closed case from the vault for good (after its retention term, or "
            "on a written request)"))
        self.destroy_button.clicked.connect(self.destroy_case)
        self.edit_button = QPushButton(icon("case"), self.tr("&Edit"))
        self.edit_button.setToolTip(self.tr("Edit the young person's and the case's details"))
        self.edit_button.setAccessibleName(self.edit_button.toolTip())
        self.edit_button.clicked.connect(self.edit_case)
        self._header.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignVCenter)
        phase_label = QLabel(self.tr("Phase:"))
        phase_label.setBuddy(self.status_combo)
        actions.addWidget(phase_label)
        actions.addWidget(self.status_combo)
        actions.addStretch(1)
        self.overleg_button = QPushButton(icon("network"), self.tr("Casus-&overleg…"))
        self.overleg_button.setToolTip(self.tr(
            "Start a casus-overleg: the wall shows only what the household agreed to share "
            "with everyone in the room (Ctrl+Shift+O)"))
        self.overleg_button.clicked.connect(
            lambda: self.overleg_requested.emit(self.case_id) if self.case_id else None)
        actions.addWidget(self.overleg_button)
        self.bundle_button = QPushButton(icon("bundle-export"), self.tr("Make &bundle…"))
        self.bundle_button.setToolTip(self.tr(
            "An encrypted file of this case for the other parties, with only what the "
            "household agreed to share (Ctrl+E)"))
        self.bundle_button.clicked.connect(self.make_bundle)
        actions.addWidget(self.bundle_button)
        layout.addLayout(actions)
        closing = QHBoxLayout()  # a row of its own: four buttons beside the phase overflowed
        closing.addStretch(1)
        for button in (self.reopen_button, self.hand_over_button, self.waakvlam_button,
                       self.close_button):
            closing.addWidget(button)
        layout.addLayout(closing)
        ending = QHBoxLayout()  # only for a closed case: a row of its own, not a fifth button
        ending.addStretch(1)
        ending.addWidget(self.destroy_button)
        layout.addLayout(ending)

        self.error_label = QLabel()
        set_role(self.error_label, "error")
        self.error_label.hide()
        layout.addWidget(self.error_label)

        self.plan = PlanSummarySection()
        self.plan.plan_requested.connect(
            lambda: self.plan_requested.emit(self.case_id) if self.case_id else None
        )
        layout.addWidget(self.plan)
        layout.addWidget(self._extra(Checklist18Section(self._controller)))

        self.conversations = GesprekkenSection()
        self.conversations.conversation_requested.connect(
            lambda: self.conversation_requested.emit(self.case_id) if self.case_id else None
        )
        self.conversations.quick_scan_requested.connect(self._quick_scan)
        self.conversations.verslag_requested.connect(self.verslag_requested)
        layout.addWidget(self.conversations)
        self.overleggen_section = OverleggenSection(self._controller)
        layout.addWidget(self._extra(self.overleggen_section))

        self.reason_section = Section("case", self.tr("Reason for contact"))
        self.reason_label = QLabel()
        self.reason_label.setWordWrap(True)
        self.reason_section.body.addWidget(self.reason_label)
        layout.addWidget(self.reason_section)

        layout.addWidget(self._extra(JuridischSection(self._controller)))
        self.household_section = HuishoudenSection(self._controller)
        self.household_section.conflict_requested.connect(self.dossier_conflicts.open)
        layout.addWidget(self.household_section)
        self.network_section = NetwerkSection(self._controller)
        self.network_section.conflict_requested.connect(self.dossier_conflicts.open)
        layout.addWidget(self.network_section)
        self.referrals_section = VerwijzingenSection(self._controller)
        layout.addWidget(self.referrals_section)

        self.consent_section = ToestemmingSection(self._controller)
        self.log_button = self.consent_section.log_button
        self.log_button.clicked.connect(self.show_log)
        layout.addWidget(self.consent_section)

        self.care_section = IndicatieSection(self._controller)
        layout.addWidget(self.care_section)
        layout.addStretch(1)

    def _extra(self, section: Checklist18Section | JuridischSection | OverleggenSection
               ) -> QWidget:
        """A section the overview fills and clears with the rest (its own file, own reads)."""
        self.extra_sections.append(section)
        return section

    # -- showing ------------------------------------------------------------------------

    @property
    def case_id(self) -> uuid.UUID | None:
        """The case shown, if any."""
        return self._overview.casus.id if self._overview else None

    def show_log(self) -> None:
        """The case's log ("Wie zag wat"), with the household's overview to save."""
        from tafel.ui.logboek.logboek_dialog import LogboekDialog

        if self.case_id is None:
            return
        dialog = LogboekDialog(self._controller, self.case_id, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.log_dialog = dialog
        dialog.open()

    def show_case(self, case_id: uuid.UUID) -> None:
        """Load and show one case (the access is logged by the service).

        Showing the case already on screen again (after a change anywhere) is a redraw, not
        a new opening: it is not logged again (NEN 7513: one entry per access).
        """
        shown = self.case_id != case_id
        self._overview = self._controller.services.casussen.open(case_id, shown=shown,
                                                                 origin=self.origin)
        self._fill(self._overview, self._controller.services.context.today())

    def clear(self) -> None:
        """Drop every view of case data (on lock)."""
        self._overview = None
        self.dossier_conflicts.clear()
        self.household_section.clear()
        self.network_section.clear()
        self.consent_section.clear()
        self.care_section.clear()
        for section in self.extra_sections:
            section.clear()
        self.referrals_section.clear()
        for label in (self.name_label, self.facts_label, self.reason_label, self.status_label):
            label.clear()
        self._set_signals([])
        self.conversations.clear()
        self.plan.clear()

    def _kept_until(self, o: CasusOverview) -> str:
        """For a closed case: until when it is kept, and why that long."""
        if o.bewaren_tot is None or o.bewaarjaren is None:
            return ""
        return " · " + fill(self.tr("kept until %1 (%2 years after closing)"),
                            fmt_date(o.bewaren_tot), str(o.bewaarjaren))

    def _fill(self, o: CasusOverview, today: date) -> None:
        self.error_label.hide()
        age = self.tr("%n year(s)", "", o.leeftijd) if o.leeftijd is not None else ""
        self.name_label.setText(f"{o.jongere.naam}" + (f", {age}" if age else ""))
        self.status_label.setText(status_label(o.casus.status))
        place = f" · {o.huishouden.plaats}" if o.huishouden.plaats else ""
        self.facts_label.setText(
            fill(self.tr("%1 · %2 · casusregisseur %3 · registered %4"), o.casus.referentie,
                 o.huishouden.naam + place, o.casus.casusregisseur,
                 fmt_date(o.casus.aangemeld_op)) + self._came_in(o) + self._kept_until(o)
        )
        self._set_signals([
            f"{signal_label(s.soort)}{' – ' + s.onderwerp if s.soort in _NAMED else ''}"
            f" ({fmt_date(s.datum)})"
            for s in o.signalen
        ])
        closed = o.casus.status.is_closed
        self.status_combo.setEnabled(not closed)
        if not closed:
            self.status_combo.setCurrentIndex(ACTIVE_STATUSES.index(o.casus.status))
        self.close_button.setVisible(o.casus.status is not CasusStatus.AFGESLOTEN)
        self.waakvlam_button.setVisible(o.casus.status is not CasusStatus.WAAKVLAM)
        self.reopen_button.setVisible(closed)
        self.destroy_button.setVisible(o.casus.status.is_done)  # closed or handed over
        self.hand_over_button.setVisible(o.casus.status is not CasusStatus.OVERGEDRAGEN)
        if o.casus.status is CasusStatus.OVERGEDRAGEN and o.casus.overgedragen_aan:
            self.status_label.setText(fill(self.tr("Handed over to %1"),
                                           o.casus.overgedragen_aan))
        self.reason_label.setText(o.casus.aanleiding)
        self.reason_section.setVisible(bool(o.casus.aanleiding))
        self.dossier_conflicts.show_case(o, today)
        counts = self.dossier_conflicts.counts()
        self.household_section.show_overview(o, today, counts)
        self.network_section.show_overview(o, today, counts)
        self.consent_section.show_case(o, today)
        self.care_section.show_case(o)
        for section in self.extra_sections:
            section.show_overview(o, today)
        self.referrals_section.show_overview(o, today)
        plan = self._controller.services.plans.for_case(o.casus.id)
        self.plan.show_plan(plan, o.jongere.voornaam, today)
        self._fill_conversations(o, plan.latest.content.pillar_targets() if plan else {})

    def _came_in(self, o: CasusOverview) -> str:
        """How the case came in and by whom, for the header line (empty when unknown)."""
        route = o.casus.aangemeld_via
        who = o.casus.aangemeld_door
        via = route_label(route) if route and not (route is AanmeldRoute.OVERIG and who) else ""
        if via and who:
            return " · " + fill(self.tr("via %1 (%2)"), via, who)
        if via or who:
            return " · " + fill(self.tr("via %1"), via or who)
        return ""

    def _fill_conversations(self, o: CasusOverview, targets: dict[Pijler, float]) -> None:
        gesprekken = self._controller.services.gesprekken
        self.conversations.show_history(
            gesprekken.history(o.casus.id),
            gesprekken.lopend_gesprek(o.casus.id, GesprekSoort.KEUKENTAFELGESPREK),
            o.jongere.voornaam, targets,
        )
        try:  # the library is read once per unlock; a skipped file is named beside "talk"
            skipped = gesprekken.library.skipped
        except (TafelError, OSError):
            skipped = []
        self.conversations.show_instrument_notice(skipped)

    def show_error(self, message: str) -> None:
        """Show one Dutch sentence about what went wrong."""
        self.error_label.setText(message)
        self.error_label.show()

    def edit_case(self) -> None:
        """Open the form for the young person and the case itself."""
        from tafel.ui.casus.casus_dialog import CasusDialog

        if self._overview is not None:
            self.case_dialog = CasusDialog(self._controller, self._overview, self)
            self.case_dialog.open()

    def make_bundle(self) -> None:
        """Open "Make a bundle" for this case; a saved bundle is confirmed in a message."""
        from tafel.ui.bundels.export_dialog import BundelExportDialog

        if self._overview is None:
            return
        dialog = BundelExportDialog(self._controller, self._overview, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._bundle_saved)
        self.bundle_dialog = dialog
        dialog.open()

    def _bundle_saved(self, text: str) -> None:
        from tafel.ui.bundels.melding import melding

        self.bundle_message = melding(self.window(), text)

    def _quick_scan(self) -> None:
        from tafel.ui.gesprek.snelle_check_dialog import SnelleCheckDialog

        if self._overview is not None:
            SnelleCheckDialog.run(self._controller, self._overview, self)


    def _set_signals(self, texts: list[str]) -> None:
        while self.signals_row.count():
            item = self.signals_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                discard(widget)
        for text in texts:
            chip = QLabel(text)
            set_role(chip, "chip")
            self.signals_row.addWidget(chip)
        self.signals_box.setVisible(bool(texts))

    # -- acting -------------------------------------------------------------------------

    def confirm(self, question: str) -> bool:
        """Ask before closing; tests replace this method."""
        answer = QMessageBox.question(self, self.tr("Close case"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _status_chosen(self, index: int) -> None:
        if self._overview is None:
            return
        status = CasusStatus(self.status_combo.itemData(index))
        if status is not self._overview.casus.status:
            self._apply(lambda: self._controller.services.casussen.set_status(
                self._overview.casus.id, status, origin=self.origin))

    def _close(self, waakvlam: bool) -> None:
        if self._overview is None:
            return
        question = (
            self.tr("Keep this case on pilot light? The case closes, but contact stays possible.")
            if waakvlam
            else self.tr("Close this case? You can reopen it later without a new intake.")
        )
        if self.confirm(question):
            self._apply(lambda: self._controller.services.casussen.close(
                self._overview.casus.id, waakvlam, origin=self.origin))

    def hand_over(self) -> None:
        """Ask to whom, then close the case as handed over."""
        from tafel.ui.casus.overdracht_dialog import OverdrachtDialog

        if self._overview is None:
            return
        case_id = self._overview.casus.id
        casussen = self._controller.services.casussen
        self.hand_over_dialog = OverdrachtDialog(
            self._controller, self._overview,
            lambda aan, origin: casussen.hand_over(case_id, aan, origin=origin), self)
        self.hand_over_dialog.open()

    def destroy_case(self) -> None:
        """Ask why and for the reference, then destroy the case (the dialog says it all)."""
        from tafel.ui.casus.vernietig_dialog import VernietigDialog

        if self._overview is None:
            return
        self.destroy_dialog = VernietigDialog(self._controller, self._overview, self)
        self.destroy_dialog.open()

    def _reopen(self) -> None:
        if self._overview is not None:
            self._apply(lambda: self._controller.services.casussen.reopen(
                self._overview.casus.id, origin=self.origin))

    def _apply(self, action) -> None:  # type: ignore[no-untyped-def]
        try:
            changes: ChangeSet = action()
        except TafelError as error:
            self.error_label.setText(error.message)
            self.error_label.show()
            return
        self._controller.publish(changes)
