"""Saving the toekomstplan as it is typed: text soon and surely, choices at once.

The young person writes beside you, so nothing typed may be lost. Free text (and typed
amounts) waits per field ("slot") until :mod:`tafel.ui.autosave` says it is time: 400 ms
after the last key, at the latest 600 ms after the first unsaved one, however fast one
types. It then goes to ``services.plans.edit`` as one :class:`~tafel.domain.plan_doc.SetText`
(the CRDT stores only the changed span). A choice, a date, a score, adding or removing a row
is saved at once, after whatever text is still waiting, so edits reach the vault in the order
they were made. Leaving a section, closing the page and locking the vault flush at once.

An edit leaves the waiting list only when the vault has it. When the vault cannot be written
(a full disk), text and choices stay waiting, the newest edit of a field replacing an older
one, and are saved by the retry or the next key. Adding or removing a row is a deliberate
press that the screen shows did not happen, so it is not repeated behind the person's back.
Each waiting edit remembers who was writing when it was made (the young person or the
professional), so a save that comes later still names the right writer.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from tafel.domain.plan_content import Schrijver
from tafel.domain.plan_doc import PlanEdit, SetAfspraak, SetKosten, SetMeta, SetTarget, SetText
from tafel.errors import TafelError
from tafel.services.changes import UNKNOWN, Origin
from tafel.services.plans import PlanEditResult, PlanService
from tafel.ui.autosave import Autosave, is_refused
from tafel.ui.controller import AppController

Waiting = tuple[PlanEdit, Schrijver]


def slot_of(edit: PlanEdit) -> str | None:
    """The field an edit sets, so a newer edit of it replaces an older one; None: not kept."""
    if isinstance(edit, SetText):
        return f"text:{edit.key}"
    if isinstance(edit, SetTarget):
        return f"target:{edit.key}"
    if isinstance(edit, SetMeta):
        return f"meta:{edit.key}"
    if isinstance(edit, SetAfspraak) and edit.id is not None:
        return f"afspraak:{edit.id}:{','.join(sorted(edit.values))}"
    if isinstance(edit, SetKosten) and edit.id is not None:
        return f"kosten:{edit.id}:{','.join(sorted(edit.values))}"
    return None  # adding or removing a row: now or not at all


class PlanSaver(Autosave):
    """Keeps one plan version saved.

    Emits ``saved`` (a PlanEditResult), ``failed`` (input the vault refused, one Dutch
    sentence) or ``blocked`` (the vault cannot be written now; everything still waits).
    """

    saved = Signal(object)  # PlanEditResult
    failed = Signal(str)

    def __init__(self, controller: AppController, version_id: uuid.UUID,
                 schrijver: Callable[[], Schrijver], parent: QObject | None = None,
                 origin: Origin = UNKNOWN) -> None:
        super().__init__(controller, parent)
        self.version_id = version_id
        self.origin = origin  # the plan page's: its own saves come back marked as its own
        self._schrijver = schrijver
        # Waiting edits by slot ("text:perspectief", "afspraak:<id>:actie"): the newest
        # edit of a slot replaces an older one, so a typed word is one save, not five.
        self._pending: dict[str, Waiting] = {}

    @property
    def plans(self) -> PlanService:
        """The plan service of the open vault (for the few calls that are not edits)."""
        return self._controller.services.plans

    @property
    def controller(self) -> AppController:
        """The app controller (a section that writes something other than the plan)."""
        return self._controller

    def text(self, key: str, text: str) -> None:
        """A free-text part changed; it is saved shortly."""
        self.later(f"text:{key}", SetText(key, text))

    def later(self, slot: str, edit: PlanEdit) -> None:
        """Save ``edit`` shortly, replacing an edit of the same slot that still waits."""
        self._pending.pop(slot, None)
        self._pending[slot] = (edit, self._schrijver())
        self.schedule()

    def now(self, *edits: PlanEdit) -> PlanEditResult | None:
        """Save what waits and ``edits`` at once; None when not all of it was saved.

        A signal says why. A choice that could not be written waits with the text.
        """
        self.stop_timers()
        writer = self._schrijver()
        unkept: list[tuple[str | None, Waiting]] = []
        for edit in edits:
            slot = slot_of(edit)
            if slot is None:
                unkept.append((None, (edit, writer)))
            else:  # waits until saved, like typed text, replacing an older choice
                self._pending.pop(slot, None)
                self._pending[slot] = (edit, writer)
        if not self._controller.is_unlocked:
            return None
        return self._save([*self._pending.items(), *unkept])

    def forget(self) -> None:
        """Drop what waits (the page shows another version now)."""
        self.stop_timers()
        self._pending.clear()
        self.clear_problem()

    # -- writing ------------------------------------------------------------------------

    def _has_pending(self) -> bool:
        return bool(self._pending)

    def _write(self) -> bool:
        return self._save(list(self._pending.items())) is not None

    def _save(self, batch: list[tuple[str | None, Waiting]]) -> PlanEditResult | None:
        """Write ``batch`` in order, one transaction per writer; keep what could not be."""
        last: PlanEditResult | None = None
        refusal = ""
        for writer, run in _runs_by_writer(batch):
            try:
                last = self._edit(run, writer)
                continue
            except TafelError as error:
                if not is_refused(error):
                    self.hold(error)
                    return None
                if len(run) == 1:
                    self._settle(run)  # refused: no retry can make it right
                    refusal = refusal or error.message
                    continue
            # one bad value (an impossible amount) must not cost the other edits: one by one
            for item in run:
                try:
                    last = self._edit([item], writer)
                except TafelError as error:
                    if not is_refused(error):
                        self.hold(error)
                        return None
                    self._settle([item])
                    refusal = refusal or error.message
        self.clear_problem()
        if refusal:
            self.failed.emit(refusal)
            return None
        return last

    def _edit(self, run: list[tuple[str | None, Waiting]], writer: Schrijver) -> PlanEditResult:
        result = self._controller.services.plans.edit(
            self.version_id, *(waiting[0] for _slot, waiting in run), schrijver=writer,
            origin=self.origin,
        )
        self.version_id = result.version_id
        self._settle(run)
        self.saved.emit(result)
        return result

    def _settle(self, run: list[tuple[str | None, Waiting]]) -> None:
        """These edits are done with (saved or refused): they stop waiting."""
        for slot, waiting in run:
            if slot is not None and self._pending.get(slot) is waiting:
                del self._pending[slot]


def _runs_by_writer(
    batch: list[tuple[str | None, Waiting]],
) -> list[tuple[Schrijver, list[tuple[str | None, Waiting]]]]:
    """Consecutive edits of one writer together, in their order."""
    runs: list[tuple[Schrijver, list[tuple[str | None, Waiting]]]] = []
    for item in batch:
        writer = item[1][1]
        if runs and runs[-1][0] is writer:
            runs[-1][1].append(item)
        else:
            runs.append((writer, [item]))
    return runs
