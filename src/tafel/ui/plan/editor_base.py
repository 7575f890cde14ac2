"""What every section of the toekomstplan editor shares: the context and the page frame.

A section shows part of one plan version. ``load`` fills every field (a version was chosen
or reloaded); ``refresh`` runs after each save and only updates what the save can change
around the fields (who wrote a part, totals, overdue marks), never the text being typed,
so the cursor stays where the young person is writing.

A section shows one part of the plan (``deel``: the perspectief, a pillar, the doorbraak,
the vangnet) or several (the afspraken, the signatures: ``deel`` None). A part this vault
does not hold (a plan that came in a bundle without it) keeps its title, says it was not
shared and hides its fields (:mod:`tafel.ui.plan.not_shared`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtWidgets import QLabel, QLayout, QVBoxLayout, QWidget

from tafel.domain.instrument import Instrument
from tafel.domain.plan_content import PlanContent
from tafel.ui.plan.editor_fields import TextPart
from tafel.ui.plan.not_shared import NotSharedNotice, holds
from tafel.ui.plan.plan_saver import PlanSaver
from tafel.ui.style import set_role
from tafel.ui.widgets.scroll_page import scrolling_page
from tafel.views.gesprekken import GesprekView
from tafel.views.plans import PlanVersieView, PlanView

PAGE_MARGINS = (32, 20, 32, 28)


@dataclass
class EditorContext:
    """What the sections need from the page: the saver, the plan, the day, the intake."""

    saver: PlanSaver
    view: PlanView
    today: date
    instrument: Instrument
    history: list[GesprekView] = field(default_factory=list)
    #: Opens the conflict dialog at a point (``afspraak/<id>/``, ``doel/wonen.huisvesting``).
    open_conflicts: Callable[[str], None] = field(default=lambda _at: None)

    @property
    def young_first_name(self) -> str:
        """The young person's first name, as the screen speaks to them."""
        return self.view.case.jongere.naam.split(" ")[0] or self.view.case.jongere.naam


class PlanSection(QWidget):
    """A scrolling page with a large title, a plain-words intro and written parts.

    ``head`` holds the title (and what always shows, such as a pillar's ik-statement);
    ``body``, inside ``content``, everything of the part itself.
    """

    icon_name = "plan"
    deel: str | None = None  # the plan part shown here; None: several (always held)

    def __init__(self, ctx: EditorContext, title: str, intro: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title_text = title
        self.head: QVBoxLayout = scrolling_page(self, PAGE_MARGINS, 14)
        self.title = QLabel(title)
        set_role(self.title, "title")
        self.head.addWidget(self.title)
        self.not_shared = NotSharedNotice()
        self.head.addWidget(self.not_shared)
        self.content = QWidget()
        self.body = QVBoxLayout(self.content)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(14)
        self.head.addWidget(self.content)
        self.head.addStretch(1)
        self.held = True
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        set_role(self.intro, "planintro")
        self.body.addWidget(self.intro)
        self.intro.setVisible(bool(intro))  # in the page first: never a window of its own
        self.parts: dict[str, TextPart] = {}
        self.editable = True

    # -- building -----------------------------------------------------------------------

    def add_part(self, key: str, lines: int = 3, layout: QLayout | None = None,
                 heading: str | None = None, question: str | None = None) -> TextPart:
        """A written part whose typing goes to the saver."""
        part = TextPart(key, lines, heading, question)
        part.edited.connect(self.ctx.saver.text)
        (layout if layout is not None else self.body).addWidget(part)
        self.parts[key] = part
        return part

    # -- showing ------------------------------------------------------------------------

    def load(self, version: PlanVersieView) -> None:
        """Show ``version`` in every field."""
        for _step in self.load_steps(version):
            pass

    def load_steps(self, version: PlanVersieView) -> Iterator[None]:
        """:meth:`load` as steps, for a page built a step per turn of the event loop."""
        self.show_held(self.holds(version))
        for key, part in self.parts.items():
            part.set_text(version.content.text(key))
        yield from self.fill_steps(version)
        self.refresh(version)

    def refresh(self, version: PlanVersieView) -> None:
        """After a save: who wrote what, and whatever the subclass derives."""
        for key, part in self.parts.items():
            part.set_author(version.content.written_by_professional(key))
        self.update_from(version)

    def fill(self, version: PlanVersieView) -> None:
        """Fill the subclass's own fields (choices, rows)."""

    def fill_steps(self, version: PlanVersieView) -> Iterator[None]:
        """:meth:`fill` as steps; a section of many rows yields between them."""
        self.fill(version)
        yield

    def update_from(self, version: PlanVersieView) -> None:
        """Update what the subclass derives from a saved version (totals, marks)."""

    def set_editable(self, on: bool) -> None:
        """Signed, replaced and older versions are read-only."""
        self.editable = on
        for part in self.parts.values():
            part.set_editable(on)

    def holds(self, version: PlanVersieView) -> bool:
        """Whether this vault holds the part shown here (see :func:`not_shared.holds`)."""
        return holds(version, self.deel)

    def show_held(self, held: bool) -> None:
        """The part itself, or the calm notice that it was not shared with this vault."""
        self.held = held
        self.not_shared.setVisible(not held)
        self.content.setVisible(held)

    def first_field(self) -> QWidget | None:
        """Where the keyboard goes when the section opens (nowhere in a part not held)."""
        if not self.held:
            return None
        first = next(iter(self.parts.values()), None)
        return first.box if first is not None else None

    def is_filled(self, content: PlanContent) -> bool:
        """Whether anything was written here (the navigation shows it)."""
        return any(content.text(key) for key in self.parts)
