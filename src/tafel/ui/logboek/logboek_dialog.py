"""The log, readable: who saw, shared or changed what, when, and on which basis.

Reached from Kluis > Logboek… (the whole vault) and from a case's "Who saw what…" (that
case only). Oldest first, as NEN 7513 asks, filtered by period, person and kind; the case's
view can save the household's overview "Wie heeft wat gezien of gedeeld, en waarom" as a PDF.
Opening the dialog is itself an access and is logged once; changing a filter is not.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tafel.errors import TafelError
from tafel.services.changes import Origin
from tafel.ui.controller import AppController
from tafel.ui.file_dialogs import choose_file_to_save
from tafel.ui.i18n import fill
from tafel.ui.icons import icon
from tafel.ui.style import set_role
from tafel.ui.window_state import keep_on_screen
from tafel.views.logboek import Logboek, LogFilter, LogRegel, LogSoort

#: The periods offered, in days back from today (None: the whole log).
PERIODS: tuple[int | None, ...] = (None, 0, 7, 31, 365)


class LogboekDialog(QDialog):
    """The audit log as a table, oldest first; ``casus_id`` narrows it to one case."""

    def __init__(self, controller: AppController, casus_id: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.casus_id = casus_id
        self.origin = Origin.screen("logboek")
        self.logboek: Logboek | None = None
        self.resize(1240, 700)
        keep_on_screen(self)  # 1920x1080 at 150% has 1280x720
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        self.title = QLabel()
        set_role(self.title, "title")
        layout.addWidget(self.title)
        intro = QLabel(self.tr(
            "Who saw, shared or changed what, and why it was allowed: the consent or the "
            "legal basis. Oldest first. The log holds no case text, and no line can be "
            "removed without it showing."))
        intro.setWordWrap(True)
        set_role(intro, "muted")
        layout.addWidget(intro)

        filters = QHBoxLayout()
        self.period_combo = QComboBox()
        for days, label in zip(PERIODS, (self.tr("All time"), self.tr("Today"),
                                         self.tr("Last week"), self.tr("Last month"),
                                         self.tr("Last year")), strict=True):
            self.period_combo.addItem(label, days)
        self.person_combo = QComboBox()
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Everything"), None)
        for kind, label in ((LogSoort.GEZIEN, self.tr("Seen")),
                            (LogSoort.GEDEELD, self.tr("Shared or printed")),
                            (LogSoort.GEWIJZIGD, self.tr("Changed")),
                            (LogSoort.KLUIS, self.tr("The vault itself"))):
            if casus_id is None or kind is not LogSoort.KLUIS:
                self.kind_combo.addItem(label, kind.value)
        for caption, combo in ((self.tr("Period:"), self.period_combo),
                               (self.tr("Who:"), self.person_combo),
                               (self.tr("Kind:"), self.kind_combo)):
            buddy = QLabel(caption)
            buddy.setBuddy(combo)
            filters.addWidget(buddy)
            filters.addWidget(combo)
            filters.addSpacing(12)
            combo.activated.connect(lambda _index: self.reload())
        filters.addStretch(1)
        self.count_label = QLabel()
        set_role(self.count_label, "muted")
        filters.addWidget(self.count_label)
        layout.addLayout(filters)

        headers = [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Why"),
                   self.tr("Workstation, origin, result")]
        widths = [130, 250, 300, 300]
        if casus_id is None:  # the whole vault: which case each line is about
            headers.insert(2, self.tr("Case"))
            widths = [130, 240, 110, 260, 270]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)

        self.error_label = QLabel()
        set_role(self.error_label, "error")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(icon("print"), self.tr(
            "Overview for the household (PDF)…"))
        self.print_button.setToolTip(self.tr(
            "'Wie heeft wat gezien of gedeeld, en waarom' in plain Dutch, for the household "
            "to keep"))
        self.print_button.clicked.connect(self.save_overview)
        self.print_button.setVisible(casus_id is not None)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.reload(shown=True)

    # -- reading ------------------------------------------------------------------------

    def current_filter(self) -> LogFilter:
        """The filter the combo boxes say."""
        days = self.period_combo.currentData()
        today = self._controller.services.context.today()
        van: date | None = None if days is None else today - timedelta(days=int(days))
        kind = self.kind_combo.currentData()
        return LogFilter(str(self.casus_id) if self.casus_id else None, van,
                         None, self.person_combo.currentData() or None,
                         LogSoort(kind) if kind else None)

    def reload(self, shown: bool = False) -> None:
        """Read the log again with the chosen filter (``shown``: the first time, logged)."""
        try:
            logboek = self._controller.services.logboek.logboek(
                self.current_filter(), shown=shown, origin=self.origin)
        except TafelError as error:
            self.show_error(error.message)
            return
        self.logboek = logboek
        if logboek.referentie:
            self.setWindowTitle(fill(self.tr("Who saw what: %1"), logboek.referentie))
            self.title.setText(fill(self.tr("Who saw what · %1 · %2"), logboek.huishouden,
                                    logboek.referentie))
        else:
            self.setWindowTitle(self.tr("Log"))
            self.title.setText(self.tr("Log of the whole vault"))
        self._fill_people(logboek.personen)
        self._fill_rows(logboek.regels)
        self.count_label.setText(fill(self.tr("%1 lines"), len(logboek.regels)))

    def _fill_people(self, personen: tuple[str, ...]) -> None:
        chosen = self.person_combo.currentData()
        self.person_combo.clear()
        self.person_combo.addItem(self.tr("Everyone"), None)
        for naam in personen:
            self.person_combo.addItem(naam, naam)
        index = self.person_combo.findData(chosen) if chosen else 0
        self.person_combo.setCurrentIndex(max(index, 0))

    def _fill_rows(self, regels: tuple[LogRegel, ...]) -> None:
        self.table.setRowCount(0)
        for regel in regels:
            row = self.table.rowCount()
            self.table.insertRow(row)
            what = f"heeft {regel.gegevens} {regel.handeling}"
            facts = ", ".join(part for part in (
                f"werkplek {regel.werkplek[:8]}" if regel.werkplek else "", regel.herkomst,
                regel.resultaat) if part)
            texts = [regel.moment, regel.wie_tekst, what, regel.grondslag_tekst, facts]
            if self.casus_id is None:
                texts.insert(2, regel.referentie or "—")
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if regel.resultaat == "geweigerd":
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        # The newest lines are the ones asked about most: once the table has its size.
        QTimer.singleShot(0, self.table.scrollToBottom)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Open at the newest lines, once the table has its final size."""
        super().showEvent(event)
        QTimer.singleShot(0, self.table.scrollToBottom)

    # -- the household's overview -------------------------------------------------------

    def save_overview(self) -> None:
        """Save "Wie heeft wat gezien of gedeeld, en waarom" as PDF where the user chooses."""
        if self.casus_id is None or self.logboek is None:
            return
        path = choose_file_to_save(
            self, self.tr("Save the overview for the household"),
            f"wie-zag-wat-{self.logboek.referentie}.pdf", self.tr("PDF (*.pdf)"), "pdf")
        if path is None:
            return
        try:
            printed = self._controller.services.logboek.afdruk(
                self.casus_id, self.current_filter(), origin=self.origin)
            path.write_bytes(printed.pdf)
        except TafelError as error:
            self.show_error(error.message)
            return
        except OSError:
            self.show_error(self.tr("The PDF could not be saved there. Choose another place."))
            return
        self._controller.publish(printed.changes)
        self.reload()

    def show_error(self, message: str) -> None:
        """One Dutch sentence under the table."""
        self.error_label.setText(message)
        self.error_label.show()
