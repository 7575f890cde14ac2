"""The doorbraak's cost comparison: the current route, the threatening route and this plan.

Each route is a list of visible sums (tariff per unit x quantity x period), with each line's
total and the route's total shown as the numbers are typed, and one line that sets this
plan against the threatening route (the Almelo kind: a small gift against a large avoided
cost). Amounts are typed the Dutch way (1.700,00) and shown with :func:`format_euro`.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tafel.domain.plan_content import Kostenpost, KostenRoute, format_euro, format_number
from tafel.domain.plan_doc import RemoveKosten, SetKosten
from tafel.ui.i18n import fill
from tafel.ui.icons import icon
from tafel.ui.plan.conflict_labels import count_for, field_prefix
from tafel.ui.plan.editor_base import EditorContext
from tafel.ui.plan.editor_fields import amount_text, parse_amount, parse_cents, quiet_line
from tafel.ui.plan.plan_labels import route_label, route_question
from tafel.ui.style import set_role
from tafel.ui.widgets.conflict_marks import ConflictMark
from tafel.ui.widgets.flow_layout import FlowLayout
from tafel.ui.widgets.record_list import discard
from tafel.views.plans import PlanVersieView

# Widths of the fields of a line's sum, so the lines of a route line up.
WIDTHS = {"tarief_cent": 110, "eenheid": 80, "aantal": 70, "periode": 70,
          "periode_eenheid": 90, "total": 130, "remove": 34}
GLUE = 18  # least width of the small "per", "×" and "=" between the fields


class CostLine(QWidget):
    """One line: what, tariff per unit, quantity, period; its total beside it."""

    def __init__(self, card: RouteCard, post: Kostenpost, parent: QWidget | None = None):
        super().__init__(parent)
        self.card = card
        self.post_id = post.id
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        self.edits: dict[str, QLineEdit] = {}
        self.description = self._edit("omschrijving", self.tr("What (for example "
                                                              "ambulante begeleiding)"),
                                      self.tr("What it is"))
        self.remove_button = QToolButton()
        self.remove_button.setIcon(icon("remove"))
        self.remove_button.setAutoRaise(True)
        self.remove_button.setToolTip(self.tr("Remove this line"))
        self.remove_button.setAccessibleName(self.tr("Remove this line"))
        self.remove_button.setFixedWidth(WIDTHS["remove"])
        self.remove_button.clicked.connect(lambda: card.remove(self))
        grid.addWidget(self.description, 0, 0)
        grid.addWidget(self.remove_button, 0, 1)
        grid.setColumnStretch(0, 1)

        # The sum, and its total at the right, under the route's total; on a narrow page
        # (960x540 at 200%) the total goes under the sum instead of past the page's edge.
        sum_line = FlowLayout(None, 6, right=True)
        sum_fields = QWidget()
        sum_fields.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sum_row = QHBoxLayout(sum_fields)
        sum_row.setContentsMargins(0, 0, 0, 0)
        sum_row.setSpacing(6)
        for key, glue, hint, name in (
            ("tarief_cent", "€", "0,00", self.tr("Tariff in euro")),
            ("eenheid", self.tr("per"), self.tr("hour"), self.tr("Per (unit)")),
            ("aantal", "×", "1", self.tr("Quantity")),
            ("periode", "×", "1", self.tr("Period")),
            ("periode_eenheid", "", self.tr("weeks"), self.tr("Period unit")),
        ):
            if glue:
                sum_row.addWidget(_glue(glue))
            edit = self._edit(key, hint, name)
            edit.setFixedWidth(WIDTHS[key])
            if key in ("tarief_cent", "aantal", "periode"):
                edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            sum_row.addWidget(edit)
        sum_row.addStretch(1)  # totals in one column, under the route's total
        sum_line.addWidget(sum_fields)
        total = QWidget()
        total_row = QHBoxLayout(total)
        total_row.setContentsMargins(0, 0, 0, 0)
        total_row.setSpacing(6)
        total_row.addWidget(_glue("="))
        self.total_label = QLabel()
        self.total_label.setMinimumWidth(WIDTHS["total"])
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        set_role(self.total_label, "linetotal")
        total_row.addWidget(self.total_label)
        sum_line.addWidget(total)
        grid.addLayout(sum_line, 1, 0, 1, 2)
        self.conflict_mark = ConflictMark()
        self.conflict_mark.clicked.connect(
            lambda: card.ctx.open_conflicts(field_prefix("kosten", self.post_id)))
        grid.addWidget(self.conflict_mark, 2, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
        self.show_post(post)

    def _edit(self, key: str, placeholder: str, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(name)
        edit.textEdited.connect(lambda text, k=key: self._typed(k, text))
        self.edits[key] = edit
        return edit

    def show_post(self, post: Kostenpost) -> None:
        """Fill the fields from a stored line."""
        quiet_line(self.edits["omschrijving"], post.omschrijving)
        quiet_line(self.edits["tarief_cent"], amount_text(post.tarief_cent))
        quiet_line(self.edits["eenheid"], post.eenheid)
        quiet_line(self.edits["aantal"], format_number(post.aantal))
        quiet_line(self.edits["periode"], format_number(post.periode))
        quiet_line(self.edits["periode_eenheid"], post.periode_eenheid)
        self.update_total()

    def total_cent(self) -> int | None:
        """The line's total from what is typed now; None while a number is unreadable."""
        cents = parse_cents(self.edits["tarief_cent"].text())
        amount = parse_amount(self.edits["aantal"].text())
        period = parse_amount(self.edits["periode"].text())
        if cents is None or amount is None or period is None:
            return None
        return Kostenpost("", KostenRoute.PLAN, tarief_cent=cents, aantal=amount,
                          periode=period).totaal_cent

    def update_total(self) -> None:
        """Show the line's total, or say which number to check."""
        total = self.total_cent()
        self.total_label.setText(format_euro(total) if total is not None
                                 else self.tr("check the number"))
        set_role(self.total_label, "linetotal" if total is not None else "error")

    def _typed(self, key: str, text: str) -> None:
        saver = self.card.ctx.saver
        value: object = text
        if key == "tarief_cent":
            value = parse_cents(text)
        elif key in ("aantal", "periode"):
            value = parse_amount(text)
        edit = self.edits[key]
        set_role(edit, "invalid" if value is None else "")
        if value is not None:
            saver.later(f"kosten:{self.post_id}:{key}", SetKosten(self.post_id, {key: value}))
        self.update_total()
        self.card.update_total()

    def set_editable(self, on: bool) -> None:
        """Read-only for a signed or older version."""
        for edit in self.edits.values():
            edit.setReadOnly(not on)
        self.remove_button.setVisible(on)


class RouteCard(QFrame):
    """One route with its lines, an add button and its total."""

    def __init__(self, panel: CostsPanel, route: KostenRoute, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("plancard")
        self.panel = panel
        self.ctx = panel.ctx
        self.route = route
        box = QVBoxLayout(self)
        box.setContentsMargins(18, 12, 18, 14)
        box.setSpacing(6)
        heading = QLabel(route_label(route))
        set_role(heading, "parthead")
        question = QLabel(route_question(route))
        question.setWordWrap(True)
        set_role(question, "muted")
        box.addWidget(heading)
        box.addWidget(question)
        self.lines_box = QVBoxLayout()
        self.lines_box.setSpacing(6)
        box.addLayout(self.lines_box)
        bottom = QHBoxLayout()
        self.add_button = QPushButton(icon("add"), self.tr("Add a line"))
        self.add_button.clicked.connect(self.add)
        self.total_label = QLabel()
        set_role(self.total_label, "routetotal")
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        bottom.addWidget(self.total_label)
        box.addLayout(bottom)
        self.lines: list[CostLine] = []
        self.editable = True

    def show_posts(self, posts: list[Kostenpost], full: bool) -> None:
        """Rebuild when lines came or went (or on a full load); keep what is typed."""
        if not full and [p.id for p in posts] == [line.post_id for line in self.lines]:
            self.update_total()
            return
        typed = {line.post_id: {k: e.text() for k, e in line.edits.items()}
                 for line in self.lines} if not full else {}
        for line in self.lines:
            discard(line)
        self.lines = []
        for post in posts:
            line = CostLine(self, post)
            for key, text in typed.get(post.id, {}).items():
                quiet_line(line.edits[key], text)
            line.update_total()
            line.set_editable(self.editable)
            self.lines_box.addWidget(line)
            self.lines.append(line)
        self.update_total()

    def total_cent(self) -> int | None:
        """The route's total as typed now; None while a line is unreadable."""
        totals = [line.total_cent() for line in self.lines]
        return None if None in totals else sum(t for t in totals if t is not None)

    def update_total(self) -> None:
        """Show the route's total and tell the panel."""
        total = self.total_cent()
        shown = format_euro(total) if total is not None else "–"
        self.total_label.setText(fill(self.tr("Total: %1"), shown))
        self.panel.update_summary()

    def add(self) -> None:
        """A new line, ready to type its description."""
        result = self.ctx.saver.now(SetKosten(None, {"route": self.route.value, "aantal": 1,
                                                     "periode": 1}))
        if result is None or result.created_id is None:
            return
        line = next((x for x in self.lines if x.post_id == result.created_id), None)
        if line is not None:
            line.description.setFocus()

    def remove(self, line: CostLine) -> None:
        """Remove one line."""
        self.ctx.saver.now(RemoveKosten(line.post_id))

    def set_editable(self, on: bool) -> None:
        """Read-only for a signed or older version."""
        self.editable = on
        self.add_button.setVisible(on)
        for line in self.lines:
            line.set_editable(on)


class CostsPanel(QWidget):
    """The three routes and the line that compares this plan with the threatening route."""

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(12)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        set_role(self.summary, "costsummary")
        self.cards: dict[KostenRoute, RouteCard] = {}
        for route in KostenRoute:
            card = RouteCard(self, route)
            self.cards[route] = card
            box.addWidget(card)
        box.addWidget(self.summary)

    def show_version(self, version: PlanVersieView, full: bool) -> None:
        """Show the version's lines per route."""
        for _step in self.show_version_steps(version, full):
            pass

    def show_version_steps(self, version: PlanVersieView, full: bool) -> Iterator[None]:
        """:meth:`show_version`, a route per step (for a page built step by step)."""
        for route, card in self.cards.items():
            card.show_posts(version.content.costs(route), full)
            yield
        self.update_summary()
        for card in self.cards.values():
            for line in card.lines:
                prefix = field_prefix("kosten", line.post_id)
                line.conflict_mark.show_count(
                    count_for(version.conflicts, prefix) if card.editable else 0)

    def update_summary(self) -> None:
        """Set this plan against the threatening route, as one sentence of sums."""
        if len(getattr(self, "cards", {})) < len(KostenRoute):
            return
        plan = self.cards[KostenRoute.PLAN].total_cent()
        threat = self.cards[KostenRoute.DREIGEND].total_cent()
        if not self.cards[KostenRoute.PLAN].lines or not self.cards[KostenRoute.DREIGEND].lines:
            self.summary.setText(self.tr("Fill in this plan and the threatening route to "
                                         "compare them."))
            return
        if plan is None or threat is None:
            self.summary.setText(self.tr("Check the numbers above to compare the routes."))
            return
        difference = threat - plan
        if difference == 0:
            text = self.tr("This plan and the threatening route both cost %1.")
        elif difference > 0:
            text = self.tr("This plan costs %1, the threatening route %2: this plan costs "
                           "%3 less.")
        else:
            text = self.tr("This plan costs %1, the threatening route %2: this plan costs "
                           "%3 more.")
        self.summary.setText(fill(text, format_euro(plan), format_euro(threat),
                                  format_euro(abs(difference))))

    def set_editable(self, on: bool) -> None:
        """Read-only for a signed or older version."""
        for card in self.cards.values():
            card.set_editable(on)


def _glue(text: str) -> QLabel:
    label = QLabel(text)
    label.setMinimumWidth(GLUE)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    set_role(label, "muted")
    return label
