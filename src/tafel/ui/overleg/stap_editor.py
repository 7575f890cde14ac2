"""The middle of the control view: the plan's parts of the step the room is at, to type in.

The same written parts as the toekomstplan editor (:class:`~tafel.ui.plan.editor_fields.TextPart`),
saved as typed by the same :class:`~tafel.ui.plan.plan_saver.PlanSaver`: every save is
published, the meeting hears it and the wall follows within a fraction of a second. Each step
shows the parts the wall shows for it: the situatieschets the ik-doel per pillar, the
perspectief the young person's own words first, the pillar steps that part per pillar, the
doorbraak its questions and the waardendriehoek, the afspraken the plan's afspraken, the
vangnet its text. A step's page is built the first time the room gets there.
"""

from __future__ import annotations

import uuid
from datetime import date
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tafel.domain.enums import PIJLER_NAMEN, Pijler
from tafel.domain.overleg import AgendaStap
from tafel.domain.plan_content import DOORBRAAK_PARTS, WAARDEN, PlanContent, Schrijver, pillar_key
from tafel.errors import TafelError
from tafel.services.changes import Origin
from tafel.services.plans import PlanEditResult
from tafel.ui.casus.formatting import fmt_date
from tafel.ui.controller import AppController
from tafel.ui.i18n import fill
from tafel.ui.icons import icon
from tafel.ui.overleg.teksten import stap_label, stap_vraag
from tafel.ui.plan.editor_fields import TextPart
from tafel.ui.plan.plan_labels import part_label, part_question, value_label
from tafel.ui.plan.plan_saver import PlanSaver
from tafel.ui.style import set_role
from tafel.ui.widgets.flow_layout import FlowLayout
from tafel.ui.widgets.record_list import discard, muted_note
from tafel.ui.widgets.scroll_page import scrolling_page
from tafel.views.plans import PlanView

_PILLAR_PART = {AgendaStap.SITUATIESCHETS: "ik_doel", AgendaStap.ZELF_DOEN: "zelf_doen",
                AgendaStap.NETWERK: "netwerk", AgendaStap.ONDERSTEUNING: "ondersteuning",
                AgendaStap.BEHANDELING: "behandeling"}


def stap_velden(stap: AgendaStap) -> list[tuple[str, str]]:
    """The plan's parts a step shows, as (key, heading)."""
    if stap in _PILLAR_PART:
        # a heading with a keyboard buddy reads a lone & as a mnemonic ("School _Werk")
        return [(pillar_key(p, _PILLAR_PART[stap]), PIJLER_NAMEN[p].replace("&", "&&"))
                for p in Pijler]
    if stap is AgendaStap.PERSPECTIEF:
        return [("perspectief", part_label("perspectief")), ("droom", part_label("droom"))]
    if stap is AgendaStap.DOORBRAAK:
        return [(f"doorbraak.{p}", part_label(f"doorbraak.{p}")) for p in DOORBRAAK_PARTS] + \
            [(f"waarden.{w}", value_label(w)) for w in WAARDEN]
    if stap is AgendaStap.VANGNET:
        return [("vangnet", part_label("vangnet"))]
    return []


class StapEditor(QWidget):
    """The current step's parts of the plan; ``opgeslagen`` (a ChangeSet) after each save."""

    opgeslagen = Signal(object)
    fout = Signal(str)

    def __init__(self, controller: AppController, plan: PlanView, jongere: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.plan = plan
        self.jongere = jongere
        self.today: date = controller.services.context.today()
        self.origin = Origin.screen("casus_overleg_plan")
        self._writer = Schrijver.PROFESSIONAL
        self.saver = PlanSaver(controller, plan.latest.id, lambda: self._writer, self,
                               origin=self.origin)
        self.saver.saved.connect(self._saved)
        self.saver.failed.connect(self.fout)
        self.parts: dict[str, TextPart] = {}
        self.pages: dict[AgendaStap, QWidget] = {}
        self._afspraken_box: QVBoxLayout | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        # The step's name, and who is talking at the right; below it where the middle is
        # narrow (960x540 at 200%).
        head = FlowLayout(None, 6, right=True)
        self.titel = QLabel()
        set_role(self.titel, "sectionhead")
        self.titel.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        head.addWidget(self.titel)
        writers = QWidget()
        writer_row = QHBoxLayout(writers)
        writer_row.setContentsMargins(0, 0, 0, 0)
        writer_label = QLabel(self.tr("Who is talking?"))
        set_role(writer_label, "voice")
        self.young_button = QPushButton(icon("writer-young"), jongere)
        self.pro_button = QPushButton(icon("writer-pro"), self.tr("I write (professional)"))
        self.writers = QButtonGroup(self)
        for button, who in ((self.young_button, Schrijver.JONGERE),
                            (self.pro_button, Schrijver.PROFESSIONAL)):
            button.setCheckable(True)
            self.writers.addButton(button)
            button.toggled.connect(lambda on, w=who: self._set_writer(w) if on else None)
        self.pro_button.setChecked(True)
        self.young_button.setToolTip(fill(self.tr("What is typed now are %1's own words"),
                                          jongere))
        writer_row.addWidget(writer_label)
        writer_row.addWidget(self.young_button)
        writer_row.addWidget(self.pro_button)
        head.addWidget(writers)
        layout.addLayout(head)
        self.vraag = QLabel()
        self.vraag.setWordWrap(True)
        set_role(self.vraag, "planintro")
        layout.addWidget(self.vraag)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.stap = AgendaStap.SITUATIESCHETS

    # -- steps --------------------------------------------------------------------------

    def toon_stap(self, stap: AgendaStap) -> None:
        """Show ``stap``'s parts (built the first time)."""
        self.saver.flush()
        self.stap = stap
        self.titel.setText(stap_label(stap))
        self.vraag.setText(stap_vraag(stap, self.jongere))
        if stap is AgendaStap.PERSPECTIEF:
            self.young_button.setChecked(True)  # the young person's words first
        page = self.pages.get(stap)
        if page is None:
            page = self._bouw(stap)
            self.pages[stap] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        if stap is AgendaStap.AFSPRAKEN:
            self._toon_afspraken()

    def _bouw(self, stap: AgendaStap) -> QWidget:
        page = QWidget()
        box = scrolling_page(page, (0, 4, 12, 8), 12)
        inner = box.parentWidget()
        if inner is not None:
            inner.setObjectName("kolomInhoud")  # white, inside the white column
        content = self.plan.latest.content
        for key, heading in stap_velden(stap):
            lines = 4 if key in ("perspectief", "droom") else 2
            part = TextPart(key, lines, heading, part_question(key))
            part.edited.connect(self.saver.text)
            part.set_text(content.text(key))
            part.set_author(content.written_by_professional(key))
            box.addWidget(part)
            self.parts[key] = part
        if stap is AgendaStap.AFSPRAKEN:
            self._afspraken_box = QVBoxLayout()
            self._afspraken_box.setSpacing(6)
            box.addLayout(self._afspraken_box)
        box.addStretch(1)
        return page

    def _toon_afspraken(self) -> None:
        """The plan's afspraken as they stand (new ones are noted below the page)."""
        holder = self._afspraken_box
        if holder is None:
            return
        while holder.count():
            item = holder.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                discard(widget)
        afspraken = self.plan.latest.content.afspraken
        if not afspraken:
            holder.addWidget(muted_note(self.tr(
                "No afspraken in the plan yet. Note the first one below.")))
            return
        for afspraak in afspraken:
            person = self.plan.case.person(afspraak.eigenaar)
            owner = person.naam if person else (afspraak.eigenaar_naam or self.tr("nobody yet"))
            when = fmt_date(afspraak.deadline) if afspraak.deadline else self.tr("no date")
            line = QLabel(fill(self.tr("<b>%1</b><br>%2 · by %3"), escape(afspraak.actie),
                               escape(owner), when))
            line.setWordWrap(True)
            line.setObjectName("afspraakRegel")
            holder.addWidget(line)

    # -- saving -------------------------------------------------------------------------

    def _set_writer(self, who: Schrijver) -> None:
        self.saver.flush()  # what was typed so far belongs to the one who typed it
        self._writer = who

    def _saved(self, result: PlanEditResult) -> None:
        self.plan = result.view
        for key, part in self.parts.items():
            part.set_author(result.view.latest.content.written_by_professional(key))
        self.opgeslagen.emit(result.changes)

    def herlaad(self) -> None:
        """Read the plan again (an afspraak was noted: it may have started a new version)."""
        if not self.saver.flush():
            return
        try:
            plan = self._controller.services.plans.for_case(self.plan.case.casus_id)
        except TafelError as error:
            self.fout.emit(error.message)
            return
        if plan is None:
            return
        self.plan = plan
        self.saver.version_id = plan.latest.id
        content = plan.latest.content
        for key, part in self.parts.items():
            part.set_text(content.text(key))
        if self.stap is AgendaStap.AFSPRAKEN:
            self._toon_afspraken()

    def flush(self) -> bool:
        """Save what waits now (closing the page, a lock)."""
        return self.saver.flush()

    @property
    def content(self) -> PlanContent:
        """The plan's newest content as this screen knows it."""
        return self.plan.latest.content

    @property
    def plan_id(self) -> uuid.UUID:
        """The plan being written."""
        return self.plan.plan_id
