"""The 18-/18+ checklist on the case screen and from the plan: what is still open before 18.

Shown on the case for a young person under 18 and until 18.5 (domain rule
:func:`~tafel.domain.checklist18.checklist_relevant`), with how many items are still open.
From the toekomstplan it opens in a window of its own (:func:`add_plan_button`), for any age.
A municipality's checklist file that does not fit is named in one sentence; tafel's own list
is used then.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tafel.domain.checklist18 import PuntStaat, checklist_relevant
from tafel.errors import TafelError
from tafel.ui.casus.checklist18_dialog import ChecklistPuntDialog
from tafel.ui.casus.people_list import PeopleList, PersonRow
from tafel.ui.controller import AppController
from tafel.ui.i18n import fill
from tafel.ui.icons import icon
from tafel.ui.labels import item_state_label
from tafel.ui.style import set_role
from tafel.ui.widgets.scroll_page import scrolling_page
from tafel.ui.widgets.section import Section
from tafel.ui.window_state import keep_on_screen
from tafel.views.casussen import CasusOverview
from tafel.views.checklist18 import ChecklistPuntView, ChecklistView


class Checklist18Section(Section):
    """The checklist card; the item dialog it opens is kept in ``dialog`` (tests drive it)."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__("plan", self.tr("Checklist 18-/18+"), parent)
        self._controller = controller
        self._case_id: uuid.UUID | None = None
        self._young = ""
        self._names: list[str] = []
        self.view: ChecklistView | None = None
        self.dialog: QDialog | None = None
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        set_role(self.problem_label, "error")
        self.problem_label.hide()
        self.body.addWidget(self.problem_label)
        self.items = PeopleList(self._edit, lambda _id: None)
        self.body.addWidget(self.items)

    def show_overview(self, o: CasusOverview, today: date) -> None:
        """Show the checklist for a young person under 18 (and until 18.5); hide it otherwise."""
        relevant = checklist_relevant(o.jongere.geboortedatum, today)
        self.setVisible(relevant)
        if not relevant:
            self.clear()
            return
        names = [p.naam for p in o.personen if not p.ended(today)]
        names += [b.naam for b in o.betrokkenen if not b.ended(today)]
        self.show_case(o.casus.id, o.jongere.voornaam, names)

    def show_case(self, case_id: uuid.UUID, young: str, names: list[str]) -> None:
        """Read and show the case's checklist (``names``: whom an item can be given to)."""
        self._case_id, self._young, self._names = case_id, young, names
        service = self._controller.services.checklist18
        try:
            problem = service.loaded().problem
            self.view = service.for_case(case_id)
        except TafelError as error:
            self.view = None
            problem = error.message
        self.problem_label.setText(problem or "")
        self.problem_label.setVisible(bool(problem))
        if self.view is None:
            self.items.set_rows([])
            return
        total, still_open = len(self.view.punten), self.view.open_count
        self.set_note(
            fill(self.tr("All %1 items are arranged or not needed."), str(total))
            if not still_open else
            fill(self.tr("Still open: %1 of %2. What %3 needs arranged before 18."),
                 str(still_open), str(total), young))
        self.items.set_rows([self._row(p) for p in self.view.punten])

    def refresh(self) -> None:
        """Read the case's checklist again (after an item was saved here)."""
        if self._case_id is not None:
            self.show_case(self._case_id, self._young, self._names)

    def clear(self) -> None:
        """Forget the case (on lock)."""
        self._case_id, self.view = None, None
        self.items.set_rows([])

    def _row(self, p: ChecklistPuntView) -> PersonRow:
        mark = {PuntStaat.OPEN: "○", PuntStaat.GEREGELD: "✓", PuntStaat.NIET_NODIG: "–"}
        details = [fill(self.tr("Who: %1"), p.wie) if p.wie else "", p.notitie]
        return PersonRow(_key_id(p.item.sleutel), f"{mark[p.staat]} {p.item.titel}",
                         item_state_label(p.staat), details, can_end=False)

    def _edit(self, row_id: uuid.UUID) -> None:
        if self.view is None or self._case_id is None:
            return
        punt = next((p for p in self.view.punten if _key_id(p.item.sleutel) == row_id), None)
        if punt is None:
            return
        self.dialog = ChecklistPuntDialog(self._controller, self._case_id, punt, self._names,
                                          self)
        self.dialog.accepted.connect(self.refresh)
        self.dialog.open()


def _key_id(key: str) -> uuid.UUID:
    """A stable row id for an item key (the list calls back with ids)."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"tafel:checklist18:{key}")


class Checklist18Window(QDialog):
    """The checklist in a window of its own, opened from the toekomstplan."""

    def __init__(self, controller: AppController, case_id: uuid.UUID, young: str,
                 names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("Checklist 18-/18+ for %1"), young))
        self.resize(760, 560)
        keep_on_screen(self)  # 960x540 at 200%: the list scrolls
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 12)
        page = QWidget()
        layout = scrolling_page(page, (16, 12, 16, 12), 8)
        self.section = Checklist18Section(controller)
        self.section.show_case(case_id, young, names)
        layout.addWidget(self.section)
        layout.addStretch(1)
        outer.addWidget(page, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        box = QHBoxLayout()
        box.setContentsMargins(16, 0, 16, 0)
        box.addWidget(buttons)
        outer.addLayout(box)


def add_plan_button(header: QWidget, controller: AppController, case_id: uuid.UUID,
                    young: str, names: list[str]) -> QPushButton:
    """Put "Checklist 18-/18+…" in the plan header's second row (before "ready to sign").

    That row has room at 1366 pixels; the first holds the title, the version and three
    buttons already. The button opens the checklist in a window of its own.
    """
    button = QPushButton(icon("plan"), QCoreApplication.translate("Checklist18Section",
                                                                   "C&hecklist 18-/18+…"))
    button.setObjectName("checklist18Button")
    anchor = getattr(header, "ready_button", None)
    group = anchor.parentWidget() if isinstance(anchor, QWidget) else None  # its group
    if anchor is not None and group is not None:
        layout = _layout_holding(group.layout(), anchor)
        if layout is not None:
            layout.insertWidget(layout.indexOf(anchor), button)  # type: ignore[attr-defined]

    def open_window() -> None:
        window = Checklist18Window(controller, case_id, young, names, header)
        button.setProperty("window", window)
        window.open()

    button.clicked.connect(open_window)
    return button


def _layout_holding(layout: QLayout | None, widget: QWidget) -> QLayout | None:
    if layout is None:
        return None
    if layout.indexOf(widget) >= 0:
        return layout
    for index in range(layout.count()):
        item = layout.itemAt(index)
        child = item.layout() if item is not None else None
        found = _layout_holding(child, widget) if child is not None else None
        if found is not None:
            return found
    return None
