"""Saving a conversation draft as it is typed: shortly after each change, or at once.

The keukentafelgesprek and the snelle check both edit a draft's content dict in place and
call :meth:`DraftSaver.edited`; the saver writes the whole draft through the service 400 ms
after the last change, or immediately on :meth:`flush` (step change, lock, close, finish).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from tafel.errors import TafelError
from tafel.services.assessments import Draft
from tafel.ui.controller import AppController

AUTOSAVE_MS = 400


class DraftSaver(QObject):
    """Keeps one draft saved; emits ``saved`` or ``failed`` (with a Dutch sentence)."""

    saved = Signal()
    failed = Signal(str)

    def __init__(self, controller: AppController, draft: Draft,
                 step: Callable[[], int] = lambda: 0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.draft = draft
        self.content: dict[str, Any] = draft.content
        self._step = step
        self.is_dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)
        controller.about_to_lock.connect(self.flush)

    def edited(self) -> None:
        """Note a change; it is saved shortly."""
        self.is_dirty = True
        self._timer.start()

    def flush(self) -> bool:
        """Save now if anything changed; False when saving failed."""
        self._timer.stop()
        if not self.is_dirty or not self._controller.is_unlocked:
            return True
        try:
            self.draft = self._controller.services.assessments.save(
                self.draft.id, self.content, self._step()
            )
        except TafelError as error:
            self.failed.emit(error.message)
            return False
        self.is_dirty = False
        self.saved.emit()
        return True

    def forget(self) -> None:
        """Drop pending changes (the draft is being thrown away)."""
        self._timer.stop()
        self.is_dirty = False
