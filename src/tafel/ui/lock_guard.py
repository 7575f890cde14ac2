"""What the lock must do whatever is on screen: keep the forms it closes.

(Ctrl+L in any window, also in a modal dialog, is caught by the input watcher in
:mod:`tafel.ui.idle`.) A form that the lock closes is not thrown away:
:func:`keep_open_forms` stores what was typed, encrypted in the vault, just before the key is
forgotten, and the main window offers it again after the next unlock.

A form takes part by having ``FORM_KIND`` (a short name), ``kept_state()`` (its fields as a
JSON-able dict, or None when nothing was typed) and, optionally, ``kept_case_id``.
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from PySide6.QtWidgets import QApplication

from tafel.errors import TafelError
from tafel.ui.controller import AppController


@runtime_checkable
class KeepsForm(Protocol):
    """A form whose typed fields survive a lock."""

    FORM_KIND: str

    def kept_state(self) -> dict[str, Any] | None:
        """The fields as typed, or None when there is nothing worth keeping."""


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
