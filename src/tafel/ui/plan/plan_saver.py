"""Saving the toekomstplan as it is typed: text shortly after typing stops, choices at once.

The young person writes beside you, so nothing typed may be lost: free text (and typed
amounts) waits 400 ms after the last key, then goes to ``services.plans.edit`` as one
:class:`~tafel.domain.plan_doc.SetText` (the CRDT stores only the changed span). A choice, a
date, a score, adding or removing a row is saved at once, after whatever text is still
waiting, so edits reach the vault in the order they were made. Leaving a section, closing
the page and locking the vault flush at once, the way the keukentafelgesprek's
:class:`~tafel.ui.intake.draft_saver.DraftSaver` does.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from tafel.domain.plan_content import Schrijver
from tafel.domain.plan_doc import PlanEdit, SetText
from tafel.errors import TafelError
from tafel.services.plans import PlanEditResult, PlanService
from tafel.ui.controller import AppController

AUTOSAVE_MS = 400


class PlanSaver(QObject):
    """Keeps one plan version saved; emits ``saved`` (a PlanEditResult) or ``failed``."""

    saved = Signal(object)  # PlanEditResult
    failed = Signal(str)

    def __init__(self, controller: AppController, version_id: uuid.UUID,
                 schrijver: Callable[[], Schrijver], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.version_id = version_id
        self._schrijver = schrijver
        # Waiting edits by slot ("text:perspectief", "afspraak:<id>:actie"): the newest
        # edit of a slot replaces an older one, so a typed word is one save, not five.
        self._pending: dict[str, PlanEdit] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)
        controller.about_to_lock.connect(self.flush)

    @property
    def plans(self) -> PlanService:
        """The plan service of the open vault (for the few calls that are not edits)."""
        return self._controller.services.plans

    @property
    def is_dirty(self) -> bool:
        """Whether anything typed is still waiting to be saved."""
        return bool(self._pending)

    def text(self, key: str, text: str) -> None:
        """A free-text part changed; it is saved shortly."""
        self.later(f"text:{key}", SetText(key, text))

    def later(self, slot: str, edit: PlanEdit) -> None:
        """Save ``edit`` shortly, replacing an edit of the same slot that still waits."""
        self._pending.pop(slot, None)
        self._pending[slot] = edit
        self._timer.start()

    def now(self, *edits: PlanEdit) -> PlanEditResult | None:
        """Save what waits and ``edits`` at once; None when saving failed (``failed`` says why)."""
        return self._save(list(self._pending.values()) + list(edits))

    def flush(self) -> bool:
        """Save now if anything waits; False when saving failed."""
        self._timer.stop()
        if not self._pending:
            return True
        return self._save(list(self._pending.values())) is not None

    def forget(self) -> None:
        """Drop what waits (the page shows another version now)."""
        self._timer.stop()
        self._pending.clear()

    def _save(self, edits: list[PlanEdit]) -> PlanEditResult | None:
        self._timer.stop()
        self._pending.clear()
        if not edits or not self._controller.is_unlocked:
            return None
        plans = self._controller.services.plans
        try:
            result = plans.edit(self.version_id, *edits, schrijver=self._schrijver())
        except TafelError as error:
            if len(edits) == 1:
                self.failed.emit(error.message)
                return None
            # one bad value (an impossible amount) must not cost the other edits: one by one
            partial, message = self._one_by_one(edits)
            if partial is not None:
                self.saved.emit(partial)
            self.failed.emit(message)
            return None
        self.version_id = result.version_id
        self.saved.emit(result)
        return result

    def _one_by_one(self, edits: list[PlanEdit]) -> tuple[PlanEditResult | None, str]:
        plans = self._controller.services.plans
        last: PlanEditResult | None = None
        first_error = ""
        for edit in edits:
            try:
                last = plans.edit(self.version_id, edit, schrijver=self._schrijver())
            except TafelError as error:
                first_error = first_error or error.message
                continue
            self.version_id = last.version_id
        return last, first_error
