"""What the lock must do whatever is on screen: react to Ctrl+L in any window, keep forms.

A shortcut of the main window does not fire while a modal dialog (print preview, signing,
a new case) has the input, so case data stayed on screen. :class:`LockKeys` watches the
whole application's keys instead. And a form that the lock closes is not thrown away:
:func:`keep_open_forms` stores what was typed, encrypted in the vault, just before the key is
forgotten, and the main window offers it again after the next unlock.

A form takes part by having ``FORM_KIND`` (a short name), ``kept_state()`` (its fields as a
JSON-able dict, or None when nothing was typed) and, optionally, ``kept_case_id``.
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from tafel.errors import TafelError
from tafel.ui.controller import AppController


@runtime_checkable
class KeepsForm(Protocol):
    """A form whose typed fields survive a lock."""

    FORM_KIND: str

    def kept_state(self) -> dict[str, Any] | None:
        """The fields as typed, or None when there is nothing worth keeping."""


class LockKeys(QObject):
    """Emits ``lock_requested`` for the lock key in any window of the application."""

    lock_requested = Signal()

    def __init__(self, sequence: QKeySequence, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sequence = sequence
        self._watching = False

    def start(self) -> None:
        """Watch every key of the application (while the vault is open)."""
        app = QApplication.instance()
        if app is not None and not self._watching:
            app.installEventFilter(self)
            self._watching = True

    def stop(self) -> None:
        """Stop watching (the vault is locked: nothing to protect)."""
        app = QApplication.instance()
        if app is not None and self._watching:
            app.removeEventFilter(self)
        self._watching = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        """Take the lock key before any widget or dialog can."""
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            assert isinstance(event, QKeyEvent)
            if QKeySequence(event.keyCombination()) == self._sequence:
                event.accept()
                self.lock_requested.emit()
                return True
        return False


def open_forms() -> list[KeepsForm]:
    """The forms on screen now that can keep what was typed."""
    return [widget for widget in QApplication.topLevelWidgets()
            if widget.isVisible() and isinstance(widget, KeepsForm)]


def keep_open_forms(controller: AppController) -> int:
    """Store every open form's fields in the vault (called just before the lock); how many."""
    kept = 0
    for form in open_forms():
        state = form.kept_state()
        if not state:
            continue
        case_id = getattr(form, "kept_case_id", None)  # a uuid.UUID, or None
        try:
            controller.services.forms.keep(form.FORM_KIND, state, case_id)
        except TafelError:
            continue  # a full disk: the lock goes on; what was typed cannot be kept
        kept += 1
    return kept
