"""One domain in a pillar step: both voices side by side, levels one click away.

The professional's score and the young person's own score stand next to each other and are
never averaged: the difference is what the conversation is about. "Niet besproken" is a
visible choice, with room to say why.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tafel.domain.instrument import Domain, Instrument
from tafel.ui.gesprek.score_picker import ScorePicker
from tafel.ui.i18n import fill
from tafel.ui.icons import icon
from tafel.ui.style import set_role

# How narrow a row is made (DomainRow.set_compact): all on one line; "niet besproken" under
# the scores; and the scores under the name and question as well.
WIDE, BESIDE_NOT, UNDER_NAME = 0, 1, 2

# Fixed widths of the picker and checkbox columns, shared with the header above the rows.
VOICE_COLUMNS = {2: 186, 3: 186, 4: 120}
# The same in the young person's view, where the buttons and words are larger.
VOICE_COLUMNS_LARGE = {2: 250, 3: 250, 4: 170}


def set_voice_columns(grid: QGridLayout, large: bool, compact: bool = False) -> None:
    """Give the voice columns their widths, so header and rows line up in either view.

    ``compact``: "niet besproken" stands below the scores, its column takes no room.
    """
    for column, width in (VOICE_COLUMNS_LARGE if large else VOICE_COLUMNS).items():
        grid.setColumnMinimumWidth(column, 0 if compact and column == 4 else width)


def voice_columns_width(large: bool, compact: bool, spacing: int,
                        least: dict[int, int] | None = None) -> int:
    """The width the voice columns take beside a domain's name, spacing included.

    ``least``: what the widgets in each column need (larger text needs more than the
    columns' fixed widths, made for 11 pt).
    """
    widths = dict(VOICE_COLUMNS_LARGE if large else VOICE_COLUMNS)
    for column, need in (least or {}).items():
        widths[column] = max(widths[column], need)
    if compact:
        return widths[2] + widths[3] + 2 * spacing
    return sum(widths.values()) + 3 * spacing


class DomainRow(QWidget):
    """Name, question, two score pickers, "niet besproken" and the level descriptions."""

    edited = Signal()

    def __init__(self, domain: Domain, instrument: Instrument, parent: QWidget | None = None):
        super().__init__(parent)
        self.domain = domain
        self._instrument = instrument
        self._entry: dict[str, Any] = {}
        self._young_view = False
        self._compact = WIDE
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)

        self.name_label = QLabel(domain.name)
        self.name_label.setWordWrap(True)
        set_role(self.name_label, "domain")
        self.question_label = QLabel(domain.question)
        self.question_label.setWordWrap(True)
        set_role(self.question_label, "muted")
        self.levels_button = QToolButton()
        self.levels_button.setIcon(icon("levels"))
        self.levels_button.setCheckable(True)
        self.levels_button.setAutoRaise(True)
        self.levels_button.setToolTip(self.tr("What the levels mean"))
        self.levels_button.setAccessibleName(
            fill(self.tr("What the levels mean for %1"), domain.name)
        )
        self.professional = ScorePicker()
        self.professional.setAccessibleName(
            fill(self.tr("Professional's score for %1"), domain.name)
        )
        self.young = ScorePicker()
        self.young.setAccessibleName(
            fill(self.tr("Young person's own score for %1"), domain.name)
        )
        self.not_discussed = QCheckBox(self.tr("Not discussed"))
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("Why not (optional)"))
        self.reason_edit.hide()

        grid.setColumnStretch(0, 1)
        self._grid = grid
        self._place()

        self.levels_panel = QFrame()
        self.levels_panel.setObjectName("levels")
        panel = QVBoxLayout(self.levels_panel)
        panel.setContentsMargins(10, 6, 10, 6)
        self.level_labels = []
        for _level in domain.levels:
            label = QLabel()
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            panel.addWidget(label)
            self.level_labels.append(label)
        self.levels_panel.hide()
        grid.addWidget(self.levels_panel, 5, 0, 1, 5)
        self._fill_levels()

        self.levels_button.toggled.connect(self.levels_panel.setVisible)
        self.professional.changed.connect(lambda v: self._set("professional", v))
        self.young.changed.connect(lambda v: self._set("jongere", v))
        self.not_discussed.toggled.connect(self._not_discussed_toggled)
        self.reason_edit.textEdited.connect(lambda t: self._set("toelichting", t))

    def load(self, entry: dict[str, Any]) -> None:
        """Show one domain's entry of the draft (edited in place from now on)."""
        self._entry = entry
        self.professional.set_value(entry["professional"])
        self.young.set_value(entry["jongere"])
        self.not_discussed.blockSignals(True)
        self.not_discussed.setChecked(entry["niet_besproken"])
        self.not_discussed.blockSignals(False)
        if self.reason_edit.text() != entry["toelichting"]:
            self.reason_edit.setText(entry["toelichting"])
        self._show_state()

    def set_young_view(self, on: bool) -> None:
        """Plain "ik" wording of the levels, and no reason field for the professional."""
        self._young_view = on
        self.professional.set_large(on)
        self.young.set_large(on)
        set_voice_columns(self._grid, large=on, compact=self._compact != WIDE)
        self._fill_levels()
        self._show_state()

    def set_compact(self, level: int) -> None:
        """How narrow the row is made (a narrow page, the young person's larger view).

        WIDE, BESIDE_NOT (its checkbox under the scores) or UNDER_NAME (the scores under
        the name and question, too).
        """
        if level != self._compact:
            self._compact = level
            self._place()

    def least_name_width(self, level: int = WIDE) -> int:
        """The narrowest the name column gets: the name's longest word, and the levels."""
        spacing = self._grid.horizontalSpacing()
        if level == UNDER_NAME:  # the name spans the row, the levels stand above the scores
            return 0
        return self.name_label.minimumSizeHint().width() + spacing + \
            self.levels_button.sizeHint().width()

    def voice_needs(self) -> dict[int, int]:
        """What the two scores and "niet besproken" need, column by column."""
        return {2: self.professional.sizeHint().width(), 3: self.young.sizeHint().width(),
                4: self.not_discussed.sizeHint().width()}

    def _place(self) -> None:
        grid = self._grid
        for widget in (self.name_label, self.levels_button, self.question_label,
                       self.professional, self.young, self.not_discussed, self.reason_edit):
            grid.removeWidget(widget)
        top = Qt.AlignmentFlag.AlignTop
        if self._compact == UNDER_NAME:  # name and question above, the scores below them
            grid.addWidget(self.name_label, 0, 0, 1, 3)
            grid.addWidget(self.levels_button, 0, 3, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(self.question_label, 1, 0, 1, 5)
            grid.addWidget(self.professional, 2, 2, top)
            grid.addWidget(self.young, 2, 3, top)
        else:
            grid.addWidget(self.name_label, 0, 0)
            grid.addWidget(self.levels_button, 0, 1)
            grid.addWidget(self.professional, 0, 2, 2, 1, top)
            grid.addWidget(self.young, 0, 3, 2, 1, top)
            grid.addWidget(self.question_label, 1, 0, 1, 2)
        if self._compact == WIDE:
            grid.addWidget(self.not_discussed, 0, 4, 2, 1, top)
            grid.addWidget(self.reason_edit, 2, 0, 1, 5)
        else:  # under the two scores, its reason under it
            grid.addWidget(self.not_discussed, 3, 2, 1, 2, Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(self.reason_edit, 4, 0, 1, 5)
        set_voice_columns(grid, large=self._young_view, compact=self._compact != WIDE)

    def _fill_levels(self) -> None:
        for label, level in zip(self.level_labels, self.domain.levels, strict=True):
            name = self._instrument.scale_label(level.level)
            words = level.ik if self._young_view else level.text
            label.setText(f"<b>{level.level} · {name}</b><br>{escape(words)}")

    def _set(self, key: str, value: Any) -> None:
        self._entry[key] = value
        if key in ("professional", "jongere") and value is not None:
            self._entry["niet_besproken"] = False  # a score means it was discussed
            self.not_discussed.blockSignals(True)
            self.not_discussed.setChecked(False)
            self.not_discussed.blockSignals(False)
        self._show_state()
        self.edited.emit()

    def _not_discussed_toggled(self, on: bool) -> None:
        self._entry["niet_besproken"] = on
        self._show_state()
        self.edited.emit()

    def _show_state(self) -> None:
        skipped = bool(self._entry.get("niet_besproken"))
        self.professional.setEnabled(not skipped)
        self.young.setEnabled(not skipped)
        self.reason_edit.setVisible(skipped and not self._young_view)
