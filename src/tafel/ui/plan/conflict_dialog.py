"""Choosing, point by point, what the plan says where two laptops filled in different things.

Several parties write the same toekomstplan offline; when their edits meet, a value set
differently on two laptops is kept twice, and an edit to an afspraak another party deleted
keeps the afspraak. Nothing is lost and nothing is picked behind anyone's back: the people
at the table choose here. Each point is a card with what it is about in plain words, then
each value as people read it, who filled it in and when, and "Choose this". Where neither
is right, "Something else…" opens a field of the right kind. For an edit to a deleted
afspraak the card tells what happened and offers to keep it or delete it after all.

A choice is an ordinary edit of the plan (:class:`~tafel.domain.plan_doc.ChooseValue`), saved
at once, published like any other and sent to the other parties with the next bundle. After
each choice the cards are read again; when none is left, the dialog says so. The frame, the
value rows and "Something else…" are shared with the case screen's choosing
(:mod:`tafel.ui.widgets.conflict_choice`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from tafel.domain.instrument import Instrument
from tafel.domain.plan_content import PlanContent, Schrijver
from tafel.domain.plan_doc import ChooseValue
from tafel.domain.plan_register import Waarde, winner
from tafel.errors import TafelError
from tafel.services.changes import Origin
from tafel.services.plans import PlanEditResult
from tafel.ui.controller import AppController
from tafel.ui.icons import icon
from tafel.ui.plan.conflict_editors import editor_for, value_of
from tafel.ui.plan.conflict_labels import ConflictWords, Punt, is_about, punten
from tafel.ui.style import set_role
from tafel.ui.widgets.conflict_choice import (
    ChoiceCard,
    ChoiceRow,
    ChoosingDialog,
    grouped_by_value,
)
from tafel.views.plans import PlanVersieView, PlanView

Choose = Callable[[list[ChooseValue]], None]


class ConflictCard(ChoiceCard):
    """One point to choose: its title, the values (or what happened), and the way out."""

    def __init__(self, punt: Punt, words: ConflictWords, content: PlanContent,
                 choose: Choose, failed: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(words.title(punt, content), failed, parent)
        self.punt = punt
        self._words = words
        self._choose = choose
        box = self.box
        if punt.is_deletion:
            self._build_deletion(box)
        else:
            self._build_values(box, content)

    # -- two values or more -------------------------------------------------------------

    def _build_values(self, box: QVBoxLayout, content: PlanContent) -> None:
        conflict = self.punt.conflict
        shown = winner(list(conflict.values)).value
        for value, written in grouped_by_value(conflict.values):
            naam = self._owner_name(written[-1])
            row = ChoiceRow(self._words.value(conflict.field, value, naam),
                            self._words.by(written), value == shown)
            row.choose_button.clicked.connect(
                lambda _c=False, w=written[-1]: self._choose(self._edits(w.value, w)))
            box.addWidget(row)
            self.rows.append(row)
        self.add_other(editor_for(conflict.field, shown, self._words.case, self._words.today))

    def typed_value(self, editor: QWidget) -> Any:
        """The value typed for this point, read as its field wants it."""
        return value_of(self.punt.field, editor)

    def write_typed(self, value: Any) -> None:
        """A typed value settles the point like a chosen one."""
        self._choose(self._edits(value, None))

    def _owner_name(self, waarde: Waarde) -> str:
        written = self.punt.companion_value(waarde, "eigenaar_naam")
        return str(written.value or "") if written is not None else ""

    def _edits(self, value: Any, written: Waarde | None) -> list[ChooseValue]:
        """The value for this point; an owner takes their name along."""
        conflict = self.punt.conflict
        edits = [ChooseValue(conflict.field, value)]
        if conflict.item_kind == "afspraak" and conflict.name == "eigenaar":
            naam = self._owner_name(written) if written is not None else ""
            person = self._words.case.person(str(value or ""))
            naam = naam or (person.naam if person is not None else "")
            if naam or not value:
                edits.append(ChooseValue(conflict.field + "_naam", naam))
        return edits

    # -- an edit to a deleted item ------------------------------------------------------

    def _build_deletion(self, box: QVBoxLayout) -> None:
        self.story_label = QLabel(self._words.story(self.punt))
        self.story_label.setWordWrap(True)
        self.story_label.setTextFormat(Qt.TextFormat.PlainText)
        set_role(self.story_label, "conflictstory")
        box.addWidget(self.story_label)
        afspraak = self.punt.conflict.item_kind == "afspraak"
        self.keep_button = QPushButton(icon("choose"), self.tr("&Keep afspraak") if afspraak
                                       else self.tr("&Keep cost line"))
        self.delete_button = QPushButton(icon("discard"), self.tr("&Delete after all"))
        field = self.punt.field
        self.keep_button.clicked.connect(lambda: self._choose([ChooseValue(field, False)]))
        self.delete_button.clicked.connect(lambda: self._choose([ChooseValue(field, True)]))
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        box.addLayout(buttons)

    def first_button(self) -> QPushButton:
        """Where the keyboard goes when the dialog opens at this point."""
        return self.keep_button if self.punt.is_deletion else self.rows[0].choose_button


class ConflictDialog(ChoosingDialog):
    """Every open point of one version, a card each; emits ``settled`` after each choice."""

    settled = Signal(object)  # PlanEditResult

    def __init__(self, controller: AppController, view: PlanView, version_id: uuid.UUID,
                 instrument: Instrument, today: date, *, origin: Origin,
                 schrijver: Schrijver = Schrijver.PROFESSIONAL,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_words(
            self.tr("Choose what the plan says"),
            self.tr("This plan was also worked on elsewhere. On these points, different things "
                    "were filled in. Everything was kept: choose together what it will be. "
                    "Your choice also goes to the others."),
            self.tr("The plan is one again. What you chose also goes to the others, and the "
                    "plan can be signed now."))
        self._controller = controller
        self.origin = origin
        self.schrijver = schrijver
        self.view = view
        self.version_id = version_id
        self.words = ConflictWords(view.case, instrument, today)
        self.cards: list[ConflictCard] = []
        self._fill()

    @property
    def version(self) -> PlanVersieView:
        """The version whose points are shown."""
        return self.view.version_by_id(self.version_id) or self.view.latest

    # -- showing ------------------------------------------------------------------------

    def _fill(self) -> None:
        version = self.version
        self.cards = [ConflictCard(punt, self.words, version.content, self._write,
                                   self.show_error) for punt in punten(version.conflicts)]
        self.show_cards(self.cards)

    def card_for(self, prefix: str) -> ConflictCard | None:
        """The first card about ``prefix`` (an afspraak, a cost line, a field)."""
        return next((c for c in self.cards if is_about(c.punt.field, prefix)), None)

    def focus_on(self, prefix: str = "") -> None:
        """Put the keyboard on the point about ``prefix`` (or the first), scrolled into view."""
        card = self.card_for(prefix) if prefix else None
        card = card or (self.cards[0] if self.cards else None)
        if card is None:
            self.close_button.setFocus()
            return
        self.scroll_area.ensureWidgetVisible(card)
        card.first_button().setFocus()

    # -- choosing -----------------------------------------------------------------------

    def _write(self, edits: list[ChooseValue]) -> None:
        """Save one choice, tell the page and the other screens, and show what is left."""
        at = next((i for i, c in enumerate(self.cards) if c.punt.field == edits[0].field), 0)
        try:
            result: PlanEditResult = self._controller.services.plans.edit(
                self.version_id, *edits, schrijver=self.schrijver, origin=self.origin)
        except TafelError as error:
            self.show_error(error.message)
            return
        self.error_label.hide()
        self.view = result.view
        self.version_id = result.version_id
        self._controller.publish(result.changes)
        self.settled.emit(result)
        self._fill()
        if self.cards:
            self.cards[min(at, len(self.cards) - 1)].first_button().setFocus()
        else:
            self.close_button.setFocus()

