"""The case's consents: each with its state from the one rule, and what can be done with them.

The state shown is the view's (:class:`tafel.domain.consent.ToestemmingStaat`, computed by
the domain on today's date); this section only puts it into words.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from tafel.domain.consent import ToestemmingStaat
from tafel.domain.enums import Grondslag
from tafel.errors import TafelError
from tafel.services.changes import Origin
from tafel.ui.casus.fields import fit_combo
from tafel.ui.casus.formatting import fmt_date
from tafel.ui.controller import AppController
from tafel.ui.file_dialogs import choose_file_to_save
from tafel.ui.i18n import fill
from tafel.ui.icons import icon
from tafel.ui.labels import basis_label, category_label
from tafel.ui.style import error_label
from tafel.ui.widgets.record_list import Record, RecordList
from tafel.ui.widgets.section import Section
from tafel.views.casussen import CasusOverview, ToestemmingView


class ToestemmingSection(Section):
    """Consent (toestemming): the list, record, withdraw, and the household's overview."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__("consent", self.tr("Consent (toestemming)"), parent)
        self._controller = controller
        self._overview: CasusOverview | None = None
        self.origin = Origin.screen("toestemmingen")
        self.table = RecordList()
        self.body.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(icon("add"), self.tr("Record &consent…"))
        self.add_button.clicked.connect(self.record)
        self.withdraw_combo = QComboBox()
        self.withdraw_combo.setAccessibleName(self.tr("Consent to withdraw"))
        self.withdraw_button = QPushButton(self.tr("Wit&hdraw"))
        self.withdraw_button.clicked.connect(self.withdraw)
        self.print_button = QPushButton(icon("print"), self.tr("Who &may see what (PDF)…"))
        self.print_button.clicked.connect(self.print_overview)
        # Beside who may see what: who did see it (the case page opens the log).
        self.log_button = QPushButton(icon("history"), self.tr("Who sa&w what…"))
        self.log_button.setToolTip(self.tr(
            "The log of this case: who saw, shared or changed what, and why it was allowed"))
        row.addWidget(self.add_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        self.body.addLayout(row)
        second = QHBoxLayout()  # two rows: the case panel is narrow beside the case list
        fit_combo(self.withdraw_combo)
        second.addWidget(self.withdraw_combo, 1)
        second.addWidget(self.withdraw_button)
        self.body.addLayout(second)
        third = QHBoxLayout()  # a row of its own: beside the other two it was too wide
        third.addWidget(self.log_button)
        third.addStretch(1)
        self.body.addLayout(third)
        self.error_label = error_label()
        self.body.addWidget(self.error_label)

    def show_case(self, o: CasusOverview, today: date) -> None:
        """Fill in one case's consents."""
        self._overview = o
        self.error_label.hide()
        records = []
        self.withdraw_combo.clear()
        for t in o.toestemmingen:
            categories = ", ".join(category_label(c) for c in t.categorieen)
            given = fill(self.tr("given by %1 on %2"), t.gegeven_door or "–",
                         fmt_date(t.gegeven_op))
            if t.grondslag is not Grondslag.TOESTEMMING:
                given = fill(self.tr("recorded on %1"), fmt_date(t.gegeven_op))
            records.append(Record(
                t.ontvanger,
                f"{basis_label(t.grondslag)} · {self.validity(t)}",
                [t.doel, fill(self.tr("Data: %1"), categories), given],
            ))
            if t.grondslag is Grondslag.TOESTEMMING and t.staat not in (
                    ToestemmingStaat.INGETROKKEN, ToestemmingStaat.VERLOPEN):
                self.withdraw_combo.addItem(f"{t.ontvanger} – {t.doel}", t.id)
        self.table.set_records(records, self.tr("Nothing may be shared yet."))
        has_any = self.withdraw_combo.count() > 0
        self.withdraw_combo.setVisible(has_any)
        self.withdraw_button.setVisible(has_any)
        self.print_button.setEnabled(bool(o.toestemmingen))

    def clear(self) -> None:
        """Drop the case (on lock)."""
        self._overview = None
        self.table.set_records([])
        self.withdraw_combo.clear()

    def validity(self, t: ToestemmingView) -> str:
        """The state the one consent rule gave (domain/consent.py), in words."""
        staat = t.staat
        if staat is ToestemmingStaat.INGETROKKEN and t.ingetrokken_op is not None:
            return fill(self.tr("withdrawn %1"), fmt_date(t.ingetrokken_op))
        if staat is ToestemmingStaat.VERLOPEN and t.verloopt_op is not None:
            return fill(self.tr("expired %1"), fmt_date(t.verloopt_op))
        if staat is ToestemmingStaat.NOG_NIET:
            return fill(self.tr("from %1"), fmt_date(t.gegeven_op))
        if staat is ToestemmingStaat.WETTELIJKE_GRONDSLAG:
            return self.tr("no consent needed")
        if staat is ToestemmingStaat.VERLOOPT_BINNENKORT and t.verloopt_op is not None:
            return fill(self.tr("until %1, ask again soon"), fmt_date(t.verloopt_op))
        if t.verloopt_op is not None:
            return fill(self.tr("until %1"), fmt_date(t.verloopt_op))
        return self.tr("yes, no end date")

    # -- acting -------------------------------------------------------------------------

    def record(self) -> None:
        """Open the dialog for a new consent."""
        from tafel.ui.casus.toestemming_dialog import ToestemmingDialog

        if self._overview is not None:
            ToestemmingDialog(self._controller, self._overview, self).exec()

    def withdraw(self) -> None:
        """Withdraw the consent chosen beside the button, from today on."""
        consent_id = self.withdraw_combo.currentData()
        if consent_id is None:
            return
        try:
            changes = self._controller.services.toestemmingen.withdraw(
                consent_id, origin=self.origin)
        except TafelError as error:
            self.show_error(error.message)
            return
        self._controller.publish(changes)

    def print_overview(self) -> None:
        """Save "Wie mag wat zien en waarom" as PDF where the user chooses."""
        if self._overview is None:
            return
        path = choose_file_to_save(
            self, self.tr("Save the overview"),
            f"wie-mag-wat-zien-{self._overview.casus.referentie}.pdf",
            self.tr("PDF (*.pdf)"), "pdf")
        if path is None:
            return
        try:
            printed = self._controller.services.toestemmingen.print_overzicht(
                self._overview.casus.id, origin=self.origin)
            path.write_bytes(printed.pdf)
        except TafelError as error:
            self.show_error(error.message)
            return
        except OSError:
            self.show_error(self.tr("The PDF could not be saved there. Choose another place."))
            return
        self._controller.publish(printed.changes)

    def show_error(self, message: str) -> None:
        """One Dutch sentence under the buttons."""
        self.error_label.setText(message)
        self.error_label.show()
