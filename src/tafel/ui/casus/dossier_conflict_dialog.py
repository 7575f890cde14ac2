"""Choosing, point by point, what is right about the people around a case.

Parties change the household, its members and the network on their own laptops; when their
bundles meet, a detail set differently on two laptops is kept twice and the case shows the
latest. Nothing is picked behind anyone's back: here people see each value as they read it,
who filled it in and when, and choose, or fill in something else. It looks and speaks like
the plan's choosing (:mod:`tafel.ui.plan.conflict_dialog`), with the same shared pieces.

A value is chosen by its write (``DossierService.choose_written``), so a BSN stays masked on
screen and is never handed back; "Something else…" writes a typed value
(``DossierService.choose``), checked as the person and network forms check it. Each choice
is saved at once and published, so the case screen follows; the choice travels to the
others with the next bundle.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from tafel.domain.dossier_velden import Soort
from tafel.errors import TafelError
from tafel.services import ChangeSet
from tafel.services.changes import Origin
from tafel.ui.casus.dossier_conflict_labels import DossierWords, editor_for, value_of
from tafel.ui.controller import AppController
from tafel.ui.style import set_role
from tafel.ui.widgets.conflict_choice import (
    ChoiceCard,
    ChoiceRow,
    ChoosingDialog,
    grouped_by_value,
)
from tafel.views.casussen import CasusOverview
from tafel.views.dossier import DossierConflictView

#: A choice: ``("written", write_id)`` for a value written apart, ``("typed", value)``.
Choice = tuple[str, Any]


class DossierConflictCard(ChoiceCard):
    """One detail to choose: about whom and what, each value, and "Something else…"."""

    def __init__(self, point: DossierConflictView, words: DossierWords,
                 choose: Callable[[str, Choice], None], failed: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(words.title(point), failed, parent)
        self.point = point
        self._words = words
        self._choose = choose
        box = self.box
        if point.soort is Soort.BSN:
            masked = QLabel(self.tr("Of a BSN you only see the last three digits here. The "
                                    "whole number stays in the vault."))
            masked.setWordWrap(True)
            set_role(masked, "muted")
            box.addWidget(masked)
        shown = next((w for w in point.values if w.shown), point.values[-1])
        for value, written in grouped_by_value(point.values):
            row = ChoiceRow(words.value(point, value), words.by(written),
                            any(w.shown for w in written), now_text=self.tr("shown now"))
            row.choose_button.clicked.connect(
                lambda _c=False, w=written[-1]: self._choose(point.field,
                                                             ("written", w.write_id)))
            box.addWidget(row)
            self.rows.append(row)
        self.add_other(editor_for(point, shown.value))

    def typed_value(self, editor: QWidget) -> Any:
        """The value typed for this detail, checked as its column wants it."""
        return value_of(self.point, editor)

    def write_typed(self, value: Any) -> None:
        """A typed value settles the detail."""
        self._choose(self.point.field, ("typed", value))

    def first_button(self) -> QWidget:
        """Where the keyboard goes when the dialog opens at this point."""
        return self.rows[0].choose_button


class DossierConflictDialog(ChoosingDialog):
    """Every open point about the case's people, a card each; ``settled`` after each choice."""

    settled = Signal(object)  # ChangeSet

    def __init__(self, controller: AppController, overview: Callable[[], CasusOverview | None],
                 case_id: uuid.UUID, today: date, *, origin: Origin,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_words(
            self.tr("Choose what is right"),
            self.tr("The details of the people around this case were also changed on another "
                    "laptop. On these points, different things were filled in. Both were "
                    "kept, and the case shows the latest until you choose. Your choice also "
                    "goes to the others."),
            self.tr("The details are one again. What you chose goes to the others with the "
                    "next bundle."))
        self._controller = controller
        self._overview = overview
        self.case_id = case_id
        self.today = today
        self.origin = origin
        self.cards: list[DossierConflictCard] = []
        self._fill()

    # -- showing ------------------------------------------------------------------------

    def _fill(self) -> None:
        overview = self._overview()
        if overview is None or overview.casus.id != self.case_id:
            self.cards = []  # the case is no longer on screen (locked, another case)
        else:
            words = DossierWords(overview, self.today)
            self.cards = [DossierConflictCard(p, words, self._write, self.show_error)
                          for p in sorted(self._points(), key=words.order)]
        self.show_cards(self.cards)

    def _points(self) -> tuple[DossierConflictView, ...]:
        try:
            return self._controller.services.dossier.conflict_views(self.case_id)
        except TafelError as error:
            self.show_error(error.message)
            return ()

    def card_for(self, prefix: str) -> DossierConflictCard | None:
        """The first card about ``prefix``: a field, or a record (``persoon/<id>/``)."""
        return next((c for c in self.cards if c.point.field == prefix
                     or (prefix.endswith("/") and c.point.field.startswith(prefix))), None)

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

    def _write(self, field: str, choice: Choice) -> None:
        """Save one choice, tell the case screen, and show what is left."""
        at = next((i for i, c in enumerate(self.cards) if c.point.field == field), 0)
        dossier = self._controller.services.dossier
        how, what = choice
        try:
            changes: ChangeSet = (
                dossier.choose_written(self.case_id, field, what, origin=self.origin)
                if how == "written" else
                dossier.choose(self.case_id, field, what, origin=self.origin))
        except TafelError as error:
            self.show_error(error.message)
            return
        self.error_label.hide()
        self._controller.publish(changes)
        self.settled.emit(changes)
        self._fill()
        if self.cards:
            self.cards[min(at, len(self.cards) - 1)].first_button().setFocus()
        else:
            self.close_button.setFocus()

