"""The plan page's part in choosing between values filled in apart.

The page shows the banner while the newest version has points to choose, opens the conflict
dialog (from the banner or from a mark on a point), and takes each choice in as soon as it is
saved, so the banner, the marks and the fields follow. Signing and "Ready to sign" wait while
a point is open: a text in which one thing still has two values cannot be signed. Instead of
only refusing, the page says why and offers to choose now.

The plan also changes without this page's hand: a bundle of another party is merged. Such a
change (published with the case's id, not made by a screen) reloads the page, so a conflict
that comes in is shown at once.
"""

from __future__ import annotations

import uuid
from typing import Protocol, cast

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from tafel.domain.records import RecordKind
from tafel.services import ChangeSet
from tafel.services.changes import Origin, OriginKind
from tafel.services.plans import PlanEditResult
from tafel.ui.controller import AppController
from tafel.ui.plan.conflict_dialog import ConflictDialog
from tafel.ui.plan.conflict_labels import punten
from tafel.ui.plan.editor_base import EditorContext
from tafel.ui.plan.editor_version_bar import PlanHeader
from tafel.ui.plan.plan_saver import PlanSaver
from tafel.ui.widgets.conflict_marks import ConflictBanner
from tafel.views.plans import PlanVersieView, PlanView


class PlanHost(Protocol):
    """What this needs of the plan page (a protocol: the page imports this module)."""

    view: PlanView
    shown_id: uuid.UUID
    ctx: EditorContext
    saver: PlanSaver
    header: PlanHeader
    origin: Origin
    built: bool

    @property
    def version(self) -> PlanVersieView: ...

    @property
    def editable(self) -> bool: ...

    @property
    def case_id(self) -> uuid.UUID: ...

    def flush(self) -> bool: ...

    def reload(self) -> None: ...

    def take_choice(self, result: PlanEditResult) -> None: ...


class PlanConflicts(QObject):
    """Banner, dialog and the wait before signing, for one plan page."""

    def __init__(self, page: PlanHost, controller: AppController) -> None:
        super().__init__(cast(QObject, page))
        self.page = page
        self.controller = controller
        self.banner = ConflictBanner()
        self.banner.open_requested.connect(lambda: self.open())
        self.dialog: ConflictDialog | None = None
        controller.data_changed.connect(self._data_changed)

    def count(self) -> int:
        """Points still to choose in the version on screen (none in a version that is fixed)."""
        return len(punten(self.page.version.conflicts)) if self.page.editable else 0

    def show_for(self, shown: PlanVersieView) -> None:
        """The banner for the version on screen."""
        self.banner.show_count(self.count() if shown.id == self.page.version.id else 0)

    def open(self, focus: str = "") -> None:
        """The dialog, at the point about ``focus`` (an item or field prefix) if given."""
        page = self.page
        if not page.flush() and page.saver.is_blocked:
            return  # typed text waits for the vault; choosing now would read an older plan
        if self.dialog is not None:
            self.dialog.focus_on(focus)
            self.dialog.activateWindow()
            return
        dialog = ConflictDialog(self.controller, page.view, page.shown_id,
                                page.ctx.instrument, page.ctx.today, origin=page.origin,
                                schrijver=page.header.schrijver(),
                                parent=cast(QWidget, page))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.settled.connect(page.take_choice)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()
        dialog.activateWindow()
        dialog.focus_on(focus)

    def _closed(self, _result: int) -> None:
        self.dialog = None
        if self.controller.is_unlocked:  # (a lock closes the dialog too)
            self.page.reload()

    def wait_before_signing(self) -> bool:
        """True when signing must wait; the person is told why and may choose now."""
        count = self.count()
        if not count:
            return False
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("First choose"), self.tr(
            "There is still %n point open on which different things were filled in. Signing "
            "waits until you have chosen for each point what it will be.", "", count),
            parent=cast(QWidget, self.page))
        choose = box.addButton(self.tr("&Look and choose"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(choose)
        box.exec()
        if box.clickedButton() is choose:
            self.open()
        return True

    def _data_changed(self, changes: ChangeSet) -> None:
        """A merge (or another process) changed this plan: show it, with its conflicts."""
        page = self.page
        if changes.origin.kind is OriginKind.SCREEN or not page.built \
                or page.case_id not in changes.casus_ids \
                or not changes.touches(RecordKind.PLANVERSIE):
            return  # a screen's own change comes back through that screen
        page.reload()
