"""Rows of people with their own buttons (edit, end, inzage, correct a text): household, network.

Like :class:`~tafel.ui.widgets.record_list.RecordList`, but each row can be acted on with the
keyboard (Tab to a row's button, Space to press it). Someone who has left stays on the list,
greyed, with the day they left: ending is never erasing. A person whose details were filled
in differently on another laptop carries the plan's conflict mark under their row, which
opens the choosing dialog at them.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tafel.ui.i18n import fill
from tafel.ui.icons import icon
from tafel.ui.widgets.conflict_marks import ConflictMark
from tafel.ui.widgets.record_list import clear_grid, muted_note, separator


@dataclass(frozen=True)
class PersonRow:
    """One person on the list; ``ended`` greys the row and hides the end button."""

    id: uuid.UUID
    title: str
    subtitle: str = ""
    details: Sequence[str] = ()
    ended: bool = False
    can_end: bool = True
    mark: RowMark | None = None  # under the name: a linked party and its verified state
    conflicts: int = 0  # details filled in differently elsewhere, waiting for a choice


@dataclass(frozen=True)
class RowMark:
    """An icon and its words (never colour alone), shown under a person's name."""

    icon_name: str
    text: str
    colour: str


class PeopleList(QWidget):
    """People, each with "Edit" and "End"; calls back with the person's id.

    ``on_conflict``: called with a person's id when their conflict mark is pressed.
    """

    def __init__(self, on_edit: Callable[[uuid.UUID], None],
                 on_end: Callable[[uuid.UUID], None], parent: QWidget | None = None,
                 on_conflict: Callable[[uuid.UUID], None] | None = None,
                 on_inzage: Callable[[uuid.UUID], None] | None = None,
                 on_correctie: Callable[[uuid.UUID], None] | None = None) -> None:
        super().__init__(parent)
        self._on_edit, self._on_end = on_edit, on_end
        self._on_conflict = on_conflict
        self._on_inzage = on_inzage
        self._on_correctie = on_correctie
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 4, 0, 0)
        self._grid.setHorizontalSpacing(18)
        self._grid.setVerticalSpacing(6)
        self._grid.setColumnStretch(0, 1)
        self._grid.setColumnStretch(1, 1)
        self.rows: list[PersonRow] = []
        self.edit_buttons: dict[uuid.UUID, QPushButton] = {}
        self.end_buttons: dict[uuid.UUID, QPushButton] = {}
        self.inzage_buttons: dict[uuid.UUID, QPushButton] = {}
        self.correctie_buttons: dict[uuid.UUID, QPushButton] = {}
        self.conflict_marks: dict[uuid.UUID, ConflictMark] = {}

    def set_rows(self, rows: Sequence[PersonRow], empty_text: str = "") -> None:
        """Replace the shown people."""
        self.rows = list(rows)
        self.edit_buttons.clear()
        self.end_buttons.clear()
        self.inzage_buttons.clear()
        self.correctie_buttons.clear()
        self.conflict_marks.clear()
        clear_grid(self._grid)
        if not rows:
            self._grid.addWidget(muted_note(empty_text), 0, 0, 1, 2)
            return
        line_row = 0
        for index, row in enumerate(rows):
            if index:
                self._grid.addWidget(separator(), line_row, 0, 1, 2)
                line_row += 1
            line_row = self._add_row(line_row, row)

    def _add_row(self, grid_row: int, row: PersonRow) -> int:
        """The row's widgets from ``grid_row`` on; the grid row after them."""
        name = QLabel(self._left_html(row))
        name.setTextFormat(Qt.TextFormat.RichText)
        name.setWordWrap(True)
        name.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        left = self._left(row, name)
        right = QLabel("\n".join(d for d in row.details if d))
        right.setTextFormat(Qt.TextFormat.PlainText)
        right.setWordWrap(True)
        right.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        right.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if row.ended:
            right.setStyleSheet("color: #7d8a90;")
        buttons = QWidget()
        box = QHBoxLayout(buttons)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        edit = QPushButton(self.tr("&Edit"))
        edit.setAccessibleName(fill(self.tr("Edit %1"), row.title))
        edit.clicked.connect(lambda _=False, i=row.id: self._on_edit(i))
        box.addWidget(edit)
        self.edit_buttons[row.id] = edit
        if row.can_end and not row.ended:
            end = QPushButton(self.tr("E&nd"))
            end.setAccessibleName(fill(self.tr("End %1"), row.title))
            end.setToolTip(self.tr("No longer involved from a date on; stays in the history."))
            end.clicked.connect(lambda _=False, i=row.id: self._on_end(i))
            box.addWidget(end)
            self.end_buttons[row.id] = end
        if self._on_inzage is not None:
            inzage = QPushButton(self.tr("&Inzage…"))
            inzage.setAccessibleName(fill(self.tr("Inzage for %1"), row.title))
            inzage.setToolTip(self.tr("Everything tafel holds about this person, as a PDF "
                                      "and a JSON file, in a folder you choose."))
            inzage.clicked.connect(lambda _=False, i=row.id: self._inzage(i))
            box.addWidget(inzage)
            self.inzage_buttons[row.id] = inzage
        if self._on_correctie is not None:  # AVG art. 16/17 beside art. 15
            correct = QPushButton(self.tr("Co&rrect or remove a text…"))
            correct.setAccessibleName(fill(self.tr("Correct or remove a text for %1"),
                                           row.title))
            correct.setToolTip(self.tr("At this person's request: a wrong text in the plan "
                                       "corrected, or a text removed, also from its history."))
            correct.setFlat(True)  # calm: asked for rarely, and on its own line
            correct.clicked.connect(lambda _=False, i=row.id: self._correctie(i))
            self.correctie_buttons[row.id] = correct
        box.addStretch(1)
        # the buttons sit under the details, not beside them: a long e-mail address cannot
        # wrap, and three columns side by side made the case overview scroll sideways
        details = QWidget()  # one widget, so set_rows discards it whole
        stack = QVBoxLayout(details)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(6)
        stack.addWidget(right)
        stack.addWidget(buttons)
        if row.id in self.correctie_buttons:  # a line of its own: beside the others it is
            stack.addWidget(self.correctie_buttons[row.id], 0,  # too wide for a laptop
                            Qt.AlignmentFlag.AlignLeft)
        self._grid.addWidget(left, grid_row, 0)
        conflicts = row.conflicts if self._on_conflict is not None else 0
        if conflicts:  # a line of its own under the row: the mark does not wrap
            mark = ConflictMark()
            mark.setAccessibleDescription(row.title)
            mark.clicked.connect(lambda _=False, i=row.id: self._conflict(i))
            self._grid.addWidget(mark, grid_row + 1, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
            mark.show_count(conflicts)  # after the grid took it: a new parent hides a widget
            self.conflict_marks[row.id] = mark
        self._grid.addWidget(details, grid_row, 1)
        return grid_row + (2 if conflicts else 1)

    def _left(self, row: PersonRow, name: QLabel) -> QWidget:
        """The name, with the party's mark under it when there is one."""
        if row.mark is None:
            return name
        holder = QWidget()  # one widget, so set_rows discards it whole
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(name)
        column.addLayout(self._mark_line(row.mark))
        column.addStretch(1)
        return holder

    def _inzage(self, person_id: uuid.UUID) -> None:
        if self._on_inzage is not None:
            self._on_inzage(person_id)

    def _correctie(self, person_id: uuid.UUID) -> None:
        if self._on_correctie is not None:
            self._on_correctie(person_id)

    def _conflict(self, person_id: uuid.UUID) -> None:
        if self._on_conflict is not None:
            self._on_conflict(person_id)

    @staticmethod
    def _mark_line(mark: RowMark) -> QHBoxLayout:
        line = QHBoxLayout()
        line.setSpacing(5)
        glyph = QLabel()
        glyph.setPixmap(icon(mark.icon_name).pixmap(QSize(16, 16)))
        words = QLabel(mark.text)
        words.setWordWrap(True)
        words.setStyleSheet(f"color: {mark.colour}; font-weight: 600;")
        line.addWidget(glyph, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(words, 1)
        return line

    def text(self) -> str:
        """Everything shown, as plain text (for tests)."""
        return "\n".join("\n".join([r.title, r.subtitle, *([r.mark.text] if r.mark else []),
                                    *r.details]) for r in self.rows)

    @staticmethod
    def _left_html(row: PersonRow) -> str:
        colour = "#7d8a90" if row.ended else "#5b6770"
        title = escape(row.title)
        if row.ended:
            title = f"<span style='color:#7d8a90'>{title}</span>"
        sub = (f"<br><span style='color:{colour}'>{escape(row.subtitle)}</span>"
               if row.subtitle else "")
        return f"<b>{title}</b>{sub}"
