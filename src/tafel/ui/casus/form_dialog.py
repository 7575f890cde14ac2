"""The frame the case's small forms share: an intro, fields, one Dutch sentence, Save/Cancel.

Each form saves through one service call. When the service refuses (a wrong BSN, a date in
the future), its sentence appears above the buttons, the form stays open with what was
typed, and nothing was written.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from tafel.errors import TafelError
from tafel.services import ChangeSet
from tafel.services.changes import Origin
from tafel.ui.casus.date_line import BadInput, DateLine
from tafel.ui.controller import AppController
from tafel.ui.style import error_label, set_role
from tafel.ui.widgets.scroll_page import FormScroll
from tafel.ui.window_state import keep_on_screen


class FormDialog(QDialog):
    """A titled form whose ``save`` makes one service call; subclasses fill ``form``."""

    def __init__(self, controller: AppController, title: str, intro: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.origin = Origin.screen("casus")
        self.changes: ChangeSet | None = None
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        fields = QWidget()  # scrolls where the screen is too short (960x540 at 200%)
        inner = QVBoxLayout(fields)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(10)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.intro.setVisible(bool(intro))
        inner.addWidget(self.intro)
        self.form = QFormLayout()
        self.form.setVerticalSpacing(8)
        self.form.setHorizontalSpacing(14)
        inner.addLayout(self.form)
        inner.addStretch(1)
        layout.addWidget(FormScroll(fields), 1)
        self.error_label = error_label()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        set_role(self.save_button, "primary")
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        keep_on_screen(self)

    def today(self) -> date:
        """The app's today (tests fix it)."""
        return self._controller.services.context.today()

    def add_date(self, label: str, value: date | None = None) -> DateLine:
        """A date row; empty means no date."""
        field = DateLine()
        field.set_value(value)
        self.form.addRow(label, field)
        return field

    def save(self) -> ChangeSet:
        """Make the one service call; raise TafelError or BadInput when the input is wrong."""
        raise NotImplementedError

    def show_error(self, message: str) -> None:
        """One sentence above the buttons."""
        self.error_label.setText(message)
        self.error_label.show()

    def accept(self) -> None:
        """Save; stay open with the service's sentence when it refuses."""
        try:
            self.changes = self.save()
        except (TafelError, BadInput) as error:
            self.show_error(error.message if isinstance(error, TafelError) else str(error))
            return
        self._controller.publish(self.changes)
        super().accept()
