"""Checking a card together: both people read the controlecode aloud and compare.

A card travels by e-mail or USB stick, where someone could swap it. The controlecode is
computed from both cards' keys (services/partijen.py), so it is the same on both laptops
only when each has the other's real card. The code is shown large, in groups of five, in a
monospace font, so two people can read it to each other across a table.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tafel.domain.sleutels import controlecode_groepen
from tafel.errors import TafelError
from tafel.services.changes import Origin
from tafel.ui.controller import AppController
from tafel.ui.i18n import fill
from tafel.ui.partijen.staat import StaatLabel
from tafel.ui.style import set_role
from tafel.ui.window_state import keep_on_screen
from tafel.views.partijen import PartijView

COLUMNS = 4  # twelve groups of five digits: three rows of four


class ControleDialog(QDialog):
    """The code, plain instructions, and "equal" / "not equal"."""

    def __init__(self, controller: AppController, partij: PartijView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.partij = partij
        self.origin = Origin.screen("partijen")
        self.setWindowTitle(fill(self.tr("Check the card of %1"), partij.naam))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        title = QLabel(fill(self.tr("Check the card of %1"), partij.naam))
        set_role(title, "section")
        layout.addWidget(title)
        who = QLabel(partij.regel)
        set_role(who, "muted")
        layout.addWidget(who)
        self.instructions = QLabel(fill(self.tr(
            "Read the code aloud together. Is it the same for both of you? Then you know for "
            "sure that this card really is from %1."), partij.naam))
        self.instructions.setWordWrap(True)
        layout.addWidget(self.instructions)
        self.code = controller.services.partijen.controlecode(partij.id)
        layout.addWidget(self._code_block(self.code))
        how = QLabel(fill(self.tr(
            "%1 opens Parties on their own laptop and clicks Check next to your name. Compare "
            "face to face or by video, not by e-mail: a swapped card could come with a "
            "swapped e-mail too."), partij.naam))
        how.setWordWrap(True)
        set_role(how, "muted")
        layout.addWidget(how)
        self.state = StaatLabel(partij)
        layout.addWidget(self.state)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.hide()
        layout.addWidget(self.result_label)
        buttons = QHBoxLayout()
        self.equal_button = QPushButton(self.tr("The codes are the same"))
        set_role(self.equal_button, "primary")
        self.equal_button.clicked.connect(self.codes_equal)
        self.different_button = QPushButton(self.tr("They are not the same"))
        self.different_button.clicked.connect(self.codes_different)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.equal_button)
        buttons.addWidget(self.different_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.equal_button.setFocus()
        keep_on_screen(self)  # whole where the screen has room: Qt gave it 2/3 of 540 px

    def _code_block(self, code: str) -> QFrame:
        frame = QFrame()
        frame.setObjectName("controlecode")
        frame.setStyleSheet("QFrame#controlecode { background: #f4f6f6; border: 1px solid "
                            "#dde3e4; border-radius: 10px; }")
        grid = QGridLayout(frame)
        grid.setContentsMargins(24, 16, 24, 16)
        grid.setHorizontalSpacing(28)
        grid.setVerticalSpacing(10)
        # the app's style sheet sets every widget's font size, so the code's font goes there too
        family = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
        style = (f"font-family: '{family}', monospace; font-size: 24pt; font-weight: 600; "
                 "letter-spacing: 2px; color: #14393d;")
        self.group_labels: list[QLabel] = []
        for index, group in enumerate(controlecode_groepen(code)):
            label = QLabel(group)
            label.setStyleSheet(style)
            label.ensurePolished()  # the layout must measure the large font, not 11pt
            label.setMinimumHeight(label.sizeHint().height())
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(label, index // COLUMNS, index % COLUMNS)
            self.group_labels.append(label)
        frame.setAccessibleName(" ".join(controlecode_groepen(code)))
        return frame

    def codes_equal(self) -> None:
        """Both saw the same code: mark the card verified today."""
        try:
            changes = self._controller.services.partijen.markeer_geverifieerd(
                self.partij.id, origin=self.origin)
        except TafelError as error:
            self._say(error.message, "error")
            return
        self._controller.publish(changes)
        self.accept()

    def codes_different(self) -> None:
        """Not the same: say what to do; nothing is marked (a verification is taken back)."""
        message = fill(self.tr(
            "Do not use this card. It may have been swapped on the way. Ask %1 to give you "
            "the card again, in person if you can (scan the QR code or use a USB stick), and "
            "add it again."), self.partij.naam)
        if self.partij.geverifieerd:
            try:
                changes = self._controller.services.partijen.verificatie_intrekken(
                    self.partij.id, origin=self.origin)
            except TafelError as error:
                self._say(error.message, "error")
                return
            self._controller.publish(changes)
            message += " " + self.tr("The earlier verification has been taken back.")
        self._say(message, "error")
        self.equal_button.hide()
        self.different_button.hide()
        self.close_button.setFocus()

    def _say(self, text: str, role: str) -> None:
        self.result_label.setText(text)
        set_role(self.result_label, role)
        self.result_label.show()
        self.adjustSize()  # room for the sentence, without squeezing the code
