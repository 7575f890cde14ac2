"""The afspraken: what will be done, by whom (one owner), by when, and how it stands.

A tidy grid rather than a spreadsheet, so the young person can read and type in it at the
table. An afspraak past its date is marked with colour, an icon and words (never colour
alone), and the page asks the question that lets care scale down: is this still mine to do?

An afspraak belongs to the part of its pillar (or the perspectief's, without one). A plan
that came in a bundle may lack parts: their afspraken are not shown (a line says so), and
no afspraak can be added to or moved into a part this vault does not hold.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tafel.domain.dates import add_months
from tafel.domain.enums import Pijler
from tafel.domain.plan_content import Afspraak, AfspraakStatus, PlanContent
from tafel.domain.plan_delen import DELEN, PERSPECTIEF
from tafel.domain.plan_doc import RemoveAfspraak, SetAfspraak
from tafel.ui.casus.formatting import fmt_date
from tafel.ui.i18n import fill
from tafel.ui.icons import icon
from tafel.ui.plan.conflict_labels import count_for, field_prefix
from tafel.ui.plan.editor_base import EditorContext, PlanSection
from tafel.ui.plan.editor_fields import DateField, GrowingText
from tafel.ui.plan.not_shared import held_parts
from tafel.ui.plan.plan_labels import (
    afspraak_status_label,
    person_choice_label,
    person_role_label,
    pillar_label,
)
from tafel.ui.style import set_role
from tafel.ui.widgets.conflict_marks import ConflictMark
from tafel.ui.widgets.flow_layout import FlowLayout
from tafel.ui.widgets.record_list import discard
from tafel.views.plans import PlanPersoon, PlanVersieView

SPACING = 10
NEW_OWNER = "__new_owner__"


class AfspraakRow(QFrame):
    """One afspraak as a row of fields; overdue rows say so in words."""

    def __init__(self, section: AfsprakenSection, afspraak: Afspraak,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("afspraak")
        self.section = section
        self.afspraak_id = afspraak.id
        self.owner = afspraak.eigenaar
        saver = section.ctx.saver
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 10, 12, 10)
        grid.setHorizontalSpacing(SPACING)
        grid.setVerticalSpacing(8)

        self.action_edit = GrowingText(lines=1, most=4, spare=0)
        self.action_edit.setPlaceholderText(self.tr("What will be done?"))
        self.action_edit.setAccessibleName(self.tr("Afspraak"))
        self.action_edit.textChanged.connect(self._action_typed)
        self._quiet = False
        self.owner_combo = QComboBox()
        self.owner_combo.setAccessibleName(self.tr("Who does it"))
        self.owner_combo.activated.connect(self._owner_chosen)
        self.date_edit = DateField()
        self.date_edit.setAccessibleName(self.tr("By when"))
        self.date_edit.chosen.connect(
            lambda value: saver.now(SetAfspraak(self.afspraak_id, {"deadline": value}))
        )
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status"))
        for status in AfspraakStatus:
            self.status_combo.addItem(afspraak_status_label(status), status.value)
        self.status_combo.activated.connect(
            lambda _i: saver.now(SetAfspraak(self.afspraak_id,
                                             {"status": self.status_combo.currentData()}))
        )
        self.pillar_combo = QComboBox()
        self.pillar_combo.setAccessibleName(self.tr("Pillar"))
        self.pillar_combo.addItem(self.tr("(no pillar)"), "")
        for pillar in Pijler:
            self.pillar_combo.addItem(pillar_label(pillar), pillar.value)
        self.pillar_combo.activated.connect(
            lambda _i: saver.now(SetAfspraak(self.afspraak_id,
                                             {"pijler": self.pillar_combo.currentData()}))
        )
        self.remove_button = QToolButton()
        self.remove_button.setIcon(icon("remove"))
        self.remove_button.setAutoRaise(True)
        self.remove_button.setToolTip(self.tr("Remove this afspraak"))
        self.remove_button.setAccessibleName(self.tr("Remove this afspraak"))
        self.remove_button.clicked.connect(lambda: section.remove(self))
        self.remove_button.setFixedWidth(34)

        grid.addWidget(self.action_edit, 0, 0)
        grid.addWidget(self.remove_button, 0, 1, Qt.AlignmentFlag.AlignTop)
        # One line on a laptop; two where the page is narrow (960x540 at 200%).
        choices = FlowLayout(None, 16, line_spacing=8)
        for caption, widget, width in (
            (self.tr("Who does it"), self.owner_combo, 370),
            (self.tr("By when"), self.date_edit, 160),
            (self.tr("Status"), self.status_combo, 140),
            (self.tr("Pillar"), self.pillar_combo, 170),
        ):
            label = QLabel(caption)
            set_role(label, "voice")
            label.setBuddy(widget)
            widget.setFixedWidth(width)
            choice = QWidget()
            column = QVBoxLayout(choice)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(label)
            column.addWidget(widget)
            choices.addWidget(choice)
        grid.addLayout(choices, 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)

        self.overdue = QWidget()
        warn = QHBoxLayout(self.overdue)
        warn.setContentsMargins(0, 0, 0, 0)
        warn.setSpacing(6)
        glyph = QLabel()
        glyph.setPixmap(icon("overdue").pixmap(QSize(18, 18)))
        self.overdue_label = QLabel()
        set_role(self.overdue_label, "overdue")
        warn.addWidget(glyph)
        warn.addWidget(self.overdue_label, 1)
        self.overdue.hide()
        grid.addWidget(self.overdue, 2, 0, 1, 2)
        self.conflict_mark = ConflictMark()
        self.conflict_mark.clicked.connect(
            lambda: section.ctx.open_conflicts(field_prefix("afspraak", self.afspraak_id)))
        grid.addWidget(self.conflict_mark, 3, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
        self.show_afspraak(afspraak, with_text=True)

    def show_afspraak(self, afspraak: Afspraak, with_text: bool = False) -> None:
        """Show the afspraak's values; its text only on a full load (it may be typed now)."""
        if with_text:
            self.set_action(afspraak.actie)
        self._fill_owners(afspraak)
        self.date_edit.set_value(afspraak.deadline)
        self.status_combo.setCurrentIndex(self.status_combo.findData(afspraak.status.value))
        pillar = afspraak.pijler.value if afspraak.pijler else ""
        self.pillar_combo.setCurrentIndex(self.pillar_combo.findData(pillar))
        late = afspraak.is_overdue(self.section.ctx.today)
        self.setProperty("overdue", late)
        self.style().unpolish(self)
        self.style().polish(self)
        self.overdue.setVisible(late)
        if late and afspraak.deadline is not None:
            self.overdue_label.setText(
                fill(self.tr("Overdue: this was due on %1. Is it still yours to do?"),
                     fmt_date(afspraak.deadline))
            )

    def action(self) -> str:
        """The afspraak's text as typed."""
        return self.action_edit.toPlainText()

    def set_action(self, text: str) -> None:
        """Show ``text`` without counting it as typing."""
        if self.action_edit.toPlainText() == text:
            return
        self._quiet = True
        try:
            self.action_edit.setPlainText(text)
        finally:
            self._quiet = False

    def _action_typed(self) -> None:
        if self._quiet:
            return
        text = " ".join(self.action_edit.toPlainText().split("\n"))
        self.section.ctx.saver.later(f"afspraak:{self.afspraak_id}:actie",
                                     SetAfspraak(self.afspraak_id, {"actie": text}))

    def _fill_owners(self, afspraak: Afspraak) -> None:
        """Everyone still around the case; an owner who left stays shown, marked as such."""
        case = self.section.ctx.view.case
        people: list[PlanPersoon] = list(case.owners_on(self.section.ctx.today))
        self.owner = afspraak.eigenaar
        self.owner_combo.clear()
        self.owner_combo.addItem(self.tr("Choose who…"), "")
        for person in people:
            self.owner_combo.addItem(person_choice_label(person), person.sleutel)
            self.owner_combo.setItemData(self.owner_combo.count() - 1,
                                         person_role_label(person),
                                         Qt.ItemDataRole.ToolTipRole)
        if afspraak.eigenaar and self.owner_combo.findData(afspraak.eigenaar) < 0:
            # someone who left the network (or was removed): keep showing who it was
            known = case.person(afspraak.eigenaar)
            name = known.naam if known else (afspraak.eigenaar_naam or afspraak.eigenaar)
            self.owner_combo.addItem(fill(self.tr("%1 (no longer involved)"), name),
                                     afspraak.eigenaar)
        self.owner_combo.insertSeparator(self.owner_combo.count())
        self.owner_combo.addItem(icon("add"), self.tr("New person…"), NEW_OWNER)
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(afspraak.eigenaar)))

    def _owner_chosen(self, _index: int) -> None:
        sleutel = self.owner_combo.currentData() or ""
        if sleutel == NEW_OWNER:
            self.section.new_owner(self)
            return
        if sleutel == self.owner:
            return  # the same owner again (perhaps one who left): nothing to save
        person = self.section.ctx.view.case.person(sleutel)
        name = person.naam if person else (self.owner_combo.currentText() if sleutel else "")
        self.set_owner(sleutel, name)

    def set_owner(self, sleutel: str, name: str) -> None:
        """Save ``sleutel`` as the owner; a refusal (someone who left) puts back the old one."""
        result = self.section.ctx.saver.now(
            SetAfspraak(self.afspraak_id, {"eigenaar": sleutel, "eigenaar_naam": name})
        )
        if result is None:
            self.reset_owner()

    def reset_owner(self) -> None:
        """Show the stored owner again (a choice was cancelled or refused)."""
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(self.owner)))

    def limit_pillars(self, held: tuple[str, ...]) -> None:
        """Only the pillars whose part this vault holds can be chosen (the others greyed)."""
        model = self.pillar_combo.model()
        if not isinstance(model, QStandardItemModel):
            return
        for index in range(self.pillar_combo.count()):
            item = model.item(index)
            if item is not None:
                item.setEnabled((self.pillar_combo.itemData(index) or PERSPECTIEF) in held)

    def set_editable(self, on: bool) -> None:
        """Read-only rows for a signed or older version."""
        self.action_edit.setReadOnly(not on)
        for widget in (self.owner_combo, self.date_edit, self.status_combo, self.pillar_combo):
            widget.setEnabled(on)
        self.remove_button.setVisible(on)


class AfsprakenSection(PlanSection):
    """Every afspraak of the plan, with adding and removing."""

    icon_name = "afspraken"

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, self.tr("Afspraken"),
            self.tr("Each afspraak has one owner and a date. At every evaluation, ask each "
                    "owner: is this still mine to do? If not, mark it dropped or give it to "
                    "someone else, so help can become less when it is no longer needed."),
            parent,
        )
        self.summary = QLabel()
        set_role(self.summary, "muted")
        self.body.addWidget(self.summary)
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(8)
        self.body.addLayout(self.rows_box)
        self.not_shared_note = QLabel()
        self.not_shared_note.setWordWrap(True)
        set_role(self.not_shared_note, "muted")
        self.not_shared_note.hide()
        self.body.addWidget(self.not_shared_note)
        self.parts_held: tuple[str, ...] = DELEN
        self.empty_label = QLabel(self.tr("No afspraken yet. Add the first: what will be "
                                          "done, by whom, and by when?"))
        self.empty_label.setWordWrap(True)
        set_role(self.empty_label, "muted")
        self.body.addWidget(self.empty_label)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(icon("add"), self.tr("Add an afspraak"))
        self.add_button.clicked.connect(self.add)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        self.body.addLayout(buttons)
        self.body.addStretch(1)
        self.rows: list[AfspraakRow] = []

    # -- showing ------------------------------------------------------------------------

    def fill(self, version: PlanVersieView) -> None:
        """Build a row per afspraak."""
        self._rebuild(version.content.afspraken)

    def fill_steps(self, version: PlanVersieView) -> Iterator[None]:
        """A row per step: a plan with many afspraken opens without holding the window."""
        self._take_parts(version)
        yield from self._rebuild_steps(version.content.afspraken)
        self._mark_conflicts(version)

    def update_from(self, version: PlanVersieView) -> None:
        """After a save: new or removed rows are rebuilt, others only update their state."""
        afspraken = version.content.afspraken
        self._take_parts(version)
        if [a.id for a in afspraken] != [r.afspraak_id for r in self.rows]:
            self._rebuild(afspraken)
        else:
            for row, afspraak in zip(self.rows, afspraken, strict=True):
                row.show_afspraak(afspraak)
        self._summarise(afspraken)
        self._mark_conflicts(version)

    def _mark_conflicts(self, version: PlanVersieView) -> None:
        """A mark on each afspraak with something filled in differently elsewhere."""
        for row in self.rows:
            prefix = field_prefix("afspraak", row.afspraak_id)
            count = count_for(version.conflicts, prefix) if self.editable else 0
            row.conflict_mark.show_count(count)
            row.setProperty("conflict", count > 0)  # a line along its side, with the mark
            row.style().unpolish(row)
            row.style().polish(row)

    def _rebuild(self, afspraken: tuple[Afspraak, ...]) -> None:
        for _step in self._rebuild_steps(afspraken):
            pass

    def _rebuild_steps(self, afspraken: tuple[Afspraak, ...]) -> Iterator[None]:
        texts = {r.afspraak_id: r.action() for r in self.rows}
        for row in self.rows:
            discard(row)
        self.rows = []
        for afspraak in afspraken:
            row = AfspraakRow(self, afspraak)
            row.limit_pillars(self.parts_held)
            if afspraak.id in texts:  # keep what is being typed, untrimmed
                row.set_action(texts[afspraak.id])
            row.set_editable(self.editable)
            self.rows_box.addWidget(row)
            self.rows.append(row)
            yield
        self._summarise(afspraken)

    def _summarise(self, afspraken: tuple[Afspraak, ...]) -> None:
        late = sum(1 for a in afspraken if a.is_overdue(self.ctx.today))
        self.empty_label.setVisible(not afspraken)
        text = self.tr("%n afspraak(en)", "", len(afspraken)) if afspraken else ""
        if late:
            text += " · " + self.tr("%n overdue", "", late)
        self.summary.setText(text)
        self.summary.setVisible(bool(text))

    def _take_parts(self, version: PlanVersieView) -> None:
        """Which parts this vault holds: what the rows may choose, what is not shown."""
        self.parts_held = held_parts(version)
        for row in self.rows:
            row.limit_pillars(self.parts_held)
        missing = [pillar_label(p) for p in Pijler if p.value not in self.parts_held]
        words = []
        if missing:
            words.append(fill(self.tr("Afspraken for %1 were not shared with you, so they are "
                                      "not shown here."), ", ".join(missing)))
        if PERSPECTIEF not in self.parts_held:
            words.append(self.tr("Neither were afspraken without a pillar."))
        self.not_shared_note.setText(" ".join(words))
        self.not_shared_note.setVisible(bool(words))
        self.add_button.setVisible(self.editable and self.can_add())

    def can_add(self) -> bool:
        """Whether this vault holds a part an afspraak can go to."""
        return PERSPECTIEF in self.parts_held or any(p.value in self.parts_held for p in Pijler)

    def new_pillar(self) -> str | None:
        """The pillar a new afspraak gets: none (the perspectief's part) or the first held."""
        if PERSPECTIEF in self.parts_held:
            return None
        return next((p.value for p in Pijler if p.value in self.parts_held), None)

    def set_editable(self, on: bool) -> None:
        """Read-only rows and no adding for a signed or older version."""
        super().set_editable(on)
        self.add_button.setVisible(on and self.can_add())
        for row in self.rows:
            row.set_editable(on)

    def first_field(self) -> QWidget | None:
        """The first afspraak's text, or the add button."""
        return self.rows[0].action_edit if self.rows else self.add_button

    def is_filled(self, content: PlanContent) -> bool:
        """Filled when there is at least one afspraak."""
        return bool(content.afspraken)

    def overdue_count(self, content: PlanContent) -> int:
        """How many afspraken are past their date (the navigation warns)."""
        return sum(1 for a in content.afspraken if a.is_overdue(self.ctx.today))

    # -- acting -------------------------------------------------------------------------

    def add(self) -> None:
        """A new afspraak, due by the evaluation (or in a month), with the text to type."""
        content = self.ctx.view.latest.content
        due: date = content.evaluatie_datum or add_months(self.ctx.today, 1)
        if not self.can_add():
            return  # no part here to put it in (the button is hidden too)
        pijler = self.new_pillar()
        values: dict[str, object] = {"actie": "", "deadline": due,
                                     "status": AfspraakStatus.OPEN.value}
        if pijler is not None:
            values["pijler"] = pijler
        result = self.ctx.saver.now(SetAfspraak(None, values))
        if result is None or result.created_id is None:
            return
        row = next((r for r in self.rows if r.afspraak_id == result.created_id), None)
        if row is not None:
            row.action_edit.setFocus()

    def new_owner(self, row: AfspraakRow) -> None:
        """Add someone to the network from the afspraak itself, and make them its owner."""
        sleutel, name = self.ask_new_owner()
        if not sleutel:
            row.reset_owner()
            return
        row.set_owner(sleutel, name)

    def ask_new_owner(self) -> tuple[str, str]:
        """The small "new person" form; the new network entry's key and name ("" cancelled)."""
        from tafel.ui.plan.owner_dialog import NewOwnerDialog  # loaded on first use

        dialog = NewOwnerDialog(self.ctx.saver.controller, self.ctx.view.case.casus_id, self)
        dialog.exec()
        return dialog.sleutel, dialog.naam

    def remove(self, row: AfspraakRow) -> None:
        """Remove an afspraak (after asking, when it says something)."""
        if row.action().strip() and not self.confirm_remove(row.action()):
            return
        self.ctx.saver.now(RemoveAfspraak(row.afspraak_id))

    def confirm_remove(self, text: str) -> bool:
        """Ask before removing a written afspraak; tests replace this method."""
        answer = QMessageBox.question(
            self, self.tr("Remove afspraak"),
            fill(self.tr("Remove the afspraak “%1”?"), text),
        )
        return answer == QMessageBox.StandardButton.Yes

