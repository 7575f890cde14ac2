"""Who signs this version, and where each signature stands.

A signature belongs to one exact text. When the text changes, an earlier signature is not
deleted but shown as outdated, with the plain request to sign again. Who is expected comes
from the domain (:func:`tafel.domain.ondertekenaars.expected_signers`): the young person;
the holders of parental authority while they are under 18; every professional who owns an
afspraak. Anyone else in the case can sign too, also after everyone expected has signed.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from tafel.domain.plan_content import PlanContent
from tafel.ui.casus.formatting import fmt_date
from tafel.ui.i18n import fill
from tafel.ui.icons import icon
from tafel.ui.plan.editor_base import EditorContext, PlanSection
from tafel.ui.plan.plan_labels import person_role_label
from tafel.ui.style import set_role
from tafel.ui.widgets.record_list import discard
from tafel.views.plans import HandtekeningView, PlanPersoon, PlanVersieView, signing_state


class SignaturesSection(PlanSection):
    """The expected signers of the shown version with their state."""

    icon_name = "signatures"
    sign_requested = Signal()

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Signatures"), "", parent)
        self.card = QFrame()
        self.card.setObjectName("plancard")
        self.grid = QGridLayout(self.card)
        self.grid.setContentsMargins(18, 14, 18, 14)
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(10)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.body.addWidget(self.card)
        self.code_label = QLabel()
        self.code_label.setWordWrap(True)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_role(self.code_label, "muted")
        self.body.addWidget(self.code_label)
        buttons = QHBoxLayout()
        self.sign_button = QPushButton(icon("sign", "white"), self.tr("&Sign…"))
        set_role(self.sign_button, "primary")
        self.sign_button.clicked.connect(self.sign_requested)
        buttons.addWidget(self.sign_button)
        buttons.addStretch(1)
        self.body.addLayout(buttons)
        self.body.addStretch(1)
        # (person name, state word) per row as shown, for tests and screen readers.
        self.states: list[tuple[str, str]] = []

    def update_from(self, version: PlanVersieView) -> None:
        """Rebuild the list for the version as it is now."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                discard(widget)
        self.states = []
        self._explain()
        signers = self.ctx.view.expected_signers(version.content, self.ctx.today)
        outdated = {s.sleutel: s for s in version.outdated_signatures}
        row = 0
        for person, signature in signing_state(signers, version.signatures):
            self._add_row(row, person, signature, outdated.get(person.sleutel))
            row += 1
        expected = {p.sleutel for p in signers}
        others = [s for s in version.current_signatures if s.sleutel not in expected]
        for signature in others:
            person = PlanPersoon(signature.sleutel, signature.naam, signature.rol, "")
            self._add_row(row, person, signature, None, also=True)
            row += 1
        self.code_label.setText(
            fill(self.tr("Code of this text (also printed on paper): %1"),
                 version.inhoud_hash[:16] + "…")
        )

    def _explain(self) -> None:
        name = self.ctx.young_first_name
        if self.ctx.view.case.is_minor(self.ctx.today):
            who = self.tr("%1 signs, the parents or guardians with parental authority too "
                          "(%1 is under 18), and every professional who owns an afspraak.")
        else:
            who = self.tr("%1 signs, and every professional who owns an afspraak.")
        text = (self.tr("Everyone who signs reads this exact text first.") + " "
                + fill(who, name) + " "
                + self.tr("Others in the case can sign too.") + " "
                + self.tr("When the text changes, earlier signatures stay visible but are "
                          "outdated."))
        case = self.ctx.view.case
        if case.is_minor(self.ctx.today) and not any(p.gezag for p in case.people):
            # Never guessed from the role (see domain/ondertekenaars.py): a vault from before
            # gezag was recorded has parents without it; the consulent records who holds it.
            text += "\n\n" + fill(self.tr(
                "No one in the case file holds parental authority (gezag) over %1 yet, so no "
                "parent signs. Record who holds it in the household (open the person and tick "
                "gezag); they are then asked to sign too."), name)
        self.intro.setText(text)
        self.intro.show()

    def _add_row(self, row: int, person: PlanPersoon, signature: HandtekeningView | None,
                 old: HandtekeningView | None, also: bool = False) -> None:
        if signature is not None:
            glyph, state = "signed", fill(
                self.tr("Typed and confirmed on %1") if signature.getypt
                else self.tr("Signed on %1"), fmt_date(signature.datum))
            if signature.plaats:
                state += " " + fill(self.tr("in %1"), signature.plaats)
            word = "signed"
        elif old is not None:
            glyph = "outdated"
            state = fill(self.tr("Signed an earlier text on %1: ask to sign again"),
                         fmt_date(old.datum))
            word = "outdated"
        else:
            glyph, state, word = "to-sign", self.tr("Still to sign"), "to-sign"
        mark = QLabel()
        mark.setPixmap(icon(glyph).pixmap(QSize(24, 24)))
        who = QLabel()
        who.setTextFormat(Qt.TextFormat.RichText)
        role = person.rol if also else person_role_label(person)
        if also:
            role = fill(self.tr("%1 (also signed)"), role or "")
        who.setText(f"<b>{escape(person.naam)}</b><br><span style='color:#5b6770'>"
                    f"{escape(role)}</span>")
        text = QLabel(state)
        text.setWordWrap(True)
        set_role(text, {"signed": "signedstate", "outdated": "outdatedstate"}.get(word, ""))
        self.grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(who, row, 1)
        self.grid.addWidget(text, row, 2)
        self.states.append((person.naam, word))

    def set_signable(self, on: bool) -> None:
        """Signing is possible on the newest version, also once everyone expected signed."""
        self.sign_button.setVisible(on)

    def first_field(self) -> QWidget | None:
        """The sign button."""
        return self.sign_button

    def is_filled(self, content: PlanContent) -> bool:
        """The navigation marks this section by its signatures instead (see the page)."""
        return False
