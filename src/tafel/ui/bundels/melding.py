"""One short message in a box that does not block: a bundle saved, or why one was refused.

Window-modal and opened with ``open()``, not ``exec()``: the event loop keeps running (a lock
still closes it, tests can read it), and it deletes itself when closed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def melding(parent: QWidget | None, text: str, *, warning: bool = False) -> QMessageBox:
    """Show ``text`` (one or two Dutch sentences) with an OK button; returns the box."""
    title = (QCoreApplication.translate("BundelMelding", "Bundle not read in") if warning
             else QCoreApplication.translate("BundelMelding", "Bundle saved"))
    box = QMessageBox(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information,
                      title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box
