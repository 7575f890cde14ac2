"""The keukentafelgesprek: a guided, stepped screen that follows the conversation.

Start, one step per Big 5 pillar, and finishing. Every change is saved as the draft within
half a second, and within a second however fast one types (and at once on a step change, a
lock or closing), so nothing typed is lost. When the vault cannot be written (a full disk),
a calm banner says so, the page keeps everything and saves it as soon as it can.
"Turn to the young person" enlarges the words, shows the plain level wording and hides the
professional's notes. Everything works from the keyboard: Tab through fields, digits to
score, Ctrl+PgDown / Ctrl+PgUp (or Alt+Right / Alt+Left) between steps, Ctrl+J to turn.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tafel.domain.enums import GesprekSoort, NetwerkSoort, Pijler
from tafel.domain.lopend_gesprek import mark_rest_not_discussed, open_items
from tafel.errors import TafelError
from tafel.ui.controller import AppController
from tafel.ui.gesprek.finish_step import AdultQuestion, FinishStep
from tafel.ui.gesprek.gesprek_saver import GesprekSaver
from tafel.ui.gesprek.pillar_step import PillarStep
from tafel.ui.gesprek.start_step import StartStep
from tafel.ui.gesprek.step_base import Step
from tafel.ui.i18n import fill
from tafel.ui.icons import ACCENT, icon
from tafel.ui.style import set_role
from tafel.ui.widgets.flow_layout import FlowLayout
from tafel.ui.widgets.unsaved_banner import UnsavedBanner
from tafel.views.gesprekken import LopendGesprekView

YOUNG_VIEW_STYLE = """
QWidget { font-size: 15pt; }
QLabel[role="title"] { font-size: 26pt; }
QLabel[role="ik"] { font-size: 19pt; }
"""


class GesprekPage(QWidget):
    """One keukentafelgesprek in progress; emits ``closed`` when the person leaves it."""

    closed = Signal(object)  # the case id
    finished = Signal(object)  # the id of the finished gesprek (before ``closed``)

    def __init__(self, controller: AppController, lopend: LopendGesprekView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Conversation")
        self._controller = controller
        self.saver = GesprekSaver(controller, lopend, lambda: self.current_index, self)
        self.content = self.saver.content
        overview = controller.services.casussen.open(lopend.casus_id, shown=False)  # logged: start
        self._young_name = overview.jongere.voornaam
        instrument = lopend.instrument

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._header(overview.jongere.naam))
        self.unsaved = UnsavedBanner()
        layout.addWidget(self.unsaved)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(body, 1)
        self.step_list = QListWidget()
        self.step_list.setObjectName("steps")
        self.step_list.setFixedWidth(210)
        self.step_list.setAccessibleName(self.tr("Steps of the conversation"))
        body.addWidget(self.step_list)
        self.stack = QStackedWidget()
        body.addWidget(self.stack, 1)

        anchors = [b.naam for b in overview.betrokkenen
                   if b.altijd_er_voor_mij and b.soort is NetwerkSoort.INFORMEEL]
        self.adult_question = AdultQuestion(anchors)
        self.adult_question.edited.connect(self._edited)
        self.steps: list[Step] = [StartStep(overview, controller.services.context.today())]
        for pillar in instrument.pillars:
            extra = self.adult_question if pillar.key is Pijler.SUPPORT else None
            self.steps.append(PillarStep(pillar, instrument, extra))
        self.finish_step = FinishStep(instrument)
        self.steps.append(self.finish_step)
        for step in self.steps:
            step.load(self.content)
            step.edited.connect(self._edited)
            self.stack.addWidget(step)
            self.step_list.addItem(QListWidgetItem(self._step_title(step)))
        self.adult_question.load(self.content)
        self.finish_step.finish_requested.connect(self.finish)
        self.finish_step.go_to_pillar.connect(self.go_to_pillar)
        self.finish_step.mark_rest_requested.connect(self._mark_rest)
        self.step_list.currentRowChanged.connect(self._show_step)

        self.saver.saved.connect(self._show_saved)
        self.saver.failed.connect(self._show_error)
        self.saver.blocked.connect(self._show_blocked)
        layout.addWidget(self._footer())
        self._shortcuts()
        self._refresh_status()
        self.step_list.setCurrentRow(min(lopend.stap, len(self.steps) - 1))

    # -- building -----------------------------------------------------------------------

    def _header(self, name: str) -> QWidget:
        bar = QWidget()
        bar.setObjectName("conversationHeader")
        # One line on a laptop; where the buttons leave the title too little room (960x540
        # at 200%), the buttons take a line of their own below it, at the right.
        row = FlowLayout(bar, 6, right=True)
        row.setContentsMargins(16, 8, 16, 8)
        title = QLabel(fill(self.tr("Keukentafelgesprek with %1"), name))
        set_role(title, "section")
        title.setWordWrap(True)  # two lines rather than cut off at 1280 wide (150% scaling)
        title.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row.addWidget(title)  # the room the buttons leave
        self.saved_label = QLabel()
        set_role(self.saved_label, "muted")
        row.addWidget(self.saved_label)
        buttons = QWidget()
        button_row = QHBoxLayout(buttons)
        button_row.setContentsMargins(0, 0, 0, 0)
        self.young_button = QPushButton(icon("young-view"),
                                        fill(self.tr("&Turn to %1"), self._young_name))
        self.young_button.setCheckable(True)
        self.young_button.setToolTip(self.tr("Larger words, plain wording, without your notes "
                                             "(Ctrl+J)"))
        self.young_button.toggled.connect(self.set_young_view)
        self.discard_button = QPushButton(icon("discard"), self.tr("&Discard this conversation"))
        self.discard_button.clicked.connect(self.discard)
        self.close_button = QPushButton(self.tr("&Close (the conversation is kept)"))
        self.close_button.clicked.connect(self.close_page)
        for button in (self.young_button, self.discard_button, self.close_button):
            button_row.addWidget(button)
        row.addWidget(buttons)
        return bar

    def _footer(self) -> QWidget:
        bar = QWidget()
        bar.setObjectName("conversationFooter")
        row = QHBoxLayout(bar)
        row.setContentsMargins(16, 8, 16, 8)
        self.previous_button = QPushButton(icon("previous"), self.tr("&Previous"))
        self.previous_button.clicked.connect(lambda: self.go(-1))
        self.next_button = QPushButton(icon("next"), self.tr("&Next"))
        set_role(self.next_button, "primary")
        self.next_button.clicked.connect(lambda: self.go(1))
        row.addWidget(self.previous_button)
        row.addStretch(1)
        row.addWidget(self.next_button)
        return bar

    def _shortcuts(self) -> None:
        for keys, delta in (("Ctrl+PgDown", 1), ("Alt+Right", 1), ("Ctrl+PgUp", -1),
                            ("Alt+Left", -1)):
            QShortcut(QKeySequence(keys), self).activated.connect(lambda d=delta: self.go(d))
        QShortcut(QKeySequence("Ctrl+J"), self).activated.connect(self.young_button.toggle)

    def _step_title(self, step: Step) -> str:
        if isinstance(step, PillarStep):
            return step.pillar.name
        if isinstance(step, FinishStep):
            return self.tr("Finishing")
        return self.tr("Start")

    # -- moving -------------------------------------------------------------------------

    @property
    def current_index(self) -> int:
        """The step on screen."""
        return self.stack.currentIndex()

    def go(self, delta: int) -> None:
        """Move ``delta`` steps on or back."""
        self.step_list.setCurrentRow(max(0, min(len(self.steps) - 1, self.current_index + delta)))

    def go_to_pillar(self, pillar: Pijler) -> None:
        """Jump to a pillar's step (from the open items)."""
        for index, step in enumerate(self.steps):
            if isinstance(step, PillarStep) and step.pillar.key is pillar:
                self.step_list.setCurrentRow(index)

    def _show_step(self, index: int) -> None:
        if index < 0:
            return
        self.stack.setCurrentIndex(index)
        self.previous_button.setEnabled(index > 0)
        self.next_button.setVisible(index < len(self.steps) - 1)
        self.saver.edited()  # the step itself is part of the draft
        self.flush()
        self._refresh_status()
        self.focus_current()

    def focus_current(self) -> None:
        """Put the keyboard in the current step's first field."""
        field = self.steps[self.current_index].first_field()
        if field is not None:
            field.setFocus()

    # -- saving -------------------------------------------------------------------------

    @property
    def lopend(self) -> LopendGesprekView:
        """The draft as last saved."""
        return self.saver.lopend

    def _edited(self) -> None:
        self.saver.edited()
        self._refresh_status()

    def flush(self) -> bool:
        """Save the draft now if anything changed; False when saving failed."""
        return self.saver.flush()

    def _show_saved(self) -> None:
        set_role(self.saved_label, "muted")
        self.saved_label.setText(
            fill(self.tr("Saved at %1"), datetime.now().strftime("%H:%M:%S"))
        )

    def _show_error(self, message: str) -> None:
        self.saved_label.setText(message)
        set_role(self.saved_label, "error")

    def _show_blocked(self, sentence: str) -> None:
        """The vault cannot be written (a full disk): say so calmly; the fields keep the text."""
        self.unsaved.show_problem(sentence)
        if sentence:
            set_role(self.saved_label, "muted")
            self.saved_label.setText(self.tr("Not saved yet"))

    def _refresh_status(self) -> None:
        items = open_items(self.content, self.lopend.instrument, GesprekSoort.KEUKENTAFELGESPREK)
        open_pillars = {i.pillar for i in items if i.blocking}
        for index, step in enumerate(self.steps):
            row = self.step_list.item(index)
            if isinstance(step, PillarStep):
                done = step.pillar.key not in open_pillars
                row.setIcon(icon("step-done" if done else "step-open"))
            elif isinstance(step, FinishStep):
                row.setIcon(icon("finish", ACCENT))
            else:
                row.setIcon(icon("step-done"))
        self.finish_step.show_open(items)

    # -- acting -------------------------------------------------------------------------

    def set_young_view(self, on: bool) -> None:
        """Turn the screen to the young person, or back."""
        self.stack.setStyleSheet(YOUNG_VIEW_STYLE if on else "")
        for step in self.steps:
            step.set_young_view(on)
        if self.young_button.isChecked() != on:
            self.young_button.setChecked(on)

    def _mark_rest(self) -> None:
        mark_rest_not_discussed(self.content)
        for step in self.steps:
            step.load(self.content)
        self._edited()

    def finish(self) -> None:
        """Commit the gesprek in one transaction and go back to the case."""
        if not self.flush():
            return
        try:
            changes = self._controller.services.gesprekken.finish(
                self.lopend.id, origin=self.saver.origin)
        except TafelError as error:
            self._show_error(error.message)
            return
        self._controller.publish(changes)
        self.finished.emit(changes.primary_id)
        self.closed.emit(self.lopend.casus_id)

    def discard(self) -> None:
        """Throw the draft away, after asking."""
        if not self.confirm_discard():
            return
        try:
            changes = self._controller.services.gesprekken.discard(
                self.lopend.id, origin=self.saver.origin)
        except TafelError as error:
            self._show_error(error.message)
            return
        self.saver.forget()
        self._controller.publish(changes)
        self.closed.emit(self.lopend.casus_id)

    def confirm_discard(self) -> bool:
        """Ask before throwing a draft away; tests replace this method."""
        answer = QMessageBox.question(
            self, self.tr("Discard this conversation"),
            self.tr("Throw away everything typed in this conversation? This cannot be undone."),
        )
        return answer == QMessageBox.StandardButton.Yes

    def close_page(self) -> None:
        """Leave the conversation; the draft stays and can be continued later.

        Not while what was typed cannot be saved (a full disk): the banner says why.
        """
        if not self.flush() and self.saver.is_blocked:
            return
        self.closed.emit(self.lopend.casus_id)

    @property
    def case_id(self) -> uuid.UUID:
        """The case this conversation is about."""
        return self.lopend.casus_id
