"""Finishing a casus-overleg from the control view or the mirror's strip.

The finishing dialog (:mod:`tafel.ui.overleg.afronden_dialog`: the record as it will be
printed, the next evaluation, then the page to print) does the work; this calls ``klaar``
once the meeting is really finished, so the control view can take the wall down. Cancelling
the dialog leaves the meeting running.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tafel.errors import TafelError
from tafel.ui.controller import AppController
from tafel.ui.overleg.afronden_dialog import AfrondenDialog


def rond_af(controller: AppController, overleg_id: uuid.UUID, parent: QWidget,
            klaar: Callable[[uuid.UUID], object]) -> None:
    """Open the finishing dialog; ``klaar`` (the meeting's id) when it was finished."""
    if not controller.is_unlocked:
        return

    def finished(_result: int) -> None:
        if not controller.is_unlocked:
            return
        try:
            done = not controller.services.overleg.overleg(overleg_id).lopend
        except TafelError:
            return
        if done:
            klaar(overleg_id)

    dialog = AfrondenDialog(controller, overleg_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.finished.connect(finished)
    dialog.open()
