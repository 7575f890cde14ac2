"""One Big 5 pillar: the young person's "ik"-statement, their words, and the domain scores.

Strengths come first (*wat gaat goed*), then *zorgen*, then the help question as *ik wil /
ik kan / ik heb nodig*. The openers are suggestions for the conversation, never a script.

The words stand beside the scores where the page has room (a laptop), above them where it
has not (the young person's larger view, 960x540 at 200%); on a page narrower still,
"niet besproken" goes under the two scores instead of beside them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tafel.domain.instrument import Instrument, PillarSpec
from tafel.ui.gesprek.domain_row import (
    BESIDE_NOT,
    UNDER_NAME,
    WIDE,
    DomainRow,
    set_voice_columns,
    voice_columns_width,
)
from tafel.ui.gesprek.step_base import Step, caption, set_text_quietly, text_box
from tafel.ui.i18n import fill
from tafel.ui.style import set_role
from tafel.ui.widgets.scroll_page import scrolling_page

PAGE_SIDE = 24  # the page's margin left and right
WORDS_LEAST = 300  # the words' column beside the scores
SCROLL_BAR = 16  # room kept for the page's scroll bar


class PillarStep(Step):
    """The step for one pillar."""

    def __init__(
        self,
        pillar: PillarSpec,
        instrument: Instrument,
        extra: QWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.pillar = pillar
        layout = scrolling_page(self, (PAGE_SIDE, 16, PAGE_SIDE, 16), 10)
        self._compact = WIDE

        self.title_label = QLabel(pillar.name)
        set_role(self.title_label, "title")
        self.ik_label = QLabel(f"“{pillar.ik}”")
        self.ik_label.setWordWrap(True)
        set_role(self.ik_label, "ik")
        self.openers_label = QLabel(
            fill(self.tr("To start with: %1"), "  ·  ".join(pillar.questions))
        )
        self.openers_label.setWordWrap(True)
        set_role(self.openers_label, "muted")
        layout.addWidget(self.title_label)
        layout.addWidget(self.ik_label)
        layout.addWidget(self.openers_label)

        columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        columns.setSpacing(24)
        self._columns = columns
        layout.addLayout(columns, 1)

        words = QVBoxLayout()
        words.setSpacing(4)
        self.boxes: dict[str, QPlainTextEdit] = {}
        for key, label, placeholder, lines in (
            ("wat_gaat_goed", self.tr("What goes well"), self.tr("Start with what is good"), 3),
            ("zorgen", self.tr("Worries"), self.tr("What is hard or worrying"), 3),
            ("ik_wil", self.tr("I want"), self.tr("I want …"), 2),
            ("ik_kan", self.tr("I can"), self.tr("I can do myself …"), 2),
            ("ik_heb_nodig", self.tr("I need"), self.tr("I need help with …"), 2),
        ):
            words.addWidget(caption(label))
            box = text_box(placeholder, lines)
            box.setAccessibleName(label)
            box.textChanged.connect(lambda k=key, b=box: self._text(k, b))
            words.addWidget(box)
            self.boxes[key] = box
        self._words_holder = QWidget()
        self._words_holder.setMinimumWidth(WORDS_LEAST)
        if extra is not None:
            words.addSpacing(8)
            words.addWidget(extra)
        words.addStretch(1)
        words.setContentsMargins(0, 0, 0, 0)
        self._words_holder.setLayout(words)
        columns.addWidget(self._words_holder, 5)

        scores = QVBoxLayout()
        scores.setSpacing(2)
        header = QGridLayout()
        header.setHorizontalSpacing(10)
        self.professional_header = caption(self.tr("Professional"), "voice")
        self.young_header = caption(self.tr("Young person"), "voice")
        header.addWidget(caption(self.tr("Domain")), 0, 0)
        header.addWidget(self.professional_header, 0, 2, Qt.AlignmentFlag.AlignHCenter)
        header.addWidget(self.young_header, 0, 3, Qt.AlignmentFlag.AlignHCenter)
        header.setColumnStretch(0, 1)
        set_voice_columns(header, large=False)
        self._rows_spacing = header.horizontalSpacing()
        self._header = header
        scores.addLayout(header)
        self.rows: list[DomainRow] = []
        for domain in pillar.domains:
            row = DomainRow(domain, instrument)
            row.edited.connect(self.changed)
            scores.addWidget(row)
            self.rows.append(row)
        scores.addSpacing(8)
        self.note_caption = caption(self.tr("My note (professional only, not in the young "
                                            "person's view)"))
        self.note_box = text_box(self.tr("For yourself: what you noticed"), 2)
        self.note_box.textChanged.connect(lambda: self._text("notitie", self.note_box))
        scores.addWidget(self.note_caption)
        scores.addWidget(self.note_box)
        scores.addStretch(1)
        columns.addLayout(scores, 7)

    @property
    def _entry(self) -> dict[str, Any]:
        return self.content["pijlers"][self.pillar.key.value]

    def fill(self) -> None:
        """Show the pillar's words and every domain's scores."""
        for key, box in self.boxes.items():
            set_text_quietly(box, self._entry[key])
        set_text_quietly(self.note_box, self._entry["notitie"])
        for row in self.rows:
            row.load(self.content["scores"][row.domain.key])

    def _text(self, key: str, box: QPlainTextEdit) -> None:
        if self._loading or not self.content:
            return
        self._entry[key] = box.toPlainText()
        self.changed()

    def set_young_view(self, on: bool) -> None:
        """Hide the professional's note; show the plain level wording."""
        super().set_young_view(on)
        self.note_caption.setVisible(not on)
        self.note_box.setVisible(not on)
        for row in self.rows:
            row.set_young_view(on)
        self._fit_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        self._fit_columns()

    def _scores_width(self, level: int) -> int:
        """The least width of the domain rows (and the header above them)."""
        names = max((row.least_name_width(level) for row in self.rows), default=0)
        needs: dict[int, int] = {}
        for row in self.rows:
            for column, need in row.voice_needs().items():
                needs[column] = max(needs.get(column, 0), need)
        return names + self._rows_spacing + voice_columns_width(
            self.young_view, level != WIDE, self._rows_spacing, needs)

    def _fit_columns(self) -> None:
        """Beside or above, each row wide or narrower: the first way that fits the page."""
        room = self.width() - 2 * PAGE_SIDE - SCROLL_BAR
        beside = WORDS_LEAST + self._columns.spacing()
        choices = [(False, WIDE), (False, BESIDE_NOT), (True, WIDE), (True, BESIDE_NOT),
                   (True, UNDER_NAME)]
        if self.young_view:  # larger words need the width: the words above the scores
            choices = choices[2:]
        stacked, level = next(
            ((above, narrow) for above, narrow in choices
             if self._scores_width(narrow) + (0 if above else beside) <= room),
            choices[-1])
        self._columns.setDirection(
            QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight)
        set_voice_columns(self._header, large=self.young_view, compact=level != WIDE)
        if level != self._compact:
            self._compact = level
            for row in self.rows:
                row.set_compact(level)

    def first_field(self) -> QWidget | None:
        """Strengths first."""
        return self.boxes["wat_gaat_goed"]
