"""The plan page's top bar and banner: whose plan, which version, who is writing, what next.

The version selector lets anyone look back at an older text (read-only). "Who is writing?"
is asked openly, because the plan is the young person's: what a professional writes is
stored and shown as theirs. Under the rows, a quiet line per text corrected or removed on
someone's request (AVG art. 16/17): signatures placed before such a correction still count,
and whoever reads the plan should see that the text changed after they were placed. The banner
says in one sentence why a version cannot change
(signed, replaced) or whose signature no longer fits the text.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tafel.domain.plan_content import Schrijver, VersieStatus
from tafel.ui.i18n import fill
from tafel.ui.icons import icon
from tafel.ui.plan.plan_labels import version_status_label
from tafel.ui.style import set_role
from tafel.ui.widgets.flow_layout import FlowLayout
from tafel.views.plans import PlanVersieView, PlanView

#: How many corrections on request the header names in full (the newest).
SHOWN_CORRECTIONS = 2


class PlanHeader(QWidget):
    """Two rows: the plan and its version; the writer and the next steps."""

    version_chosen = Signal(object)  # version id
    writer_changed = Signal(object)  # Schrijver
    ready_clicked = Signal()
    sign_clicked = Signal()
    compare_clicked = Signal()
    print_clicked = Signal()
    close_clicked = Signal()

    def __init__(self, young_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planHeader")
        first_name = young_name.split(" ")[0] or young_name
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 8, 16, 8)
        outer.setSpacing(6)

        # Each row is two groups, the second at the right; where the screen is narrow
        # (960x540 at 200%) the second takes a line of its own instead of squeezing both.
        top_row = FlowLayout(None, 10, right=True)
        top = _group(top_row, 10, grows=True)
        title = QLabel(fill(self.tr("Toekomstplan of %1"), young_name))
        set_role(title, "section")
        self.version_combo = QComboBox()
        self.version_combo.setAccessibleName(self.tr("Version"))
        self.version_combo.setMinimumWidth(170)
        self.version_combo.activated.connect(
            lambda _i: self.version_chosen.emit(self.version_combo.currentData())
        )
        self.status_chip = QLabel()
        set_role(self.status_chip, "status")
        self.saved_label = QLabel()
        set_role(self.saved_label, "muted")
        top.addWidget(title)
        top.addWidget(self.version_combo)
        top.addWidget(self.status_chip)
        top.addWidget(self.saved_label)
        top.addStretch(1)
        top = _group(top_row, 10)
        self.compare_button = QPushButton(icon("compare"), self.tr("Co&mpare versions…"))
        self.print_button = QPushButton(icon("print"), self.tr("&Print…"))
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setToolTip(self.tr("Back to the case; everything is saved"))
        self.compare_button.clicked.connect(self.compare_clicked)
        self.print_button.clicked.connect(self.print_clicked)
        self.close_button.clicked.connect(self.close_clicked)
        for button in (self.compare_button, self.print_button, self.close_button):
            top.addWidget(button)
        outer.addLayout(top_row)

        bottom_row = FlowLayout(None, 8, right=True)
        bottom = _group(bottom_row, 8, grows=True)
        writer_label = QLabel(self.tr("Who is writing?"))
        set_role(writer_label, "voice")
        self.writer_label = writer_label
        self.young_button = QPushButton(icon("writer-young"),
                                        fill(self.tr("%1 is w&riting"), first_name))
        self.pro_button = QPushButton(icon("writer-pro"), self.tr("I am &writing (professional)"))
        self.pro_button.setToolTip(self.tr("What you write now is marked as written by you"))
        self.writers = QButtonGroup(self)
        for button, who in ((self.young_button, Schrijver.JONGERE),
                            (self.pro_button, Schrijver.PROFESSIONAL)):
            button.setCheckable(True)
            self.writers.addButton(button)
            button.toggled.connect(lambda on, w=who: self.writer_changed.emit(w) if on else None)
        self.young_button.setChecked(True)
        bottom.addWidget(writer_label)
        bottom.addWidget(self.young_button)
        bottom.addWidget(self.pro_button)
        bottom.addStretch(1)
        bottom = _group(bottom_row, 8)  # where "Checklist 18-/18+…" joins, before "ready"
        self.ready_button = QPushButton(icon("ready-to-sign"), self.tr("&Ready to sign"))
        self.ready_button.clicked.connect(self.ready_clicked)
        self.sign_button = QPushButton(icon("sign", "white"), self.tr("&Sign…"))
        set_role(self.sign_button, "primary")
        self.sign_button.clicked.connect(self.sign_clicked)
        bottom.addWidget(self.ready_button)
        bottom.addWidget(self.sign_button)
        outer.addLayout(bottom_row)
        self.corrections_label = QLabel()
        self.corrections_label.setObjectName("planCorrections")
        self.corrections_label.setWordWrap(True)
        self.corrections_label.setAccessibleName(self.tr("Texts corrected on request"))
        set_role(self.corrections_label, "muted")
        self.corrections_label.hide()
        outer.addWidget(self.corrections_label)

    def schrijver(self) -> Schrijver:
        """Who is writing now."""
        return Schrijver.PROFESSIONAL if self.pro_button.isChecked() else Schrijver.JONGERE

    def show_plan(self, view: PlanView, shown: PlanVersieView, editable: bool) -> None:
        """The version list, the shown version's status and which steps are possible."""
        self.version_combo.clear()
        for version in reversed(view.versions):
            text = fill(self.tr("Version %1"), str(version.nummer))
            if version.id == view.latest.id:
                text += " " + self.tr("(newest)")
            self.version_combo.addItem(text, version.id)
        self.version_combo.setCurrentIndex(self.version_combo.findData(shown.id))
        self.version_combo.setEnabled(len(view.versions) > 1)
        self.status_chip.setText(version_status_label(shown.status))
        is_latest = shown.id == view.latest.id
        self.compare_button.setEnabled(len(view.versions) > 1 or bool(shown.signatures))
        for widget in (self.writer_label, self.young_button, self.pro_button):
            widget.setVisible(editable)
        self.ready_button.setVisible(editable)
        if shown.status is VersieStatus.TER_ONDERTEKENING:
            self.ready_button.setText(self.tr("Back to draft"))
            self.ready_button.setToolTip(self.tr("Keep working on the text before signing"))
        else:
            self.ready_button.setText(self.tr("&Ready to sign"))
            self.ready_button.setToolTip(self.tr("The text is finished: it can be read and "
                                                 "signed"))
        # A signed version can still be signed by others in the case (never a replaced one).
        self.sign_button.setVisible(is_latest and shown.status is not VersieStatus.VERVANGEN)

    def show_corrections(self, sentences: Sequence[str]) -> None:
        """One line per text corrected or removed on request; nothing when there are none.

        The newest few only (the header stays small); the rest is counted on a last line.
        """
        shown = list(sentences[-SHOWN_CORRECTIONS:])
        earlier = len(sentences) - len(shown)
        if earlier:
            shown.append(self.tr("And %n earlier correction(s).", "", earlier))
        self.corrections_label.setText("\n".join(shown))
        self.corrections_label.setVisible(bool(sentences))

    def show_saved(self, text: str) -> None:
        """A quiet note that everything is saved."""
        self.saved_label.setText(text)


class PlanBanner(QFrame):
    """One sentence about the shown version, with at most one action."""

    action = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planBanner")
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 16, 8)
        row.setSpacing(10)
        self.glyph = QLabel()
        self.text = QLabel()
        self.text.setWordWrap(True)
        set_role(self.text, "bannertext")
        self.button = QPushButton()
        self.button.clicked.connect(self.action)
        row.addWidget(self.glyph)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.hide()

    def show_message(self, kind: str, text: str, button: str = "",
                     button_icon: str = "") -> None:
        """Show ``text``; ``kind`` is "signed", "replaced" or "outdated"."""
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        glyph = {"signed": "signed", "replaced": "history"}.get(kind, "outdated")
        self.glyph.setPixmap(icon(glyph).pixmap(QSize(24, 24)))
        self.text.setText(text)
        self.button.setText(button)
        self.button.setIcon(icon(button_icon) if button_icon else icon("info"))
        self.button.setVisible(bool(button))
        self.show()


def _group(row: FlowLayout, spacing: int, grows: bool = False) -> QHBoxLayout:
    """A group of widgets that stays on one line of ``row``; ``grows``: it takes the room."""
    holder = QWidget()
    if grows:
        holder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(spacing)
    row.addWidget(holder)
    return layout
