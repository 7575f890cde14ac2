"""The toekomstplan editor: written with the young person beside you, saved as it is typed.

The perspectief comes first, then a section per Big 5 pillar, the afspraken, the doorbraak
with its cost comparison, the vangnet and evaluation, and the signatures. Every change is
saved as it is made (:class:`~tafel.ui.plan.plan_saver.PlanSaver`). A signed version is
shown read-only: to change it, make a new version. Older versions can be looked at, never
changed. Keyboard: Tab through the fields, Ctrl+PgDown / Ctrl+PgUp (or Alt+Right /
Alt+Left) between sections.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tafel.domain.plan_content import Schrijver, VersieStatus
from tafel.errors import TafelError
from tafel.services import ChangeSet
from tafel.services.changes import Origin
from tafel.services.plans import PlanEditResult
from tafel.ui.casus.checklist18_section import add_plan_button
from tafel.ui.casus.formatting import fmt_date
from tafel.ui.controller import AppController
from tafel.ui.i18n import fill
from tafel.ui.icons import icon
from tafel.ui.plan.editor_afspraken import AfsprakenSection
from tafel.ui.plan.editor_base import EditorContext, PlanSection
from tafel.ui.plan.editor_doorbraak import DoorbraakSection
from tafel.ui.plan.editor_perspective import PerspectiveSection
from tafel.ui.plan.editor_pillar import PillarSection
from tafel.ui.plan.editor_signatures import SignaturesSection
from tafel.ui.plan.editor_vangnet import SafetySection
from tafel.ui.plan.editor_version_bar import PlanBanner, PlanHeader
from tafel.ui.plan.plan_conflicts import PlanConflicts
from tafel.ui.plan.plan_nav import PlanNav
from tafel.ui.plan.plan_saver import PlanSaver
from tafel.ui.style import set_role
from tafel.ui.widgets.unsaved_banner import UnsavedBanner
from tafel.views.plans import PlanVersieView, PlanView


class PlanPage(QWidget):
    """One case's toekomstplan; emits ``closed`` (the case id) when the person leaves it."""

    closed = Signal(object)

    def __init__(self, controller: AppController, view: PlanView,
                 parent: QWidget | None = None, *, in_steps: bool = False) -> None:
        """The page with every section.

        ``in_steps``: only its frame; the sections follow step by step from :attr:`building`.
        """
        super().__init__(parent)
        self.setObjectName("PlanPage")
        self._controller = controller
        services = controller.services
        self.view = view
        self.shown_id: uuid.UUID = view.latest.id
        self._writer = Schrijver.JONGERE
        #: This page's writes come back in ChangeSets marked with it (see Workspace).
        self.origin = Origin.screen("toekomstplan")
        self.saver = PlanSaver(controller, view.latest.id, lambda: self._writer, self,
                               origin=self.origin)
        self.ctx = EditorContext(
            self.saver, view, services.gesprekken.today(),
            services.gesprekken.library.newest(),
            services.gesprekken.history(view.case.casus_id),
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.header = PlanHeader(view.case.jongere.naam)
        self._show_corrections()
        layout.addWidget(self.header)
        self.checklist18_button = add_plan_button(
            self.header, controller, view.case.casus_id, view.case.jongere.naam.split()[0],
            [p.naam for p in view.case.people if p.einddatum is None])
        self.banner = PlanBanner()
        self.banner.action.connect(self._banner_action)
        layout.addWidget(self.banner)
        self.built = False  # every section made (a merge may reload the page only then)
        self.conflicts = PlanConflicts(self, controller)
        self.ctx.open_conflicts = self.conflicts.open
        layout.addWidget(self.conflicts.banner)
        self.unsaved = UnsavedBanner()
        layout.addWidget(self.unsaved)
        self.message = QLabel()
        self.message.setObjectName("planMessage")
        self.message.setWordWrap(True)
        set_role(self.message, "error")
        self.message.hide()
        layout.addWidget(self.message)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        layout.addLayout(body, 1)
        self.nav = PlanNav()
        self.nav.setAccessibleName(self.tr("Sections of the toekomstplan"))
        body.addWidget(self.nav)
        self.stack = QStackedWidget()
        body.addWidget(self.stack, 1)

        self.perspective: PerspectiveSection
        self.pillars: list[PillarSection] = []
        self.afspraken: AfsprakenSection
        self.doorbraak: DoorbraakSection
        self.safety: SafetySection
        self.signatures: SignaturesSection
        self.sections: list[PlanSection] = []

        self.saver.saved.connect(self._saved)
        self.saver.failed.connect(self.show_error)
        self.saver.blocked.connect(self._show_blocked)
        self.header.writer_changed.connect(self._writer_changed)
        self.header.version_chosen.connect(self.show_version)
        self.header.ready_clicked.connect(self._toggle_ready)
        self.header.sign_clicked.connect(self.sign)
        self.header.compare_clicked.connect(self.compare)
        self.header.print_clicked.connect(self.print_plan)
        self.header.close_clicked.connect(self.close_page)
        for keys, delta in (("Ctrl+PgDown", 1), ("Alt+Right", 1), ("Ctrl+PgUp", -1),
                            ("Alt+Left", -1)):
            QShortcut(QKeySequence(keys), self).activated.connect(lambda d=delta: self.go(d))
        # The sections still to build, a step each (see :meth:`_build_sections`).
        self.building: Iterator[None] = self._build_sections()
        if not in_steps:
            self.finish_building()

    def finish_building(self) -> None:
        """Build whatever sections are still missing, now."""
        for _step in self.building:
            pass

    def _build_sections(self) -> Iterator[None]:
        """Build and fill the sections one at a time, then show the first.

        A plan has eleven sections of many fields; building them all in one go held the
        window for a second or more on a slow laptop. Run one step per turn of the event loop
        (:meth:`tafel.ui.background.Runner.run_steps`), the window keeps repainting.
        """
        self.ctx.view = self.view
        self.saver.version_id = self.shown_id
        self.perspective = PerspectiveSection(self.ctx, self.stack)
        yield from self._add(self.perspective)
        for pillar in self.ctx.instrument.pillars:
            section = PillarSection(self.ctx, pillar, self.stack)
            self.pillars.append(section)
            yield from self._add(section)
        self.afspraken = AfsprakenSection(self.ctx, self.stack)
        yield from self._add(self.afspraken)
        self.doorbraak = DoorbraakSection(self.ctx, self.stack)
        yield from self._add(self.doorbraak)
        self.safety = SafetySection(self.ctx, self.stack)
        self.safety.rhythm_changed.connect(self._controller.publish)
        self.safety.failed.connect(self.show_error)
        yield from self._add(self.safety)
        self.signatures = SignaturesSection(self.ctx, self.stack)
        self.signatures.sign_requested.connect(self.sign)
        yield from self._add(self.signatures)
        self.nav.currentRowChanged.connect(self._show_section)
        self.built = True
        self._show_state()
        self.nav.setCurrentRow(0)

    def _add(self, section: PlanSection) -> Iterator[None]:
        """Put a new section in the page and fill it with the version on screen (in steps).

        Sections are made inside the page (``self.stack`` as parent) and filled there: a
        filled section moved into the page would get the style sheet again, field by field.
        """
        self.stack.addWidget(section)
        self.nav.addItem(QListWidgetItem(icon(section.icon_name), section.title_text))
        self.sections.append(section)
        yield  # made; filled in the next step(s)
        section.set_editable(self.editable_in(section))
        yield from section.load_steps(self.version)

    # -- state --------------------------------------------------------------------------

    @property
    def case_id(self) -> uuid.UUID:
        """The case this plan belongs to."""
        return self.view.case.casus_id

    @property
    def version(self) -> PlanVersieView:
        """The version on screen."""
        return self.view.version_by_id(self.shown_id) or self.view.latest

    @property
    def editable(self) -> bool:
        """Only the newest version, while it is a concept or out for signing, can change."""
        shown = self.version
        return shown.id == self.view.latest.id and shown.status.is_editable

    def editable_in(self, section: PlanSection) -> bool:
        """Editable, and a part this vault holds (a plan read in may lack some)."""
        return self.editable and section.holds(self.version)

    @property
    def current_index(self) -> int:
        """The section on screen."""
        return self.stack.currentIndex()

    # -- showing ------------------------------------------------------------------------

    def _load(self) -> None:
        """Show the chosen version in every section (a version was chosen or reloaded)."""
        self.ctx.view = self.view
        self.saver.version_id = self.shown_id
        for section in self.sections:
            section.set_editable(self.editable_in(section))
            section.load(self.version)
        self._show_state()

    def _show_state(self) -> None:
        shown = self.version
        editable = self.editable
        self.header.show_plan(self.view, shown, editable)
        self.signatures.set_signable(shown.id == self.view.latest.id
                                     and shown.status is not VersieStatus.VERVANGEN)
        self._show_banner(shown)
        self.conflicts.show_for(shown)
        self.nav.mark(self.sections, self.view, shown, self.ctx.today)

    def _show_banner(self, shown: PlanVersieView) -> None:
        if shown.status is VersieStatus.GETEKEND:
            self.banner.show_message(
                "signed",
                fill(self.tr("This plan was signed on %1. To change something, make a new "
                             "version."), fmt_date(shown.getekend_op)),
                self.tr("Make a new version"), "new-version",
            )
        elif shown.status is VersieStatus.VERVANGEN:
            self.banner.show_message(
                "replaced",
                fill(self.tr("You are looking at version %1. It was replaced by version %2 and "
                             "cannot change any more."), shown.nummer, self.view.latest.nummer),
                self.tr("Go to the newest version"),
            )
        elif (names := self._resign_names(shown)):
            self.banner.show_message(
                "outdated",
                fill(self.tr("%1 signed an earlier text; ask them to sign again."),
                     ", ".join(names)),
            )
        else:
            self.banner.hide()

    def _resign_names(self, shown: PlanVersieView) -> list[str]:
        """Who signed an older text of this version and has not signed the current one."""
        current = {s.sleutel for s in shown.current_signatures}
        names: list[str] = []
        for signature in shown.outdated_signatures:
            if signature.sleutel not in current and signature.naam not in names:
                names.append(signature.naam)
        return names

    # -- moving -------------------------------------------------------------------------

    def go(self, delta: int) -> None:
        """Move ``delta`` sections on or back."""
        target = max(0, min(len(self.sections) - 1, self.current_index + delta))
        self.nav.setCurrentRow(target)

    def show_section(self, section: PlanSection) -> None:
        """Open one section."""
        self.nav.setCurrentRow(self.sections.index(section))

    def _show_section(self, index: int) -> None:
        if index < 0:
            return
        self.flush()
        self.stack.setCurrentIndex(index)
        self.focus_current()

    def focus_current(self) -> None:
        """Put the keyboard in the current section's first field."""
        field = self.sections[self.current_index].first_field()
        if field is not None and field.isEnabled():
            field.setFocus()

    def show_version(self, version_id: object) -> None:
        """Look at another version (older ones read-only); not while typing waits to be saved."""
        if not isinstance(version_id, uuid.UUID) or version_id == self.shown_id:
            return
        if not self.flush() and self.saver.is_blocked:
            self._show_state()  # the version chooser goes back to the version being written
            return
        self.shown_id = version_id
        self._load()

    # -- saving -------------------------------------------------------------------------

    def flush(self) -> bool:
        """Save what is still waiting; False when saving failed."""
        return self.saver.flush()

    def _show_blocked(self, sentence: str) -> None:
        """The vault cannot be written (a full disk): say so calmly; the fields keep the text."""
        self.unsaved.show_problem(sentence)
        if sentence:
            self.header.show_saved(self.tr("Not saved yet"))

    def _writer_changed(self, who: Schrijver) -> None:
        self.flush()  # what was typed so far belongs to the one who typed it
        self._writer = who

    def _saved(self, result: PlanEditResult) -> None:
        was = self.version.nummer
        self.view = result.view
        self.ctx.view = result.view
        self.shown_id = result.version_id
        self._controller.publish(result.changes)
        self.message.hide()
        shown = self.version
        for section in self.sections:
            section.refresh(shown)
        if result.new_version:
            for section in self.sections:
                section.set_editable(self.editable_in(section))
            self.show_notice(
                fill(self.tr("Version %1 was signed, so this change starts version %2."),
                     was, shown.nummer)
            )
        self._show_state()
        self.header.show_saved(
            fill(self.tr("Saved at %1"), datetime.now().strftime("%H:%M:%S"))
        )

    def take_choice(self, result: PlanEditResult) -> None:
        """A point was chosen in the conflict dialog (saved and published there): show it."""
        self.view = result.view
        self.shown_id = result.version_id
        self._load()

    def show_error(self, message: str) -> None:
        """One Dutch sentence about what went wrong; the fields keep what was typed."""
        set_role(self.message, "error")
        self.message.setText(message)
        self.message.show()

    def show_notice(self, message: str) -> None:
        """A sentence that is not an error (a new version was made)."""
        set_role(self.message, "notice")
        self.message.setText(message)
        self.message.show()

    def reload(self) -> None:
        """Read the plan again (after signing, printing or a status change).

        Not while typed text waits for a vault that cannot be written: reading the plan
        again would put the vault's older text back in the fields.
        """
        if not self.flush() and self.saver.is_blocked:
            return
        try:
            view = self._controller.services.plans.for_case(self.case_id)
        except TafelError as error:
            self.show_error(error.message)
            return
        if view is None:
            return
        self.view = view
        self._show_corrections()
        if view.version_by_id(self.shown_id) is None:
            self.shown_id = view.latest.id
        self._load()

    def _show_corrections(self) -> None:
        """The texts corrected on request (AVG art. 16/17), under the version, when any."""
        corrections = self._controller.services.tekstcorrectie.voor_casus(self.case_id)
        self.header.show_corrections([c.zin for c in corrections])

    # -- acting -------------------------------------------------------------------------

    def _apply(self, action: Callable[[], object]) -> bool:
        if not self.flush():
            return False
        try:
            result = action()
        except TafelError as error:
            self.show_error(error.message)
            return False
        if isinstance(result, ChangeSet):
            self._controller.publish(result)
        self.message.hide()
        return True

    def _toggle_ready(self) -> None:
        target = (VersieStatus.CONCEPT if self.version.status is VersieStatus.TER_ONDERTEKENING
                  else VersieStatus.TER_ONDERTEKENING)
        if target is VersieStatus.TER_ONDERTEKENING and self.flush() \
                and self.conflicts.wait_before_signing():
            return
        plans = self._controller.services.plans
        if self._apply(lambda: plans.set_status(self.shown_id, target, origin=self.origin)):
            self.reload()

    def make_new_version(self) -> None:
        """Start a new concept from the signed version on screen."""
        plans = self._controller.services.plans
        results: list[PlanEditResult] = []
        if self._apply(lambda: results.append(plans.new_version(self.shown_id,
                                                                origin=self.origin))):
            self._controller.publish(results[0].changes)
            self.view = results[0].view
            self.shown_id = results[0].version_id
            self._load()
            self.focus_current()

    def _banner_action(self) -> None:
        if self.version.status is VersieStatus.GETEKEND:
            self.make_new_version()
        elif self.version.status is VersieStatus.VERVANGEN:
            self.show_version(self.view.latest.id)

    def sign(self, kept: dict[str, Any] | None = None) -> None:
        """Open the signature pad for the version on screen (``kept``: as a lock left it)."""
        if not self.flush() or (kept is None and self.conflicts.wait_before_signing()):
            return
        from tafel.ui.plan.sign_dialog import SignDialog  # loaded on first use

        dialog = SignDialog(self._controller, self.view, self.version, self, kept=kept)
        if kept is None:
            dialog.exec()
            self.reload()
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.reload())
        dialog.open()

    def compare(self) -> None:
        """Set two versions side by side, per section."""
        if not self.flush():
            return
        from tafel.ui.plan.compare_dialog import CompareDialog  # loaded on first use

        shown = self.version.nummer
        left = shown - 1 if self.view.version(shown - 1) is not None else None
        CompareDialog(self.view, left, shown, self).exec()
        self.reload()

    def print_plan(self) -> None:
        """Preview, print or save the version on screen as PDF."""
        if not self.flush():
            return
        from tafel.ui.plan.print_preview import PrintPreviewDialog  # loaded on first use

        PrintPreviewDialog(self._controller, self.shown_id, self).exec()
        self.reload()

    def close_page(self) -> None:
        """Save and go back to the case; stay while what was typed cannot be saved yet."""
        if not self.flush() and self.saver.is_blocked:
            return  # the banner says why; leaving would throw the text away
        self.closed.emit(self.case_id)
