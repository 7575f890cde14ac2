"""The unlocked workspace: the case list beside the overview of the chosen case.

Built when the vault unlocks and destroyed when it locks, so no view of case data outlives
the key.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tafel.domain.records import RecordKind
from tafel.errors import TafelError
from tafel.services import ChangeSet
from tafel.services.changes import Origin
from tafel.ui.backup.herinnering_band import BackupHerinneringBand
from tafel.ui.bundels.wachtend import WachtendeBundelsBand
from tafel.ui.casus.casus_overview import CasusOverviewPage
from tafel.ui.casus_list_panel import CasusListPanel
from tafel.ui.controller import AppController
from tafel.ui.icons import icon
from tafel.ui.log_warning import LogWarning
from tafel.ui.style import set_role
from tafel.ui.zoom import follow_font, widen_pane

CASE_LIST = Origin.screen("casuslijst")
PLAN_OPENED = Origin.screen("toekomstplan")  # (the page makes its own for what it writes)

if TYPE_CHECKING:
    from collections.abc import Generator

    from tafel.ui.background import Job
    from tafel.ui.gesprek.gesprek_page import GesprekPage
    from tafel.ui.overleg.begin import OverlegStart
    from tafel.ui.overleg.control_page import OverlegPage
    from tafel.ui.plan.plan_page import PlanPage


class Workspace(QWidget):
    """Case list and case overview side by side."""

    #: The waiting bundles' list asked to read a bundle (the window's Read bundle).
    bundle_read_requested = Signal()

    def __init__(self, controller: AppController, parent: QWidget | None = None, *,
                 load: bool = True) -> None:
        """``load=False`` builds it empty (no case data), to be filled by :meth:`load`.

        The main window builds it that way while the key is derived, so the unlock itself
        only fills it in.
        """
        super().__init__(parent)
        self.setObjectName("Workspace")
        self._controller = controller
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.log_warning = LogWarning(controller)  # hidden unless the log was changed
        layout.addWidget(self.log_warning)
        self.bundel_band = WachtendeBundelsBand(controller)  # hidden while none waits
        self.bundel_band.show_requested.connect(self.show_waiting_bundles)
        layout.addWidget(self.bundel_band)
        self.backup_band = BackupHerinneringBand(controller)  # hidden while a backup is recent
        layout.addWidget(self.backup_band)
        self.wachtend_dialog: QDialog | None = None
        self.pages = QStackedWidget()
        layout.addWidget(self.pages)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.pages.addWidget(splitter)
        self.browse = splitter
        self.gesprek: GesprekPage | None = None
        self.plan_page: PlanPage | None = None
        self.overleg_page: OverlegPage | None = None  # a casus-overleg running
        self.overleg_start: OverlegStart | None = None
        self.verslag_dialog: QDialog | None = None  # the last gespreksverslag shown
        self._plan_request: Job[PlanPage | None] | None = None
        self._plan_request_case: uuid.UUID | None = None

        self.case_list = CasusListPanel()
        splitter.addWidget(self.case_list)

        self.detail = QStackedWidget()
        self.empty_state = self._make_empty_state()
        self.overview = CasusOverviewPage(controller)
        self.detail.addWidget(self.empty_state)
        self.detail.addWidget(self.overview)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        splitter.setSizes([700, 666])
        # At 150% on 1920x1080 (1280 logical pixels) the list gives way, not the overview:
        # its buttons and sections need about 630 pixels or it scrolls sideways.
        self.detail.setMinimumWidth(650)
        follow_font(self.detail, lambda factor: widen_pane(splitter, 1, round(650 * factor)))

        self.case_list.case_selected.connect(self.open_case)
        self.overview.conversation_requested.connect(self.start_gesprek)
        self.overview.verslag_requested.connect(self.show_verslag)
        self.overview.plan_requested.connect(self.request_plan)
        self.overview.overleg_requested.connect(self.request_overleg)
        controller.data_changed.connect(self.on_data_changed)
        if load:
            self.load()

    def load(self) -> None:
        """Fill the workspace from the vault just unlocked (the list's access is logged)."""
        self.log_warning.refresh()
        self.bundel_band.refresh()
        self.backup_band.refresh()
        self.reload(shown=True)

    def _make_empty_state(self) -> QWidget:
        empty = QWidget()
        box = QVBoxLayout(empty)
        box.addStretch(1)
        glyph = QLabel()
        glyph.setPixmap(icon("empty").pixmap(QSize(64, 64)))
        glyph.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(self.tr("Choose a case in the list to see the household, network, "
                              "consent and existing care."))
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(text, "muted")
        box.addWidget(glyph)
        box.addWidget(text)
        box.addStretch(1)
        return empty

    def reload(self, shown: bool = False) -> None:
        """Read the case list again from the vault.

        ``shown``: the list is put in front of someone (once per unlock), so the access is
        logged; refreshing it after a change is not a new access.
        """
        self.case_list.model.set_rows(self._controller.services.casussen.summaries(
            shown=shown, origin=CASE_LIST))

    def open_case(self, case_id: uuid.UUID) -> None:
        """Show one case's overview."""
        self.overview.show_case(case_id)
        self.detail.setCurrentWidget(self.overview)

    def go_to_case(self, case_id: uuid.UUID) -> None:
        """Back to the case list with ``case_id`` open (after a bundle brought it in)."""
        self.close_overleg()
        self.close_plan()
        self.close_gesprek()
        self.reload()
        if not self.case_list.select_case(case_id) or self.overview.case_id != case_id:
            self.open_case(case_id)

    def show_waiting_bundles(self) -> None:
        """The list of bundles that wait for an earlier one, and what each waits for."""
        from tafel.ui.bundels.wachtend import WachtendeBundelsDialog

        if not self._controller.is_unlocked:
            return
        dialog = WachtendeBundelsDialog(self._controller, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.read_requested.connect(self.bundle_read_requested)
        dialog.finished.connect(lambda _result: setattr(self, "wachtend_dialog", None))
        self.wachtend_dialog = dialog
        dialog.open()

    def start_gesprek(self, case_id: uuid.UUID) -> None:
        """Open the case's keukentafelgesprek: the draft in progress, or a new one."""
        from tafel.domain.enums import GesprekSoort
        from tafel.ui.gesprek.gesprek_page import GesprekPage

        try:
            lopend = self._controller.services.gesprekken.start(
                case_id, GesprekSoort.KEUKENTAFELGESPREK
            ).lopend
        except TafelError as error:
            self.overview.show_error(error.message)
            return
        self.close_gesprek()
        self.gesprek = GesprekPage(self._controller, lopend)
        self.gesprek.closed.connect(self._gesprek_closed)
        self.gesprek.finished.connect(self._offer_verslag)  # (always a keukentafelgesprek)
        self.pages.addWidget(self.gesprek)
        self.pages.setCurrentWidget(self.gesprek)
        self.gesprek.focus_current()

    def close_gesprek(self) -> None:
        """Save and remove the conversation page, if one is open."""
        if self.gesprek is None:
            return
        self.gesprek.flush()
        self._drop_page(self.gesprek)
        self.gesprek = None
        self.pages.setCurrentWidget(self.browse)

    def _offer_verslag(self, gesprek_id: uuid.UUID) -> None:
        """Right after a keukentafelgesprek: its verslag, to print for the household."""
        QTimer.singleShot(0, lambda: self.show_verslag(gesprek_id))

    def show_verslag(self, gesprek_id: uuid.UUID) -> None:
        """The gespreksverslag of one finished keukentafelgesprek, to print or save."""
        from tafel.ui.gesprek.verslag_dialog import VerslagDialog

        if not self._controller.is_unlocked:
            return
        dialog = VerslagDialog(self._controller, gesprek_id, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "verslag_dialog", None))
        self.verslag_dialog = dialog
        dialog.open()

    def _gesprek_closed(self, case_id: uuid.UUID) -> None:
        self.close_gesprek()
        self.reload()
        if not self.case_list.select_case(case_id):
            self.open_case(case_id)

    def open_plan(self, case_id: uuid.UUID) -> None:
        """Open the case's toekomstplan at once, starting it (version 1, a concept) if none.

        For a form kept over a lock, scripts and tests; the case view asks
        :meth:`request_plan`, which keeps the window responsive.
        """
        self._cancel_plan_request()
        steps = self._plan_steps(case_id)
        while True:
            try:
                next(steps)
            except StopIteration as done:
                self._show_plan(done.value)
                return

    def request_plan(self, case_id: uuid.UUID) -> None:
        """Open the case's toekomstplan step by step: the window repaints in between.

        Building the editor's many fields takes a second or more on a slow laptop; after half
        a second a small dialog says the plan is being opened.
        """
        if self._plan_request is not None and self._plan_request.running:
            if self._plan_request_case == case_id:
                return  # clicked twice
            self._plan_request.cancel()
        from tafel.ui.background import BusyDialog

        busy = BusyDialog(self.window(), self.tr("Opening the plan…"))
        self._plan_request_case = case_id
        self._plan_request = self._controller.background.run_steps(
            self._plan_steps(case_id), self._show_plan, self._plan_failed, busy=busy)

    def _cancel_plan_request(self) -> None:
        if self._plan_request is not None:
            self._plan_request.cancel()
            self._plan_request = None

    def _plan_steps(self, case_id: uuid.UUID) -> Generator[None, None, PlanPage | None]:
        """Read the plan, then build its page a section per step; None when it cannot open."""
        from tafel.ui.plan.plan_page import PlanPage

        plans = self._controller.services.plans
        try:
            view = plans.for_case(case_id, shown=True, origin=PLAN_OPENED)
            if view is None:
                view = plans.start(case_id).view
        except TafelError as error:
            self.overview.show_error(error.message)
            return None
        yield
        page = PlanPage(self._controller, view, in_steps=True)
        try:
            self.pages.addWidget(page)  # hidden behind the case list until it is done
            yield
            yield from page.building
        except BaseException:  # cancelled (a lock) or failed: nothing half-built stays
            self._drop_page(page)
            raise
        return page

    def _show_plan(self, page: PlanPage | None) -> None:
        self._plan_request = None
        if page is None:
            return
        self.close_plan()
        self.plan_page = page
        page.closed.connect(self._plan_closed)
        self.pages.addWidget(page)  # (already there when built in steps)
        self.pages.setCurrentWidget(page)
        page.focus_current()

    def _plan_failed(self, error: BaseException) -> None:
        from tafel.ui.background import explain

        self._plan_request = None
        self.overview.show_error(explain(error))

    def close_plan(self) -> None:
        """Save and remove the plan page, if one is open."""
        if self.plan_page is None:
            return
        self.plan_page.flush()
        self._drop_page(self.plan_page)
        self.plan_page = None
        self.pages.setCurrentWidget(self.browse)

    def _plan_closed(self, case_id: uuid.UUID) -> None:
        self.close_plan()
        self.reload()  # the case view catches up with everything saved in the plan
        if not self.case_list.select_case(case_id):
            self.open_case(case_id)

    # -- the casus-overleg ---------------------------------------------------------------

    def request_overleg(self, case_id: uuid.UUID) -> None:
        """Start a casus-overleg for the case (or go on with the one still open)."""
        from tafel.ui.overleg.begin import OverlegStart

        if not self._controller.is_unlocked:
            return
        if self.overleg_page is not None:
            self.pages.setCurrentWidget(self.overleg_page)  # one meeting at a time
            return
        self.close_plan()
        self.close_gesprek()
        start = OverlegStart(self._controller, case_id, self.window())
        start.begonnen.connect(self._show_overleg)
        start.fout.connect(self.overview.show_error)
        self.overleg_start = start
        start.vraag()

    def _show_overleg(self, page: OverlegPage) -> None:
        self.close_plan()
        self.close_gesprek()
        self.overleg_page = page
        page.closed.connect(self._overleg_closed)
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)

    def close_overleg(self) -> None:
        """Take the wall down, save, and remove the control page, if a meeting is on."""
        if self.overleg_page is None:
            return
        page, self.overleg_page = self.overleg_page, None
        page.stop()
        self._drop_page(page)
        self.pages.setCurrentWidget(self.browse)

    def _overleg_closed(self, case_id: uuid.UUID) -> None:
        self.close_overleg()
        self.reload()
        if not self.case_list.select_case(case_id):
            self.open_case(case_id)

    def on_data_changed(self, changes: ChangeSet) -> None:
        """Refresh the list, and the overview when its case changed."""
        if not self._controller.is_unlocked:
            return
        if self.plan_page is not None or self.overleg_page is not None:
            # the plan saves as it is typed: the case view is refreshed (and its viewing
            # logged) once, when the plan closes, not at every word
            return
        current = self.overview.case_id
        self.reload()
        if RecordKind.VERNIETIGING in changes.kinds and current in changes.casus_ids:
            self.overview.clear()  # the case is gone: nothing of it stays on the screen
            self.detail.setCurrentWidget(self.empty_state)
            return
        target = changes.primary_id if changes.primary_id in changes.casus_ids else current
        if target is not None and not self.case_list.select_case(target):
            self.open_case(target)  # filtered out of the list, but still the case at hand

    def _drop_page(self, page: QWidget) -> None:
        """Take a page off the screen now and delete it when Qt is ready.

        Not :func:`discard`: taking a whole page out of its parent sends every widget in it
        a change of parent, about 70 ms for a plan, paid at every close and every lock.
        """
        self.pages.removeWidget(page)
        page.hide()
        page.deleteLater()

    def clear(self) -> None:
        """Forget every row and the open case (on lock)."""
        self._cancel_plan_request()
        self.close_overleg()
        if self.gesprek is not None:
            self._drop_page(self.gesprek)
            self.gesprek = None
        if self.plan_page is not None:
            self._drop_page(self.plan_page)
            self.plan_page = None
        self.case_list.model.clear()
        self.overview.clear()
