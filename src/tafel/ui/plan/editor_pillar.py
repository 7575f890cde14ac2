"""One Big 5 pillar of the plan: the ik-doel, who does what, and a target per domain.

The young person's goal comes first, then what they do themselves, their network, the
support of professionals or volunteers, and treatment if any. Beside it, for each of the
intake's domains of this pillar, both voices' latest scores (never averaged) and a target
score the young person can choose, with the level's meaning in plain "ik" words.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from tafel.domain.instrument import Domain, PillarSpec
from tafel.domain.plan_content import PILLAR_PARTS, PlanContent, pillar_key
from tafel.domain.plan_doc import SetTarget
from tafel.ui.casus.formatting import fmt_date
from tafel.ui.gesprek.score_picker import ScorePicker
from tafel.ui.i18n import fill
from tafel.ui.plan.conflict_labels import count_for
from tafel.ui.plan.editor_base import EditorContext, PlanSection
from tafel.ui.style import set_role
from tafel.ui.widgets.conflict_marks import ConflictMark
from tafel.views.gesprekken import DomeinScore
from tafel.views.plans import PlanVersieView

PART_LINES = {"ik_doel": 3, "zelf_doen": 3, "netwerk": 2, "ondersteuning": 2, "behandeling": 2}


class PillarSection(PlanSection):
    """The plan for one pillar."""

    def __init__(self, ctx: EditorContext, pillar: PillarSpec,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, pillar.name, "", parent)
        self.pillar = pillar
        self.deel = pillar.key.value
        self.icon_name = f"pillar-{pillar.key.value}"
        ik = QLabel(f"“{pillar.ik}”")
        ik.setWordWrap(True)
        set_role(ik, "ik")
        self.head.insertWidget(1, ik)  # the pillar's meaning shows, shared or not

        columns = QHBoxLayout()
        columns.setSpacing(28)
        words = QVBoxLayout()
        words.setSpacing(14)
        for part in PILLAR_PARTS:
            self.add_part(pillar_key(pillar.key, part), PART_LINES[part], words)
        words.addStretch(1)
        columns.addLayout(words, 11)
        columns.addWidget(self._targets_card(), 8, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(columns)
        self.body.addStretch(1)

    def _targets_card(self) -> QFrame:
        card = QFrame()
        card.setObjectName("plancard")
        box = QVBoxLayout(card)
        box.setContentsMargins(18, 14, 18, 16)
        box.setSpacing(6)
        heading = QLabel(self.tr("Scores and targets"))
        set_role(heading, "parthead")
        box.addWidget(heading)
        explain = QLabel(fill(self.tr("The latest scores from the conversations, and where %1 "
                                      "wants to get to (1 to 5). Click a chosen target again "
                                      "to clear it."), self.ctx.young_first_name))
        explain.setWordWrap(True)
        set_role(explain, "muted")
        box.addWidget(explain)
        self.pickers: dict[str, ScorePicker] = {}
        self.meanings: dict[str, QLabel] = {}
        self.latest_labels: dict[str, QLabel] = {}
        self.conflict_marks: dict[str, ConflictMark] = {}
        for domain in self.pillar.domains:
            box.addSpacing(6)
            box.addWidget(self._domain_row(domain))
        return card

    def _domain_row(self, domain: Domain) -> QWidget:
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        name = QLabel(domain.name)
        name.setWordWrap(True)
        set_role(name, "domain")
        latest = QLabel(self._latest_text(domain))
        latest.setWordWrap(True)
        set_role(latest, "muted")
        picker = ScorePicker()
        picker.setAccessibleName(fill(self.tr("Target score for %1"), domain.name))
        picker.changed.connect(lambda value, d=domain: self._target_chosen(d, value))
        meaning = QLabel()
        meaning.setWordWrap(True)
        set_role(meaning, "targetmeaning")
        grid.addWidget(name, 0, 0)
        grid.addWidget(QLabel(self.tr("Target")), 0, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(picker, 0, 2)
        grid.addWidget(latest, 1, 0, 1, 3)
        grid.addWidget(meaning, 2, 0, 1, 3)
        mark = ConflictMark()
        mark.clicked.connect(lambda: self.ctx.open_conflicts(self._target_field(domain.key)))
        grid.addWidget(mark, 3, 0, 1, 3, Qt.AlignmentFlag.AlignLeft)
        self.conflict_marks[domain.key] = mark
        grid.setColumnStretch(0, 1)
        self.pickers[domain.key] = picker
        self.meanings[domain.key] = meaning
        self.latest_labels[domain.key] = latest
        return holder

    def _latest_text(self, domain: Domain) -> str:
        found = self._latest(domain.key)
        if found is None:
            return self.tr("No score from a conversation yet.")
        when, score = found
        parts = [
            fill(self.tr("professional %1"), _score(score.professional)),
            f"{self.ctx.young_first_name} {_score(score.young)}",
        ]
        return fill(self.tr("Now: %1 (%2)"), " · ".join(parts), when)

    def _latest(self, domain_key: str) -> tuple[str, DomeinScore] | None:
        for gesprek in reversed(self.ctx.history):
            for score in gesprek.scores:
                if score.domain == domain_key and (score.professional is not None
                                                   or score.young is not None):
                    return fmt_date(gesprek.datum), score
        return None

    def fill(self, version: PlanVersieView) -> None:
        """The chosen targets of this version."""
        targets = version.content.targets_for(self.pillar.key)
        for key, picker in self.pickers.items():
            picker.set_value(targets.get(key))
            self._show_meaning(key, targets.get(key))
        self.update_from(version)

    def update_from(self, version: PlanVersieView) -> None:
        """A mark on each target score filled in differently elsewhere."""
        for key, mark in self.conflict_marks.items():
            field = self._target_field(key)
            mark.show_count(count_for(version.conflicts, field) if self.editable else 0)

    def _target_field(self, domain_key: str) -> str:
        return f"doel/{self.pillar.key.value}.{domain_key}"

    def set_editable(self, on: bool) -> None:
        """Targets follow the text: read-only when it is."""
        super().set_editable(on)
        for picker in self.pickers.values():
            picker.setEnabled(on)

    def is_filled(self, content: PlanContent) -> bool:
        """Anything written, or a target chosen."""
        return super().is_filled(content) or bool(content.targets_for(self.pillar.key))

    def _target_chosen(self, domain: Domain, value: int | None) -> None:
        self._show_meaning(domain.key, value)
        self.ctx.saver.now(SetTarget(f"{self.pillar.key.value}.{domain.key}", value))

    def _show_meaning(self, domain_key: str, value: int | None) -> None:
        label = self.meanings[domain_key]
        if value is None:
            label.setText(self.tr("No target chosen."))
            return
        level = self.ctx.instrument.domain(domain_key).level(value)
        name = self.ctx.instrument.scale_label(value)
        label.setText(f"{value} · {name}: {level.ik}")


def _score(value: int | None) -> str:
    return str(value) if value is not None else "–"
