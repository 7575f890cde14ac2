"""The first step: when and where, who is at the table, and the care that is already there."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tafel.domain.dates import QT_DATE_FORMAT
from tafel.domain.enums import GesprekPlaats
from tafel.ui.casus.formatting import fmt_date
from tafel.ui.gesprek.step_base import Step, caption, set_text_quietly, text_box
from tafel.ui.i18n import fill
from tafel.ui.labels import law_label, place_label, role_label
from tafel.ui.style import set_role
from tafel.ui.widgets.scroll_page import FormScroll
from tafel.views.casussen import CasusOverview


class StartStep(Step):
    """Date, place, who is present, and existing care."""

    def __init__(self, overview: CasusOverview, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        page = QWidget()  # scrolls where the window is short (960x540 at 200%)
        layout = QVBoxLayout(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(FormScroll(page))
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        title = QLabel(self.tr("Start of the conversation"))
        set_role(title, "title")
        layout.addWidget(title)
        intro = QLabel(self.tr("The conversation comes first. tafel follows it: fill in what "
                               "comes up, in any order, and go back whenever you like."))
        intro.setWordWrap(True)
        set_role(intro, "subtitle")
        layout.addWidget(intro)

        columns = QHBoxLayout()
        columns.setSpacing(32)
        layout.addLayout(columns, 1)
        left = QVBoxLayout()
        form = QFormLayout()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(QT_DATE_FORMAT)
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date_edit.dateChanged.connect(self._date_changed)
        self.place_combo = QComboBox()
        for place in GesprekPlaats:
            self.place_combo.addItem(place_label(place), place.value)
        self.place_combo.currentIndexChanged.connect(self._place_changed)
        form.addRow(self.tr("&Date"), self.date_edit)
        form.addRow(self.tr("&Place"), self.place_combo)
        left.addLayout(form)
        left.addWidget(caption(self.tr("Who is at the table?")))
        self.present_list = QListWidget()
        self.present_list.setAccessibleName(self.tr("Who is at the table"))
        for name, detail in _people(overview):
            item = QListWidgetItem(f"{name} – {detail}" if detail else name)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.present_list.addItem(item)
        self.present_list.itemChanged.connect(self._present_changed)
        left.addWidget(self.present_list, 1)
        self.others_edit = QLineEdit()
        self.others_edit.setPlaceholderText(self.tr("Others present, separated by commas"))
        self.others_edit.textEdited.connect(self._present_changed)
        left.addWidget(self.others_edit)
        columns.addLayout(left, 1)

        right = QVBoxLayout()
        right.addWidget(caption(self.tr("Care and help that is already there")))
        known = [
            " · ".join(x for x in (i.voorziening, law_label(i.wetskader), i.aanbieder,
                                   fill(self.tr("until %1"), fmt_date(i.einddatum))
                                   if i.einddatum else "") if x)
            for i in overview.indicaties
        ]
        self.known_care = QLabel("\n".join(known) or self.tr("No existing care recorded yet."))
        self.known_care.setWordWrap(True)
        set_role(self.known_care, "muted")
        right.addWidget(self.known_care)
        self.care_box = text_box(self.tr("Ask about other care, help or professionals: "
                                         "who, since when, until when"), 4)
        self.care_box.setAccessibleName(self.tr("Care and help that is already there"))
        self.care_box.textChanged.connect(self._care_changed)
        right.addWidget(self.care_box)
        right.addStretch(1)
        columns.addLayout(right, 1)

    def fill(self) -> None:
        """Show date, place, who is present and the care notes."""
        day = date.fromisoformat(self.content["datum"])
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.place_combo.setCurrentIndex(max(0, self.place_combo.findData(self.content["plaats"])))
        present = set(self.content["aanwezig"])
        known = set()
        for index in range(self.present_list.count()):
            item = self.present_list.item(index)
            name = item.data(Qt.ItemDataRole.UserRole)
            known.add(name)
            item.setCheckState(Qt.CheckState.Checked if name in present
                               else Qt.CheckState.Unchecked)
        others = [name for name in self.content["aanwezig"] if name not in known]
        if self.others_edit.text() != ", ".join(others):
            self.others_edit.setText(", ".join(others))
        set_text_quietly(self.care_box, self.content["bestaande_zorg"])

    def first_field(self) -> QWidget | None:
        """The date."""
        return self.date_edit

    def _date_changed(self, value: QDate) -> None:
        if self.content and not self._loading:
            self.content["datum"] = date(value.year(), value.month(), value.day()).isoformat()
            self.changed()

    def _place_changed(self, index: int) -> None:
        if self.content and not self._loading:
            self.content["plaats"] = self.place_combo.itemData(index)
            self.changed()

    def _present_changed(self, *_args: object) -> None:
        if not self.content or self._loading:
            return
        names = [
            self.present_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.present_list.count())
            if self.present_list.item(i).checkState() == Qt.CheckState.Checked
        ]
        names += [n.strip() for n in self.others_edit.text().split(",") if n.strip()]
        self.content["aanwezig"] = names
        self.changed()

    def _care_changed(self) -> None:
        if self.content and not self._loading:
            self.content["bestaande_zorg"] = self.care_box.toPlainText()
            self.changed()


def _people(overview: CasusOverview) -> list[tuple[str, str]]:
    people = [(p.naam, role_label(p.rol)) for p in overview.personen]
    people += [(b.naam, " – ".join(x for x in (b.rol, b.organisatie) if x))
               for b in overview.betrokkenen]
    return people
