"""Finishing a casus-overleg: helper C's dialog, or (without it) one short question.

The finishing dialog (:mod:`tafel.ui.overleg.afronden_dialog`: review, the next evaluation,
the record to print) is imported when it is asked for; while it is not in the build, a short
question finishes the meeting with the next evaluation six weeks ahead.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from tafel.domain.overleg import EVALUATIE_NA
from tafel.errors import TafelError
from tafel.services.changes import Origin
from tafel.ui.casus.formatting import fmt_date
from tafel.ui.controller import AppController
from tafel.ui.i18n import fill

ORIGIN = Origin.screen("casus_overleg")
translate = QCoreApplication.translate


def rond_af(controller: AppController, overleg_id: uuid.UUID, parent: QWidget,
            klaar: Callable[[uuid.UUID], object]) -> None:
    """Finish the meeting: helper C's dialog, or (without it) a short question; ``klaar`` after."""
    if not controller.is_unlocked:
        return
    try:
        from tafel.ui.overleg import afronden_dialog  # type: ignore[attr-defined]
    except ImportError:
        _rond_af_kort(controller, overleg_id, parent, klaar)
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

    dialog = afronden_dialog.AfrondenDialog(controller, overleg_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.finished.connect(finished)
    dialog.open()


def _rond_af_kort(controller: AppController, overleg_id: uuid.UUID, parent: QWidget,
                  klaar: Callable[[uuid.UUID], object]) -> None:
    """Finish with the next evaluation six weeks ahead, after one question."""
    volgende = controller.services.context.today() + EVALUATIE_NA
    title = translate("Overleg", "Finish the meeting")
    answer = QMessageBox.question(parent, title, fill(translate(
        "Overleg", "Finish this casus-overleg? The next evaluation is on %1."),
        fmt_date(volgende)))
    if answer != QMessageBox.StandardButton.Yes:
        return
    try:
        changes = controller.services.overleg.rond_af(overleg_id, volgende, origin=ORIGIN)
    except TafelError as error:
        QMessageBox.warning(parent, title, error.message)
        return
    controller.publish(changes)
    klaar(overleg_id)
