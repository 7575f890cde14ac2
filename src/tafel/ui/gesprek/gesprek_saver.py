"""Saving a conversation draft as it is typed: soon after each change, surely, or at once.

The keukentafelgesprek and the snelle check both edit a draft's content dict in place and
call :meth:`GesprekSaver.edited`; the saver writes the whole draft through the service when
:mod:`tafel.ui.autosave` says it is time (400 ms after the last change, at the latest 600 ms
after the first unsaved one), or immediately on :meth:`flush` (step change, lock, close,
finish). The dict in memory is what was typed, so a failed save loses nothing: it stays
dirty, and the next attempt writes it whole.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from tafel.errors import TafelError
from tafel.services.changes import Origin
from tafel.ui.autosave import Autosave, is_refused
from tafel.ui.controller import AppController
from tafel.views.gesprekken import LopendGesprekView


class GesprekSaver(Autosave):
    """Keeps one draft saved; emits ``saved``, ``failed`` (refused input) or ``blocked``."""

    saved = Signal()
    failed = Signal(str)

    def __init__(self, controller: AppController, lopend: LopendGesprekView,
                 step: Callable[[], int] = lambda: 0, parent: QObject | None = None) -> None:
        super().__init__(controller, parent)
        #: The conversation's own writes come back in ChangeSets marked with it.
        self.origin = Origin.screen("gesprek")
        self.lopend = lopend
        self.content: dict[str, Any] = lopend.content
        self._step = step
        self._dirty = False

    def edited(self) -> None:
        """Note a change; it is saved shortly."""
        self._dirty = True
        self.schedule()

    def forget(self) -> None:
        """Drop pending changes (the draft is being thrown away)."""
        self.stop_timers()
        self._dirty = False
        self.clear_problem()

    def _has_pending(self) -> bool:
        return self._dirty

    def _write(self) -> bool:
        try:
            self.lopend = self._controller.services.gesprekken.save(
                self.lopend.id, self.content, self._step(), origin=self.origin
            ).lopend
        except TafelError as error:
            if is_refused(error):
                self.failed.emit(error.message)  # stays dirty: the next change tries again
            else:
                self.hold(error)
            return False
        self._dirty = False
        self.clear_problem()
        self.saved.emit()
        return True
