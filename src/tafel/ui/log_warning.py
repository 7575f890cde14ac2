"""The warning above the workspace when the vault's log was cut short or rewritten outside tafel.

A warning, not a block: the consulent must still reach the case files. It stays at every
unlock until someone clicks "I have seen this", which is itself logged
(:meth:`~tafel.services.vault_log.LogService.acknowledge`).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from tafel.errors import TafelError
from tafel.ui.controller import AppController
from tafel.ui.icons import icon


class LogWarning(QFrame):
    """One red band: the Dutch sentence from the core, what to do, and a button."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logWarning")
        self._controller = controller
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 10, 16, 10)
        row.setSpacing(12)
        glyph = QLabel()
        glyph.setPixmap(icon("error").pixmap(QSize(28, 28)))
        glyph.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addWidget(glyph)
        self.text_label = QLabel()
        self.text_label.setObjectName("logWarningText")
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.text_label, 1)
        self.seen_button = QPushButton(self.tr("I have seen this"))
        self.seen_button.clicked.connect(self.acknowledge)
        row.addWidget(self.seen_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.refresh()

    def refresh(self) -> None:
        """Show the warning when the open vault's log has an unacknowledged change."""
        found = self._controller.services.log.found if self._controller.is_unlocked else None
        if found is not None:
            advice = self.tr(
                "You can keep working. Report this to your privacy officer, and keep "
                "printed plans: every page shows how long the log was."
            )
            self.text_label.setText(f"<b>{html.escape(found.sentence)}</b> "
                                    f"{html.escape(advice)}")
        self.setVisible(found is not None)

    def acknowledge(self) -> None:
        """Record that the warning was seen, and hide it."""
        found = self._controller.services.log.found
        if found is None:
            self.hide()
            return
        try:
            self._controller.services.log.acknowledge(found)
        except TafelError as error:
            self.text_label.setText(html.escape(error.message))
            return
        self.refresh()
