"""Correct or remove one text of the plan at a person's request (AVG art. 16 and 17).

The person asking (the young person, a parent, someone of the network) usually sits at the
table, so the dialog speaks plainly: what their right is, what tafel changes (the plan, every
earlier version, the signed texts and the kept prints) and what it cannot change (paper that
is already out, backups made before). Nothing happens until the text is found: the preview
says where it is, the button says what will happen, and a question comes before it is done,
because it cannot be undone.

A lock in the middle closes the dialog like every other one; what was typed is not kept (a
kept form would store the very words the person wants gone), the preview's timer stops, and
no service is called on a locked vault.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tafel.domain.tekstcorrectie import NEEDLE_MIN, CorrectieGrond
from tafel.errors import TafelError
from tafel.services.changes import Origin
from tafel.services.tekstcorrectie import Gecorrigeerd, Vindplaatsen
from tafel.ui.controller import AppController
from tafel.ui.dialogs.passphrase_strength import grow_to_fit
from tafel.ui.i18n import fill
from tafel.ui.plan.plan_labels import version_status_label
from tafel.ui.style import error_label, set_role

#: How long typing must pause before the preview looks the text up.
PREVIEW_DELAY_MS = 400


class TekstcorrectieDialog(QDialog):
    """Find a text in the case's plan, then correct or remove it everywhere on request."""

    def __init__(self, controller: AppController, casus_id: uuid.UUID, person_id: uuid.UUID,
                 naam: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._casus_id, self._person_id, self._naam = casus_id, person_id, naam
        self.origin = Origin.screen("casus")
        self.found: Vindplaatsen | None = None
        self.gedaan: Gecorrigeerd | None = None
        self.setWindowTitle(fill(self.tr("Correct or remove a text, at the request of %1"),
                                 naam))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        heading = QLabel(self.windowTitle())  # also in the window: the person reads along
        heading.setWordWrap(True)
        set_role(heading, "section")
        layout.addWidget(heading)
        intro = QLabel(fill(self.tr(
            "%1 has the right to have a wrong text corrected, or a text removed (AVG art. 16 "
            "and 17). tafel then changes it in the plan and in every earlier version, signed "
            "text and kept print. Paper that was already printed and handed out stays as it "
            "is."), naam))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.setHorizontalSpacing(14)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.text_edit = _text_box(self.tr("Which text?"), 4)
        self.text_edit.setPlaceholderText(self.tr("The exact words, as they are in the plan"))
        form.addRow(self.tr("&Which text?"), self.text_edit)
        self.replace_edit = _text_box(self.tr("What comes in its place?"), 2)
        form.addRow(self.tr("What comes in its &place? (leave empty to remove)"),
                    self.replace_edit)
        # the fields and the preview; hidden once it is done (the words are gone, also here)
        self.request = QWidget()
        fields = QVBoxLayout(self.request)
        fields.setContentsMargins(0, 0, 0, 0)
        fields.setSpacing(10)
        fields.addLayout(form)
        layout.addWidget(self.request)
        row = QHBoxLayout()
        self.search_button = QPushButton(self.tr("&Find"))
        self.search_button.setToolTip(self.tr("Look where the text is; nothing changes yet"))
        self.search_button.clicked.connect(self.search)
        row.addWidget(self.search_button)
        self.found_label = QLabel()
        self.found_label.setWordWrap(True)
        self.found_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.found_label, 1)
        fields.addLayout(row)
        self.error_label = error_label()
        layout.addWidget(self.error_label)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setObjectName("correctieResult")
        self.result_label.setStyleSheet(
            "QLabel#correctieResult { background: #e3f1f2; color: #14393d; padding: 10px; "
            "border-radius: 6px; }")
        self.result_label.hide()
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        buttons = QDialogButtonBox()
        self.confirm_button = buttons.addButton(self.tr("Remove"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setEnabled(False)
        self.confirm_button.clicked.connect(self.confirm)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.text_edit.textChanged.connect(self._typed)
        self.replace_edit.textChanged.connect(self._show_kind)
        controller.about_to_lock.connect(self._forget)
        self._show_kind()
        self.text_edit.setFocus()

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        """Tall enough for every wrapped line at the dialog's width."""
        super().showEvent(event)
        grow_to_fit(self)

    # -- finding ------------------------------------------------------------------------

    def _typed(self) -> None:
        """The text changed: what was found no longer holds; look again after a pause."""
        self.found = None
        self.confirm_button.setEnabled(False)
        self.found_label.clear()
        self.error_label.hide()
        self._timer.start()

    def search(self) -> None:
        """Look where the text is (nothing changes) and say it in one sentence."""
        self._timer.stop()
        if self.gedaan is not None or not self._controller.is_unlocked:
            return
        text = self.text_edit.toPlainText()
        if len(text.strip()) < NEEDLE_MIN:
            self.found_label.clear()
            return
        try:
            found = self._controller.services.tekstcorrectie.zoek(self._casus_id, text)
        except TafelError as error:
            self._show_error(error.message)
            return
        self.error_label.hide()
        self.found = found
        self.found_label.setText(self.where(found))
        set_role(self.found_label, "voice" if found.gevonden else "muted")
        self.confirm_button.setEnabled(found.gevonden)
        grow_to_fit(self)

    def where(self, found: Vindplaatsen) -> str:
        """Where the text is, as one sentence (waiting bundles in a second one)."""
        if not found.gevonden:
            return self.tr("This text is nowhere in the plan. Check capitals and punctuation.")
        versions = [fill(self.tr("version %1 (%2)"), str(v.versie),
                         version_status_label(v.status).lower()) for v in found.versies]
        others = []
        if found.vastgelegde_teksten:
            others.append(self.tr("%n signed or printed text(s)", "", found.vastgelegde_teksten))
        if found.afdrukken:
            others.append(self.tr("%n kept print(s)", "", found.afdrukken))
        if found.formulieren:
            others.append(self.tr("%n half-filled form(s)", "", found.formulieren))
        if versions and others:
            sentence = fill(self.tr("Found in %1, in %2."), self._and(versions),
                            self._and(others))
        else:
            sentence = fill(self.tr("Found in %1."), self._and(versions or others))
        if found.wachtende_bundels:
            sentence += " " + self._waiting(found.wachtende_bundels)
        return sentence

    def _and(self, parts: Sequence[str]) -> str:
        if len(parts) == 1:
            return parts[0]
        return fill(self.tr("%1 and %2"), ", ".join(parts[:-1]), parts[-1])

    def _waiting(self, count: int) -> str:
        return self.tr("%n bundle(s) of another party still wait(s) here; tafel cannot change "
                       "it, and when it is read in later the correction stays.", "", count)

    # -- doing --------------------------------------------------------------------------

    @property
    def removes(self) -> bool:
        """Whether the text goes (art. 17) rather than being corrected (art. 16)."""
        return not self.replace_edit.toPlainText()

    def _show_kind(self) -> None:
        """The button says what will happen; removing is red, like destroying a case."""
        self.confirm_button.setText(self.tr("Remove") if self.removes else self.tr("Correct"))
        set_role(self.confirm_button, "danger" if self.removes else "primary")
        if self.found is not None:
            self.error_label.hide()

    def ask(self) -> bool:
        """The last question before it is done (it cannot be undone); tests answer it."""
        question = (self.tr("Remove this text from the plan, from every earlier version and "
                            "from the kept prints? This cannot be undone.") if self.removes
                    else self.tr("Correct this text in the plan, in every earlier version and "
                                 "in the kept prints? This cannot be undone."))
        answer = QMessageBox.question(self, self.windowTitle(), question,
                                      QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def confirm(self) -> None:
        """Ask, then correct or remove the text everywhere and say what was done."""
        if self.found is None or not self.found.gevonden or not self.ask():
            return
        if not self._controller.is_unlocked:  # locked while the question was open
            return
        try:
            done = self._controller.services.tekstcorrectie.corrigeer(
                self._casus_id, self.text_edit.toPlainText(), self.replace_edit.toPlainText(),
                gevraagd_door=self._person_id, origin=self.origin)
        except TafelError as error:
            self._show_error(error.message)
            return
        self.gedaan = done
        self._controller.publish(done.changes)
        lines = self.outcome(done).split("\n")
        self.result_label.setText("<br>".join([f"<b>{escape(lines[0])}</b>",
                                               *(escape(line) for line in lines[1:])]))
        self.result_label.show()
        self.close_button.setFocus()  # first: a hidden focused widget hands focus on
        self.request.hide()
        self.text_edit.clear()
        self.replace_edit.clear()
        self._timer.stop()  # clearing the text started it
        self.confirm_button.hide()
        self.adjustSize()

    def outcome(self, done: Gecorrigeerd) -> str:
        """What was done, in plain words, with what tafel could not reach."""
        lines = [self.tr("Removed in %n place(s).", "", done.plaatsen)
                 if done.grond is CorrectieGrond.VERWIJDEREN
                 else self.tr("Corrected in %n place(s).", "", done.plaatsen),
                 fill(self.tr("The plan now says that a text was changed at the request of "
                              "%1. Signatures placed before still count."), self._naam)]
        if done.verwijderde_kopieen:
            lines.append(self.tr("%n old copy/copies of the vault, made before an update, "
                                 "removed too.", "", len(done.verwijderde_kopieen)))
        if done.wachtende_bundels:
            lines.append(self._waiting(done.wachtende_bundels))
        lines.append(self.tr("Backups you made earlier still hold the old text. Replace them "
                             "with a new backup."))
        return "\n".join(lines)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        grow_to_fit(self)

    def _forget(self) -> None:
        """The vault locks: stop looking, and let no typed words stay on screen."""
        self._timer.stop()
        self.found = None
        self.text_edit.clear()
        self.replace_edit.clear()
        self._timer.stop()  # clearing the text started it again


def _text_box(name: str, lines: int) -> QPlainTextEdit:
    """A multi-line field ``lines`` lines high, Tab moving on (the words may hold a newline)."""
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    height = box.fontMetrics().lineSpacing() * lines + 20
    box.setFixedHeight(height)
    return box
