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
each choice the cards are read again; when none is left, the dialog says so.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

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
from tafel.ui.widgets.record_list import discard
from tafel.views.plans import PlanVersieView, PlanView

Choose = Callable[[list[ChooseValue]], None]


class ChoiceRow(QFrame):
    """One value: as people read it, who filled it in and when, and "Choose this"."""

    def __init__(self, value_text: str, who_text: str, shown_now: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictchoice")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.setSpacing(12)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        self.value_label = QLabel(value_text)
        self.value_label.setWordWrap(True)
        self.value_label.setTextFormat(Qt.TextFormat.PlainText)
        set_role(self.value_label, "conflictvalue")
        self.who_label = QLabel(who_text)
        self.who_label.setWordWrap(True)
        set_role(self.who_label, "muted")
        texts.addWidget(self.value_label)
        texts.addWidget(self.who_label)
        row.addLayout(texts, 1)
        self.now_label = QLabel(self.tr("shown in the plan now"))
        set_role(self.now_label, "conflictnow")
        self.now_label.setVisible(shown_now)
        row.addWidget(self.now_label)
        self.choose_button = QPushButton(icon("choose"), self.tr("&Choose this"))
        self.choose_button.setAccessibleDescription(f"{value_text}. {who_text}")
        row.addWidget(self.choose_button)


class ConflictCard(QFrame):
    """One point to choose: its title, the values (or what happened), and the way out."""

    def __init__(self, punt: Punt, words: ConflictWords, content: PlanContent,
                 choose: Choose, failed: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plancard")
        self.punt = punt
        self._words = words
        self._choose = choose
        self._failed = failed
        self.rows: list[ChoiceRow] = []
        self.editor: QWidget | None = None
        box = QVBoxLayout(self)
        box.setContentsMargins(18, 14, 18, 14)
        box.setSpacing(8)
        self.title_label = QLabel(words.title(punt, content))
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        set_role(self.title_label, "parthead")
        box.addWidget(self.title_label)
        if punt.is_deletion:
            self._build_deletion(box)
        else:
            self._build_values(box, content)

    # -- two values or more -------------------------------------------------------------

    def _build_values(self, box: QVBoxLayout, content: PlanContent) -> None:
        conflict = self.punt.conflict
        shown = winner(list(conflict.values)).value
        for value, written in _by_value(conflict.values):
            naam = self._owner_name(written[-1])
            row = ChoiceRow(self._words.value(conflict.field, value, naam),
                            self._words.by(written), value == shown)
            row.choose_button.clicked.connect(
                lambda _c=False, w=written[-1]: self._choose(self._edits(w.value, w)))
            box.addWidget(row)
            self.rows.append(row)
        editor = editor_for(conflict.field, shown, self._words.case, self._words.today)
        self.other_button = QPushButton(icon("other-value"), self.tr("Something &else…"))
        self.other_button.setVisible(editor is not None)
        self.other_button.clicked.connect(self.show_editor)
        self.other_row = QWidget()
        other = QHBoxLayout(self.other_row)
        other.setContentsMargins(0, 0, 0, 0)
        other.setSpacing(8)
        caption = QLabel(self.tr("New value:"))
        set_role(caption, "voice")
        self.save_button = QPushButton(self.tr("&Save"))
        set_role(self.save_button, "primary")
        self.save_button.clicked.connect(self._save_other)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.hide_editor)
        other.addWidget(caption)
        if editor is not None:
            self.editor = editor
            caption.setBuddy(editor)
            other.addWidget(editor)
        other.addWidget(self.save_button)
        other.addWidget(self.cancel_button)
        other.addStretch(1)
        self.other_row.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        box.addWidget(self.other_row)

    def show_editor(self) -> None:
        """Open the field for something else, with the keyboard in it."""
        if self.editor is None:
            return
        self.other_button.hide()
        self.other_row.show()
        self.save_button.setDefault(True)  # Enter in the field saves it
        self.editor.setFocus()

    def hide_editor(self) -> None:
        """Close the field again; nothing is written."""
        self.save_button.setDefault(False)
        self.other_row.hide()
        self.other_button.show()
        self.other_button.setFocus()

    def _save_other(self) -> None:
        if self.editor is None:
            return
        try:
            value = value_of(self.punt.field, self.editor)
        except ValueError as error:
            self._failed(str(error))
            return
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


class ConflictDialog(QDialog):
    """Every open point of one version, a card each; emits ``settled`` after each choice."""

    settled = Signal(object)  # PlanEditResult

    def __init__(self, controller: AppController, view: PlanView, version_id: uuid.UUID,
                 instrument: Instrument, today: date, *, origin: Origin,
                 schrijver: Schrijver = Schrijver.PROFESSIONAL,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.origin = origin
        self.schrijver = schrijver
        self.view = view
        self.version_id = version_id
        self.words = ConflictWords(view.case, instrument, today)
        self.cards: list[ConflictCard] = []
        self.setWindowTitle(self.tr("Choose what the plan says"))
        self.setMinimumSize(760, 480)
        self.resize(940, 660)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        self.heading = QLabel(self.tr("Choose for each point what it will be"))
        set_role(self.heading, "section")
        layout.addWidget(self.heading)
        self.intro = QLabel(self.tr(
            "This plan was also worked on elsewhere. On these points, different things were "
            "filled in. Everything was kept: choose together what it will be. Your choice "
            "also goes to the others."))
        self.intro.setWordWrap(True)
        set_role(self.intro, "planintro")
        layout.addWidget(self.intro)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        holder.setObjectName("conflictList")
        self.cards_box = QVBoxLayout(holder)
        self.cards_box.setContentsMargins(0, 4, 8, 4)
        self.cards_box.setSpacing(12)
        self.done_label = QLabel(self.tr(
            "The plan is one again. What you chose also goes to the others, and the plan can "
            "be signed now."))
        self.done_label.setWordWrap(True)
        set_role(self.done_label, "conflictdone")
        self.done_label.hide()
        self.cards_box.addWidget(self.done_label)
        self.cards_box.addStretch(1)
        self.scroll_area.setWidget(holder)
        layout.addWidget(self.scroll_area, 1)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        set_role(self.error_label, "error")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        footer = QHBoxLayout()
        self.count_label = QLabel()
        set_role(self.count_label, "muted")
        footer.addWidget(self.count_label, 1)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.accept)
        footer.addWidget(self.close_button)
        layout.addLayout(footer)
        self._fill()

    @property
    def version(self) -> PlanVersieView:
        """The version whose points are shown."""
        return self.view.version_by_id(self.version_id) or self.view.latest

    # -- showing ------------------------------------------------------------------------

    def _fill(self) -> None:
        for card in self.cards:
            discard(card)
        self.cards = []
        version = self.version
        for punt in punten(version.conflicts):
            card = ConflictCard(punt, self.words, version.content, self._write,
                                self.show_error)
            self.cards_box.insertWidget(self.cards_box.count() - 1, card)
            self.cards.append(card)
        left = len(self.cards)
        self.count_label.setText(self.tr("%n point(s) still to choose", "", left)
                                 if left else "")
        self.done_label.setVisible(not left)
        self.intro.setVisible(bool(left))
        if not left:
            self.heading.setText(self.tr("Everything has been chosen"))
            set_role(self.close_button, "primary")
        self.close_button.setDefault(not left)

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

    def show_error(self, message: str) -> None:
        """One Dutch sentence; the cards stay as they are."""
        self.error_label.setText(message)
        self.error_label.show()

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


def _by_value(values: tuple[Waarde, ...]) -> list[tuple[Any, list[Waarde]]]:
    """Each distinct value once, with every write of it, in the order first written."""
    grouped: list[tuple[Any, list[Waarde]]] = []
    for waarde in values:
        for value, writes in grouped:
            if type(value) is type(waarde.value) and value == waarde.value:
                writes.append(waarde)
                break
        else:
            grouped.append((waarde.value, [waarde]))
    return grouped
