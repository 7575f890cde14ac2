"""The last step: a rapportcijfer for life as a whole, a summary, and what is still open.

Nothing is skipped silently: every domain without a score is listed here, and finishing waits
until each has a score or is marked "niet besproken" (one button does that explicitly).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tafel.domain.enums import PIJLER_NAMEN, Antwoord, Pijler
from tafel.domain.instrument import Instrument
from tafel.domain.lopend_gesprek import OpenItem
from tafel.ui.gesprek.score_picker import ScorePicker
from tafel.ui.gesprek.step_base import Step, caption, set_text_quietly, text_box
from tafel.ui.i18n import fill
from tafel.ui.icons import icon
from tafel.ui.style import set_role
from tafel.ui.widgets.scroll_page import FormScroll


class FinishStep(Step):
    """Rapportcijfer, summary, open items and the finish button."""

    finish_requested = Signal()
    go_to_pillar = Signal(object)  # Pijler
    mark_rest_requested = Signal()

    def __init__(self, instrument: Instrument, parent: QWidget | None = None):
        super().__init__(parent)
        self._instrument = instrument
        page = QWidget()  # scrolls where the window is short (960x540 at 200%)
        layout = QVBoxLayout(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(FormScroll(page))
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        title = QLabel(self.tr("Finishing"))
        set_role(title, "title")
        layout.addWidget(title)
        columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        columns.setSpacing(32)
        layout.addLayout(columns, 1)
        self._columns = columns

        left = QVBoxLayout()
        self._left = left
        self.mark_caption = caption(self.tr("What mark do you give your life right now? "
                                            "(0 to 10)"), "ik")
        left.addWidget(self.mark_caption)
        self.mark_picker = ScorePicker(0, 10)
        self.mark_picker.setAccessibleName(self.tr("Rapportcijfer"))
        self.mark_picker.changed.connect(self._mark_changed)
        left.addWidget(self.mark_picker, 0, Qt.AlignmentFlag.AlignLeft)
        left.addSpacing(8)
        left.addWidget(caption(self.tr("Summary")))
        self.summary_box = text_box(self.tr("What did we talk about, what comes next?"), 5)
        self.summary_box.setAccessibleName(self.tr("Summary"))
        self.summary_box.textChanged.connect(self._summary_changed)
        left.addWidget(self.summary_box)
        left.addStretch(1)
        columns.addLayout(left, 1)

        right = QVBoxLayout()
        self._right = right
        self.open_caption = caption(self.tr("Still open"))
        right.addWidget(self.open_caption)
        self.open_list = QListWidget()
        self.open_list.setAccessibleName(self.tr("Still open"))
        self.open_list.itemActivated.connect(self._open_item_chosen)
        right.addWidget(self.open_list, 1)
        self.mark_rest_button = QPushButton(icon("step-skipped"),
                                            self.tr("Mark the rest as not discussed"))
        self.mark_rest_button.clicked.connect(self.mark_rest_requested)
        right.addWidget(self.mark_rest_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.acute_label = QLabel()
        self.acute_label.setWordWrap(True)
        set_role(self.acute_label, "error")
        right.addWidget(self.acute_label)
        self.finish_button = QPushButton(icon("finish"), self.tr("&Finish the conversation"))
        set_role(self.finish_button, "primary")
        self.finish_button.clicked.connect(self.finish_requested)
        right.addWidget(self.finish_button)
        columns.addLayout(right, 1)

    def set_young_view(self, on: bool) -> None:
        """The mark's buttons larger too."""
        super().set_young_view(on)
        self.mark_picker.set_large(on)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        """The open points beside the mark where they fit, below it where they do not."""
        super().resizeEvent(event)
        need = self._left.minimumSize().width() + self._columns.spacing() + \
            self._right.minimumSize().width() + 2 * 24 + 16  # margins, a scroll bar
        self._columns.setDirection(QBoxLayout.Direction.LeftToRight if need <= self.width()
                                   else QBoxLayout.Direction.TopToBottom)

    def fill(self) -> None:
        """Show the mark and the summary."""
        self.mark_picker.set_value(self.content["rapportcijfer"])
        set_text_quietly(self.summary_box, self.content["samenvatting"])

    def show_open(self, items: list[OpenItem]) -> None:
        """List what is still open; finishing waits for the blocking ones."""
        self.open_list.clear()
        blocking = [i for i in items if i.blocking]
        for item in items:
            name = (self._instrument.domain(item.domain).name if item.domain
                    else PIJLER_NAMEN[Pijler(item.pillar)])
            text = fill({
                "geen_score": self.tr("%1: no score yet"),
                "geen_pijlerscore": self.tr("%1: no score yet"),
                "score_jongere": self.tr("%1: the young person's own score is missing"),
                "score_professional": self.tr("%1: the professional's score is missing"),
            }[item.what], name)
            row = QListWidgetItem(icon("step-open" if item.blocking else "info"), text)
            row.setData(Qt.ItemDataRole.UserRole, item.pillar)
            self.open_list.addItem(row)
        if not items:
            self.open_list.addItem(QListWidgetItem(icon("step-done"),
                                                   self.tr("Every domain has been discussed.")))
        self.mark_rest_button.setEnabled(bool(blocking))
        self.finish_button.setEnabled(not blocking)
        self.open_caption.setText(
            self.tr("Still open: %n domain(s) without a score", "", len(blocking))
            if blocking else self.tr("Nothing is blocking; you can finish.")
        )
        ones = [
            self._instrument.domain(key).name
            for key, entry in self.content.get("scores", {}).items()
            if 1 in (entry["professional"], entry["jongere"])
        ]
        self.acute_label.setText(
            fill(self.tr("Score 1 on %1: this shows as an acute signal on the case. tafel does "
                         "not pass it on; what happens next is up to you and the household."),
                 ", ".join(ones)) if ones else ""
        )
        self.acute_label.setVisible(bool(ones))

    def first_field(self) -> QWidget | None:
        """The rapportcijfer."""
        return self.mark_picker

    def _mark_changed(self, value: int | None) -> None:
        if self.content and not self._loading:
            self.content["rapportcijfer"] = value
            self.changed()

    def _summary_changed(self) -> None:
        if self.content and not self._loading:
            self.content["samenvatting"] = self.summary_box.toPlainText()
            self.changed()

    def _open_item_chosen(self, item: QListWidgetItem) -> None:
        pillar = item.data(Qt.ItemDataRole.UserRole)
        if pillar is not None:
            self.go_to_pillar.emit(Pijler(pillar))


class AdultQuestion(QWidget):
    """The question asked at every intake: is there an adult who is always there for you?"""

    edited = Signal()

    def __init__(self, anchors: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.content: dict = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(caption(self.tr("Is there at least one adult who is always there "
                                         "for you?"), "ik"))
        row = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.buttons: dict[Antwoord, QRadioButton] = {}
        for answer, text in ((Antwoord.JA, self.tr("Yes")), (Antwoord.NEE, self.tr("No")),
                             (Antwoord.WEET_NIET, self.tr("Not sure"))):
            button = QRadioButton(text)
            self.group.addButton(button)
            self.buttons[answer] = button
            row.addWidget(button)
            button.toggled.connect(lambda on, a=answer: self._answer(a) if on else None)
        row.addStretch(1)
        layout.addLayout(row)
        from PySide6.QtWidgets import QLineEdit

        self.who_edit = QLineEdit()
        self.who_edit.setPlaceholderText(self.tr("Who?"))
        if anchors:
            self.who_edit.setPlaceholderText(
                fill(self.tr("Who? In the network now: %1"), ", ".join(anchors))
            )
        self.who_edit.textEdited.connect(self._who)
        layout.addWidget(self.who_edit)

    def load(self, content: dict) -> None:
        """Show the answer in ``content``."""
        self.content = content
        answer = content["volwassene_altijd_daar"]
        self.group.setExclusive(False)
        for key, button in self.buttons.items():
            button.blockSignals(True)
            button.setChecked(answer == key.value)
            button.blockSignals(False)
        self.group.setExclusive(True)
        if self.who_edit.text() != content["volwassene_wie"]:
            self.who_edit.setText(content["volwassene_wie"])

    def _answer(self, answer: Antwoord) -> None:
        self.content["volwassene_altijd_daar"] = answer.value
        self.edited.emit()

    def _who(self, text: str) -> None:
        self.content["volwassene_wie"] = text
        self.edited.emit()
