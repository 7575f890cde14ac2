"""The pieces of every screen where people choose between values filled in on two laptops.

The plan (deadlines, target scores) and the people around a case (a phone number, a role)
are both written apart and merged later; a value set differently on two laptops is kept
twice until someone chooses. Both screens look and speak the same, so a consulent who has
chosen once knows the other: a dialog of cards, a card per point, each value as people read
it with who filled it in and when, "Choose this" beside it, and "Something else…" for a
value of the right kind when neither is right. What differs (the words of a field, the kind
of field to type in, what choosing writes) stays with each screen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
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

from tafel.ui.i18n import fill
from tafel.ui.icons import icon
from tafel.ui.style import error_label, set_role
from tafel.ui.widgets.record_list import discard

translate = QCoreApplication.translate

class Written(Protocol):
    """One write of a value (a plan register's or a dossier view's)."""

    @property
    def value(self) -> Any: ...


W = TypeVar("W", bound=Written)

SHORT_MONTHS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov",
                "dec")


def when_text(op: str, today: date) -> str:
    """A write's moment as people say it: "30 nov, 14:05" (with the year when not this one)."""
    try:
        moment = datetime.fromisoformat(op)
    except ValueError:
        return ""
    if moment.tzinfo is not None:
        moment = moment.astimezone()  # this laptop's clock
    day = f"{moment.day} {SHORT_MONTHS[moment.month - 1]}"
    if moment.year != today.year:
        day += f" {moment.year}"
    return f"{day}, {moment:%H:%M}"


def filled_in_by(names: Sequence[str], when: str) -> str:
    """"Filled in by Bas de Vries · 30 nov, 14:05"; several names joined with "and"."""
    unique = list(dict.fromkeys(names))
    and_word = translate("ConflictChoice", "and")
    who = unique[0] if len(unique) == 1 else ", ".join(unique[:-1]) + f" {and_word} {unique[-1]}"
    text = fill(translate("ConflictChoice", "Filled in by %1"), who)
    return f"{text} · {when}" if when else text


def grouped_by_value(values: Sequence[W]) -> list[tuple[Any, list[W]]]:
    """Each distinct value once, with every write of it, in the order first written.

    Three laptops may have written two values: a value is offered once, with all who chose it.
    """
    grouped: list[tuple[Any, list[W]]] = []
    for waarde in values:
        for value, writes in grouped:
            if type(value) is type(waarde.value) and value == waarde.value:
                writes.append(waarde)
                break
        else:
            grouped.append((waarde.value, [waarde]))
    return grouped


class ChoiceRow(QFrame):
    """One value: as people read it, who filled it in and when, and "Choose this"."""

    def __init__(self, value_text: str, who_text: str, shown_now: bool,
                 parent: QWidget | None = None, *, now_text: str = "") -> None:
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
        self.now_label = QLabel(now_text or self.tr("shown in the plan now"))
        set_role(self.now_label, "conflictnow")
        self.now_label.setVisible(shown_now)
        row.addWidget(self.now_label)
        self.choose_button = QPushButton(icon("choose"), self.tr("&Choose this"))
        self.choose_button.setAccessibleDescription(f"{value_text}. {who_text}")
        row.addWidget(self.choose_button)


class OtherValue(QWidget):
    """"Something else…", and once pressed a field of the right kind with Save and Cancel.

    ``editor`` is the field (None: nothing to type here, and the button stays hidden).
    Enter in the field saves: ``save_requested`` is emitted, the card reads the field.
    """

    save_requested = Signal()

    def __init__(self, editor: QWidget | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(8)
        self.button = QPushButton(icon("other-value"), self.tr("Something &else…"))
        self.button.setVisible(editor is not None)
        self.button.clicked.connect(self.show_editor)
        self.row = QWidget()
        other = QHBoxLayout(self.row)
        other.setContentsMargins(0, 0, 0, 0)
        other.setSpacing(8)
        caption = QLabel(self.tr("New value:"))
        set_role(caption, "voice")
        self.save_button = QPushButton(self.tr("&Save"))
        set_role(self.save_button, "primary")
        self.save_button.clicked.connect(self.save_requested)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.hide_editor)
        other.addWidget(caption)
        if editor is not None:
            caption.setBuddy(editor)
            other.addWidget(editor)
        other.addWidget(self.save_button)
        other.addWidget(self.cancel_button)
        other.addStretch(1)
        self.row.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        box.addWidget(self.row)

    def show_editor(self) -> None:
        """Open the field for something else, with the keyboard in it."""
        if self.editor is None:
            return
        self.button.hide()
        self.row.show()
        self.save_button.setDefault(True)  # Enter in the field saves it
        self.editor.setFocus()

    def hide_editor(self) -> None:
        """Close the field again; nothing is written."""
        self.save_button.setDefault(False)
        self.row.hide()
        self.button.show()
        self.button.setFocus()


class ChoiceCard(QFrame):
    """One point to choose, as a card: its title, the value rows, and "Something else…".

    The plan's and the case's conflict cards share this frame; each builds its own rows and
    says how a typed value is read (:meth:`typed_value`) and written (:meth:`write_typed`).
    """

    def __init__(self, title: str, failed: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plancard")
        self._failed = failed
        self.rows: list[ChoiceRow] = []
        self.editor: QWidget | None = None
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(18, 14, 18, 14)
        self.box.setSpacing(8)
        self.title_label = QLabel(title)
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        set_role(self.title_label, "parthead")
        self.box.addWidget(self.title_label)

    def add_other(self, editor: QWidget | None) -> None:
        """Add "Something else…" with ``editor`` as the field to type a new value in."""
        self.other = OtherValue(editor)
        self.other.save_requested.connect(self._save_other)
        self.editor = self.other.editor
        self.other_button = self.other.button
        self.save_button = self.other.save_button
        self.cancel_button = self.other.cancel_button
        self.box.addWidget(self.other)

    def show_editor(self) -> None:
        """Open the field for something else, with the keyboard in it."""
        self.other.show_editor()

    def hide_editor(self) -> None:
        """Close the field again; nothing is written."""
        self.other.hide_editor()

    def typed_value(self, editor: QWidget) -> Any:
        """The value typed in ``editor``; ``ValueError`` (Dutch) when it cannot be one."""
        raise NotImplementedError

    def write_typed(self, value: Any) -> None:
        """Write a typed value as the choice."""
        raise NotImplementedError

    def _save_other(self) -> None:
        if self.editor is None:
            return
        try:
            value = self.typed_value(self.editor)
        except ValueError as error:
            self._failed(str(error))
            return
        self.write_typed(value)


class PointsLeft(QLabel):
    """"Nog 2 punten om te kiezen" under the cards; empty when none is left.

    A class of its own: PySide looks a plural (``tr`` with a count) up under the class of
    the object it is called on, so in a dialog's base class it missed every subclass.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "muted")

    def show_left(self, left: int) -> None:
        """Say how many points are left to choose."""
        self.setText(self.tr("%n point(s) still to choose", "", left) if left else "")


class ChoosingDialog(QDialog):
    """The frame: a heading, why there is something to choose, the cards, and the count.

    A subclass gives its own words (:meth:`set_words`), makes its cards and hands them to
    :meth:`show_cards` after every choice; when none is left, the dialog says it is done
    and "Close" becomes the default.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown: list[QWidget] = []
        self.setMinimumSize(760, 480)
        self.resize(940, 660)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        self.heading = QLabel(self.tr("Choose for each point what it will be"))
        set_role(self.heading, "section")
        layout.addWidget(self.heading)
        self.intro = QLabel()
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
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        set_role(self.done_label, "conflictdone")
        self.done_label.hide()
        self.cards_box.addWidget(self.done_label)
        self.cards_box.addStretch(1)
        self.scroll_area.setWidget(holder)
        layout.addWidget(self.scroll_area, 1)
        self.error_label = error_label()
        layout.addWidget(self.error_label)
        footer = QHBoxLayout()
        self.count_label = PointsLeft()
        footer.addWidget(self.count_label, 1)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.accept)
        footer.addWidget(self.close_button)
        layout.addLayout(footer)

    def set_words(self, title: str, intro: str, done: str) -> None:
        """The window's title, why there is something to choose, and what it says when done."""
        self.setWindowTitle(title)
        self.intro.setText(intro)
        self.done_label.setText(done)

    def show_cards(self, cards: Sequence[QWidget]) -> None:
        """Replace the cards on show; with none left, say that everything is chosen."""
        for card in self._shown:
            discard(card)
        self._shown = list(cards)
        for card in cards:
            self.cards_box.insertWidget(self.cards_box.count() - 1, card)
        left = len(cards)
        self.count_label.show_left(left)
        self.done_label.setVisible(not left)
        self.intro.setVisible(bool(left))
        if not left:
            self.heading.setText(self.tr("Everything has been chosen"))
            set_role(self.close_button, "primary")
        self.close_button.setDefault(not left)

    def show_error(self, message: str) -> None:
        """One Dutch sentence; the cards stay as they are."""
        self.error_label.setText(message)
        self.error_label.show()
