"""The snelle check: five pillars, one score each, in under two minutes, at any contact.

Each pillar gets the young person's own score and, beside it, the professional's; a line of
notes and the follow-up are optional. It is saved as a draft on every change like the full
conversation, and finished with one key (Ctrl+Enter or the button).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tafel.domain.enums import GesprekSoort
from tafel.errors import TafelError
from tafel.ui.controller import AppController
from tafel.ui.gesprek.gesprek_saver import GesprekSaver
from tafel.ui.gesprek.score_picker import ScorePicker
from tafel.ui.i18n import fill
from tafel.ui.style import set_role
from tafel.ui.widgets.unsaved_banner import UnsavedBanner
from tafel.views.casussen import CasusOverview


class SnelleCheckDialog(QDialog):
    """Five rows: pillar, the young person's score, the professional's score."""

    def __init__(self, controller: AppController, overview: CasusOverview,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.saver = GesprekSaver(controller, controller.services.gesprekken.start(
            overview.casus.id, GesprekSoort.SNELLE_CHECK
        ).lopend, parent=self)
        self.saver.failed.connect(self._show_error)
        self.lopend = self.saver.lopend
        self.content = self.saver.content
        self.setWindowTitle(fill(self.tr("Quick scan with %1"), overview.jongere.naam))

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("How is it going now? One score per pillar, from 1 (it really "
                               "isn't working) to 5 (I have arranged this well myself)."))
        intro.setWordWrap(True)
        set_role(intro, "subtitle")
        layout.addWidget(intro)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.addWidget(QLabel(""), 0, 0)
        young_header = QLabel(overview.jongere.voornaam)
        professional_header = QLabel(self.tr("Professional"))
        for header in (young_header, professional_header):
            set_role(header, "voice")
        grid.addWidget(young_header, 0, 1)
        grid.addWidget(professional_header, 0, 2)
        self.young: dict[str, ScorePicker] = {}
        self.professional: dict[str, ScorePicker] = {}
        for row, pillar in enumerate(self.lopend.instrument.pillars, start=1):
            name = QLabel(f"<b>{pillar.name}</b><br><span style='color:#5b6770'>"
                          f"{pillar.ik}</span>")
            name.setWordWrap(True)
            name.setFixedWidth(440)
            name.setMinimumHeight(name.heightForWidth(440))
            grid.addWidget(name, row, 0)
            key = pillar.key.value
            for column, (voice, store) in enumerate(
                (("jongere", self.young), ("professional", self.professional)), start=1
            ):
                picker = ScorePicker()
                picker.set_value(self.content["pijlers"][key][voice])
                picker.setAccessibleName(f"{pillar.name}: {voice}")
                picker.changed.connect(lambda v, k=key, w=voice: self._score(k, w, v))
                grid.addWidget(picker, row, column)
                store[key] = picker
        layout.addLayout(grid)
        self.note_edit = QLineEdit(self.content["samenvatting"])
        self.note_edit.setPlaceholderText(self.tr("Note and follow-up appointment (optional)"))
        self.note_edit.textEdited.connect(self._note)
        layout.addWidget(self.note_edit)
        self.error_label = QLabel()
        set_role(self.error_label, "error")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.unsaved = UnsavedBanner()
        self.saver.blocked.connect(self.unsaved.show_problem)
        layout.addWidget(self.unsaved)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Save quick scan"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        set_role(self.save_button, "primary")
        later = buttons.addButton(self.tr("Later (the conversation is kept)"),
                                  QDialogButtonBox.ButtonRole.RejectRole)
        later.setAutoDefault(False)
        buttons.accepted.connect(self.finish)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.finish)
        self._first = self.young[self.lopend.instrument.pillars[0].key.value]

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        """Start at the first pillar's score, so typing five digits is enough."""
        super().showEvent(event)
        QTimer.singleShot(0, self._first.setFocus)  # after QDialog gives its button focus

    @classmethod
    def run(cls, controller: AppController, overview: CasusOverview,
            parent: QWidget | None = None) -> bool:
        """Show the dialog; True when a quick scan was saved."""
        return cls(controller, overview, parent).exec() == QDialog.DialogCode.Accepted

    def _score(self, key: str, voice: str, value: int | None) -> None:
        self.content["pijlers"][key][voice] = value
        self._changed()

    def _note(self, text: str) -> None:
        self.content["samenvatting"] = text
        self._changed()

    def _changed(self) -> None:
        self.saver.edited()

    def flush(self) -> bool:
        """Save the draft now if anything changed."""
        return self.saver.flush()

    def finish(self) -> None:
        """Commit the quick scan."""
        if not self.flush():
            return
        try:
            changes = self._controller.services.gesprekken.finish(
                self.saver.lopend.id, origin=self.saver.origin)
        except TafelError as error:
            self._show_error(error.message)
            return
        self._controller.publish(changes)
        self.accept()

    def reject(self) -> None:
        """Close, keeping the draft for later; stay while the draft cannot be saved yet.

        The lock closes the dialog whatever happens: then the vault is gone, and so is the
        chance to save.
        """
        if not self.flush() and self.saver.is_blocked and self._controller.is_unlocked:
            return
        super().reject()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
